// Counts messages in a held-out file that share a run of five words with any reference file.
// Usage: node eval/triage/five-word-overlap.mjs <held-out.jsonl> <reference.jsonl>...
// Prints only ids and the shared runs of offending messages, then the count.
import { readFileSync } from 'node:fs';

const [heldOut, ...references] = process.argv.slice(2);
const words = (t) =>
  t
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
const runs = (t) => {
  const w = words(t);
  const s = new Set();
  for (let i = 0; i + 5 <= w.length; i++) s.add(w.slice(i, i + 5).join(' '));
  return s;
};
const read = (f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

const seen = new Map();
for (const f of references) for (const o of read(f)) for (const r of runs(o.text)) seen.set(r, o.id);
let count = 0;
for (const o of read(heldOut)) {
  const shared = [...runs(o.text)].filter((r) => seen.has(r));
  if (shared.length) {
    count++;
    console.log(o.id, shared.map((r) => `"${r}" (${seen.get(r)})`).join(', '));
  }
}
console.log(`messages sharing a five-word run: ${count}`);
