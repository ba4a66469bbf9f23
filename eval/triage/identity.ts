// Identity check for speed work on the triage and sentiment: every development message (the corpus's
// development split and every dev-written*.jsonl, with variants in capitals, with stretched letters and
// without the language given) triaged and scored, written as a snapshot, or compared with one.
// Prints only counts. Held-out data is never read.
// Run: npx tsx eval/triage/identity.ts --write .tmp/triage-before.json   (on the old code)
//      npx tsx eval/triage/identity.ts --check .tmp/triage-before.json   (on the new code: 0 differences)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sentimentOf } from '../../src/sentiment/sentiment.ts';
import { defaultModel } from '../../src/triage/default-model.ts';
import { encodeReading } from '../../src/triage/model.ts';
import { modelReading, triageReadings } from '../../src/triage/normalise.ts';
import { rulesTriage, triageParts, triageText } from '../../src/triage/triage.ts';
import { loadDevelopment } from './corpus.ts';

type Row = Record<string, unknown>;

const stretch = (t: string) => t.replace(/([aeiou])/g, '$1$1$1').replace(/(\w)(\s)/g, '$1$1$1$1$2');
const texts: { text: string; lang?: 'nl' | 'en' }[] = [];
for (const { records } of loadDevelopment())
  for (const r of records) {
    texts.push({ text: r.text, lang: r.lang }, { text: r.text }, { text: r.text.toUpperCase(), lang: r.lang }, { text: stretch(r.text), lang: r.lang });
  }

function rowOf({ text, lang }: { text: string; lang?: 'nl' | 'en' }): Row {
  const t = triageText(text, lang);
  const parts = triageParts(text, defaultModel(), lang);
  const readings = triageReadings(text).readings;
  const s = sentimentOf(text, lang);
  return {
    category: t.category,
    urgent: t.urgent,
    crisisKind: t.crisisKind ?? null,
    lang: t.lang,
    rules: rulesTriage(text, lang).category,
    p: parts.p,
    plain: parts.crisisWithoutFigures(),
    readings,
    features: encodeReading(modelReading(text, readings[0])).names.length,
    sentiment: s.sentiment,
    score: s.score,
  };
}

function differs(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) > 1e-9;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].some((k) => differs((a as Row)[k], (b as Row)[k]));
  }
  return a !== b;
}

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== '--write' && mode !== '--check')) {
  console.error('usage: identity.ts --write|--check FILE');
  process.exit(2);
}
const rows = texts.map(rowOf);
if (mode === '--write') {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rows));
  console.log(`${rows.length} messages written`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Row[];
  if (before.length !== rows.length) throw new Error(`snapshot has ${before.length} messages, now ${rows.length}`);
  const fields = Object.keys(rows[0] ?? {});
  const perField = fields.map((f) => [f, rows.filter((r, i) => differs(r[f], before[i]?.[f])).length] as const);
  const total = rows.filter((r, i) => differs(r, before[i])).length;
  console.log(`${rows.length} messages compared: ${total} differ (${perField.map(([f, n]) => `${f} ${n}`).join(', ')})`);
  process.exit(total === 0 ? 0 : 1);
}
