// How long to wait before trying a send again that failed without reaching the network.
export const MAX_ATTEMPTS = 8;
export const LEASE_MS = 30_000;

/** Exponential backoff from 5 s to 15 min with ±20 % jitter; a network's Retry-After wins when longer. */
export function retryDelayMs(attempt: number, retryAfterMs?: number, random = Math.random): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 15 * 60_000);
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  return Math.max(jittered, retryAfterMs ?? 0);
}
