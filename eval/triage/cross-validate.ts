// Cross-validation of the learned model (src/triage/model.ts) on development data only, to see how
// it generalises to messages it was not trained on: family-grouped k-fold on the corpus's
// development split, and train-on-one / test-on-the-other between that split and dev-written.jsonl.
// Prints figures only. Run: npx tsx eval/triage/cross-validate.ts
import { type Example, trainModel, type TriageModel } from '../../src/triage/model.ts';
import { modelReading } from '../../src/triage/normalise.ts';
import { combineTriage, rulesTriage } from '../../src/triage/triage.ts';
import { TRIAGE_CATEGORIES, type TriageCategory } from '../../src/triage/triage-categories.ts';
import { loadDevWritten, splitCorpus, type TriageRecord } from './corpus.ts';
import { addTo as add, emptyTally as empty, type Tally } from './loso.ts';

const toExamples = (recs: TriageRecord[]): Example[] => recs.map((r) => ({ reading: modelReading(r.text, undefined, r.lang), category: r.category }));

const show = (label: string, t: Tally) =>
  console.log(
    `${label.padEnd(44)} n=${String(t.n).padStart(4)}  crisis recall ${(t.found / t.crisis).toFixed(3)} (${t.found}/${t.crisis})  false ${((100 * t.falseAlarms) / (t.n - t.crisis)).toFixed(1)}% (${t.falseAlarms}/${t.n - t.crisis})  accuracy ${(t.correct / t.n).toFixed(3)}`,
  );

function modelOnly(model: TriageModel, text: string): TriageCategory {
  const p = model.probabilities(modelReading(text));
  return TRIAGE_CATEGORIES.reduce((a, b) => (p[b] > p[a] ? b : a));
}

function evaluate(label: string, train: TriageRecord[], test: TriageRecord[], tallies: Record<string, Tally>) {
  const model = trainModel(toExamples(train));
  for (const r of test) {
    add((tallies[`${label} model alone`] ??= empty()), r.category, modelOnly(model, r.text));
    add((tallies[`${label} rules alone`] ??= empty()), r.category, rulesTriage(r.text).category);
    add((tallies[`${label} rules + model`] ??= empty()), r.category, combineTriage(r.text, model).category);
  }
}

const { dev } = splitCorpus();
const written = loadDevWritten();
const tallies: Record<string, Tally> = {};
const families = [...new Set(dev.map((r) => r.family))].sort();
const K = 5;
for (let k = 0; k < K; k++) {
  const held = new Set(families.filter((_, i) => i % K === k));
  evaluate(
    'corpus dev 5-fold:',
    [...dev.filter((r) => !held.has(r.family)), ...written],
    dev.filter((r) => held.has(r.family)),
    tallies,
  );
}
if (written.length) {
  evaluate('train corpus dev, test dev-written:', dev, written, tallies);
  evaluate('train dev-written, test corpus dev:', written, dev, tallies);
  for (let k = 0; k < K; k++) {
    const test = written.filter((_, i) => i % K === k);
    evaluate('dev-written 5-fold (+corpus dev):', [...dev, ...written.filter((_, i) => i % K !== k)], test, tallies);
  }
}
for (const [label, t] of Object.entries(tallies)) show(label, t);
console.log('(rules alone were tuned on the corpus dev split: their corpus figures are not an estimate of generalisation)');
