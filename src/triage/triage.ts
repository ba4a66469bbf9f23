// Triage of one incoming message: its category and whether it is urgent. Pure (no I/O).
// Two readers side by side, both on the text as normalise.ts spells it:
// - the rules: crisis rules for each kind with figures of speech cut out first (crisis.ts,
//   figures.ts, emergencies.ts, safety-net.ts), then small weighted lexicons (categories.ts);
// - a learned model (model.ts, trained on the development data only, training-data.json).
// A crisis is raised by the rules; the model's crisis probability adds points to the rules' safety
// net (safety-net.ts). Otherwise the model's category wins when it is confident, or when the rules
// found no cue at all ('other'); the rules' category when not. Measured on eval/triage (npm run eval:triage -- --dev,
// eval/triage/cross-validate.ts); see docs/triage.md.
import { detectLang } from '../guard/lang-detect';
import { tokenize } from '../guard/tokenize';
import { categoryOf } from './categories';
import { type CrisisKind, crisisIn } from './crisis';
import { defaultModel } from './default-model';
import type { TriageModel } from './model';
import { triageReadings } from './normalise';
import { TRIAGE_CATEGORIES, type TriageCategory } from './triage-categories';

export { TRIAGE_CATEGORIES, type TriageCategory } from './triage-categories';
export type { CrisisKind };

export interface Triage {
  category: TriageCategory;
  /** Crisis: to the top at once, the people on duty are notified. */
  urgent: boolean;
  lang: 'nl' | 'en';
  /** For a crisis: which kind (suicide, unresponsive, poisoning, chest-pain, headache, bleeding, stroke, …;
   *  `red-flags` when only the safety net or the model raised it). */
  crisisKind?: CrisisKind;
}

/** The model's probability for a category above which it overrides the rules' category. */
export const MODEL_CATEGORY_CONFIDENCE = 0.7;
/** The model's probability for a category above which it fills in when the rules found no cue. */
export const MODEL_GAP_CONFIDENCE = 0.45;

/** The rules alone (no model). */
export function rulesTriage(text: string, lang?: 'nl' | 'en'): Triage {
  return combineTriage(text, null, lang);
}

/** The rules and a model together (the model is a parameter for cross-validation; null: rules only). */
export function combineTriage(text: string, model: TriageModel | null, lang?: 'nl' | 'en'): Triage {
  const language = lang ?? detectLang(tokenize(text));
  const { readings } = triageReadings(text);
  const p = model?.probabilities(readings[0] ?? '');
  for (const reading of readings) {
    const kind = crisisIn(reading, p?.crisis ?? 0);
    if (kind) return { category: 'crisis', urgent: true, lang: language, crisisKind: kind };
  }
  const rules = categoryOf(readings.join(''), text.includes('?'));
  if (!p) return { category: rules, urgent: false, lang: language };
  let best: Exclude<TriageCategory, 'crisis'> = 'other';
  for (const c of TRIAGE_CATEGORIES) if (c !== 'crisis' && p[c] > p[best]) best = c;
  const category = p[best] >= MODEL_CATEGORY_CONFIDENCE || (rules === 'other' && p[best] >= MODEL_GAP_CONFIDENCE) ? best : rules;
  return { category, urgent: false, lang: language };
}

export function triageText(text: string, lang?: 'nl' | 'en'): Triage {
  return combineTriage(text, defaultModel(), lang);
}
