import { STOPWORDS_EN, STOPWORDS_NL } from './lexicon/common-words.ts';
import type { Lang, Token } from './types.ts';

/** Dutch unless clearly more English function words; Dutch is the product's first language. */
export function detectLang(tokens: Token[]): Lang {
  let nl = 0;
  let en = 0;
  for (const t of tokens) {
    if (STOPWORDS_NL.has(t.lower)) nl++;
    if (STOPWORDS_EN.has(t.lower)) en++;
  }
  return en > nl ? 'en' : 'nl';
}
