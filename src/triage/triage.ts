// Triage of one incoming message: its category and whether it is urgent. Pure (no I/O).
// PLACEHOLDER signature for the inbox; the measured classifier replaces the body.
import { detectLang } from '../guard/lang-detect';
import { tokenize } from '../guard/tokenize';

export const TRIAGE_CATEGORIES = ['crisis', 'medical', 'complaint', 'compliment', 'question', 'spam', 'other'] as const;
export type TriageCategory = (typeof TRIAGE_CATEGORIES)[number];

export interface Triage {
  category: TriageCategory;
  /** Crisis: to the top at once, the people on duty are notified. */
  urgent: boolean;
  lang: 'nl' | 'en';
}

export function triageText(text: string, lang?: 'nl' | 'en'): Triage {
  const language = lang ?? detectLang(tokenize(text));
  return { category: 'other', urgent: false, lang: language };
}
