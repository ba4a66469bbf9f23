// Does any source, test or doc quote a held-out triage message? Compares every line of src/,
// test/ and docs/ with the holdout texts and the independent set on runs of five words (a shorter holdout text: on all
// its words, from three). Prints only locations and record ids, never a held-out text.
// Exit 1 when something leaks.
// Run: npx tsx eval/triage/leak-check.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIndependent, splitCorpus } from './corpus.ts';

const N = 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Lower-case words without accents or apostrophes, so a quote with other typing still counts. */
export const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function shingles(s: string, min = N): string[] {
  const w = words(s);
  if (w.length < N) return w.length >= min ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + N <= w.length; i++) out.push(w.slice(i, i + N).join(' '));
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    if (f === 'node_modules' || f === 'generated') return [];
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx|mjs|js|md|json|jsonl|txt)$/.test(f) ? [p] : [];
  });
}

/** Locations in src/, test/ and docs/ that share a run of words with a holdout message. */
export function findLeaks(): { file: string; line: number; id: string }[] {
  const index = new Map<string, string>();
  for (const r of [...splitCorpus().holdout, ...loadIndependent()]) for (const g of shingles(r.text, 3)) index.set(g, r.id);
  const leaks: { file: string; line: number; id: string }[] = [];
  for (const file of ['src', 'test', 'docs'].flatMap((d) => walk(join(root, d)))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const w = words(line);
        // A whole short holdout text only counts as a quote when it is the whole line's words.
        const grams = [...shingles(line), ...(w.length >= 3 && w.length < N ? [w.join(' ')] : [])];
        const hit = grams.find((g) => index.has(g));
        if (hit) leaks.push({ file: relative(root, file), line: i + 1, id: index.get(hit)! });
      });
  }
  return leaks;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const leaks = findLeaks();
  for (const l of leaks) console.log(`${l.file}:${l.line} shares five words with holdout ${l.id}`);
  console.log(`${leaks.length} line(s) in src/, test/ and docs/ quote a held-out triage message.`);
  if (leaks.length > 0) process.exitCode = 1;
}
