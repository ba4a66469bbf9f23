// Do tests, docs or tuning data quote a held-out text? Compares every line of test/ and docs/ with the
// held-out texts (corpus holdout and, when present, situations.jsonl) on runs of five words, and the
// corpus's dev split and the development situations (dev-situations-nl.jsonl, dev-situations-2.jsonl) with them.
// Prints only locations and record ids, never a held-out text. Exit 1 when something leaks.
// Run: npx tsx eval/guard/leak-check.ts
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV2_OVERLAP } from './dev-situations-2-overlap.ts';
import type { CorpusRecord } from './generate-corpus.ts';

const N = 5;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}'@.-]+/u)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);

function shingles(s: string): string[] {
  const w = words(s);
  const out: string[] = [];
  for (let i = 0; i + N <= w.length; i++) out.push(w.slice(i, i + N).join(' '));
  return out;
}

function load(file: string): CorpusRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

const heldOut: [string, CorpusRecord[]][] = [['corpus holdout', load(join(here, 'corpus.jsonl')).filter((r) => r.split === 'holdout')]];
if (existsSync(join(here, 'situations.jsonl'))) heldOut.push(['situations', load(join(here, 'situations.jsonl'))]);

const index = new Map<string, string>();
for (const [set, recs] of heldOut) for (const r of recs) for (const g of shingles(r.text)) index.set(g, `${set} ${r.id}`);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    if (f === 'node_modules') return []; // installed packages are not ours (the Bluesky harness)
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx|md|json|jsonl|txt)$/.test(f) ? [p] : [];
  });
}

let leaks = 0;
for (const file of [...walk(join(root, 'test')), ...walk(join(root, 'docs'))]) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const hit = shingles(line).find((g) => index.has(g));
      if (!hit) return;
      leaks++;
      console.log(`${relative(root, file)}:${i + 1} shares five words with ${index.get(hit)}`);
    });
}
// Tuning data must not quote the independent set either: the corpus's dev split (ids only).
const situationsIndex = new Map<string, string>();
for (const [set, recs] of heldOut) if (set === 'situations') for (const r of recs) for (const g of shingles(r.text)) situationsIndex.set(g, r.id);
let devLeaks = 0;
if (situationsIndex.size > 0) {
  for (const r of load(join(here, 'corpus.jsonl')).filter((x) => x.split === 'dev')) {
    const hit = shingles(r.text).find((g) => situationsIndex.has(g));
    if (!hit) continue;
    devLeaks++;
    console.log(`corpus dev ${r.id} shares five words with situations ${situationsIndex.get(hit)}`);
  }
}
leaks += devLeaks;
console.log(`${devLeaks} corpus dev text(s) quote the independent set.`);
// The development situations (Dutch, and the second Dutch + English set) are tuning data too: they may
// quote neither held-out set.
let devSitLeaks = 0;
for (const name of ['dev-situations-nl.jsonl', 'dev-situations-2.jsonl']) {
  const devSituations = join(here, name);
  if (!existsSync(devSituations)) continue;
  let n = 0;
  const known: string[] = [];
  for (const r of load(devSituations)) {
    const hit = shingles(r.text).find((g) => index.has(g));
    if (!hit) continue;
    // Known overlaps of the second set are left out of tuning (dev-situations-2-overlap.ts).
    if (name === 'dev-situations-2.jsonl' && DEV2_OVERLAP.has(r.id)) {
      known.push(r.id);
      continue;
    }
    n++;
    console.log(`${name} ${r.id} shares five words with ${index.get(hit)}`);
  }
  if (known.length > 0) console.log(`${known.length} known overlap(s) of ${name}, left out of tuning: ${known.join(', ')}`);
  if (name === 'dev-situations-2.jsonl' && known.length !== DEV2_OVERLAP.size) {
    n++;
    console.log(`dev-situations-2-overlap.ts lists ${DEV2_OVERLAP.size} overlaps, ${known.length} found: update the list.`);
  }
  devSitLeaks += n;
  console.log(`${n} text(s) of ${name} quote a held-out text.`);
}
leaks += devSitLeaks;
console.log(`${leaks} line(s) quote a held-out text (${heldOut.map(([s, r]) => `${s}: ${r.length} texts`).join(', ')}).`);
if (leaks > 0) process.exitCode = 1;
