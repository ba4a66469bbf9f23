import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../eval/guard/generate-corpus.ts';
import { HOLDOUT_SHARE, holdoutFamilies, shuffle, stratum } from '../../eval/guard/split.ts';

describe('evaluation split', () => {
  const records = generate();

  it('is what eval/guard/corpus.jsonl holds (regenerated after every template change)', () => {
    const file = readFileSync(new URL('../../eval/guard/corpus.jsonl', import.meta.url), 'utf8');
    expect(file).toBe(`${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  });

  it('keeps every family, with its translated twins, on one side', () => {
    const sides = new Map<string, Set<string>>();
    for (const r of records) sides.set(r.family, (sides.get(r.family) ?? new Set()).add(r.split));
    expect([...sides.values()].filter((s) => s.size > 1)).toEqual([]);
    // The split is by shared family key, so twins in both languages exist on both sides of it.
    const bilingual = (split: string) =>
      new Set(records.filter((r) => r.split === split && r.lang === 'en').map((r) => r.family)).size > 0 &&
      [...new Set(records.filter((r) => r.split === split).map((r) => r.family))].some(
        (f) => records.some((r) => r.family === f && r.lang === 'nl') && records.some((r) => r.family === f && r.lang === 'en'),
      );
    expect(bilingual('holdout')).toBe(true);
    expect(bilingual('dev')).toBe(true);
  });

  it('puts every entity type in the holdout, and clean texts of both languages', () => {
    const types = new Set(records.flatMap((r) => r.entities.map((e) => e.type)));
    const held = new Set(records.filter((r) => r.split === 'holdout').flatMap((r) => r.entities.map((e) => e.type)));
    expect([...types].filter((t) => !held.has(t))).toEqual([]);
    for (const lang of ['nl', 'en']) {
      expect(records.some((r) => r.split === 'holdout' && r.lang === lang && r.verdict === 'ok')).toBe(true);
      expect(records.some((r) => r.split === 'holdout' && r.lang === lang && r.verdict === 'block')).toBe(true);
    }
  });

  it('shuffles with a seed: the same permutation every run, not the input order', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, 7)).toEqual(shuffle(items, 7));
    expect(shuffle(items, 7)).not.toEqual(items);
    expect(shuffle(items, 8)).not.toEqual(shuffle(items, 7));
    expect([...shuffle(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });

  it('takes about 30% of each stratum, at least one of two, none of a single family', () => {
    const strata = new Map<string, string>();
    for (let i = 0; i < 10; i++) strata.set(`clean-${i}`, 'CLEAN');
    strata.set('ssn-a', 'SSN').set('ssn-b', 'SSN').set('only-iban', 'IBAN');
    const held = holdoutFamilies(strata);
    expect([...held].filter((f) => f.startsWith('clean-'))).toHaveLength(10 * HOLDOUT_SHARE);
    expect([...held].filter((f) => f.startsWith('ssn-'))).toHaveLength(1);
    expect(held.has('only-iban')).toBe(false);
    expect(stratum(['PERSON_HEALTH', 'BSN'])).toBe('BSN');
    expect(stratum([])).toBe('CLEAN');
  });
});
