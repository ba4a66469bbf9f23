import { describe, expect, it } from 'vitest';
import { triageParts } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 12 (docs/triage.md): general notions, each with examples written for these tests (not taken
// from any evaluation file).

describe('round 12: things handed on with no more need of them, said lightly', () => {
  crisisKinds('suicide', [
    'my guitar goes to sam. wont need it haha',
    'mijn fiets is voor mijn broer. ik hoef niks meer',
    'gave my plants away, dont need anything now',
    'mijn gitaar gaat naar pieter. heb niets meer nodig',
    'wil er iemand mijn schilderijen? vanaf volgende maand hoef ik ze niet meer lol',
  ]);
  noCrisis('handed on because of something new, a move, children grown, or told as past', [
    'my old phone goes to my brother, I wont need it now I bought a new one',
    'de kinderwagen is voor mijn zus, wij hebben hem niet meer nodig, de kinderen zijn groot',
    'does anyone want my sofa? we are moving and wont need it after this weekend',
    'last year I gave my tent away because I did not need it anymore lol',
  ]);
});

describe('round 12: a whole supply with the means in hand now', () => {
  crisisKinds('suicide', ['what if I swallow all the tablets at once? the box is in my hand', 'ik wil de hele strip nemen, hij ligt klaar naast me']);
  noCrisis('a whole supply without the means at hand', [
    'my insulin pen is in my hand, how many units for a small meal?',
    'de hele strip ligt in de kast, hoeveel mag ik per dag?',
  ]);
});

describe('round 12: a seizure told by how long it has lasted', () => {
  crisisKinds('seizure', ['mijn broertje schokt al tien minuten op de bank', 'my mum has been fitting for fifteen minutes']);
  noCrisis('shaking from cold or nerves, a seizure long ago', [
    'ik sta al tien minuten te rillen bij de bushalte',
    'my hands have been shaking for ten minutes before my exam',
  ]);
});

describe('round 12: a goodbye to the day, a group chat or an app', () => {
  it('the model may not raise a crisis on leaving a group chat or an app', () => {
    for (const t of ['ik zeg dag tegen tiktok, ik zit nu op insta', 'offline for the weekend, see you monday']) {
      expect(triageParts(t, null).modelMayRaise, t).toBe('no');
    }
  });
  it('a goodbye to the group for good is still read by the rules', () => {
    expect(triageParts('ik verlaat de groep. voorgoed.', null).ruleKind).toBe('suicide');
  });
});
