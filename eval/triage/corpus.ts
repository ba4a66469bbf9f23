// The triage corpus: messages people send care organisations (one JSONL per language) and the
// committed family → split mapping (split.json, written by split.ts). A family holds translated
// twins and near-duplicates, so a phrasing and its translation always sit on the same side.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** The independent set (INDEPENDENT.md): written by someone who never saw the classifier or this
 *  corpus; figures only, never tuned on. */
export const INDEPENDENT_FILE = join(here, 'independent.jsonl');

export function loadIndependent(): TriageRecord[] {
  return readFileSync(INDEPENDENT_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ ...(JSON.parse(l) as Omit<TriageRecord, 'family'>), family: 'independent' }));
}
