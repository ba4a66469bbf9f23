// A small learned classifier beside the rules, over word unigrams and bigrams, character 3–5-grams
// inside words and the concepts of concepts.ts, read from the normalised text (normalise.ts).
// Character grams carry inflections, compounds and misspellings (`zelfmoordgedachten`, `overdosis`,
// `unconcious`) to words the training messages spelled otherwise, which is where the hand-written
// rules break on text nobody on the team wrote.
// Two linear models averaged: multinomial logistic regression (softmax, plain SGD in a fixed order:
// deterministic) and a multinomial naive Bayes whose log-odds are tempered by the square root of the
// number of features (naive Bayes counts every correlated n-gram again; unTempered it is certain of
// everything). The regression is sharper on the wording it saw, naive Bayes steadier on new writers:
// their mix was chosen by leave-one-source-out (eval/triage/loso.ts).
// Trained on the development messages only (training-data.json, eval/triage/build-training.ts),
// never on a held-out set; the trained weights ship in model-weights.json (default-model.ts).
import { conceptsIn } from './concepts.ts';
import type { TriageCategory } from './triage-categories.ts';
import { TRIAGE_CATEGORIES } from './triage-categories.ts';

export interface Example {
  /** A reading from triageReadings (lower case, spaced, sentence ends as ` . `). */
  reading: string;
  category: TriageCategory;
  /** The reading already encoded (encodeReading with the same conceptValue): saves time in cross-validation. */
  encoded?: Encoded;
}

export interface Encoded {
  names: string[];
  values: number[];
}

