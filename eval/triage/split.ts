// The dev/holdout split by family, committed in split.json. A family holds translated twins and
// near-duplicates, so a phrasing and its translation always sit on the same side.
//
// How a family gets its side (deterministic):
// - a family already in split.json keeps it (the mapping is committed, never reshuffled);
// - a new family named "h-…" goes to the holdout: messages written for the holdout only;
// - a new family named "d-…" goes to development: messages written while tuning the rules
//   (the generalisation round, written after the holdout was closed);
// - any other new family: families are stratified by category and by the languages they have
//   (nl, en or both), shuffled with a seeded Fisher-Yates (mulberry32, as the guard's split), and
//   the first share of each stratum goes to the holdout (45% of crisis families, 35% of others).
// History: the first split (seed below) was drawn before any rule was written. Translated twins
// had been given different family names; merging them afterwards put 62 twin pairs that were
// split across the sides wholly on the development side (never the other way, so nothing seen
// during tuning entered the holdout), and the "h-" families were written to bring the holdout
// back to more than 20 crisis messages per language.
// Run: npx tsx eval/triage/split.ts   (adds new families to split.json)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { shuffle } from '../guard/split.ts';
import { loadCorpus, SPLIT_FILE, type Split, type TriageRecord } from './corpus.ts';

export const SPLIT_SEED = 20261128;
export const HOLDOUT_SHARE = { crisis: 0.45, other: 0.35 };

/** Sides for every family of the corpus, keeping those in `existing`. */
export function computeSplit(records: TriageRecord[], existing: Record<string, Split> = {}): Record<string, Split> {
  const fams = new Map<string, { category: string; langs: Set<string> }>();
  for (const r of records) {
    const f = fams.get(r.family) ?? { category: r.category, langs: new Set() };
    f.langs.add(r.lang);
    fams.set(r.family, f);
  }
  const out: Record<string, Split> = {};
  const strata = new Map<string, string[]>();
  for (const [name, f] of [...fams].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (existing[name]) out[name] = existing[name];
    else if (name.startsWith('h-')) out[name] = 'holdout';
    else if (name.startsWith('d-')) out[name] = 'dev';
    else {
      const key = `${f.category}:${[...f.langs].sort().join('+')}`;
      strata.set(key, [...(strata.get(key) ?? []), name]);
    }
  }
  let k = 0;
  for (const key of [...strata.keys()].sort()) {
    const names = strata.get(key)!;
    const share = key.startsWith('crisis:') ? HOLDOUT_SHARE.crisis : HOLDOUT_SHARE.other;
    const n = names.length < 2 ? 0 : Math.max(1, Math.round(names.length * share));
    const held = new Set(shuffle(names, SPLIT_SEED + k++).slice(0, n));
    for (const name of names) out[name] = held.has(name) ? 'holdout' : 'dev';
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const existing = existsSync(SPLIT_FILE) ? (JSON.parse(readFileSync(SPLIT_FILE, 'utf8')) as Record<string, Split>) : {};
  const split = computeSplit(loadCorpus(), existing);
  writeFileSync(SPLIT_FILE, `${JSON.stringify(split, null, 2)}\n`);
  const held = Object.values(split).filter((s) => s === 'holdout').length;
  console.log(`${Object.keys(split).length} families, ${held} in the holdout → ${SPLIT_FILE}`);
}
