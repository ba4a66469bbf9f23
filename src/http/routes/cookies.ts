import type { Context } from 'hono';
import { clientAddress } from '../../config/trusted-proxies';
import type { AppEnv } from '../env';
import { log } from '../../log/logger';
export { deleteCookie, setCookie } from 'hono/cookie';

let warnedUntrustedProxy = false;

/** The client's address for rate limiting: the socket's peer, or through TRUST_PROXY the forwarded client. */
export function getConnInfo(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const peer = incoming?.socket?.remoteAddress ?? 'local';
  const forwarded = c.req.header('x-forwarded-for');
  const trusted = c.get('deps').config.trustedProxies;
  if (forwarded && !trusted && !warnedUntrustedProxy && peer !== 'local') {
    // Behind a proxy without TRUST_PROXY everyone shares the proxy's address for the login limits.
    warnedUntrustedProxy = true;
    log.warn({ peer }, "X-Forwarded-For arrives but TRUST_PROXY is not set: it is ignored (set TRUST_PROXY to that proxy's address)");
  }
  return clientAddress(peer, forwarded, trusted);
}
