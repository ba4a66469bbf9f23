// The model's crisis threshold (src/triage/triage.ts MODEL_CRISIS) swept under cross-validation on
// development data only: each development message is triaged by the rules and a model that was not
// trained on it (family-grouped 5-fold over every development source together), at several
// thresholds. Prints figures only. Run: npx tsx eval/triage/sweep.ts
import { type Example, trainModel } from '../../src/triage/model.ts';
import { modelReading } from '../../src/triage/normalise.ts';
import { combineTriage, MODEL_CRISIS, type Thresholds } from '../../src/triage/triage.ts';

const CRISIS_AT = Number(process.env.CRISIS_AT ?? MODEL_CRISIS);
import { loadDevelopment, type TriageRecord } from './corpus.ts';

const toExamples = (recs: TriageRecord[]): Example[] => recs.map((r) => ({ reading: modelReading(r.text), category: r.category }));
const CRISIS = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.01];
// The category override: the model's choice when it gives it at least `confidence` and the rules' category less than `doubts`.
const CATEGORY = [
  [0.3, 0.1],
  [0.3, 0.2],
  [0.4, 0.3],
  [0.5, 0.5],
  [0.5, 1.01],
  [0.4, 1.01],
];
const THRESHOLDS: Partial<Thresholds>[] = [
  ...CRISIS.map((crisis) => ({ crisis })),
  ...CATEGORY.map(([confidence, doubts]) => ({ crisis: CRISIS_AT, confidence, doubts })),
];
const K = 5;
const sources = loadDevelopment();
const all = sources.flatMap((s) => s.records.map((r) => ({ ...r, source: s.name })));
const families = [...new Set(all.map((r) => r.family))].sort();
const foldOf = new Map(families.map((f, i) => [f, (i * 7919) % K]));
const got = new Map<string, string[]>();
for (let k = 0; k < K; k++) {
  const model = trainModel(toExamples(all.filter((r) => foldOf.get(r.family) !== k)));
  for (const r of all.filter((r) => foldOf.get(r.family) === k))
    got.set(
      r.id,
      THRESHOLDS.map((t) => combineTriage(r.text, model, r.lang, t).category),
    );
}
for (const name of ['all', ...sources.map((s) => s.name)]) {
  const recs = all.filter((r) => name === 'all' || r.source === name);
  console.log(`\n${name} (${recs.length} messages; ${K}-fold, the model never saw the message)`);
  THRESHOLDS.forEach((t, i) => {
    let crisis = 0,
      found = 0,
      neg = 0,
      fa = 0,
      ok = 0;
    for (const r of recs) {
      const c = got.get(r.id)![i];
      if (r.category === 'crisis') {
        crisis++;
        if (c === 'crisis') found++;
      } else {
        neg++;
        if (c === 'crisis') fa++;
      }
      if (c === r.category) ok++;
    }
    const label =
      t.confidence === undefined
        ? `crisis ${(t.crisis ?? 0) > 1 ? 'none' : (t.crisis ?? 0).toFixed(2)}`
        : `crisis ${(t.crisis ?? 0).toFixed(2)}, category ${t.confidence}/${(t.doubts ?? 0) > 1 ? 'any' : t.doubts}`;
    console.log(
      `  ${label.padEnd(32)} crisis recall ${(found / crisis).toFixed(3)} (${found}/${crisis})  false ${((100 * fa) / neg).toFixed(1)}% (${fa}/${neg})  accuracy ${(ok / recs.length).toFixed(3)}`,
    );
  });
}
