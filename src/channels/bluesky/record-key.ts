// Record keys derived from our own ids. A Bluesky post's record key is a TID (13 characters of
// base32-sortable); the client may choose it. Deriving it from the post id makes a repeated
// publish of the same post collide with the first instead of creating a duplicate, and lets
// reconciliation look the post up without having stored anything from the network.
import { createHash } from 'node:crypto';

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

// A TID is a 64-bit number: top bit 0, 53 bits of microseconds since 1970, 10 bits of clock id.
// The derived "timestamp" lies in [2^50, 2^50 + 2^49) µs, i.e. between 2005 and 2023: always
// in the past (nothing treats it as a future-dated key) and shaped like real TIDs (leading "3").
// 49 + 10 = 59 bits come from the hash, ample against collisions within one account.
const TIMESTAMP_BASE = 1n << 50n;
const TIMESTAMP_SPAN_MASK = (1n << 49n) - 1n;
const CLOCK_MASK = (1n << 10n) - 1n;

function tidFromSeed(seed: string): string {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  const high = digest.readBigUInt64BE(0);
  const timestamp = TIMESTAMP_BASE + (high & TIMESTAMP_SPAN_MASK);
  const clock = digest.readBigUInt64BE(8) & CLOCK_MASK;
  let value = (timestamp << 10n) | clock;
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

export function isTid(value: string): boolean {
  return TID_PATTERN.test(value);
}

/** The record key of the first (or only) Bluesky post for one of our posts. */
export function postRecordKey(postId: string): string {
  return tidFromSeed(`zorgpost/bluesky/post/${postId}`);
}

/**
 * The record key of thread part `index` (1, 2, …), derived from the first part's key, so that
 * the at-uri we store (the first record) is enough to find and remove the whole thread.
 */
export function threadPartRecordKey(firstKey: string, index: number): string {
  if (index === 0) return firstKey;
  return tidFromSeed(`zorgpost/bluesky/thread/${firstKey}/${index}`);
}

/** The record key of our answer `replyId` (an inbox reply): a repeated send collides with the first. */
export function replyRecordKey(replyId: string): string {
  return tidFromSeed(`zorgpost/bluesky/reply/${replyId}`);
}
