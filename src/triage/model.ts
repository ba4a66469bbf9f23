// A small learned classifier beside the rules: multinomial logistic regression (softmax) over
// word unigrams and bigrams and character 3–5-grams inside words, read from the normalised text
// (normalise.ts). Character grams carry inflections, compounds and misspellings (`zelfmoordgedachten`,
// `overdosis`, `unconcious`) to words the training messages spelled otherwise, which is where the
// hand-written rules break on text nobody on the team wrote.
// Trained deterministically at first use (fixed order, no randomness) on training-data.json: the
// development messages only (eval/triage: the corpus's development split and dev-written.jsonl),
// written by eval/triage/build-training.ts. Never trained on a held-out set.
import { conceptsIn } from './concepts.ts';
import type { TriageCategory } from './triage-categories.ts';
import { TRIAGE_CATEGORIES } from './triage-categories.ts';

export interface Example {
  /** A reading from triageReadings (lower case, spaced, sentence ends as ` . `). */
  reading: string;
  category: TriageCategory;
}

export interface TrainOptions {
  /** Value of a concept feature (concepts.ts), against 1/sqrt(n) for an n-gram; 0: no concept features. */
  conceptValue?: number;
  epochs?: number;
  /** L2 penalty per step. */
  l2?: number;
  /** Extra weight of a crisis example (recall first). */
  crisisWeight?: number;
}

const CLASSES = TRIAGE_CATEGORIES;
const K = CLASSES.length;

/** The features of a reading: word unigrams and bigrams, and character 3–5-grams of each word. */
export function featuresOf(reading: string): string[] {
  const words = reading.split(' ').filter((w) => w !== '');
  const out = new Set<string>();
  let prev = '.';
  for (const w of words) {
    out.add(`w:${w}`);
    out.add(`b:${prev} ${w}`);
    prev = w;
    if (w === '.') continue;
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
  }
  return [...out];
}

export interface TriageModel {
  /** Probability per category (in TRIAGE_CATEGORIES order). */
  probabilities(reading: string): Record<TriageCategory, number>;
}

/** A reading as sparse features: the n-grams (featuresOf) at 1/sqrt(n) each, and the concepts present
 *  (concepts.ts) and each pair of them at conceptValue, so a learned weight on `despair + means`
 *  carries to words the training messages never used. */
function sparse(reading: string, conceptValue: number): { names: string[]; values: number[] } {
  const grams = featuresOf(reading);
  const v = 1 / Math.sqrt(grams.length || 1);
  const names = [...grams];
  const values = grams.map(() => v);
  if (conceptValue > 0) {
    const concepts = conceptsIn(reading);
    for (let i = 0; i < concepts.length; i++) {
      names.push(`k:${concepts[i]}`);
      values.push(conceptValue);
      for (let j = i + 1; j < concepts.length; j++) {
        names.push(`k:${concepts[i]}+${concepts[j]}`);
        values.push(conceptValue);
      }
    }
  }
  return { names, values };
}

export function trainModel(examples: Example[], opts: TrainOptions = {}): TriageModel {
  const epochs = opts.epochs ?? 40;
  const l2 = opts.l2 ?? 1e-4;
  const crisisWeight = opts.crisisWeight ?? CRISIS_WEIGHT;
  const conceptValue = opts.conceptValue ?? CONCEPT_VALUE;
  const index = new Map<string, number>();
  const docs = examples.map((e) => {
    const { names, values } = sparse(e.reading, conceptValue);
    const ids = names.map((f) => {
      let i = index.get(f);
      if (i === undefined) {
        i = index.size;
        index.set(f, i);
      }
      return i;
    });
    return { ids, values, y: CLASSES.indexOf(e.category), weight: e.category === 'crisis' ? crisisWeight : 1 };
  });
  const W = new Float64Array(index.size * K);
  const bias = new Float64Array(K);
  const scores = new Float64Array(K);
  // Plain SGD in a fixed order that interleaves the classes (stable, deterministic).
  const order = docs.map((_, i) => i).sort((a, b) => ((a * 7919) % docs.length) - ((b * 7919) % docs.length) || a - b);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.5 / (1 + epoch * 0.1);
    for (const i of order) {
      const d = docs[i]!;
      softmax(W, bias, d.ids, d.values, scores);
      for (let k = 0; k < K; k++) {
        const grad = ((scores[k] ?? 0) - (k === d.y ? 1 : 0)) * d.weight * rate;
        bias[k] = (bias[k] ?? 0) - grad * 0.1;
        for (let f = 0; f < d.ids.length; f++) {
          const j = d.ids[f]! * K + k;
          const wj = W[j] ?? 0;
          W[j] = wj - grad * (d.values[f] ?? 0) - l2 * wj;
        }
      }
    }
  }
  return {
    probabilities(reading) {
      const { names, values } = sparse(reading, conceptValue);
      const ids: number[] = [];
      const vals: number[] = [];
      names.forEach((f, n) => {
        const i = index.get(f);
        if (i !== undefined) {
          ids.push(i);
          vals.push(values[n] ?? 0);
        }
      });
      softmax(W, bias, ids, vals, scores);
      return Object.fromEntries(CLASSES.map((c, k) => [c, scores[k] ?? 0])) as Record<TriageCategory, number>;
    },
  };
}

/** Default value of a concept feature (chosen by cross-validation: eval/triage/cross-validate.ts). */
export const CONCEPT_VALUE = 0.2;
/** Default extra weight of a crisis example (recall first; chosen by cross-validation between writers). */
export const CRISIS_WEIGHT = 2;

function softmax(W: Float64Array, bias: Float64Array, ids: number[], values: number[], out: Float64Array) {
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    let sum = bias[k] ?? 0;
    for (let f = 0; f < ids.length; f++) sum += (W[ids[f]! * K + k] ?? 0) * (values[f] ?? 0);
    out[k] = sum;
    if (sum > max) max = sum;
  }
  let z = 0;
  for (let k = 0; k < K; k++) {
    const e = Math.exp((out[k] ?? 0) - max);
    out[k] = e;
    z += e;
  }
  for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) / z;
}
