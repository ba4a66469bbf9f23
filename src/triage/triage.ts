// Triage of one incoming message: its category and whether it is urgent. Pure (no I/O).
// Crisis first (crisis.ts: rules for each kind, figures of speech cut out first, figures.ts),
// then the other categories from small weighted lexicons (categories.ts). Both read the text as
// normalise.ts spells it. Measured on eval/triage (npm run eval:triage); see docs/triage.md.
import { detectLang } from '../guard/lang-detect';
import { tokenize } from '../guard/tokenize';
import { categoryOf } from './categories';
import { type CrisisKind, crisisIn } from './crisis';
import { triageReadings } from './normalise';

import type { TriageCategory } from './triage-categories';

export { TRIAGE_CATEGORIES, type TriageCategory } from './triage-categories';
export type { CrisisKind };

export interface Triage {
  category: TriageCategory;
  /** Crisis: to the top at once, the people on duty are notified. */
  urgent: boolean;
  lang: 'nl' | 'en';
  /** For a crisis: which kind (suicide, unresponsive, poisoning, chest-pain, headache, bleeding, stroke). */
  crisisKind?: CrisisKind;
}

export function triageText(text: string, lang?: 'nl' | 'en'): Triage {
  const language = lang ?? detectLang(tokenize(text));
  const { readings } = triageReadings(text);
  for (const reading of readings) {
    const kind = crisisIn(reading);
    if (kind) return { category: 'crisis', urgent: true, lang: language, crisisKind: kind };
  }
  return { category: categoryOf(readings.join(''), text.includes('?')), urgent: false, lang: language };
}
