// Leave-one-source-out: the main estimate of how triage does on text nobody on the team has seen.
// For each development source (the corpus's development split, each dev-written*.jsonl) the model is
// trained on every OTHER source and the message is triaged by the rules and that model together
// (triage.ts's decision), so the model never saw the writer it is scored on. The rules were tuned on
// the older sources, so for those the figures are upper bounds; a writer file the rules were never
// tuned on gives an honest figure. Development data only: never a held-out set (the texts that are
// a near copy of one are left out of training, as build-training.ts does).
// Run: npx tsx eval/triage/loso.ts            figures per held-out source and language
//      npx tsx eval/triage/loso.ts --model '{"nbWeight":0.5}'   with other model options (model.ts TrainOptions)
//      npx tsx eval/triage/loso.ts --misses dev-written-14.jsonl,dev-written-16.jsonl   also the wrong decisions there
//      npx tsx eval/triage/sweep.ts           the decision's thresholds swept on these figures
import { fileURLToPath } from 'node:url';
import { withoutFigures } from '../../src/triage/figures.ts';
import { type Encoded, encodeReading, type TrainOptions, type TriageModel, trainModel } from '../../src/triage/model.ts';
import { modelReading, triageReadings } from '../../src/triage/normalise.ts';
import { decideTriage, passageCrisisOf, type Thresholds, type TriageParts, triageParts } from '../../src/triage/triage.ts';
import { TRIAGE_CATEGORIES, type TriageCategory } from '../../src/triage/triage-categories.ts';
import { loadDevelopment, type TriageRecord } from './corpus.ts';
import { findDevNearCopies } from './leak-check.ts';

/** The sources the rules were written and tuned on (before this round): their rule figures are in-sample.
 *  Every other source is `fresh`: neither rules nor model saw it, an honest estimate. */
export const RULES_TUNED_ON = ['corpus dev split', 'dev-written.jsonl', 'dev-written-2.jsonl'];

export interface Scored {
  record: TriageRecord;
  source: string;
  parts: TriageParts;
}

export interface Prepared {
  record: TriageRecord;
  source: string;
  ruleParts: Omit<TriageParts, 'p' | 'crisisWithoutFigures' | 'passageCrisis'>;
  reading: string;
  plainReading: string;
  encoded: Encoded;
  /** Left out of training: a near copy of a held-out message (still scored, it is development). */
  skipTraining: boolean;
}

/** Every development message with what the rules say (computed once) and its model reading. */
export function prepare(conceptValue?: number): Prepared[] {
  const skip = new Set(findDevNearCopies().map((l) => l.devId));
  return loadDevelopment().flatMap(({ name, records }) =>
    records.map((record) => {
      const first = triageReadings(record.text).readings[0] ?? ' ';
      const reading = modelReading(record.text, first, record.lang);
      const p = triageParts(record.text, null, record.lang);
      return {
        record,
        source: name,
        ruleParts: {
          lang: p.lang,
          ruleKind: p.ruleKind,
          modelMayRaise: p.modelMayRaise,
          rules: p.rules,
          toldAsPast: p.toldAsPast,
          ruleSentencesPast: p.ruleSentencesPast,
          historySafe: p.historySafe,
          generalQuestion: p.generalQuestion,
          ruleNow: p.ruleNow,
          notHappening: p.notHappening,
          selling: p.selling,
          passages: p.passages,
        },
        reading,
        plainReading: withoutFigures(reading),
        encoded: encodeReading(reading, conceptValue),
        skipTraining: skip.has(record.id),
      };
    }),
  );
}

export type Trainer = (examples: { reading: string; category: TriageCategory; encoded?: Encoded }[]) => TriageModel;
export const defaultTrainer =
  (opts: TrainOptions = {}): Trainer =>
  (examples) =>
    trainModel(examples, opts);

/** Each message with the parts of a model trained on every other source. */
export function leaveOneSourceOut(prepared: Prepared[], train: Trainer): Scored[] {
  const sources = [...new Set(prepared.map((p) => p.source))];
  return sources.flatMap((source) => {
    const model = train(
      prepared.filter((p) => p.source !== source && !p.skipTraining).map((p) => ({ reading: p.reading, category: p.record.category, encoded: p.encoded })),
    );
    return prepared
      .filter((p) => p.source === source)
      .map((p) => {
        const probs = model.probabilities(p.reading);
        let plain: number | undefined;
        const parts: TriageParts = {
          ...p.ruleParts,
          p: probs,
          crisisWithoutFigures: () => {
            plain ??= model.probabilities(p.plainReading).crisis;
            return plain;
          },
          passageCrisis: () => passageCrisisOf(p.ruleParts.passages, model),
        };
        return { record: p.record, source, parts };
      });
  });
}

