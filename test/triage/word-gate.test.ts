// The crisis rules' word gate (src/triage/word-gate.ts): the words read from a rule's source are ones
// every match contains, so the gate never hides a match; and the rules answer what they answered.
import { describe, expect, it } from 'vitest';
import { loadDevWritten } from '../../eval/triage/corpus.ts';
import { crisisIn } from '../../src/triage/crisis.ts';
import { withoutFigures } from '../../src/triage/figures.ts';
import { triageReadings } from '../../src/triage/normalise.ts';
import { gated, gatedRules, triggersOf } from '../../src/triage/word-gate.ts';

describe('triggersOf', () => {
  it('reads a whole word, or the start of one when the rule lets the word go on', () => {
    expect(triggersOf(/ (?:wil|wilt)(?: [^ .~]+){0,2} dood(?= )/)).toEqual({ exact: ['dood'], prefix: [] });
    expect(triggersOf(/ (?:pills?|tablets)(?= )/)).toEqual({ exact: ['tablets'], prefix: ['pill'] });
    expect(triggersOf(/ (?:hulp|help) nodig| (?:bel|call) 112/)).toEqual({ exact: ['hulp', 'help', 'bel', 'call'], prefix: [] });
  });

  it('reads nothing where a match need not hold a known word', () => {
    expect(triggersOf(/\w*pil/)).toBeNull();
    expect(triggersOf(/ (?:een )?pil|\w+ing/)).toBeNull();
    expect(triggersOf(/ (?:wil|wilt)/i)).toBeNull();
    expect(triggersOf(/(?:x)? ?dood/)).toBeNull();
  });
});

describe('the gate', () => {
  it('lets a reading through to the rule when it holds a trigger, and only then', () => {
    const rule = gated(/ (?:wil|wilt)(?: [^ .~]+){0,2} (?:dood|sterven)(?= )/);
    expect(rule.test(' ik wil echt dood . ')).toBe(true);
    expect(rule.test(' ik wil dood gaan ')).toBe(true);
    expect(rule.test(' ik wil een doodgewone afspraak ')).toBe(false);
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
    expect(crisisIn(' vanavond maak ik er een eind aan . alles is geregeld ')).toBe('suicide');
    expect(crisisIn(' mijn vader ademt niet en reageert niet ')).toBe('unresponsive');
    expect(crisisIn(' kunt u de factuur van maart nog eens mailen ')).toBeNull();
  });
});
