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

export function tokenize(text: string, emoticons: ReadonlyMap<string, number>): Token[] {
  const out: Token[] = [];
  for (const chunk of text.split(/\s+/)) {
    if (chunk === '') continue;
    if (emoticons.has(chunk) || emoticons.has(chunk.replace(/[.,!?]+$/, ''))) {
      out.push({ text: chunk.replace(/[.,!?]+$/, ''), kind: 'emo', caps: false });
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
