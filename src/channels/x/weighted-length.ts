// X's weighted character count, after twitter-text's v3 configuration (the rules X documents
// under "Counting characters"): the text is NFC-normalised; code points in the ranges below
// weigh 1, every other code point weighs 2 (so CJK counts double); an emoji sequence counts 2
// whatever its length; every URL counts 23 (t.co). A post may weigh at most 280.
// Browser-safe: the composer's preview uses the same function as the adapter.
export const X_MAX_WEIGHTED_LENGTH = 280;
export const X_URL_LENGTH = 23;

/** twitter-text v3 `ranges` with weight 100 (= 1 character); defaultWeight 200 (= 2). */
const LIGHT_RANGES: [number, number][] = [
  [0x0000, 0x10ff], // Latin, Greek, Cyrillic, Hebrew, Arabic, ... up to Georgian
  [0x2000, 0x200d], // spaces and joiners
  [0x2010, 0x201f], // dashes and quotes
  [0x2032, 0x2037], // primes
];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * URLs as twitter-text finds them, simplified: an http(s) address, or a bare host name with a
 * common top-level domain (www.ziekenhuis.nl, zorg.nl/vacatures). Trailing punctuation is not
 * part of the link, as in twitter-text.
 */
const URL_PATTERN =
  /\bhttps?:\/\/[^\s<>"]+|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|be|de|info|io|co|uk|fr|app|dev|zorg|amsterdam|frl)\b(?:\/[^\s<>"]*)?/giu;
const TRAILING = /[.,:;!?)\]'"]+$/u;

export function findUrls(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.normalize('NFC').matchAll(URL_PATTERN)) {
    const url = m[0].replace(TRAILING, '');
    out.push({ start: m.index, end: m.index + url.length });
  }
  return out;
}

function weighCodePoint(cp: number): number {
  return LIGHT_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi) ? 1 : 2;
}

function weighPlain(text: string): number {
  let n = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (EMOJI.test(segment)) {
      n += 2;
      continue;
    }
    for (const ch of segment) n += weighCodePoint(ch.codePointAt(0)!);
  }
  return n;
}

/** The length X counts for `text` (compare with X_MAX_WEIGHTED_LENGTH). */
export function weightedLength(text: string): number {
  const normal = text.normalize('NFC');
  let n = 0;
  let at = 0;
  for (const url of findUrls(normal)) {
    n += weighPlain(normal.slice(at, url.start)) + X_URL_LENGTH;
    at = url.end;
  }
  return n + weighPlain(normal.slice(at));
}

/** Thread parts for X: at most 280 weighted characters each. */
export const X_PART_LIMITS = { maxGraphemes: X_MAX_WEIGHTED_LENGTH, maxBytes: Number.MAX_SAFE_INTEGER, measure: weightedLength };
