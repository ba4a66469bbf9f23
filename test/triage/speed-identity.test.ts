// The triage's fast paths give what the plain ones give: the model's reader remembers words between
// messages and forgets them when a flood of new words fills its memory; the normalised reading looks
// words up in a map that holds only the spelling list.
import { expect, it } from 'vitest';
import { defaultModel } from '../../src/triage/default-model.ts';
import { triageReadings } from '../../src/triage/normalise.ts';

const texts = [
  'Ma reageert nergens op, adem klinkt raar en rochelend, wat nu?',
  'I took all my pills and wrote a note for my sister',
  'Wanneer mogen opa en oma op de kinderafdeling langskomen?',
  'Thanks for the lovely care last week, the nurses were wonderful',
];

it('gives the same probabilities before and after a flood of unseen words made the model forget what it remembered', () => {
  const model = defaultModel();
  const before = texts.map((t) => model.probabilities(triageReadings(t).readings[0]!));
  let seed = 7;
  const word = () => {
    let w = '';
    for (let i = 0; i < 9; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      w += String.fromCharCode(97 + (seed % 26));
    }
    return w;
  };
  // About 60,000 new words of 9 letters: well over a million new features, so the memory is dropped several times.
  for (let n = 0; n < 60; n++) model.probabilities(` ${Array.from({ length: 1000 }, word).join(' ')} `);
  const after = texts.map((t) => model.probabilities(triageReadings(t).readings[0]!));
  expect(after).toEqual(before);
});

it('reads a word that is also a property of every object as the word itself', () => {
  expect(triageReadings('The constructor said hello').readings).toEqual([' the constructor said hello ']);
});
