// Scores triage: crisis recall and false-crisis rate first, then per-category precision and recall
// and overall accuracy, for all messages and per language. Never prints a text.
// Run: npm run eval:triage -- --dev       development only: the corpus's development split and
//                                         eval/triage/dev-written.jsonl, each its own block, with
//                                         the ids of misses (the mode for whoever tunes triage)
//      npm run eval:triage                held-out too: the holdout split and every
//                                         eval/triage/independent*.jsonl as its own set (figures
//                                         only, no ids); run once per round by the lead, not by the tuner
//      npm run eval:triage -- --check     also exit 1 when a held-out set misses a target
import { basename } from 'node:path';
import { devWrittenFiles, independentFiles, loadDevWrittenFile, loadIndependentFile, splitCorpus, type TriageRecord } from './corpus.ts';
import { missedTargets, scoreTriage, TARGETS, type TriageScore } from './score.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(label: string, s: TriageScore, showIds: boolean) {
  console.log(`\n${label} (${s.n} messages)`);
  console.log(`  crisis recall      ${s.crisis.recall.toFixed(3)}  (${s.crisis.found}/${s.crisis.total})`);
  console.log(`  false crisis rate  ${pct(s.falseCrisis.rate)}  (${s.falseCrisis.flagged}/${s.falseCrisis.total} non-crisis messages)`);
  console.log('  category     support  precision  recall');
  for (const [c, m] of Object.entries(s.perCategory)) {
    console.log(`  ${c.padEnd(12)} ${String(m.support).padStart(7)}  ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}`);
  }
  console.log(`  accuracy           ${s.accuracy.toFixed(3)}`);
  if (showIds && (s.missedCrisis.length || s.falseAlarms.length)) {
    console.log(`  missed crises: ${s.missedCrisis.join(', ') || '-'}; false alarms: ${s.falseAlarms.join(', ') || '-'}`);
  }
}

const devOnly = process.argv.includes('--dev');
const byLang = (recs: TriageRecord[], lang: string) => recs.filter((r) => r.lang === lang);
const { dev, holdout } = splitCorpus();
const sets: [label: string, records: () => TriageRecord[], heldOut: boolean][] = [
  ['development: corpus dev split (tuning data)', () => dev, false],
  ...devWrittenFiles().map((f): [string, () => TriageRecord[], boolean] => [`development: ${basename(f)} (tuning data)`, () => loadDevWrittenFile(f), false]),
];
if (!devOnly) {
  sets.unshift(['holdout split', () => holdout, true]);
  for (const file of independentFiles()) sets.unshift([`independent set ${basename(file)} (never tuned on)`, () => loadIndependentFile(file), true]);
}
console.log(`Targets on held-out sets: crisis recall ${TARGETS.crisisRecall}, false crisis ≤ ${pct(TARGETS.falseCrisis)}, accuracy ≥ ${TARGETS.accuracy}`);
if (devOnly) console.log('--dev: development figures only (no held-out set is scored or printed).');
const failures: string[] = [];
for (const [label, load, heldOut] of sets) {
  const recs = load();
  if (recs.length === 0) {
    console.log(`\n${label}: no messages`);
    continue;
  }
  for (const [lang, subset] of [
    ['all', recs],
    ['nl', byLang(recs, 'nl')],
    ['en', byLang(recs, 'en')],
  ] as const) {
    const s = scoreTriage(subset);
    print(`${label}, ${lang}`, s, !heldOut);
    if (heldOut) failures.push(...missedTargets(s).map((m) => `${label} ${lang}: ${m}`));
  }
}
if (process.argv.includes('--check') && !devOnly) {
  if (failures.length) {
    console.error(`\nTargets missed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nAll held-out targets met.');
}
