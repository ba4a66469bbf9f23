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
  /** From a model file: W as the file's 8-bit levels (W[j] = level value of ints[j]). */
  levels?: { ints: Int8Array; scale: number };
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
  const reader = new FeatureReader(index);
  const joint = jointWeights(scorers);
  const raw = new Float64Array(scorers.length * K);
  return {
    probabilities(reading) {
      const read = reader.read(reading, conceptValue);
      sumRows(scorers, joint, read, raw);
      sum.fill(0);
      for (let i = 0; i < scorers.length; i++) {
        softmaxOf(scorers[i]!, raw.subarray(i * K, (i + 1) * K), read.count, scores);
        for (let k = 0; k < K; k++) sum[k] = (sum[k] ?? 0) + (mix[i] ?? 0) * (scores[k] ?? 0);
      }
      const out = {} as Record<TriageCategory, number>;
      for (let k = 0; k < K; k++) out[CLASSES[k]!] = sum[k] ?? 0;
      return out;
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
    // Each level's Float32 value once, then a plain loop (Float32Array.from with a callback took ~80 ms).
    const level = Float32Array.from({ length: 256 }, (_, i) => (i - 128) / s.scale);
    const W = new Float32Array(ints.length);
    for (let j = 0; j < ints.length; j++) W[j] = level[ints[j]! + 128]!;
    return { bias: Float64Array.from(s.bias), binary: s.binary, tempered: s.tempered, W, levels: { ints, scale: s.scale } };
  });
  return linearModel(index, scorers, file.conceptValue, file.nbWeight);
}

/** A reading's features as the scorers need them: the rows of the model's features present, in the
 *  order encodeReading lists them (so sums are the same to the last bit), each with its value. */
interface Read {
  rows: Int32Array;
  values: Float64Array;
  /** How many rows are filled. */
  known: number;
  /** Number of features in the reading, known to the model or not (encodeReading's names.length). */
  count: number;
}

/** Every scorer's weights of a feature side by side (row f: scorer 0's K weights, then scorer 1's …):
 *  a feature's weights are one read from memory, not one per scorer (the rows are spread over
 *  megabytes and most reads miss the cache). From a model file they stay 8-bit levels, with each
 *  scorer's value of a level in a small table (a quarter of the memory: 14 bytes a feature); the value
 *  is the Float32 the level was widened to, so every product is the same. */
type Joint = { levels: Int8Array; value: Float64Array } | { weights: Float32Array | Float64Array };

function jointWeights(scorers: Linear[]): Joint {
  const S = scorers.length;
  const rows = (scorers[0]?.W.length ?? 0) / K;
  const spread = <T extends Int8Array | Float64Array>(joint: T, from: (sc: Linear) => ArrayLike<number>): T => {
    for (let i = 0; i < S; i++) {
      const W = from(scorers[i]!);
      for (let f = 0; f < rows; f++) for (let k = 0; k < K; k++) joint[(f * S + i) * K + k] = W[f * K + k]!;
    }
    return joint;
  };
  if (scorers.every((sc) => sc.levels)) {
    const value = new Float64Array(S * 256);
    scorers.forEach((sc, i) => {
      for (let x = -128; x < 128; x++) value[i * 256 + 128 + x] = Math.fround(x / sc.levels!.scale);
    });
    return { levels: spread(new Int8Array(rows * S * K), (sc) => sc.levels!.ints), value };
  }
  return { weights: spread(new Float64Array(rows * S * K), (sc) => sc.W) };
}

/** Each scorer's bias plus its weights times the feature values (raw: scorer i's K sums at i·K), all
 *  scorers in one pass over the features; each sum adds the same terms in the same order as one
 *  scorer at a time did, so it is the same to the last bit. */
