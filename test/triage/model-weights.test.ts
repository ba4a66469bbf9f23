import { beforeAll, describe, expect, it } from 'vitest';
import { defaultModel, trainDefaultModel, trainingHash, weightsAreCurrent } from '../../src/triage/default-model.ts';
import { modelFromFile } from '../../src/triage/model.ts';
import { TRIAGE_CATEGORIES } from '../../src/triage/triage-categories.ts';
import training from '../../src/triage/training-data.json' with { type: 'json' };

// The model's weights ship in src/triage/model-weights.json (start-up does not train); both files are
// written by `npx tsx eval/triage/build-training.ts`.
describe('the shipped model weights', () => {
  const records = training as { reading: string; category: (typeof TRIAGE_CATEGORIES)[number] }[];
  const mostLikely = (p: Record<string, number>) => TRIAGE_CATEGORIES.reduce((a, b) => (p[b]! > p[a]! ? b : a));
  // Trained once for both checks below. Training takes 8–25 s on a loaded 2-core machine; the limit guards
  // against a hang, it is not a speed test.
  let fresh: ReturnType<typeof trainDefaultModel>;
  beforeAll(() => {
    fresh = trainDefaultModel();
  }, 180_000);

  it('belong to the shipped training data (else run npx tsx eval/triage/build-training.ts)', () => {
    expect(weightsAreCurrent()).toBe(true);
    expect(trainingHash(records.slice(1))).not.toBe(trainingHash(records));
  });

  it('give what a model trained afresh gives (so a change to the features or concepts means a rebuild)', () => {
    const shipped = defaultModel();
    const sample = records.filter((_, i) => i % 7 === 0);
    let largest = 0;
    for (const r of sample) {
      const a = shipped.probabilities(r.reading);
      const b = fresh.probabilities(r.reading);
      for (const c of TRIAGE_CATEGORIES) largest = Math.max(largest, Math.abs(a[c] - b[c]));
      // The shipped weights are rounded, so a near tie may tip either way; a clear winner must not change.
      const [first, second] = Object.values(b).sort((x, y) => y - x);
      if (first! - second! > 0.05) expect(mostLikely(a), r.reading).toBe(mostLikely(b));
    }
    expect(largest).toBeLessThan(0.03);
  });

  it('survive being written and read back', () => {
    const model = fresh;
    const back = modelFromFile(JSON.parse(JSON.stringify(model.toFile('x'))));
    const reading = ' mijn vader ademt niet meer en is blauw ';
    expect(back.probabilities(reading).crisis).toBeCloseTo(model.probabilities(reading).crisis, 1);
    expect(() => modelFromFile({ ...model.toFile('x'), classes: ['a', 'b'] })).toThrow();
  });
});
