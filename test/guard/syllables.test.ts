import { describe, expect, it } from 'vitest';
import { countSyllablesEn, countSyllablesNl, readingEase } from '../../src/guard/syllables.ts';

describe('Dutch syllable counter', () => {
  it.each([
    ['gezondheid', 3],
    ['ziekenhuis', 3],
    ['informatie', 4],
    ['vrijwilliger', 4],
    ['zij', 1],
    ['ideaal', 3],
    ['radio', 3],
    ['januari', 4],
    ['patiënt', 3],
    ['reünie', 3],
    ['beëindigen', 5],
    ['bureau', 2],
    ['verpleegkundige', 5],
    ['mantelzorg', 3],
    ['a', 1],
  ])('%s has %i syllables', (word, n) => {
    expect(countSyllablesNl(word)).toBe(n);
  });
});

describe('English syllable counter', () => {
  it.each([
    ['make', 1],
    ['table', 2],
    ['hoped', 1],
    ['needed', 2],
    ['wishes', 2],
    ['hospital', 3],
    ['appointment', 3],
    ['yesterday', 3],
    ['readability', 5],
    ['the', 1],
  ])('%s has %i syllables', (word, n) => {
    expect(countSyllablesEn(word)).toBe(n);
  });
});

describe('reading ease', () => {
  it('uses Flesch-Douma for Dutch and Flesch for English', () => {
    expect(readingEase('nl', 10, 1, 15)).toBeCloseTo(206.835 - 0.93 * 10 - 77 * 1.5, 5);
    expect(readingEase('en', 10, 1, 15)).toBeCloseTo(206.835 - 1.015 * 10 - 84.6 * 1.5, 5);
  });
  it('scores short sentences with short words higher', () => {
    expect(readingEase('nl', 8, 1, 10)).toBeGreaterThan(readingEase('nl', 25, 1, 50));
  });
});
