// Every call an adapter makes to a network goes through here. The address is checked three
// times: when a person connects a channel (the URL and what its name resolves to), before every
// request (the URL), and when the socket is opened (the addresses DNS gives at that moment, or
// the literal IP, which never goes through DNS), so neither a URL trick nor DNS rebinding reaches
// a refused address.
// Redirects are never followed: a 3xx answer ends the call with a TargetRefused('redirect').
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addressAllowed, hostNameRefused } from './address-policy';

export type RefusalReason = 'invalid' | 'scheme' | 'credentials' | 'host' | 'address' | 'unresolvable' | 'redirect';

/** The target may not be called. The message is for the server log, never for the person. */
export class TargetRefused extends Error {
  readonly code = 'ZP_TARGET_REFUSED';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'TargetRefused';
  }
}

/** The TargetRefused somewhere in an error's cause chain (fetch wraps socket errors twice). */
export function refusalIn(error: unknown): TargetRefused | null {
  let e: unknown = error;
  for (let i = 0; i < 8 && e; i++) {
    if (e instanceof TargetRefused) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

export interface TargetOptions {
  allowPrivate: boolean;
  /** user:password@ in the URL (the webhook channel turns it into an Authorization header). */
  allowCredentials?: boolean;
}

/** Checks what can be checked without the network: form, scheme, credentials, names, literal IPs. */
export function checkTargetUrl(raw: string | URL, opts: TargetOptions): URL {
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw new TargetRefused('invalid', 'not a web address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TargetRefused('scheme', `scheme ${url.protocol} is not allowed`);
  if ((url.username || url.password) && !opts.allowCredentials) throw new TargetRefused('credentials', 'credentials in the address are not allowed');
  // WHATWG parsing already turned 2130706433, 0x7f000001 and 0177.0.0.1 into 127.0.0.1.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) throw new TargetRefused('invalid', 'no host');
  if (hostNameRefused(host, opts.allowPrivate)) throw new TargetRefused('host', `host ${host} is refused`);
  if (isIP(host) && !addressAllowed(host, opts.allowPrivate)) throw new TargetRefused('address', `address ${host} is refused`);
  return url;
}

export type Lookup = (hostname: string, options: { all: true }, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/**
 * A `lookup` for sockets that resolves as usual and refuses the connection when any address the
 * name resolves to is not allowed. Used at connect time, so the answer checked is the answer used.
 */
export function guardedLookup(allowPrivate: boolean, lookup: Lookup = dnsLookup as unknown as Lookup): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    if (hostNameRefused(hostname, allowPrivate)) return callback(new TargetRefused('host', `host ${hostname} is refused`));
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err);
      const refused = addresses.filter((a) => !addressAllowed(a.address, allowPrivate));
      if (refused.length || addresses.length === 0) {
        return callback(new TargetRefused('address', `${hostname} resolves to refused address ${refused[0]?.address ?? '(none)'}`));
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as LookupFunction;
}

/** Full check for the connect form: the URL, then every address its name resolves to now. */
export async function resolveTarget(raw: string | URL, opts: TargetOptions, lookup?: Lookup): Promise<URL> {
  const url = checkTargetUrl(raw, opts);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (opts.allowPrivate || isIP(host)) return url;
  await new Promise<void>((resolve, reject) => {
    guardedLookup(false, lookup)(host, { all: true }, (err: NodeJS.ErrnoException | null) => {
      if (err instanceof TargetRefused) reject(err);
      else if (err) reject(new TargetRefused('unresolvable', `${host} does not resolve (${err.code ?? err.message})`));
      else resolve();
    });
  });
  return url;
}

export interface Outbound {
  readonly allowPrivate: boolean;
  /** fetch() that refuses disallowed targets and never follows a redirect. */
  readonly fetch: typeof globalThis.fetch;
  /** The connect-time check, with DNS: throws TargetRefused. */
  check(raw: string, opts?: { allowCredentials?: boolean }): Promise<URL>;
}

const NULL_BODY = new Set([101, 204, 205, 304]);
const CONNECT_TIMEOUT_MS = 10_000;
const SHORT_ANSWER_BYTES = 64 * 1024;

/**
 * An answer's body as a web stream. Cancelling it (an adapter that needs only the status, like
 * the webhook's "201 Created") reads off the rest of a short answer so the connection carries
 * the next call; cutting it would close the connection, and every post would open a new one
 * (with its TLS handshake). A longer rest (over 64 KiB) is still cut off.
 */
function bodyOf(res: http.IncomingMessage): ReadableStream<Uint8Array> {
  let onData: (chunk: Buffer) => void = () => {};
  let onEnd = () => {};
  let onError: (error: Error) => void = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      res.pause();
      onData = (chunk) => {
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 1) <= 0) res.pause();
      };
      onEnd = () => controller.close();
      onError = (error) => controller.error(error);
      // A socket error after the answer was read or cancelled must not crash the process.
      res.on('error', () => {});
      res.on('data', onData).once('end', onEnd).once('error', onError);
    },
    pull() {
      res.resume();
    },
    cancel() {
      res.off('data', onData).off('end', onEnd).off('error', onError);
      let left = SHORT_ANSWER_BYTES;
      res.on('data', (chunk: Buffer) => {
        left -= chunk.byteLength;
        if (left < 0) res.destroy();
      });
      // Done when the rest is read (the connection is free again) or cut off.
      const done = new Promise<void>((resolve) => (res.destroyed || res.readableEnded ? resolve() : res.once('end', resolve).once('close', resolve)));
      res.resume();
      return done;
    },
  });
}

