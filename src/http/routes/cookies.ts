import type { Context } from 'hono';
export { deleteCookie, setCookie } from 'hono/cookie';

/** The client's address for rate limiting; behind a proxy, the socket address is the proxy's. */
export function getConnInfo(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
