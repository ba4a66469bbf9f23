// A Bloom filter: "is this an ordinary word?" for some 200,000 Dutch and English word forms in
// about 260 KB, ready in a few milliseconds (a Set of the same words takes ~100 ms to build and
// several MB, too much for `zorgpost check` start-up and the browser chunk). A false positive
// (an unknown name read as a word, ~1 %) only costs a name candidate; a word is never missed.
// The same hashing is used by scripts/build-guard-lexicon.ts, which writes the bits.

/** FNV-1a over UTF-16 code units, and a second, differently seeded one for double hashing. */
function hashes(word: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b | 1) >>> 0];
}

export interface BloomSpec {
  bits: number;
  k: number;
}

export function bloomAdd(spec: BloomSpec, data: Uint8Array, word: string): void {
  const [h1, h2] = hashes(word);
  for (let i = 0; i < spec.k; i++) {
    const bit = (h1 + Math.imul(i, h2)) >>> 0;
    const idx = bit % spec.bits;
    data[idx >> 3]! |= 1 << (idx & 7);
  }
}

export function bloomHas(spec: BloomSpec, data: Uint8Array, word: string): boolean {
  const [h1, h2] = hashes(word);
  for (let i = 0; i < spec.k; i++) {
    const idx = ((h1 + Math.imul(i, h2)) >>> 0) % spec.bits;
    if ((data[idx >> 3]! & (1 << (idx & 7))) === 0) return false;
  }
  return true;
}

/** Base64 to bytes in Node and the browser alike (atob is global in both). */
export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
