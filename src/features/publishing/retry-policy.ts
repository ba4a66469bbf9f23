// How long to wait before trying a send again that failed without reaching the network.
export const MAX_ATTEMPTS = 8;
export const LEASE_MS = 30_000;

/** Exponential backoff from 5 s to 15 min with ±20 % jitter; a network's Retry-After wins when longer. */
export function retryDelayMs(attempt: number, retryAfterMs?: number, random = Math.random): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 15 * 60_000);
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds from now. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
