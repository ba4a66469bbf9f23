// Does a test, a doc or a lexicon quote a held-out sentiment text? Compares every line of test/,
// docs/, src/sentiment/ and src/listening/ with the holdout texts on runs of five words, and lists
// care terms that occur in held-out texts but in no development text (a sign of tuning on the
// holdout; terms written before the corpus may show up here too, so that list only informs).
// Prints only locations, record ids and lexicon terms, never a held-out text. Exit 1 on a quote.
// Run: npx tsx eval/sentiment/leak-check.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARE_TERMS } from '../../src/sentiment/care-terms.ts';
import { splitCorpus } from './corpus.ts';

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

export function findLeaks(): { leaks: Leak[]; holdoutOnlyTerms: string[]; holdoutTexts: number } {
  const { dev, holdout } = splitCorpus();
  const index = new Map<string, string>();
  for (const r of holdout) for (const g of shingles(r.text)) index.set(g, r.id);
  const leaks: Leak[] = [];
  const dirs = ['test', 'docs', 'src/sentiment', 'src/listening'].map((d) => join(root, d));
  for (const file of dirs.flatMap(walk)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const hit = shingles(line).find((g) => index.has(g));
        if (hit) leaks.push({ file: relative(root, file), line: i + 1, recordId: index.get(hit)! });
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
  return { leaks, holdoutOnlyTerms, holdoutTexts: holdout.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { leaks, holdoutOnlyTerms, holdoutTexts } = findLeaks();
  for (const l of leaks) console.log(`${l.file}:${l.line} shares five words with holdout ${l.recordId}`);
  console.log(`${leaks.length} line(s) quote a held-out text (${holdoutTexts} held-out texts).`);
  console.log(`Care terms seen in held-out texts only (check they were not taken from there): ${holdoutOnlyTerms.join(', ') || 'none'}`);
  if (leaks.length > 0) process.exitCode = 1;
}
