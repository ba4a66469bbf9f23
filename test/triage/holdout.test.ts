import { describe, expect, it } from 'vitest';
import { loadCorpus, loadSplit, splitCorpus } from '../../eval/triage/corpus.ts';
import { findLeaks, nearCopiesInTraining } from '../../eval/triage/leak-check.ts';
import { missedTargets, scoreTriage, TARGETS } from '../../eval/triage/score.ts';
import { computeSplit } from '../../eval/triage/split.ts';

// Reads the holdout from eval/triage and scores it; no held-out text appears in this file.
describe('triage holdout', () => {
  const { dev, holdout } = splitCorpus();

  it('has at least 150 Dutch and 100 English messages, and 20 held-out crises per language', () => {
    const all = loadCorpus();
    expect(all.filter((r) => r.lang === 'nl').length).toBeGreaterThanOrEqual(150);
    expect(all.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(100);
    for (const lang of ['nl', 'en']) {
      expect(holdout.filter((r) => r.lang === lang && r.category === 'crisis').length).toBeGreaterThanOrEqual(20);
    }
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) expect(r.urgent).toBe(r.category === 'crisis');
  });

  it('keeps every family, with its translated twins, on one side, as split.json commits it', () => {
    const split = loadSplit();
    expect(computeSplit(loadCorpus(), split)).toEqual(split);
    const devFamilies = new Set(dev.map((r) => r.family));
    expect(holdout.filter((r) => devFamilies.has(r.family))).toEqual([]);
  });

  // Scoring the holdout is a measurement: it runs only when the lead measures (ZP_TRIAGE_HELDOUT=1),
  // so whoever tunes triage and runs these tests learns nothing about the held-out messages.
  const measure = process.env.ZP_TRIAGE_HELDOUT === '1';

  it.runIf(measure)('raises no more false crisis alarms than the target allows, per language', () => {
    for (const lang of ['nl', 'en']) {
      expect(scoreTriage(holdout.filter((r) => r.lang === lang)).falseCrisis.rate, `holdout ${lang}`).toBeLessThanOrEqual(TARGETS.falseCrisis);
    }
  });

  // KNOWN GAP, measured 2026-11-28 (npm run eval:triage): the rules miss a third of the held-out
  // crises (recall 0.661, after the generalisation round 0.696) and category accuracy is 0.672
  // (then 0.697), so these targets are not met yet.
  // `it.fails` keeps the gap visible: the day the rules meet every target, this test fails and
  // must become a plain `it`. The holdout was measured twice and may not be tuned on.
  (measure ? it.fails : it.skip)('meets the targets on the holdout, per language (crisis recall 1.0, accuracy ≥ 0.85)', () => {
    for (const lang of ['nl', 'en']) {
      const score = scoreTriage(holdout.filter((r) => r.lang === lang));
      expect(missedTargets(score), `holdout ${lang}`).toEqual([]);
      expect(score.crisis.recall).toBe(TARGETS.crisisRecall);
    }
  });

  it('is quoted nowhere in src/, test/ or docs/', () => {
    expect(findLeaks()).toEqual([]);
  });

  it('is nearly copied by no text the model is trained on', () => {
    expect(nearCopiesInTraining()).toEqual([]);
  });
});
