// Lists the guard's mistakes on the DEV split only (never the holdout), for tuning.
// Run: npx tsx eval/guard/dev-misses.ts                 (the corpus's dev split)
//      npx tsx eval/guard/dev-misses.ts --situations    (the Dutch development situations, dev-situations-nl.jsonl)
//      npx tsx eval/guard/dev-misses.ts --situations-2  (the second development set, dev-situations-2.jsonl)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanText } from '../../src/guard/scan-text.ts';
import { DEV2_OVERLAP } from './dev-situations-2-overlap.ts';
import type { CorpusRecord } from './generate-corpus.ts';

const second = process.argv.includes('--situations-2');
const situations = process.argv.includes('--situations');
const file = join(dirname(fileURLToPath(import.meta.url)), second ? 'dev-situations-2.jsonl' : situations ? 'dev-situations-nl.jsonl' : 'corpus.jsonl');
const dev: CorpusRecord[] = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  // The second development set is all tuning data (it may carry no split field); a holdout record never shows.
  .filter((r: CorpusRecord) => r.split === 'dev' || (second && r.split !== 'holdout' && !DEV2_OVERLAP.has(r.id)));
for (const r of dev) {
  const res = scanText(r.text, { lang: r.lang, kind: r.kind, org: r.org });
  const missed = r.entities.filter((e) => !res.findings.some((f) => f.severity === 'block' && f.start < e.end && e.start < f.end));
  if ((r.verdict === 'block') === (res.verdict === 'block') && missed.length === 0) continue;
  console.log(`${r.id} expected ${r.verdict}, got ${res.verdict} | ${r.text}`);
  for (const e of missed) console.log(`   missed ${e.type}: ${r.text.slice(e.start, e.end)}`);
  for (const f of res.findings) console.log(`   found ${f.rule}/${f.severity}: ${r.text.slice(f.start, f.end)}`);
}
