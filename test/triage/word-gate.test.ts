// The crisis rules' word gate (src/triage/word-gate.ts): the words read from a rule's source are ones
// every match contains, so the gate never hides a match; and the rules answer what they answered.
import { describe, expect, it } from 'vitest';
import { loadDevWritten } from '../../eval/triage/corpus.ts';
import { crisisIn } from '../../src/triage/crisis.ts';
import { withoutFigures } from '../../src/triage/figures.ts';
import { triageReadings } from '../../src/triage/normalise.ts';
import { gated, gatedRules, needOf } from '../../src/triage/word-gate.ts';

describe('needOf', () => {
  it('reads the words every match needs: all of a sequence, one of an alternation, and where in a word each stands', () => {
    expect(needOf(/ (?:wil|wilt)(?: [^ .~]+){0,2} dood(?= )/)).toEqual({
      all: [
        {
          one: [
            { place: 'word', text: 'wil' },
            { place: 'word', text: 'wilt' },
          ],
        },
        { place: 'word', text: 'dood' },
      ],
    });
    expect(needOf(/ (?:pills?|tablets)(?= )/)).toEqual({
      one: [
        { place: 'start', text: 'pill' },
        { place: 'word', text: 'tablets' },
      ],
    });
    expect(needOf(/ (?:hulp|help) nodig| (?:bel|call) 112/)).toEqual({
      one: [
        {
          all: [
            {
              one: [
                { place: 'word', text: 'hulp' },
                { place: 'word', text: 'help' },
              ],
            },
            { place: 'start', text: 'nodig' },
          ],
        },
        {
          all: [
            {
              one: [
                { place: 'word', text: 'bel' },
                { place: 'word', text: 'call' },
              ],
            },
            { place: 'start', text: '112' },
          ],
        },
      ],
    });
  });

  it('reads a word inside or at the end of a word where the rule lets it be part of one (a leading \\w*)', () => {
    expect(needOf(/\w*pil/)).toEqual({ place: 'inside', text: 'pil' });
    expect(needOf(/ (?:hoofd|\w*hoofdpijn)(?= )/)).toEqual({
      one: [
        { place: 'word', text: 'hoofd' },
        { place: 'end', text: 'hoofdpijn' },
      ],
    });
    // Words after an optional group that ends in a space still stand at a word start.
    expect(needOf(/ (?:zeg) (?:\w+ ){0,3}op(?= )/)).toEqual({
      all: [
        { place: 'word', text: 'zeg' },
        { place: 'word', text: 'op' },
      ],
    });
  });

  it('reads nothing where a match need not hold a known word', () => {
    expect(needOf(/ (?:een )?pil|\w+\d/)).toBe(true);
    expect(needOf(/ (?:wil|wilt)/i)).toBe(true);
    expect(needOf(/(?:x)? ?\d+/)).toBe(true);
  });
});

describe('the gate', () => {
  it('lets a reading through to the rule when it holds a trigger, and only then', () => {
    const rule = gated(/ (?:wil|wilt)(?: [^ .~]+){0,2} (?:dood|sterven)(?= )/);
    expect(rule.test(' ik wil echt dood . ')).toBe(true);
    expect(rule.test(' ik wil dood gaan ')).toBe(true);
    expect(rule.test(' ik wil een doodgewone afspraak ')).toBe(false);
    expect(rule.test(' dood wil ik niet ')).toBe(false);
    // The same words with other spaces at the ends: the rule's own answer for each (the words are shared).
    const edge = gated(/^ik wil dood$/);
    expect(edge.test('ik wil dood')).toBe(true);
    expect(edge.test(' ik wil dood ')).toBe(false);
    expect(edge.test('ik wil dood')).toBe(true);
  });

  it('finds a word inside a longer one for a rule with a leading \\w*', () => {
    const rule = gated(/ (?:\w*pil|tablets?)(?= )/);
    expect(rule.test(' twee slaappil genomen ')).toBe(true);
    expect(rule.test(' een pil ')).toBe(true);
    expect(rule.test(' pillen ')).toBe(false);
    expect(rule.test(' de apotheek ')).toBe(false);
  });

  it('answers the same after a flood of unseen words filled its memory of words', () => {
    const rule = gated(/ (?:\w*pil|tablets?) (?:genomen|taken)(?= )/);
    expect(rule.test(' twee slaappil genomen ')).toBe(true);
    for (let i = 0; i < 30_000; i++) expect(rule.test(` woord${i} pil${i} genomen `)).toBe(false);
    expect(rule.test(' twee slaappil genomen ')).toBe(true);
    expect(rule.test(' ik heb tablets taken ')).toBe(true);
    expect(rule.test(' ik heb pillen genomen ')).toBe(false);
  });

  it('never hides a match: every gated rule on the development messages, whole and per sentence', () => {
    const rules = [...gatedRules()];
    expect(rules.length).toBeGreaterThan(200);
    let matches = 0;
    for (const { text } of loadDevWritten().slice(0, 400))
      for (const reading of triageReadings(text).readings) {
        const s = withoutFigures(reading);
        for (const x of [reading, s, ...s.split(' . ').map((part) => ` ${part.trim()} `)])
          for (const [re, gate] of rules)
            if (RegExp.prototype.test.call(re, x)) {
              matches++;
              expect(gate.mayMatch(x), re.source).toBe(true);
            }
      }
    expect(matches).toBeGreaterThan(1000);
  });

  it('leaves the crisis answers as they were', () => {
    expect(crisisIn(' vanavond stop ik ermee voorgoed . alles is geregeld ')).toBe('suicide');
    expect(crisisIn(' mijn vader ademt niet en reageert niet ')).toBe('unresponsive');
    expect(crisisIn(' kunt u de factuur van maart nog eens mailen ')).toBeNull();
  });
});
