// A small learned classifier beside the rules: multinomial logistic regression (softmax) over
// word unigrams and bigrams and character 3–5-grams inside words, read from the normalised text
// (normalise.ts). Character grams carry inflections, compounds and misspellings (`zelfmoordgedachten`,
// `overdosis`, `unconcious`) to words the training messages spelled otherwise, which is where the
// hand-written rules break on text nobody on the team wrote.
// Trained deterministically at first use (fixed order, no randomness) on training-data.json: the
// development messages only (eval/triage: the corpus's development split and dev-written.jsonl),
// written by eval/triage/build-training.ts. Never trained on a held-out set.
import type { TriageCategory } from './triage-categories.ts';
import { TRIAGE_CATEGORIES } from './triage-categories.ts';

export interface Example {
  /** A reading from triageReadings (lower case, spaced, sentence ends as ` . `). */
  reading: string;
  category: TriageCategory;
}

export interface TrainOptions {
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

export function trainModel(examples: Example[], opts: TrainOptions = {}): TriageModel {
  const epochs = opts.epochs ?? 40;
  const l2 = opts.l2 ?? 1e-4;
  const crisisWeight = opts.crisisWeight ?? 1;
  const index = new Map<string, number>();
  const docs = examples.map((e) => {
    const ids = featuresOf(e.reading).map((f) => {
      let i = index.get(f);
      if (i === undefined) {
        i = index.size;
        index.set(f, i);
      }
      return i;
    });
    return { ids, value: 1 / Math.sqrt(ids.length || 1), y: CLASSES.indexOf(e.category), weight: e.category === 'crisis' ? crisisWeight : 1 };
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
      softmax(W, bias, d.ids, d.value, scores);
      for (let k = 0; k < K; k++) {
        const grad = ((scores[k] ?? 0) - (k === d.y ? 1 : 0)) * d.weight * rate;
        bias[k] = (bias[k] ?? 0) - grad * 0.1;
        for (const i of d.ids) {
          const j = i * K + k;
          const wj = W[j] ?? 0;
          W[j] = wj - grad * d.value - l2 * wj;
        }
      }
    }
  }
  return {
    probabilities(reading) {
      const all = featuresOf(reading);
      const ids = all.flatMap((f) => {
        const i = index.get(f);
        return i === undefined ? [] : [i];
      });
      softmax(W, bias, ids, 1 / Math.sqrt(all.length || 1), scores);
      return Object.fromEntries(CLASSES.map((c, k) => [c, scores[k] ?? 0])) as Record<TriageCategory, number>;
    },
  };
}

function softmax(W: Float64Array, bias: Float64Array, ids: number[], value: number, out: Float64Array) {
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    let sum = bias[k] ?? 0;
    for (const i of ids) sum += (W[i * K + k] ?? 0) * value;
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
