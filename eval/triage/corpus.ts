// The triage corpus: messages people send care organisations (one JSONL per language) and the
// committed family → split mapping (split.json, written by split.ts). A family holds translated
// twins and near-duplicates, so a phrasing and its translation always sit on the same side.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TriageCategory } from '../../src/triage/triage.ts';

export interface TriageRecord {
  id: string;
  text: string;
  lang: 'nl' | 'en';
  category: TriageCategory;
  urgent: boolean;
  family: string;
}

export type Split = 'dev' | 'holdout';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_FILES = ['corpus-nl.jsonl', 'corpus-en.jsonl'].map((f) => join(here, f));
export const SPLIT_FILE = join(here, 'split.json');

export function loadCorpus(): TriageRecord[] {
  return CORPUS_FILES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as TriageRecord),
  );
}

export function loadSplit(): Record<string, Split> {
  return JSON.parse(readFileSync(SPLIT_FILE, 'utf8'));
}

/** The corpus with each record's side; throws when a family has no side (run split.ts). */
export function splitCorpus(): { dev: TriageRecord[]; holdout: TriageRecord[] } {
  const split = loadSplit();
  const out = { dev: [] as TriageRecord[], holdout: [] as TriageRecord[] };
  for (const r of loadCorpus()) {
    const side = split[r.family];
    if (!side) throw new Error(`family ${r.family} (${r.id}) has no split: run npx tsx eval/triage/split.ts`);
    out[side].push(r);
  }
  return out;
}

const readJsonl = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

/** The independent sets: every eval/triage/independent*.jsonl (INDEPENDENT.md), each written by
 *  someone who never saw the classifier or this corpus; scored as its own held-out set, figures
 *  only, never tuned on (never opened, printed or copied by whoever tunes the classifier). */
export function independentFiles(): string[] {
  return readdirSync(here)
    .filter((f) => /^independent.*\.jsonl$/.test(f))
    .sort()
    .map((f) => join(here, f));
}
export const INDEPENDENT_FILE = join(here, 'independent.jsonl');

/** One independent set, its records with family `independent`. */
export function loadIndependentFile(file: string): TriageRecord[] {
  return readJsonl(file).map((r) => ({ ...(r as Omit<TriageRecord, 'family'>), family: 'independent' }));
}

/** Every independent set together. */
export function loadIndependent(): TriageRecord[] {
  return independentFiles().flatMap(loadIndependentFile);
}

/** Development data written blind by another helper (branch wt-writer), same format as the corpus:
 *  every eval/triage/dev-written*.jsonl, development only, tuned on, family `written-<id>`. */
export function devWrittenFiles(): string[] {
  return readdirSync(here)
    .filter((f) => /^dev-written.*\.jsonl$/.test(f))
    .sort()
    .map((f) => join(here, f));
}

export function loadDevWrittenFile(file: string): TriageRecord[] {
  if (!existsSync(file)) return [];
  return readJsonl(file).map((r) => ({ ...(r as TriageRecord), family: (r as TriageRecord).family ?? `written-${r.id}` }));
}

/** Every dev-written*.jsonl together. */
export function loadDevWritten(): TriageRecord[] {
  return devWrittenFiles().flatMap(loadDevWrittenFile);
}

/** The development sources, each on its own: the corpus's development split and each dev-written file. */
export function loadDevelopment(): { name: string; records: TriageRecord[] }[] {
  return [{ name: 'corpus dev split', records: splitCorpus().dev }, ...devWrittenFiles().map((f) => ({ name: basename(f), records: loadDevWrittenFile(f) }))];
}
