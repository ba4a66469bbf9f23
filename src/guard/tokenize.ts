import { ABBREVIATIONS } from './lexicon/titles.ts';
import type { Token } from './types.ts';

// Words, numbers and hyphenated compounds ("84-jarige", "Willem-Alexander") as one token.
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]*[\p{L}\p{N}])?/gu;
const UPPER_RE = /\p{Lu}/u;

/** Split text into word tokens once; every detector shares the result. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sent = 0;
  let prevEnd = 0;
  let prev: Token | undefined;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const start = m.index;
    const word = m[0];
    const end = start + word.length;
    if (prev && endsSentence(text, prevEnd, start, prev)) sent++;
    const first = word.charCodeAt(0);
    // Fast path for ASCII; the Unicode test only for accented capitals (É, Ö...).
    const cap = first < 128 ? first >= 65 && first <= 90 : UPPER_RE.test(word[0]!);
    const tok: Token = {
      start,
      end,
      text: word,
      lower: word.toLowerCase(),
      cap,
      sent,
      dotAfter: text.charCodeAt(end) === 46,
    };
    tokens.push(tok);
    prev = tok;
    prevEnd = end;
  }
  return tokens;
}

function endsSentence(text: string, from: number, to: number, prev: Token): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63) return true; // \n ! ?
    if (c === 46 /* . */) {
      // "mw. Jansen", "J. de Vries": the full stop of an abbreviation or initial.
      if (i === from && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap))) continue;
      // "om 16.00 uur", "4.000 euro": a full stop between digits is part of a number.
      if (i === from && i + 1 === to && isDigit(text.charCodeAt(from - 1)) && isDigit(text.charCodeAt(to))) continue;
      // "@lauren.p", "zorg.nl": a full stop inside a handle or domain, a lower-case letter right after it.
      if (i === from && i + 1 === to && isLower(text.charCodeAt(to))) continue;
      return true;
    }
  }
  return false;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
