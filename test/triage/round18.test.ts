import { describe, expect, it } from 'vitest';
import { triageParts } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 18 (stop 21, docs/triage.md): notions for crises still missed in leave-one-source-out on the development
// files, each with examples written for these tests (not taken from any evaluation file).

describe('round 18: the last message the writer will send', () => {
  crisisKinds('suicide', ['haha dit is het laatste bericht dat je van mij krijgt, dag schat', 'final post lol. bye all']);
  noCrisis('the last post of a day, a year or a series', [
    'laatste bericht van dit jaar: fijne jaarwisseling allemaal!',
    'final post of the season, thanks for following our garden project, bye for now',
  ]);
});

describe('round 18: rest coming soon, with a goodbye', () => {
  crisisKinds('suicide', ['doei allemaal. straks is er eindelijk rust']);
  noCrisis('rest after a busy time', ['het was een drukke week op de afdeling, vanaf vrijdag is er eindelijk rust, fijne vakantie allemaal!']);
});

describe('round 18: see ya on the other side', () => {
  crisisKinds('suicide', ['i love you guys. see ya on the other side']);
  noCrisis('the other side of something', ['see ya on the other side of the operation, fingers crossed!']);
});

describe('round 18: a different kind of leaving; they think it is a holiday', () => {
  crisisKinds('suicide', [
    'mijn bureau is leeg en ik heb iedereen gedag gezegd. het is een ander soort vertrek dan ze denken',
    'told everyone bye today, they think i am off on holiday lol',
  ]);
});

describe('round 18: the appointment not needed, at peace', () => {
  crisisKinds('suicide', ['I have made my peace and I will not need the six week review appointment']);
});

describe('round 18: a seizure counted in minutes before the word', () => {
  crisisKinds('seizure', ['mijn zoontje is al vijf minuten aan het schokken, wat moet ik doen']);
  noCrisis('a shiver after a swim', ['mijn dochter lag na het zwemmen even te rillen van de kou, nu warm onder de deken']);
});

describe('round 18: resuscitation going on is now', () => {
  it('a collapse with CPR under way stays a crisis however the model reads it', () => {
    const parts = triageParts('a man collapsed by the bus stop near your clinic and a nurse is doing cpr, send someone', null);
    expect(parts.ruleKind).not.toBeNull();
    expect(parts.ruleNow).toBe(true);
  });
});
