import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 16 (stop 20, docs/triage.md): notions for crises missed in leave-one-source-out on the development files,
// each with examples written for these tests (not taken from any evaluation file).

describe('round 16: a running count of pills asked about', () => {
  crisisKinds('poisoning', ['how many of these sleeping tablets is too many, im up to fifteen and feel floaty']);
  noCrisis('a count of something else', [
    'ik zit op twintig kilometer per week hardlopen, hoeveel is te veel voor mijn knie?',
    'im up to 12 cups of coffee a day, how many is too many lol',
  ]);
});

describe('round 16: letters written while the crisis team does not answer', () => {
  crisisKinds('suicide', ['bij de crisisdienst krijg ik geen gehoor, mijn brieven zijn al geschreven']);
});

describe('round 16: the others fine without the writer', () => {
  crisisKinds('suicide', ['right, that is me done. you will all be grand without me x']);
  noCrisis('an evening or a week away', [
    'the kids were grand without me at the party, dad did great',
    'the team will be grand without me for a week, see you after the holiday',
  ]);
});

describe('round 16: a pet handed on and the phone no longer answered', () => {
  crisisKinds('suicide', ['appje van mama: de hond gaat naar mijn oom. sinds vanmiddag staat haar telefoon uit']);
  noCrisis('a pet looked after during a holiday', [
    'de hond moet naar mijn zus want we gaan op vakantie, mama neemt niet op',
    'the cat goes to my neighbour while we are away, phone will be off',
  ]);
});

describe('round 16: a confused person about to climb out of a window', () => {
  crisisKinds('red-flags', ['mijn vader is niet zichzelf sinds de operatie en probeert nu uit het raam te klimmen']);
  noCrisis('told as past', ['toen opa vorig jaar na zijn operatie in de war was, wilde hij uit het raam klimmen. nu gaat het goed']);
});
