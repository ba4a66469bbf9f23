// Splits a message into lowercase words, emoji, emoticons and the punctuation that bounds
// negation (sentence ends and commas). Emoticons are whitespace-delimited chunks found in the
// emoticon table, tested before punctuation is stripped (":-(" would otherwise vanish).
export type SentimentLang = 'nl' | 'en';

export interface Token {
  text: string;
  kind: 'word' | 'emo' | 'stop' | 'comma';
  /** All capitals in the original (VADER's emphasis), words of two letters or more only. */
  caps: boolean;
  /** Exclamation marks in the sentence end token. */
  bangs?: number;
}

const PIECE_RE = /(\p{Extended_Pictographic})|([\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?)|([.!?…]+)|([,;:])/gu;

// Most chunks are a plain ASCII word, perhaps with a sentence end or a comma after it: PIECE_RE's
// answer for them, without running it (the same tokens, a fraction of the cost).
const PLAIN_RE = /^([A-Za-z0-9]+)(?:([.!?]+)|([,;:]))?$/;
const UPPER_RE = /[A-Z]/;

const END_MARKS = new Set(['.', ',', '!', '?']);

export function tokenize(text: string, emoticons: ReadonlyMap<string, number>): Token[] {
  const out: Token[] = [];
  for (const chunk of text.split(/\s+/)) {
    if (chunk === '') continue;
    // Most chunks end in a letter: no regular expression for them.
    const bare = END_MARKS.has(chunk[chunk.length - 1]!) ? chunk.replace(/[.,!?]+$/, '') : chunk;
    if (emoticons.has(chunk) || emoticons.has(bare)) {
      out.push({ text: bare, kind: 'emo', caps: false });
      continue;
    }
    const plain = PLAIN_RE.exec(chunk);
    if (plain) {
      const raw = plain[1]!;
      out.push({ text: raw.toLowerCase(), kind: 'word', caps: raw.length > 1 && UPPER_RE.test(raw) && raw === raw.toUpperCase() });
      if (plain[2]) out.push({ text: plain[2], kind: 'stop', caps: false, bangs: (plain[2].match(/!/g) ?? []).length });
      else if (plain[3]) out.push({ text: plain[3], kind: 'comma', caps: false });
      continue;
    }
    for (const m of chunk.matchAll(PIECE_RE)) {
      if (m[1]) out.push({ text: m[1], kind: 'emo', caps: false });
      else if (m[2]) {
        const raw = m[2].replace(/’/g, "'");
        out.push({ text: raw.toLowerCase(), kind: 'word', caps: raw.length > 1 && /\p{Lu}/u.test(raw) && raw === raw.toUpperCase() });
      } else if (m[3]) out.push({ text: m[3], kind: 'stop', caps: false, bangs: (m[3].match(/!/g) ?? []).length });
      else if (m[4]) out.push({ text: m[4], kind: 'comma', caps: false });
    }
  }
  return out;
}
