// TRUST_PROXY: the reverse proxies whose X-Forwarded-For Zorgpost believes, as a comma-separated
// list of addresses and CIDR ranges (IPv4 and IPv6). Without it, X-Forwarded-For is ignored.
import { BlockList, isIP } from 'node:net';

/** Problems with a TRUST_PROXY value, one per bad entry (empty when it is valid). */
export function trustedProxyProblems(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => !parseEntry(entry))
    .map((entry) => `"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)`);
}

function parseEntry(entry: string): { address: string; prefix: number | null; type: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefixText, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return null;
  const type = version === 4 ? 'ipv4' : 'ipv6';
  if (prefixText === undefined) return { address, prefix: null, type };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > (version === 4 ? 32 : 128)) return null;
  return { address, prefix, type };
}

export function parseTrustedProxies(value: string | undefined): BlockList | null {
  if (!value) return null;
  const list = new BlockList();
  for (const raw of value.split(',')) {
    const entry = parseEntry(raw.trim());
    if (!entry) throw new Error(`TRUST_PROXY: ${trustedProxyProblems(raw)[0]}`);
    if (entry.prefix === null) list.addAddress(entry.address, entry.type);
    else list.addSubnet(entry.address, entry.prefix, entry.type);
  }
  return list;
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1". */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function isTrusted(list: BlockList, address: string): boolean {
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address. Without trusted proxies: the socket's peer, whatever headers say. With
 * them, and only when the peer is one of them: walk X-Forwarded-For from the right (the entry
 * the nearest proxy appended) and take the first address that is not a trusted proxy. Entries
 * to the left of that one were written by the client and are never believed.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trusted: BlockList | null): string {
  let current = plain(socketAddress ?? 'unknown');
  if (!trusted || !forwardedFor || !isTrusted(trusted, current)) return current;
  const hops = forwardedFor
    .split(',')
    .map((hop) => plain(hop.trim()))
    .reverse();
  for (const hop of hops) {
    if (!isIP(hop)) return current; // garbage from the client side: stop at the last proxy we know
    current = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return current;
}