export interface TrainOptions {
  /** Value of a concept feature (concepts.ts), against 1/sqrt(n) for an n-gram; 0: no concept features. */
  conceptValue?: number;
  epochs?: number;
  /** L2 penalty per step. */
  l2?: number;
  /** Extra weight of a crisis example in the regression (recall first). */
  crisisWeight?: number;
  /** Share of naive Bayes in the average (0: regression only). */
  nbWeight?: number;
  /** Naive Bayes' additive smoothing. */
  nbAlpha?: number;
  /** Only features found in at least this many training messages (rarer ones are mostly one writer's words). */
  minCount?: number;
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
export function encodeReading(reading: string, conceptValue = CONCEPT_VALUE): Encoded {
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

/** A linear scorer over the model's features: bias plus, per feature present, its value times its
 *  weights (row `index` of W, one weight per class), divided by a temperature; then softmax. */
interface Linear {
  bias: Float64Array;
  /** Feature × class weights, row-major (the row of a feature: Features.index). */
  W: Float32Array | Float64Array;
  /** Feature values ignored (naive Bayes counts a feature once, whatever its value). */
  binary: boolean;
  /** Divide the scores by sqrt(number of features in the reading). */
  tempered: boolean;
}

/** The trained model as written to model-weights.json and read back (default-model.ts). */
export interface ModelFile {
  /** Hash of what it was trained from (trainingHash): a stale file is never used. */
  hash: string;
  classes: readonly string[];
  conceptValue: number;
  nbWeight: number;
  /** The features kept (weights too small to matter after rounding left out), one a line. */
  features: string;
  /** Each scorer: bias, and its weights as 8-bit integers (times `scale`), feature by feature (base64). */
  scorers: { bias: number[]; binary: boolean; tempered: boolean; scale: number; weights: string }[];
}

export interface TrainedModel extends TriageModel {
  toFile(hash: string): ModelFile;
}

export function trainModel(examples: Example[], opts: TrainOptions = {}): TrainedModel {
  const conceptValue = opts.conceptValue ?? CONCEPT_VALUE;
  const nbWeight = opts.nbWeight ?? NB_WEIGHT;
  const minCount = opts.minCount ?? MIN_COUNT;
  const encoded = examples.map((e) => ({ enc: e.encoded ?? encodeReading(e.reading, conceptValue), y: CLASSES.indexOf(e.category) }));
  const df = new Map<string, number>();
  for (const { enc } of encoded) for (const f of new Set(enc.names)) df.set(f, (df.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of df) if (n >= minCount) index.set(f, index.size);
  const docs = encoded.map(({ enc, y }) => {
    const ids: number[] = [];
    const values: number[] = [];
    enc.names.forEach((f, i) => {
      const id = index.get(f);
      if (id !== undefined) {
        ids.push(id);
        values.push(enc.values[i] ?? 0);
      }
    });
    return { ids, values, y };
  });
  const scorers = [trainRegression(docs, index.size, opts)];
  if (nbWeight > 0) scorers.push(trainNaiveBayes(docs, index.size, opts.nbAlpha ?? NB_ALPHA));
  return linearModel(index, scorers, conceptValue, nbWeight);
}

function linearModel(index: Map<string, number>, scorers: Linear[], conceptValue: number, nbWeight: number): TrainedModel {
  const mix = scorers.length === 1 ? [1] : [1 - nbWeight, nbWeight];
  const scores = new Float64Array(K);
  const sum = new Float64Array(K);
  return {
    probabilities(reading) {
      const enc = encodeReading(reading, conceptValue);
      sum.fill(0);
      scorers.forEach((s, i) => {
        softmaxOf(s, index, enc, scores);
        for (let k = 0; k < K; k++) sum[k] = (sum[k] ?? 0) + (mix[i] ?? 0) * (scores[k] ?? 0);
      });
      return Object.fromEntries(CLASSES.map((c, k) => [c, sum[k] ?? 0])) as Record<TriageCategory, number>;
    },
    toFile(hash) {
      // 8 bits per weight, scaled to each scorer's largest: the rounding moves a probability by < 0.01.
      const scales = scorers.map((sc) => {
        let max = 1e-9;
        for (const x of sc.W) max = Math.max(max, Math.abs(x));
        return 127 / max;
      });
      const q = (x: number, i: number) => Math.max(-127, Math.min(127, Math.round(x * (scales[i] ?? 1))));
      // A feature whose weights all round to 0 or ±1 hardly moves a score: left out.
      const kept = [...index].filter(([, row]) =>
        scorers.some((sc, i) => Array.from({ length: K }, (_, k) => q(sc.W[row * K + k] ?? 0, i)).some((x) => Math.abs(x) > 1)),
      );
      return {
        hash,
        classes: CLASSES,
        conceptValue,
        nbWeight,
        features: kept.map(([f]) => f).join('\n'),
        scorers: scorers.map((sc, i) => {
          const w = new Int8Array(kept.length * K);
          kept.forEach(([, row], n) => {
            for (let k = 0; k < K; k++) w[n * K + k] = q(sc.W[row * K + k] ?? 0, i);
          });
          return {
            bias: Array.from(sc.bias, (x) => Math.round(x * 1e4) / 1e4),
            binary: sc.binary,
            tempered: sc.tempered,
            scale: scales[i] ?? 1,
            weights: Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64'),
          };
        }),
      };
    },
  };
}

/** A model from its file (model-weights.json); its hash is checked by the caller. */
export function modelFromFile(file: ModelFile): TrainedModel {
  if (file.classes.join() !== CLASSES.join()) throw new Error('model file: other classes');
  const names = file.features === '' ? [] : file.features.split('\n');
  const index = new Map(names.map((f, i) => [f, i]));
  const scorers = file.scorers.map((s): Linear => {
    const bytes = Buffer.from(s.weights, 'base64');
    const ints = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { bias: Float64Array.from(s.bias), binary: s.binary, tempered: s.tempered, W: Float32Array.from(ints, (x) => x / s.scale) };
  });
  return linearModel(index, scorers, file.conceptValue, file.nbWeight);
}

function softmaxOf(s: Linear, index: Map<string, number>, enc: Encoded, out: Float64Array) {
  out.set(s.bias);
  for (let f = 0; f < enc.names.length; f++) {
    const row = index.get(enc.names[f]!);
    if (row === undefined) continue;
    const v = s.binary ? 1 : (enc.values[f] ?? 0);
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (s.W[row * K + k] ?? 0);
  }
  const t = s.tempered ? Math.sqrt(Math.max(1, enc.names.length)) : 1;
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    out[k] = (out[k] ?? 0) / t;
    if ((out[k] ?? 0) > max) max = out[k] ?? 0;
  }
  let z = 0;
  for (let k = 0; k < K; k++) {
    const e = Math.exp((out[k] ?? 0) - max);
    out[k] = e;
    z += e;
  }
  for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) / z;
}

type Doc = { ids: number[]; values: number[]; y: number };

/** Multinomial logistic regression, plain SGD in a fixed order that interleaves the classes (stable, deterministic). */
function trainRegression(docs: Doc[], features: number, opts: TrainOptions): Linear {
  const epochs = opts.epochs ?? 40;
  const l2 = opts.l2 ?? 1e-4;
  const crisisWeight = opts.crisisWeight ?? CRISIS_WEIGHT;
  const crisis = CLASSES.indexOf('crisis');
  const W = new Float64Array(features * K);
  const bias = new Float64Array(K);
  const scores = new Float64Array(K);
  const order = docs.map((_, i) => i).sort((a, b) => ((a * 7919) % docs.length) - ((b * 7919) % docs.length) || a - b);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.5 / (1 + epoch * 0.1);
    for (const i of order) {
      const d = docs[i]!;
      const weight = d.y === crisis ? crisisWeight : 1;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let sum = bias[k] ?? 0;
        for (let f = 0; f < d.ids.length; f++) sum += (W[d.ids[f]! * K + k] ?? 0) * (d.values[f] ?? 0);
        scores[k] = sum;
        if (sum > max) max = sum;
      }
      let z = 0;
      for (let k = 0; k < K; k++) {
        scores[k] = Math.exp((scores[k] ?? 0) - max);
        z += scores[k] ?? 0;
      }
      for (let k = 0; k < K; k++) {
        const grad = ((scores[k] ?? 0) / z - (k === d.y ? 1 : 0)) * weight * rate;
        bias[k] = (bias[k] ?? 0) - grad * 0.1;
        for (let f = 0; f < d.ids.length; f++) {
          const j = d.ids[f]! * K + k;
          const wj = W[j] ?? 0;
          W[j] = wj - grad * (d.values[f] ?? 0) - l2 * wj;
        }
      }
    }
  }
  return { bias, W, binary: false, tempered: false };
}

