// Identity check for speed work on the sentiment: every development message (the corpus's development
// split, dev-extra.jsonl and dev-written.jsonl), with variants in capitals, with stretched letters and
// without the language given, scored with the full engine and with each part left out as
// eval/sentiment/evaluate.ts does, written as a snapshot or compared with one. Prints only counts.
// Held-out data (the corpus's holdout split, independent*.jsonl) is never read.
// Run: npx tsx eval/sentiment/identity.ts --write .tmp/sentiment-before.json   (on the old code)
//      npx tsx eval/sentiment/identity.ts --check .tmp/sentiment-before.json   (on the new code: 0 differences)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FULL, sentimentOf } from '../../src/sentiment/sentiment.ts';
import { loadFreshDev, loadWrittenDev, splitCorpus } from './corpus.ts';

const stretch = (t: string) => t.replace(/([aeiou])/g, '$1$1$1').replace(/(\w)(\s)/g, '$1$1$1$1$2');
const options = [FULL, { ...FULL, notices: !FULL.notices }, { ...FULL, care: false }, { ...FULL, careRules: false }, { ...FULL, emoji: false }];
const texts: { text: string; lang?: 'nl' | 'en' }[] = [];
for (const r of [...splitCorpus().dev, ...loadFreshDev(), ...loadWrittenDev()])
  texts.push({ text: r.text, lang: r.lang }, { text: r.text }, { text: r.text.toUpperCase(), lang: r.lang }, { text: stretch(r.text), lang: r.lang });

// Twice over, so that a second reading of the same text (what a cache would answer) is compared too.
const rows = [0, 1].flatMap(() => texts.flatMap(({ text, lang }) => options.map((o) => sentimentOf(text, lang, o))));

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== '--write' && mode !== '--check')) {
  console.error('usage: identity.ts --write|--check FILE');
  process.exit(2);
}
if (mode === '--write') {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rows));
  console.log(`${rows.length} scores written (${texts.length} texts × ${options.length} option sets × 2)`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as typeof rows;
  if (before.length !== rows.length) throw new Error(`snapshot has ${before.length} scores, now ${rows.length}`);
  const differ = rows.filter((r, i) => r.sentiment !== before[i]?.sentiment || r.score !== before[i]?.score || r.lang !== before[i]?.lang).length;
  console.log(`${rows.length} scores compared: ${differ} differ`);
  process.exit(differ === 0 ? 0 : 1);
}
