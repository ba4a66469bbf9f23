// Dev/holdout split by template family ("nl-pii-12-2" → "nl-pii-12"), so holdout phrasings are
// never seen while tuning. Within each group (nl-pii, nl-clean, en-pii, en-clean) the families
// are ordered by a fixed seeded FNV-1a hash and the first 30% form the holdout: stratified,
// so both parts have patient-data and clean texts in both languages.

const SEED = 0x5a17;
export const HOLDOUT_SHARE = 0.3;

export function fnv1a(s: string): number {
  let h = (0x811c9dc5 ^ SEED) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function family(id: string): string {
  return id.replace(/-\d+$/, '');
}

/** The holdout families of one group, given all its family ids. */
export function holdoutFamilies(families: string[]): Set<string> {
  const sorted = [...families].sort((a, b) => fnv1a(a) - fnv1a(b));
  return new Set(sorted.slice(0, Math.round(families.length * HOLDOUT_SHARE)));
}