/** Multinomial naive Bayes over feature presence, with additive smoothing; each feature's log
 *  probabilities are centred (softmax does not see a shift), so a feature no class prefers weighs nothing. */
function trainNaiveBayes(docs: Doc[], features: number, alpha: number): Linear {
  const counts = new Float64Array(features * K);
  const total = new Float64Array(K);
  const perClass = new Float64Array(K);
  for (const { ids, y } of docs) {
    perClass[y] = (perClass[y] ?? 0) + 1;
    for (const id of ids) counts[id * K + y] = (counts[id * K + y] ?? 0) + 1;
    total[y] = (total[y] ?? 0) + ids.length;
  }
  const W = new Float64Array(features * K);
  for (let f = 0; f < features; f++) {
    let mean = 0;
    for (let k = 0; k < K; k++) {
      W[f * K + k] = Math.log(((counts[f * K + k] ?? 0) + alpha) / ((total[k] ?? 0) + alpha * features));
      mean += (W[f * K + k] ?? 0) / K;
    }
    for (let k = 0; k < K; k++) W[f * K + k] = (W[f * K + k] ?? 0) - mean;
  }
  const bias = Float64Array.from(perClass, (n) => Math.log((n + 1) / (docs.length + K)));
  return { bias, W, binary: true, tempered: true };
}

/** Default value of a concept feature (chosen by cross-validation: eval/triage/cross-validate.ts). */
export const CONCEPT_VALUE = 0.2;
/** Default extra weight of a crisis example (recall first; chosen by cross-validation between writers). */
export const CRISIS_WEIGHT = 2;

/** Default share of naive Bayes in the average (chosen by leave-one-source-out: eval/triage/loso.ts). */
export const NB_WEIGHT = 0.4;
/** Default minimum number of training messages a feature must be found in. */
export const MIN_COUNT = 2;
/** Default smoothing of naive Bayes. */
export const NB_ALPHA = 0.1;