function sumRows(scorers: Linear[], joint: Joint, read: Read, raw: Float64Array) {
  const S = scorers.length;
  const width = S * K;
  for (let i = 0; i < S; i++) raw.set(scorers[i]!.bias, i * K);
  const { rows, values, known } = read;
  for (let f = 0; f < known; f++) {
    const base = rows[f]! * width;
    for (let i = 0; i < S; i++) {
      const v = scorers[i]!.binary ? 1 : values[f]!;
      const at = i * K;
      if ('levels' in joint) {
        const { levels, value } = joint;
        const zero = i * 256 + 128;
        for (let k = 0; k < K; k++) raw[at + k] = raw[at + k]! + v * value[zero + levels[base + at + k]!]!;
      } else {
        const { weights } = joint;
        for (let k = 0; k < K; k++) raw[at + k] = raw[at + k]! + v * weights[base + at + k]!;
      }
    }
  }
}

/** A scorer's sums (sumRows) divided by its temperature, then softmax, into out. */
function softmaxOf(s: Linear, raw: Float64Array, count: number, out: Float64Array) {
  out.set(raw);
  const t = s.tempered ? Math.sqrt(Math.max(1, count)) : 1;
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    out[k] = out[k]! / t;
    if (out[k]! > max) max = out[k]!;
  }
  let z = 0;
  for (let k = 0; k < K; k++) {
    const e = Math.exp(out[k]! - max);
    out[k] = e;
    z += e;
  }
  for (let k = 0; k < K; k++) out[k] = out[k]! / z;
}

/** What the reader remembers of a word: its unigram's id, its character grams' ids (distinct, in
 *  featuresOf's order) and the ids of the bigrams that start with it. Ids below the number of model
 *  features are model rows; above, features the model does not know (still counted, as encodeReading does). */
interface WordEntry {
  id: number;
  grams: Int32Array;
  next: Map<string, number>;
}

/** encodeReading and the model's row lookups in one pass, without building a feature string per
 *  n-gram: words repeat from message to message, so each word's features are looked up once and
 *  remembered (bounded: the memory is dropped when it grows past LIMIT unknown features). */
class FeatureReader {
  private static readonly LIMIT = 400_000;
  private readonly features: number;
  private readonly knownWords = new Map<string, number>();
  private readonly knownBigrams = new Map<string, Map<string, number>>();
  private readonly knownChars = new Map<string, number>();
  private readonly knownConcepts = new Map<string, number>();
  private words = new Map<string, WordEntry>();
  private unknownChars = new Map<string, number>();
  private nextId: number;
  private stamp: Uint32Array;
  private round = 0;
  private rows = new Int32Array(256);
  private values = new Float64Array(256);
  private ids = new Int32Array(256);
  /** How many ids the reading being read has. */
  private n = 0;
  private readonly pairRows = new Map<string, Map<string, number>>();
  /** The answer of read, reused (the caller reads it before the next read). */
  private readonly result: Read = { rows: this.rows, values: this.values, known: 0, count: 0 };

  constructor(index: Map<string, number>) {
    this.features = index.size;
    this.nextId = index.size;
    this.stamp = new Uint32Array(index.size + 1024);
    for (const [name, row] of index) {
      const rest = name.slice(2);
      if (name.startsWith('w:')) this.knownWords.set(rest, row);
      else if (name.startsWith('c:')) this.knownChars.set(rest, row);
      else if (name.startsWith('k:')) this.knownConcepts.set(rest, row);
      else if (name.startsWith('b:')) {
        // Words hold no space: the first space parts the two words.
        const space = rest.indexOf(' ');
        const first = rest.slice(0, space);
        let next = this.knownBigrams.get(first);
        if (!next) this.knownBigrams.set(first, (next = new Map()));
        next.set(rest.slice(space + 1), row);
      }
    }
  }

