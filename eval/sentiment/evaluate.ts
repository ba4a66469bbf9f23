// Scores the sentiment indication on the corpus: accuracy, per-class F1 and macro F1 per language,
// on the development split (tuning data) and the holdout (never tuned on) separately, beside the
// plain lexicons without care terms, the lexicons with emoji only, and the vader-sentiment package
// as published (English). Every eval/sentiment/independent*.jsonl (written outside the team) is
// scored as its own held-out set. Only figures are printed, never a held-out text.
// Run: npm run eval:sentiment                 (figures: development, holdout, independent sets)
//      npm run eval:sentiment -- --dev        (development data only, nothing held-out is scored: use this while tuning)
//      npm run eval:sentiment -- --dev --misses   (also the development texts it gets wrong)
//      npm run eval:sentiment -- --check      (exit 1 when a held-out set's accuracy is below the target)
import { basename } from 'node:path';
import vader from 'vader-sentiment';
import type { ScoreOptions } from '../../src/sentiment/score.ts';
import { FULL, labelOf, type SentimentLabel, sentimentOf } from '../../src/sentiment/sentiment.ts';
import { type Figures, figures } from './evaluate-figures.ts';
import { independentFiles, loadFreshDev, loadIndependent, loadWrittenDev, type SentimentRecord, splitCorpus, WRITTEN_DEV } from './corpus.ts';

export const TARGET_ACCURACY = 0.8;

interface System {
  name: string;
  langs: ('nl' | 'en')[];
  label: (r: SentimentRecord) => SentimentLabel;
}

const engine = (name: string, options: ScoreOptions): System => ({
  name,
  langs: ['nl', 'en'],
  label: (r) => sentimentOf(r.text, r.lang, options).sentiment,
});

const SYSTEMS: System[] = [
  engine('zorgpost (all)', FULL),
  engine(FULL.notices ? 'without the notice rule' : 'with the notice rule', { ...FULL, notices: !FULL.notices }),
  engine('without care terms', { ...FULL, care: false }),
  engine('without care rules (questions, bare negation)', { ...FULL, careRules: false }),
  engine('without emoji', { ...FULL, emoji: false }),
  engine('plain lexicons + VADER rules only', { care: false, careRules: false, emoji: false }),
  {
    name: 'vader-sentiment package as published',
    langs: ['en'],
    label: (r) => labelOf(vader.SentimentIntensityAnalyzer.polarity_scores(r.text).compound, 'en'),
  },
];

const pct = (x: number) => x.toFixed(3);

function table(title: string, records: SentimentRecord[]): Map<string, Figures> {
  const out = new Map<string, Figures>();
  console.log(`\n${title}`);
  console.log(`  ${'lang'.padEnd(5)}${'system'.padEnd(48)}${'n'.padStart(4)}  acc    F1+    F1-    F1=    macroF1`);
  for (const lang of ['nl', 'en', 'all'] as const) {
    const recs = lang === 'all' ? records : records.filter((r) => r.lang === lang);
    for (const s of SYSTEMS) {
      if (lang === 'all' ? s.langs.length < 2 : !s.langs.includes(lang)) continue;
      const f = figures(
        recs.map((r) => r.sentiment),
        recs.map((r) => s.label(r)),
      );
      out.set(`${lang}|${s.name}`, f);
      console.log(
        `  ${lang.padEnd(5)}${s.name.padEnd(48)}${String(f.n).padStart(4)}  ${pct(f.accuracy)}  ${pct(f.f1.positive)}  ${pct(f.f1.negative)}  ${pct(f.f1.neutral)}  ${pct(f.macroF1)}`,
      );
    }
  }
  return out;
}

const args = new Set(process.argv.slice(2));
const { dev, holdout } = splitCorpus();
const written = loadWrittenDev();
table('DEVELOPMENT split (tuning data: an upper bound, not a result)', dev);
table('FRESH DEVELOPMENT texts (dev-extra.jsonl: written later, to check that additions generalise; tuning data too)', loadFreshDev());
if (written.length > 0) table(`WRITTEN DEVELOPMENT texts (${WRITTEN_DEV}: a second, blind writer; tuning data since its first measurement)`, written);
if (args.has('--misses')) {
  console.log('\nDevelopment texts the indication gets wrong:');
  for (const r of [...dev, ...loadFreshDev(), ...written]) {
    const s = sentimentOf(r.text, r.lang);
    if (s.sentiment !== r.sentiment) console.log(`  ${r.id} gold=${r.sentiment} got=${s.sentiment} (${s.score}) ${r.text}`);
  }
}
// Held-out sets: figures only, never a text. Skipped entirely with --dev (use that while tuning).
if (!args.has('--dev')) {
  const below: string[] = [];
  const check = (name: string, f: Figures) => {
    console.log(`Target: accuracy ≥ ${TARGET_ACCURACY} on ${name} (zorgpost, both languages): ${pct(f.accuracy)}`);
    if (f.accuracy < TARGET_ACCURACY) below.push(`${name} ${pct(f.accuracy)}`);
  };
  const held = table('HOLDOUT of corpus.jsonl (never tuned on)', holdout);
  check('the corpus holdout', held.get(`all|${SYSTEMS[0]!.name}`)!);
  for (const file of independentFiles().map((f) => basename(f))) {
    const { records, malformed } = loadIndependent(file);
    const figs = table(`INDEPENDENT held-out set ${file} (written outside the team, never seen)`, records);
    if (malformed > 0) console.log(`  (${malformed} record(s) without text, lang nl|en or a known label left out)`);
    if (records.length > 0) check(file, figs.get(`all|${SYSTEMS[0]!.name}`)!);
  }
  if (args.has('--check') && below.length > 0) {
    console.error(`below the target ${TARGET_ACCURACY}: ${below.join('; ')}`);
    process.exitCode = 1;
  }
}
