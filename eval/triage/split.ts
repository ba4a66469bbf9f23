// Deterministic dev/holdout split by family. Families are stratified by category and by the
// languages they have (nl, en or both), shuffled with a seeded Fisher-Yates (mulberry32, as the
// guard's split), and the first share of each stratum forms the holdout: 45% of crisis families
// (so each language has at least 20 held-out crisis messages), 35% of the others.
// Run: npx tsx eval/triage/split.ts   (rewrites eval/triage/split.json; families already mapped keep their side)
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { shuffle } from '../guard/split.ts';
import { loadCorpus, SPLIT_FILE, type Split, type TriageRecord } from './corpus.ts';

export const SPLIT_SEED = 20261128;
export const HOLDOUT_SHARE = { crisis: 0.45, other: 0.35 };

export function computeSplit(records: TriageRecord[]): Record<string, Split> {
  const fams = new Map<string, { category: string; langs: Set<string> }>();
  for (const r of records) {
    const f = fams.get(r.family) ?? { category: r.category, langs: new Set() };
    f.langs.add(r.lang);
    fams.set(r.family, f);
  }
  const strata = new Map<string, string[]>();
  for (const [name, f] of [...fams].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const key = `${f.category}:${[...f.langs].sort().join('+')}`;
    strata.set(key, [...(strata.get(key) ?? []), name]);
  }
  const out: Record<string, Split> = {};
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
  const split = computeSplit(loadCorpus());
  writeFileSync(SPLIT_FILE, `${JSON.stringify(split, null, 2)}\n`);
  const held = Object.values(split).filter((s) => s === 'holdout').length;
  console.log(`${Object.keys(split).length} families, ${held} in the holdout → ${SPLIT_FILE}`);
}
