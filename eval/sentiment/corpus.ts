// The sentiment corpus (corpus.jsonl) and its development/holdout split. One family holds a
// situation's Dutch text and its English twin (or one text): a family is wholly in one split, so
// no held-out phrasing, nor its translation, is seen while tuning. Families are stratified by kind
// (review, webcare, complaint, thanks, question, news, sarcasm, mixed, Dutch-only) and label,
// shuffled with a seeded Fisher-Yates, and 30% of each stratum (at least one when it has two or
// more) is held out.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SentimentLabel } from '../../src/sentiment/sentiment.ts';
import { shuffle } from '../guard/split.ts';

export interface SentimentRecord {
  id: string;
  text: string;
  lang: 'nl' | 'en';
  sentiment: SentimentLabel;
  family: string;
  kind: string;
}

export const SPLIT_SEED = 20261128;
export const HOLDOUT_SHARE = 0.3;

const here = dirname(fileURLToPath(import.meta.url));

function load(file: string): SentimentRecord[] {
  return readFileSync(join(here, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SentimentRecord);
}

export const loadCorpus = () => load('corpus.jsonl');
/** Always development: texts written after the first holdout measurement to check that additions generalise. */
export const loadFreshDev = () => load('dev-extra.jsonl');

export function holdoutFamilies(records: readonly SentimentRecord[]): Set<string> {
  const strata = new Map<string, Set<string>>();
  for (const r of records) {
    const key = `${r.kind}/${r.sentiment}`;
    strata.set(key, (strata.get(key) ?? new Set()).add(r.family));
  }
  const out = new Set<string>();
  let k = 0;
  for (const key of [...strata.keys()].sort()) {
    const fams = [...strata.get(key)!].sort();
    const n = fams.length < 2 ? 0 : Math.max(1, Math.round(fams.length * HOLDOUT_SHARE));
    for (const f of shuffle(fams, SPLIT_SEED + k++).slice(0, n)) out.add(f);
  }
  return out;
}

export function splitCorpus(): { dev: SentimentRecord[]; holdout: SentimentRecord[] } {
  const all = loadCorpus();
  const held = holdoutFamilies(all);
  return { dev: all.filter((r) => !held.has(r.family)), holdout: all.filter((r) => held.has(r.family)) };
}
