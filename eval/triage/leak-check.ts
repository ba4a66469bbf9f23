// Does any source, test, doc or development text quote a held-out triage message? Compares every
// line of src/ (rules, lexicons, the model), test/, docs/ and the eval/triage code, and every
// development text (the corpus's development split and dev-written.jsonl, the model's training data)
// with the holdout texts and every independent*.jsonl set on runs of five words (a shorter held-out
// text: on all its words, from three). Prints only locations and record ids, never a held-out text.
// Exit 1 when something leaks.
// Run: npx tsx eval/triage/leak-check.ts
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelReading } from '../../src/triage/normalise.ts';
import { loadDevWritten, loadIndependent, splitCorpus } from './corpus.ts';

const N = 5;
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

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

function heldOutIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const r of [...splitCorpus().holdout, ...loadIndependent()]) for (const g of shingles(r.text, 3)) index.set(g, r.id);
  return index;
}

/** The hash by which known-overlaps.json names a run of shared words (never the words themselves). */
export const runHash = (gram: string) => createHash('sha256').update(gram).digest('hex').slice(0, 16);

interface KnownOverlap {
  file: string;
  heldOut: string;
  run: string;
  written: string;
}

/** Rule lines written before a held-out set existed that share a common phrase with it by chance (the
 *  set was written blind, later). Rewording a rule would change what it matches, so each is listed by
 *  file, held-out id and the hash of the shared run; any other overlap, in that line too, still fails. */
const KNOWN: KnownOverlap[] = JSON.parse(readFileSync(join(here, 'known-overlaps.json'), 'utf8'));

function hitIn(index: Map<string, string>, line: string, file?: string): string | undefined {
  const w = words(line);
  // A whole short held-out text only counts as a quote when it is the whole line's words.
  const grams = [...shingles(line), ...(w.length >= 3 && w.length < N ? [w.join(' ')] : [])];
  const known = (g: string) => KNOWN.some((k) => k.file === file && k.heldOut === index.get(g) && k.run === runHash(g));
  const hit = grams.find((g) => index.has(g) && !known(g));
  return hit && index.get(hit);
}

/** Locations in src/, test/, docs/ and the eval/triage code that share a run of words with a held-out message. */
export function findLeaks(): { file: string; line: number; id: string }[] {
  const index = heldOutIndex();
  const leaks: { file: string; line: number; id: string }[] = [];
  const evalCode = readdirSync(here)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(here, f));
  // The model's training data is development text, judged by findDevNearCopies (a common phrase may stay).
  const trainingData = join(root, 'src/triage/training-data.json');
  for (const file of [...['src', 'test', 'docs'].flatMap((d) => walk(join(root, d))), ...evalCode].filter((f) => f !== trainingData)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const id = hitIn(index, line, relative(root, file));
        if (id) leaks.push({ file: relative(root, file), line: i + 1, id });
      });
  }
  return leaks;
}

/** Development texts (what the model is trained on) that share a run of words with a held-out message,
 *  as written or as the model reads them (normalised: chat forms and typos spelled out). */
export function findDevLeaks(): { devId: string; id: string }[] {
  const index = heldOutIndex();
  return [...splitCorpus().dev, ...loadDevWritten()].flatMap((r) => {
    const id = hitIn(index, r.text) ?? hitIn(index, modelReading(r.text));
    return id ? [{ devId: r.id, id }] : [];
  });
}

/** Ids in the shipped training data that nearly copy a held-out message (none once build-training.ts has run). */
export function nearCopiesInTraining(): string[] {
  const trained: { id: string }[] = JSON.parse(readFileSync(join(root, 'src/triage/training-data.json'), 'utf8'));
  const near = new Set(findDevNearCopies().map((l) => l.devId));
  return trained.filter((t) => near.has(t.id)).map((t) => t.id);
}

/** Runs of `n` words (n > 5), for the near-copy test. */
function runs(s: string, n: number): string[] {
  const w = words(s);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

/** A run this long in common is a copied sentence, not a common phrase. */
const COPIED_RUN = 8;
/** … or this share of a text's runs of five (a short text: the whole of it). */
const COPIED_SHARE = 0.3;

/** Development texts that nearly copy a held-out message (as written or as the model reads them): a run of
 *  eight words in common, or three in ten of their runs of five. These are left out of the model's training.
 *  A single common phrase is not: leaving out every text with one (findDevLeaks) cost
 *  a third of the training data by held-out set 18 and made the model depend on which held-out sets exist. */
export function findDevNearCopies(): { devId: string; id: string }[] {
  const index = heldOutIndex();
  const long = new Map<string, string>();
  for (const r of [...splitCorpus().holdout, ...loadIndependent()]) for (const g of runs(r.text, COPIED_RUN)) long.set(g, r.id);
  return [...splitCorpus().dev, ...loadDevWritten()].flatMap((r) => {
    for (const t of [r.text, modelReading(r.text)]) {
      const copied = runs(t, COPIED_RUN).find((g) => long.has(g));
      if (copied) return [{ devId: r.id, id: long.get(copied)! }];
      const grams = shingles(t, 3);
      const shared = grams.filter((g) => index.has(g));
      if (shared.length && shared.length >= COPIED_SHARE * grams.length) return [{ devId: r.id, id: index.get(shared[0]!)! }];
    }
    return [];
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const leaks = findLeaks();
  for (const l of leaks) console.log(`${l.file}:${l.line} shares five words with holdout ${l.id}`);
  console.log(`${leaks.length} line(s) in src/, test/, docs/ and eval/triage code quote a held-out triage message.`);
  console.log(`${KNOWN.length} known chance overlap(s) of rule lines older than the held-out set (known-overlaps.json).`);
  const devLeaks = findDevLeaks();
  for (const l of devLeaks) console.log(`development text ${l.devId} shares five words with held-out ${l.id}`);
  // Written blind by others, so not a leak by us; the model's training data leaves out the near copies.
  console.log(`${devLeaks.length} development text(s) share five words with a held-out message.`);
  console.log(
    `${findDevNearCopies().length} of them nearly copy one (a run of ${COPIED_RUN} words, or ${COPIED_SHARE * 100}% of their runs of five): left out of the model's training data.`,
  );
  const trained = nearCopiesInTraining();
  for (const id of trained) console.log(`training data holds ${id}, a near copy of a held-out message: run build-training.ts`);
  if (leaks.length > 0 || trained.length > 0) process.exitCode = 1;
}