/**
 * fetch() over node:http/https with the guarded lookup on every new socket. HTTP/1.1, no
 * redirects, no automatic decompression (nothing asks for it). Bodies of any fetch type are
 * read into memory first (posts and images are small) so a Content-Length is always sent.
 */
function createOutbound(allowPrivate: boolean, resolver?: Lookup): Outbound {
  const lookup = guardedLookup(allowPrivate, resolver);
  const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

  const safeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // Checked before Request() sees it: Request() would throw its own error on user:pass@.
    checkTargetUrl(input instanceof Request ? input.url : String(input), { allowPrivate });
    const request = new Request(input, { ...init, ...(init?.body ? { duplex: 'half' } : {}) } as RequestInit);
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : Buffer.from(await request.arrayBuffer());
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    if (body) headers['content-length'] = String(body.byteLength);
    const transport = url.protocol === 'https:' ? https : http;
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = transport.request(url, {
        method: request.method,
        headers,
        agent: agents[url.protocol as 'http:' | 'https:'],
        lookup,
        signal: request.signal,
      });
      req.once('response', resolve);
      req.on('error', reject); // later socket errors reach the body stream; never an unhandled 'error'
      // A host that never answers the connection counts as unreachable (nothing was sent), like a refused one.
      req.once('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(() => req.destroy(Object.assign(new Error('connect timeout'), { code: 'UND_ERR_CONNECT_TIMEOUT' })), CONNECT_TIMEOUT_MS);
        socket.once('connect', () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      req.end(body);
    });
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      res.on('error', () => {});
      res.resume();
      throw new TargetRefused('redirect', `answered HTTP ${status} (redirect to ${res.headers.location ?? '?'}), not followed`);
    }
    const answer = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) answer.append(name, v);
    }
    const empty = NULL_BODY.has(status) || request.method === 'HEAD';
    if (empty) res.on('error', () => {}).resume();
    return new Response(empty ? null : bodyOf(res), { status, statusText: res.statusMessage ?? '', headers: answer });
  };

  return {
    allowPrivate,
    fetch: safeFetch as typeof globalThis.fetch,
    check: (raw, opts) => resolveTarget(raw, { allowPrivate, allowCredentials: opts?.allowCredentials }, resolver),
  };
}

const cache = new Map<boolean, Outbound>();

/**
 * The outbound policy of this installation (ZORGPOST_ALLOW_PRIVATE_TARGETS). `lookup` replaces
 * DNS (tests of DNS rebinding); without it the two policies are shared, with their connection pools.
 */
export function outbound(opts: { allowPrivate: boolean; lookup?: Lookup }): Outbound {
  if (opts.lookup) return createOutbound(opts.allowPrivate, opts.lookup);
  let o = cache.get(opts.allowPrivate);
  if (!o) cache.set(opts.allowPrivate, (o = createOutbound(opts.allowPrivate)));
  return o;
}
