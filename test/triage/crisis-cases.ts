// What the round tests ask of the crisis rules alone: the crisis kind read in a text's first reading, or
// none. Each text its own test for a kind; a list of look-alikes one test.
import { expect, it } from 'vitest';
import { crisisIn } from '../../src/triage/crisis.ts';
import { triageReadings } from '../../src/triage/normalise.ts';

export const reading = (t: string) => triageReadings(t).readings[0] ?? '';

export const crisisKinds = (kind: string, texts: string[]) => {
  for (const text of texts) it(text, () => expect(crisisIn(reading(text))).toBe(kind));
};

export const noCrisis = (title: string, texts: string[]) =>
  it(title, () => {
    for (const text of texts) expect(crisisIn(reading(text)), text).toBeNull();
  });
