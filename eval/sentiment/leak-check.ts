// Does a test, a doc, a lexicon or a development file quote a held-out sentiment text? Held out
// are the corpus holdout and every eval/sentiment/independent*.jsonl. Compares every line of test/,
// docs/, src/sentiment/, src/listening/ and the development files (dev-extra, dev-written) with
// them on runs of five words. A development file written blind may share a common run of words
// with a held-out text by chance: that is listed as an overlap (it makes that held-out set a
// little less independent of the tuning), not counted as a quote. With --terms it also lists care terms that occur in corpus-holdout
// texts but in no development text (a sign of tuning on the holdout; that list only informs and
// is left out by default, since it tells a reader something about the held-out vocabulary; it
// never covers the independent sets). Prints only locations and record ids. Exit 1 on a quote.
// Run: npx tsx eval/sentiment/leak-check.ts [--terms]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARE_TERMS } from '../../src/sentiment/care-terms.ts';
import { independentFiles, loadIndependent, splitCorpus } from './corpus.ts';

const N = 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

function shingles(s: string): string[] {
  const w = words(s);
  const out: string[] = [];
  for (let i = 0; i + N <= w.length; i++) out.push(w.slice(i, i + N).join(' '));
  return out;
}

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((f) => {
    if (f === 'node_modules') return [];
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx|md|json|txt)$/.test(f) ? [p] : [];
  });
}

export interface Leak {
  file: string;
  line: number;
  recordId: string;
}

/** Development files: a shared run of five words there is an overlap to report, not a quote by us. */
const isDevFile = (file: string) => DEV_FILES.includes(file);

const DEV_FILES = ['eval/sentiment/dev-extra.jsonl', 'eval/sentiment/dev-written.jsonl'];

export function findLeaks(independent: string[] = independentFiles()): {
  leaks: Leak[];
  overlaps: Leak[];
  holdoutOnlyTerms: string[];
  holdoutTexts: number;
  independentTexts: number;
} {
  const { dev, holdout } = splitCorpus();
  const index = new Map<string, string>();
  for (const r of holdout) for (const g of shingles(r.text)) index.set(g, r.id);
  let independentTexts = 0;
  for (const file of independent) {
    const { records } = loadIndependent(file);
    independentTexts += records.length;
    for (const r of records) for (const g of shingles(r.text)) index.set(g, `${relative(root, file)}#${r.id}`);
  }
  const leaks: Leak[] = [];
  const overlaps: Leak[] = [];
  const dirs = ['test', 'docs', 'src/sentiment', 'src/listening'].map((d) => join(root, d));
  const devFiles = DEV_FILES.map((f) => join(root, f)).filter((f) => statSync(f, { throwIfNoEntry: false }));
  for (const file of [...dirs.flatMap(walk), ...devFiles]) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const hit = shingles(line).find((g) => index.has(g));
        if (hit) (isDevFile(relative(root, file)) ? overlaps : leaks).push({ file: relative(root, file), line: i + 1, recordId: index.get(hit)! });
      });
  }
  const has = (texts: string, term: string) => ` ${words(texts).join(' ')} `.includes(` ${words(term).join(' ')} `);
  const holdoutOnlyTerms: string[] = [];
  for (const lang of ['nl', 'en'] as const) {
    const devText = dev
      .filter((r) => r.lang === lang)
      .map((r) => r.text)
      .join(' | ');
    const heldText = holdout
      .filter((r) => r.lang === lang)
      .map((r) => r.text)
      .join(' | ');
    for (const term of Object.keys(CARE_TERMS[lang])) if (has(heldText, term) && !has(devText, term)) holdoutOnlyTerms.push(`${lang}:${term}`);
  }
  return { leaks, overlaps, holdoutOnlyTerms, holdoutTexts: holdout.length, independentTexts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { leaks, overlaps, holdoutOnlyTerms, holdoutTexts, independentTexts } = findLeaks();
  for (const l of leaks) console.log(`${l.file}:${l.line} shares five words with held-out ${l.recordId}`);
  console.log(`${leaks.length} line(s) quote a held-out text (${holdoutTexts} corpus-holdout texts, ${independentTexts} independent texts).`);
  for (const l of overlaps) console.log(`overlap (development text, not a failure): ${l.file}:${l.line} shares five words with held-out ${l.recordId}`);
  if (process.argv.includes('--terms'))
    console.log(`Care terms seen in corpus-holdout texts only (check they were not taken from there): ${holdoutOnlyTerms.join(', ') || 'none'}`);
  if (leaks.length > 0) process.exitCode = 1;
}