  read(reading: string, conceptValue: number): Read {
    if (this.nextId - this.features > FeatureReader.LIMIT || this.words.size > FeatureReader.LIMIT / 8) {
      this.words = new Map();
      this.unknownChars = new Map();
      this.nextId = this.features;
    }
    if (++this.round === 0xffffffff) {
      this.stamp.fill(0);
      this.round = 1;
    }
    this.n = 0;
    let prev = this.entry('.');
    // The words between single spaces, without an array of them.
    for (let start = 0; start < reading.length; ) {
      let end = reading.indexOf(' ', start);
      if (end < 0) end = reading.length;
      if (end > start) {
        const w = reading.slice(start, end);
        const entry = this.entry(w);
        this.add(entry.id);
        let bigram = prev.next.get(w);
        if (bigram === undefined) {
          bigram = this.newId();
          prev.next.set(w, bigram);
        }
        this.add(bigram);
        prev = entry;
        const grams = entry.grams;
        for (let g = 0; g < grams.length; g++) this.add(grams[g]!);
      }
      start = end + 1;
    }
    const grams = this.n;
    const concepts = conceptValue > 0 ? conceptsIn(reading) : [];
    const count = grams + (concepts.length * (concepts.length + 1)) / 2;
    if (this.rows.length < count) {
      this.rows = new Int32Array(count * 2);
      this.values = new Float64Array(count * 2);
    }
    const { rows, values, ids } = this;
    const v = 1 / Math.sqrt(grams || 1);
    let known = 0;
    for (let f = 0; f < grams; f++) {
      const id = ids[f]!;
      if (id >= this.features) continue;
      rows[known] = id;
      values[known++] = v;
    }
    for (let i = 0; i < concepts.length; i++) {
      for (let j = i; j < concepts.length; j++) {
        // j = i: the concept itself; after it, each pair in encodeReading's order.
        const row = this.conceptRow(concepts[i]!, j === i ? '' : concepts[j]!);
        if (row < 0) continue;
        rows[known] = row;
        values[known++] = conceptValue;
      }
    }
    const read = this.result;
    read.rows = rows;
    read.values = values;
    read.known = known;
    read.count = count;
    return read;
  }

  /** A feature id the model does not know, with room for it in stamp. */
  private newId(): number {
    const id = this.nextId++;
    if (id >= this.stamp.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.stamp.length * 2));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    return id;
  }

  /** The id added to this reading's features unless it is there already (featuresOf's Set: distinct,
   *  in order of first appearance). */
  private add(id: number) {
    if (this.stamp[id] === this.round) return;
    this.stamp[id] = this.round;
    if (this.n === this.ids.length) {
      const grown = new Int32Array(this.n * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.n++] = id;
  }

  /** The row of concept a (b = '') or of the pair `a+b`, -1 when the model does not know it
   *  (remembered: concepts are a fixed list, so no pair name is built per reading). */
  private conceptRow(a: string, b: string): number {
    let pairs = this.pairRows.get(a);
    if (!pairs) this.pairRows.set(a, (pairs = new Map()));
    let row = pairs.get(b);
    if (row === undefined) pairs.set(b, (row = this.knownConcepts.get(b === '' ? a : `${a}+${b}`) ?? -1));
    return row;
  }

  private entry(w: string): WordEntry {
    const had = this.words.get(w);
    if (had) return had;
    const grams: number[] = [];
    if (w !== '.') {
      const padded = `<${w}>`;
      for (let size = 3; size <= 5; size++)
        for (let i = 0; i + size <= padded.length; i++) {
          const gram = padded.slice(i, i + size);
          let id = this.knownChars.get(gram) ?? this.unknownChars.get(gram);
          if (id === undefined) this.unknownChars.set(gram, (id = this.newId()));
          if (!grams.includes(id)) grams.push(id);
        }
    }
    const entry: WordEntry = {
      id: this.knownWords.get(w) ?? this.newId(),
      grams: Int32Array.from(grams),
      next: new Map(this.knownBigrams.get(w)),
    };
    this.words.set(w, entry);
    return entry;
  }
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
