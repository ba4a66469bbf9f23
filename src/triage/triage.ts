// Triage of one incoming message: its category and whether it is urgent. Pure (no I/O).
// Two readers side by side, both on the text as normalise.ts spells it:
// - the rules: crisis rules for each kind with figures of speech cut out first (crisis.ts,
//   figures.ts, emergencies.ts, safety-net.ts), then small weighted lexicons (categories.ts);
// - a learned model (model.ts, trained on the development data only, training-data.json).
// A crisis is raised by the rules, or by the model when it gives crisis a high probability and the
// message is not about the past, information or an everyday complaint (safety-net.ts). Otherwise the rules' category, unless the model finds it unlikely
// and is fairly sure of another. Measured on eval/triage (npm run eval:triage -- --dev,
// eval/triage/cross-validate.ts); see docs/triage.md.
import { detectLang } from '../guard/lang-detect';
import { tokenize } from '../guard/tokenize';
import { categoryOf } from './categories';
import { pastAndRecovered } from './concepts';
import { type CrisisKind, crisisIn } from './crisis';
import { withoutFigures } from './figures';
import { aboutNoPerson, MINOR, PAST_OR_INFO, TRIVIAL } from './safety-net';
import { defaultModel } from './default-model';
import type { TriageModel } from './model';
import { modelReading, triageReadings } from './normalise';
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

/** The model's crisis probability from which a message is a crisis though no rule fired (chosen by
 *  cross-validation between the two development sources: eval/triage/cross-validate.ts). */
export const MODEL_CRISIS = 0.75;
/** The model overrides the rules' category when it gives its own choice at least this probability
 *  and the rules' category less than MODEL_DOUBTS_RULES (chosen by cross-validation on
 *  dev-written.jsonl: eval/triage/cross-validate.ts). */
export const MODEL_CATEGORY_CONFIDENCE = 0.3;
export const MODEL_DOUBTS_RULES = 0.2;

/** The rules alone (no model). */
export function rulesTriage(text: string, lang?: 'nl' | 'en'): Triage {
  return combineTriage(text, null, lang);
}

/** The rules and a model together (the model is a parameter for cross-validation; null: rules only). */
/** The thresholds combineTriage uses (parameters for cross-validation: eval/triage/sweep.ts). */
export interface Thresholds {
  crisis: number;
  confidence: number;
  doubts: number;
}
const DEFAULT_THRESHOLDS: Thresholds = { crisis: MODEL_CRISIS, confidence: MODEL_CATEGORY_CONFIDENCE, doubts: MODEL_DOUBTS_RULES };

export function combineTriage(text: string, model: TriageModel | null, lang?: 'nl' | 'en', thresholds: Partial<Thresholds> = {}): Triage {
  const t = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const language = lang ?? detectLang(tokenize(text));
  const { readings } = triageReadings(text);
  for (const reading of readings) {
    const kind = crisisIn(reading);
    if (kind) return { category: 'crisis', urgent: true, lang: language, crisisKind: kind };
  }
  const first = readings[0] ?? '';
  const forModel = modelReading(text, first);
  const p = model?.probabilities(forModel);
  if (
    p &&
    p.crisis >= t.crisis &&
    ![PAST_OR_INFO, TRIVIAL, SETTLED_OR_LEAVING, MINOR].some((re) => re.test(first)) &&
    !aboutNoPerson(first) &&
    !pastAndRecovered(first)
  ) {
    // Figures of speech cut out, as for the rules, before the model's word counts.
    if (model!.probabilities(withoutFigures(forModel)).crisis >= t.crisis) return { category: 'crisis', urgent: true, lang: language, crisisKind: 'red-flags' };
  }
  const rules = categoryOf(readings.join(''), text.includes('?'));
  if (!p) return { category: rules, urgent: false, lang: language };
  let best: Exclude<TriageCategory, 'crisis'> = 'other';
  for (const c of TRIAGE_CATEGORIES) if (c !== 'crisis' && p[c] > p[best]) best = c;
  const category = p[best] >= t.confidence && p[rules] < t.doubts ? best : rules;
  return { category, urgent: false, lang: language };
}

// Over already, or leaving a job or a home: the model's word counts do not see that.
const SETTLED_OR_LEAVING =
  / (?:it stopped|has stopped|stopped now|(?:is|was) gestopt|gestopt nu|bloedt niet meer|(?:is|was) over|went away|(?:is|gaat) (?:weer )?goed|all fine|pensioen|retire\w*|retiring|verhuis\w*|moving (?:away|house)|vakantie|holiday|verlof)(?= )/;

export function triageText(text: string, lang?: 'nl' | 'en'): Triage {
  return combineTriage(text, defaultModel(), lang);
}
