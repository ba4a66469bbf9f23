// Dev/holdout split by family. A family is a template's translated twins and near-duplicates
// (named in templates-*.ts) with all their filled variants, so no holdout phrasing, nor its
// translation, is seen while tuning. Families are stratified by kind (patient data / clean) and
// the entity type they are mainly about, shuffled with a seeded Fisher-Yates (mulberry32), and
// the first 30% of each stratum (at least one when it has two or more) form the holdout.
import { mulberry32 } from './fillers.ts';

/** [family, template]: the family key is shared by the nl and en twins of one situation. */
export type Template = [family: string, text: string];

export const SPLIT_SEED = 20261128;
export const HOLDOUT_SHARE = 0.3;

// The type a family is "about" when it has several: the rarest first.
const PRIORITY = [
  'SSN',
  'NHS_NUMBER',
  'PATIENT_NUMBER',
  'BSN',
  'IBAN',
  'POSTCODE_ADDRESS',
  'EMAIL',
  'PHONE',
  'DATE_OF_BIRTH',
  'PATIENT_CONFIRMATION',
  'PERSON_HEALTH',
];

export function stratum(types: Iterable<string>): string {
  const set = new Set(types);
  if (set.size === 0) return 'CLEAN';
  return PRIORITY.find((t) => set.has(t)) ?? [...set].sort()[0]!;
}

/** Seeded Fisher-Yates shuffle (a copy). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const rng = mulberry32(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The holdout families, given each family's stratum. */
export function holdoutFamilies(strata: Map<string, string>): Set<string> {
  const byStratum = new Map<string, string[]>();
  for (const [fam, s] of [...strata].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    byStratum.set(s, [...(byStratum.get(s) ?? []), fam]);
  }
  const out = new Set<string>();
  let k = 0;
  for (const s of [...byStratum.keys()].sort()) {
    const fams = byStratum.get(s)!;
    const n = fams.length < 2 ? 0 : Math.max(1, Math.round(fams.length * HOLDOUT_SHARE));
    for (const f of shuffle(fams, SPLIT_SEED + k++).slice(0, n)) out.add(f);
  }
  return out;
}
