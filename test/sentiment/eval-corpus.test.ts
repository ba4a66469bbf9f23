import { describe, expect, it } from 'vitest';
import { holdoutFamilies, loadCorpus, loadFreshDev, splitCorpus } from '../../eval/sentiment/corpus.ts';

// The sentiment corpus is what the issue asks for and its split cannot leak a twin. Only counts,
// ids and families here: no text.
describe('sentiment evaluation corpus', () => {
  const all = loadCorpus();
  const { dev, holdout } = splitCorpus();

  it('has at least 200 Dutch and 100 English care messages, with well-formed records and unique ids', () => {
    expect(all.filter((r) => r.lang === 'nl').length).toBeGreaterThanOrEqual(200);
    expect(all.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(100);
    for (const r of [...all, ...loadFreshDev()]) {
      expect(['nl', 'en']).toContain(r.lang);
      expect(['positive', 'negative', 'neutral']).toContain(r.sentiment);
      expect(r.text.trim().length).toBeGreaterThan(0);
    }
    expect(new Set([...all, ...loadFreshDev()].map((r) => r.id)).size).toBe(all.length + loadFreshDev().length);
  });

  it('keeps each family (a text and its translated twin) on one side', () => {
    const held = holdoutFamilies(all);
    expect(dev.some((r) => held.has(r.family))).toBe(false);
    expect(holdout.every((r) => held.has(r.family))).toBe(true);
    expect(dev.length + holdout.length).toBe(all.length);
    const twinsHeld = holdout.filter((r) => r.lang === 'en').map((r) => r.family);
    expect(twinsHeld.length).toBeGreaterThan(0);
    for (const f of twinsHeld) expect(dev.some((r) => r.family === f)).toBe(false);
    // fresh development texts are never in the holdout's families
    expect(loadFreshDev().some((r) => held.has(r.family))).toBe(false);
  });

  it('holds out about 30% with every kind, and every label in both languages', () => {
    expect(holdout.length / all.length).toBeGreaterThan(0.25);
    expect(holdout.length / all.length).toBeLessThan(0.4);
    expect(new Set(holdout.map((r) => r.kind))).toEqual(new Set(all.map((r) => r.kind)));
    for (const lang of ['nl', 'en'] as const)
      for (const label of ['positive', 'negative', 'neutral'] as const) expect(holdout.some((r) => r.lang === lang && r.sentiment === label)).toBe(true);
  });

  it('splits the same way every run', () => {
    expect([...holdoutFamilies(all)].sort()).toEqual([...holdoutFamilies([...all].reverse())].sort());
  });
});
