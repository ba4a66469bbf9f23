import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdoutFamilies, loadCorpus, loadFreshDev, loadIndependent, loadWrittenDev, splitCorpus } from '../../eval/sentiment/corpus.ts';
import { findLeaks } from '../../eval/sentiment/leak-check.ts';

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

// An independent held-out set is read, never shown: malformed records are only counted, and a test
// or doc that quotes one of its texts is a leak. A made-up set in a temporary folder stands in.
describe('independent held-out sets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zp-independent-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'independent-test.jsonl');
  writeFileSync(
    file,
    [
      // written backwards here, so no file holds it in reading order
      JSON.stringify({
        id: 'x1',
        text: 'ik hoop staat documentatie de of tests de in nergens die zin een zomaar'.split(' ').reverse().join(' '),
        lang: 'nl',
        sentiment: 'neutral',
      }),
      JSON.stringify({ id: 'x2', text: 'Met deze zin werkt de fysiotherapie op vrijdag ook open', lang: 'nl', sentiment: 'neutral' }),
      JSON.stringify({ id: 'x3', text: 'no language', sentiment: 'positive' }),
      JSON.stringify({ id: 'x4', text: 'unknown label', lang: 'en', sentiment: 'angry' }),
      '{"id": "x5", ',
      '',
    ].join('\n'),
  );

  it('keeps well-formed records and counts the others without showing them', () => {
    const { records, malformed } = loadIndependent(file);
    expect(records.map((r) => r.id)).toEqual(['x1', 'x2']);
    expect(malformed).toBe(3);
  });

  it('finds a test that quotes an independent text (five words in a row)', () => {
    // test/sentiment/sentiment.test.ts has "Is de fysiotherapie op vrijdag ook open?"
    const { leaks, overlaps, independentTexts } = findLeaks([file]);
    expect(overlaps.every((l) => l.file.startsWith('eval/sentiment/dev-'))).toBe(true);
    expect(independentTexts).toBe(2);
    expect(leaks.some((l) => l.recordId.endsWith('#x2') && l.file.startsWith('test/sentiment/'))).toBe(true);
    expect(leaks.some((l) => l.recordId.endsWith('#x1'))).toBe(false);
  });

  it("reads the blind writer's development texts, when present, as well-formed records", () => {
    for (const r of loadWrittenDev()) {
      expect(['nl', 'en']).toContain(r.lang);
      expect(['positive', 'negative', 'neutral']).toContain(r.sentiment);
    }
  });
});
