// Scores triage on the corpus (eval/triage/corpus-*.jsonl), development and holdout separately,
// all messages and per language: crisis recall and false-crisis rate first, then per-category
// precision and recall and overall accuracy. Prints ids of misses on the development split only
// (the holdout and the independent set show figures, never which message), and never a text.
// Run: npm run eval:triage              (figures)
//      npm run eval:triage -- --check   (also exit 1 when the holdout misses a target)
import { loadIndependent, splitCorpus, type TriageRecord } from './corpus.ts';
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

const { dev, holdout } = splitCorpus();
const byLang = (recs: TriageRecord[], lang: string) => recs.filter((r) => r.lang === lang);
console.log(`Targets on the holdout: crisis recall ${TARGETS.crisisRecall}, false crisis ≤ ${pct(TARGETS.falseCrisis)}, accuracy ≥ ${TARGETS.accuracy}`);
const failures: string[] = [];
for (const [split, recs] of [
  ['independent set (never tuned on)', loadIndependent()],
  ['holdout', holdout],
  ['development (tuning data)', dev],
] as const) {
  for (const [lang, subset] of [
    ['all', recs],
    ['nl', byLang(recs, 'nl')],
    ['en', byLang(recs, 'en')],
  ] as const) {
    const s = scoreTriage(subset);
    const heldOut = split !== 'development (tuning data)';
    print(`${split}, ${lang}`, s, !heldOut);
    if (heldOut) failures.push(...missedTargets(s).map((m) => `${split} ${lang}: ${m}`));
  }
}
if (process.argv.includes('--check')) {
  if (failures.length) {
    console.error(`\nTargets missed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nAll holdout targets met.');
}