export interface Tally {
  n: number;
  crisis: number;
  found: number;
  falseAlarms: number;
  correct: number;
}
export const emptyTally = (): Tally => ({ n: 0, crisis: 0, found: 0, falseAlarms: 0, correct: 0 });
export function addTo(t: Tally, truth: TriageCategory, got: TriageCategory) {
  t.n++;
  if (truth === 'crisis') {
    t.crisis++;
    if (got === 'crisis') t.found++;
  } else if (got === 'crisis') t.falseAlarms++;
  if (truth === got) t.correct++;
}
export const recall = (t: Tally) => (t.crisis ? t.found / t.crisis : 1);
export const falseRate = (t: Tally) => (t.n - t.crisis ? t.falseAlarms / (t.n - t.crisis) : 0);
export const accuracy = (t: Tally) => (t.n ? t.correct / t.n : 1);
export const line = (label: string, t: Tally) =>
  `${label.padEnd(40)} n=${String(t.n).padStart(4)}  recall ${recall(t).toFixed(3)} (${t.found}/${t.crisis})  false ${(100 * falseRate(t)).toFixed(1)}% (${t.falseAlarms}/${t.n - t.crisis})  accuracy ${accuracy(t).toFixed(3)}`;

const modelAlone = (p: Record<TriageCategory, number>): TriageCategory => TRIAGE_CATEGORIES.reduce((a, b) => (p[b] > p[a] ? b : a));

/** Tallies per source and language (and pooled) for one decision. */
export function tallies(scored: Scored[], decide: (s: Scored) => TriageCategory): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const bump = (key: string, r: TriageRecord, got: TriageCategory) => {
    let t = out.get(key);
    if (!t) out.set(key, (t = emptyTally()));
    addTo(t, r.category, got);
  };
  for (const s of scored) {
    const got = decide(s);
    for (const key of ['all', `all ${s.record.lang}`, s.source, `${s.source} ${s.record.lang}`]) bump(key, s.record, got);
    if (s.source.startsWith('dev-written')) for (const key of ['blind writers', `blind writers ${s.record.lang}`]) bump(key, s.record, got);
    if (!RULES_TUNED_ON.includes(s.source)) for (const key of ['fresh', `fresh ${s.record.lang}`]) bump(key, s.record, got);
  }
  return out;
}

export const combined =
  (t: Partial<Thresholds> = {}) =>
  (s: Scored) =>
    decideTriage(s.parts, t).category;

export function print(title: string, t: Map<string, Tally>) {
  console.log(`\n${title}`);
  const keys = [...t.keys()].sort((a, b) => (a.startsWith('all') ? -1 : b.startsWith('all') ? 1 : a.localeCompare(b)));
  for (const k of keys) console.log(`  ${line(k, t.get(k)!)}`);
}

/** Model options from the command line: --model '{"nbWeight":0.3}'. */
export function modelOptions(argv = process.argv): TrainOptions {
  const i = argv.indexOf('--model');
  return i >= 0 ? (JSON.parse(argv[i + 1] ?? '{}') as TrainOptions) : {};
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const scored = leaveOneSourceOut(prepare(), defaultTrainer(modelOptions()));
  print('rules + model (triage.ts decision and thresholds), leave-one-source-out', tallies(scored, combined()));
  print(
    'model alone (most probable category), leave-one-source-out',
    tallies(scored, (s) => modelAlone(s.parts.p!)),
  );
  print(
    'rules alone (tuned on the older sources: in-sample there)',
    tallies(scored, (s) => (s.parts.ruleKind ? 'crisis' : s.parts.rules)),
  );
  // --misses dev-written-14.jsonl,dev-written-15.jsonl: every wrong decision on those development
  // sources with its text and the model's crisis probability (development data only).
  const mi = process.argv.indexOf('--misses');
  if (mi >= 0) {
    const wanted = (process.argv[mi + 1] ?? '').split(',');
    const decide = combined();
    console.log('\nmisses (truth → got, model crisis p)');
    for (const s of scored.filter((x) => wanted.includes(x.source))) {
      const got = decide(s);
      if (got !== s.record.category)
        console.log(
          `${s.record.id} [${s.record.lang}] ${s.record.category} → ${got} p=${s.parts.p!.crisis.toFixed(2)} rule=${s.parts.ruleKind ?? '-'}: ${s.record.text}`,
        );
    }
  }
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
