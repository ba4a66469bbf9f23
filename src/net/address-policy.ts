// Which network addresses an outbound call of Zorgpost may reach. A channel's address is typed
// by a person, so without this a webhook or a Bluesky "service" could make the server call its
// own loopback, the hospital's internal network or a cloud metadata endpoint (server-side
// request forgery). Addresses are checked after DNS resolution, at connect time, so a name that
// resolves to a public address once and to a private one later (DNS rebinding) is still refused.
import { isIP } from 'node:net';

/** public: anywhere; private: only with ZORGPOST_ALLOW_PRIVATE_TARGETS; forbidden: never. */
export type AddressClass = 'public' | 'private' | 'forbidden';

// Cloud metadata services hold machine credentials: never a legitimate target, whatever the setting.
const METADATA_V4 = new Set(['169.254.169.254', '169.254.170.2', '169.254.169.123', '100.100.100.200', '192.0.0.192']);
const METADATA_HOSTS = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.com',
  'metadata.tencentyun.com',
  'metadata.platformequinix.com',
]);

function parseV4(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** 16 bytes of an IPv6 address in any textual form (with "::" and a trailing dotted quad). */
export function parseV6(ip: string): number[] | null {
  let text = ip.toLowerCase();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (isIP(text) !== 6) return null;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(text.slice(lastColon + 1));
    if (!v4) return null;
    tail.push(...v4);
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [head = '', rest] = text.split('::') as [string, string | undefined];
  const groups = (s: string) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const words = rest === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  if (words.length !== 8) return null;
  const bytes = words.flatMap((w) => [w >> 8, w & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

function classifyV4([a = 0, b = 0, c = 0]: number[], text: string): AddressClass {
  if (METADATA_V4.has(text)) return 'forbidden';
  if (a === 0) return 'forbidden'; // "this network"; 0.0.0.0 reaches the local machine
  if (a >= 224) return 'forbidden'; // multicast, reserved, broadcast
  if (a === 192 && b === 0 && c === 2) return 'forbidden'; // documentation
  if (a === 198 && b === 51 && c === 100) return 'forbidden';
  if (a === 203 && b === 0 && c === 113) return 'forbidden';
  if (a === 127) return 'private'; // loopback
  if (a === 10) return 'private';
  if (a === 172 && b >= 16 && b <= 31) return 'private';
  if (a === 192 && b === 168) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'private'; // carrier-grade NAT
  if (a === 169 && b === 254) return 'private'; // link-local
  if (a === 192 && b === 0 && c === 0) return 'private'; // IETF protocol assignments
  if (a === 198 && (b === 18 || b === 19)) return 'private'; // benchmarking
  return 'public';
}

function classifyV6(bytes: number[]): AddressClass {
  const [b0 = 0, b1 = 0] = bytes;
  const zeroUpTo = (n: number) => bytes.slice(0, n).every((x) => x === 0);
  const v4At = (i: number) => {
    const v4 = bytes.slice(i, i + 4);
    return classifyV4(v4, v4.join('.'));
  };
  if (zeroUpTo(16)) return 'forbidden'; // ::
  if (zeroUpTo(15) && bytes[15] === 1) return 'private'; // ::1
  if (zeroUpTo(10) && bytes[10] === 0xff && bytes[11] === 0xff) return v4At(12); // ::ffff:a.b.c.d
  if (zeroUpTo(12)) return v4At(12); // ::a.b.c.d (IPv4-compatible, deprecated)
  if (b0 === 0x00 && b1 === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b) {
    return bytes.slice(4, 12).every((x) => x === 0) ? v4At(12) : 'private'; // NAT64 (well-known / local-use)
  }
  if (b0 === 0x20 && b1 === 0x02) return v4At(2); // 6to4
  if (b0 === 0x20 && b1 === 0x01 && bytes[2] === 0 && bytes[3] === 0) return 'forbidden'; // Teredo
  if (b0 === 0x20 && b1 === 0x01 && bytes[2] === 0x0d && bytes[3] === 0xb8) return 'forbidden'; // documentation
  if (
    b0 === 0xfd &&
    b1 === 0x00 &&
    bytes[2] === 0x0e &&
    bytes[3] === 0xc2 &&
    bytes.slice(4, 14).every((x) => x === 0) &&
    bytes[14] === 0x02 &&
    bytes[15] === 0x54
  ) {
    return 'forbidden'; // fd00:ec2::254, the cloud metadata service over IPv6
  }
  if ((b0 & 0xfe) === 0xfc) return 'private'; // unique local fc00::/7
  if (b0 === 0xfe && (b1 & 0xc0) === 0x80) return 'private'; // link-local fe80::/10
  if (b0 === 0xfe && (b1 & 0xc0) === 0xc0) return 'private'; // site-local (deprecated)
  if (b0 === 0xff) return 'forbidden'; // multicast
  if ((b0 & 0xe0) !== 0x20) return 'forbidden'; // outside global unicast 2000::/3
  return 'public';
}

/** The class of a literal IP address (v4 or v6); anything that is not an address is forbidden. */
export function classifyAddress(ip: string): AddressClass {
  const v4 = isIP(ip) === 4 ? parseV4(ip) : null;
  if (v4) return classifyV4(v4, v4.join('.'));
  const v6 = parseV6(ip);
  return v6 ? classifyV6(v6) : 'forbidden';
}

export function addressAllowed(ip: string, allowPrivate: boolean): boolean {
  const kind = classifyAddress(ip);
  return kind === 'public' || (kind === 'private' && allowPrivate);
}

/** Host names that lead to a metadata service or the machine itself, refused before any lookup. */
export function hostNameRefused(hostname: string, allowPrivate: boolean): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (METADATA_HOSTS.has(host)) return true;
  if (allowPrivate) return false;
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal');
}
