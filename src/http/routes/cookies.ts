import type { Context } from 'hono';
import { clientAddress } from '../../config/trusted-proxies';
import type { AppEnv } from '../env';
export { deleteCookie, setCookie } from 'hono/cookie';

/** The client's address for rate limiting: the socket's peer, or through TRUST_PROXY the forwarded client. */
export function getConnInfo(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return clientAddress(incoming?.socket?.remoteAddress ?? 'local', c.req.header('x-forwarded-for'), c.get('deps').config.trustedProxies);
}
