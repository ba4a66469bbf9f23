// The sentiment corpus (corpus.jsonl) and its development/holdout split. One family holds a
// situation's Dutch text and its English twin (or one text): a family is wholly in one split, so
// no held-out phrasing, nor its translation, is seen while tuning. Families are stratified by kind
// (review, webcare, complaint, thanks, question, news, sarcasm, mixed, Dutch-only) and label,
// shuffled with a seeded Fisher-Yates, and 30% of each stratum (at least one when it has two or
// more) is held out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/**
 * Development texts by a second, blind writer (dev-written.jsonl, records {id, text, lang, sentiment}):
 * the first measurement on them, before any tuning, was the best estimate of generalisation
 * (docs/sentiment.md). Empty when the file is absent.
 */
export const WRITTEN_DEV = 'dev-written.jsonl';
export function loadWrittenDev(): SentimentRecord[] {
  if (!existsSync(join(here, WRITTEN_DEV))) return [];
  return load(WRITTEN_DEV).map((r, i) => ({ ...r, family: r.family ?? `written-${i}`, kind: r.kind ?? 'written' }));
}

/** Held-out sets written by people outside the team: eval/sentiment/independent*.jsonl, each its own set. */
export function independentFiles(): string[] {
  return readdirSync(here)
    .filter((f) => /^independent.*\.jsonl$/.test(f))
    .sort()
    .map((f) => join(here, f));
}

const LABELS = new Set(['positive', 'negative', 'neutral']);

/**
 * One independent held-out set. Records that are not {text, lang: nl|en, sentiment} are counted,
 * never shown (the set must stay unseen), and left out.
 */
export function loadIndependent(file: string): { records: SentimentRecord[]; malformed: number } {
  const records: SentimentRecord[] = [];
  let malformed = 0;
  for (const line of readFileSync(resolve(here, file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const r = JSON.parse(line) as Partial<SentimentRecord> & { label?: string };
      const sentiment = r.sentiment ?? r.label;
      if (typeof r.text !== 'string' || (r.lang !== 'nl' && r.lang !== 'en') || typeof sentiment !== 'string' || !LABELS.has(sentiment)) {
        malformed++;
        continue;
      }
      const id = String(r.id ?? `${file}:${records.length + malformed + 1}`);
      records.push({ id, text: r.text, lang: r.lang, sentiment: sentiment as SentimentLabel, family: id, kind: 'independent' });
    } catch {
      malformed++;
    }
  }
  return { records, malformed };
}

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
