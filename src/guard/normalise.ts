// Text as the guard reads it: one spelling for what looks the same to a reader, so a BSN typed
// with non-breaking spaces, zero-width characters, fullwidth or Arabic-Indic digits, or dashes is
// still the same BSN. Every detector scans the normalised text; the offset map turns its spans
// back into offsets of the original text (what the editor highlights).
//
// - NFKC per cluster (a character with its combining marks), so ligatures, fullwidth forms and
//   decomposed accents become their plain form;
// - invisible format characters (Unicode Cf: U+200B..U+200D, U+2060, U+FEFF, U+00AD ...) removed;
// - every space separator (U+00A0, U+2007, U+2009, U+202F ...) becomes a plain space, line and
//   paragraph separators a newline;
// - every dash (Unicode Pd: U+2010..U+2015, U+FE63, U+FF0D ...) and the minus sign U+2212 become "-";
// - every decimal digit (Unicode Nd) becomes its ASCII digit.

export interface NormalisedText {
  /** The text the detectors read. */
  text: string;
  /** Null when the text needed no change (offsets are the same). */
  map: OffsetMap | null;
}

/** For each UTF-16 unit of the normalised text: where its source starts and ends in the original. */
export interface OffsetMap {
  starts: Uint32Array;
  ends: Uint32Array;
  /** Length of the original text. */
  length: number;
}

// Characters that never change: printable ASCII, accented Latin-1 letters, a few common signs,
// curly quotes, the euro sign and emoji (each one checked: NFKC-stable, no format character,
// space, dash or digit). Most posts are made only of these and skip the work below; in the others,
// runs of them are copied as they are.
const SAFE =
  '(?:[\\t\\n\\r\\x20-\\x7e\\u00a3\\u00a9\\u00ab\\u00ae\\u00b0\\u00bb\\u00c0-\\u00ff\\u2018-\\u201d\\u2022\\u20ac\\u2600-\\u27bf\\u{1F300}-\\u{1FAFF}]|\\ufe0f)';
const UNCHANGED = new RegExp(`^${SAFE}*$`, 'u');
const SAFE_RUN = new RegExp(`${SAFE}+`, 'uy');
// Characters NFKC leaves alone but the guard still rewrites.
const SPECIAL = /[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Pd}\u2212]|(?![0-9])\p{Nd}/u;
const MARK = /\p{M}/u;
const FORMAT = /\p{Cf}/u;
const SPACE = /\p{Zs}/u;
const LINE = /[\p{Zl}\p{Zp}]/u;
const DASH = /[\p{Pd}\u2212]/u;
const DIGIT = /\p{Nd}/u;

const digitCache = new Map<number, string>();

/** The ASCII digit of a Unicode decimal digit. Nd comes in contiguous runs of ten, 0 to 9. */
function asciiDigit(cp: number): string {
  let d = digitCache.get(cp);
  if (d === undefined) {
    let start = cp;
    while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
    d = String((cp - start) % 10);
    digitCache.set(cp, d);
  }
  return d;
}

/** One output character of a normalised cluster, after the guard's own rewrites ('' to drop). */
function rewrite(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return ch;
  if (FORMAT.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (LINE.test(ch)) return '\n';
  if (DASH.test(ch)) return '-';
  if (DIGIT.test(ch)) return asciiDigit(cp);
  return ch;
}

/** Normalises a text for the guard, with a map back to the original offsets. Pure. */
export function normaliseForGuard(original: string): NormalisedText {
  if (UNCHANGED.test(original)) return { text: original, map: null };
  if (!SPECIAL.test(original) && original.normalize('NFKC') === original) return { text: original, map: null };

  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    SAFE_RUN.lastIndex = i;
    if (SAFE_RUN.test(original)) {
      let end = SAFE_RUN.lastIndex;
      // A combining mark after the run belongs to the run's last character: that one goes below.
      if (end < n && original.charCodeAt(end) >= 0x300 && MARK.test(String.fromCodePoint(original.codePointAt(end)!))) {
        end -= end - 2 >= i && original.charCodeAt(end - 1) >= 0xdc00 && original.charCodeAt(end - 1) <= 0xdfff ? 2 : 1;
      }
      if (end > i) {
        parts.push(original.slice(i, end));
        for (let k = i; k < end; k++) {
          starts.push(k);
          ends.push(k + 1);
        }
        i = end;
        continue;
      }
    }
    // A cluster: one code point and the combining marks that follow it (a format character
    // stands alone, so removing it never takes a letter with it).
    const from = i;
    const first = original.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    if (first < 0x80 || !FORMAT.test(String.fromCodePoint(first))) {
      while (i < n && original.charCodeAt(i) >= 0x300) {
        const cp = original.codePointAt(i)!;
        if (!MARK.test(String.fromCodePoint(cp))) break;
        i += cp > 0xffff ? 2 : 1;
      }
    }
    const cluster = original.slice(from, i);
    const nfkc = first < 0x80 && cluster.length === 1 ? cluster : cluster.normalize('NFKC');
    for (const ch of nfkc) {
      const out = rewrite(ch);
      for (let k = 0; k < out.length; k++) {
        starts.push(from);
        ends.push(i);
      }
      if (out) parts.push(out);
    }
  }
  const text = parts.join('');
  if (text === original) return { text, map: null };
  return { text, map: { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), length: n } };
}

/** A span of the normalised text as a span of the original text. */
export function originalSpan(map: OffsetMap | null, start: number, end: number): { start: number; end: number } {
  if (!map || (start === 0 && end === 0)) return { start, end };
  const size = map.starts.length;
  const s = start >= size ? map.length : map.starts[start]!;
  if (end <= start) return { start: s, end: s };
  const e = end > size ? map.length : map.ends[end - 1]!;
  return { start: s, end: Math.max(s, e) };
}
