import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 15 (stop 20, docs/triage.md): counts of ten or more written as words are shared by the crisis rules
// and the notions (src/triage/counts.ts); an age is not a count. Examples written for these tests.

describe('round 15: a count of pills written as a word', () => {
  crisisKinds('poisoning', [
    'ik heb zojuist vijfentwintig slaappillen geslikt',
    'i swallowed fourteen tablets an hour ago',
    'heb er twaalf oxazepam ingenomen hoeveel is te veel',
  ]);
  noCrisis('an age, not a count of pills', [
    'ik ben 11 jaar en heb een pil genomen tegen hoofdpijn',
    'ik ben elf jaar en heb een pil genomen tegen hoofdpijn, mag dat?',
  ]);
});

describe('round 15: letters for loved ones while a crisis line does not answer', () => {
  crisisKinds('suicide', [
    'the helpline kept me waiting so long i hung up. there is an envelope for my wife on the kitchen table',
    'briefjes voor de kinderen liggen klaar, de luisterlijn neemt niet op',
  ]);
  noCrisis('letters for a later birthday, a volunteer at a crisis line', [
    'wrote letters for my kids to open on their 18th, such a lovely idea from the hospice nurse',
    'as a lifeline phone volunteer i wrote notes about it for the kids at school',
  ]);
});

describe('round 15: everything given away with thanks for everything', () => {
  crisisKinds('suicide', ['hij heeft al zijn spullen weggegeven en stuurde net: dankjewel voor alles']);
  noCrisis('one thing handed on, a clear-out, a move abroad', [
    'gave my old pram to my sister, thanks for everything midwives!',
    'alles weggegeven voor de grote opruiming, nu lekker leeg huis. bedankt voor alles marie kondo haha',
    'we gave away all our stuff before emigrating to canada, thanks for everything',
  ]);
});

describe('round 15: farewells that are not a crisis', () => {
  noCrisis('a farewell letter from colleagues, a practice that closes', [
    'mijn team heeft een afscheidsbrief voor me geschreven en een koksmes als cadeau, ik ga met pensioen',
    'closed the doors of our little pharmacy for the last time tonight, the building is sold. goodbye old friend',
  ]);
});

describe('round 15: a pet handed on with a goodbye', () => {
  crisisKinds('suicide', ['de hond gaat naar mn zus, jullie zijn allemaal lief. dag']);
  noCrisis('a pet looked after for a while, a move', [
    'the dog is off to my sister for the week, love you all, festival time!',
    'de hond gaat naar mijn broer want we verhuizen naar een flat, dag buurtjes!',
  ]);
});

describe('round 15: violence in a film, series or game, told with a laugh', () => {
  noCrisis('fiction watched or played', [
    'gisteren een horrorfilm gekeken met een gek met een mes, nu durf ik niet meer te douchen haha',
    'played that zombie game till 3am, a guy with an axe is after me in my dreams now lol',
  ]);
  crisisKinds('violence', ['we were watching a film and now my ex is at the door with a knife, he says he will kill me']);
});

describe('round 15: a goodbye said about going home is not a burden', () => {
  noCrisis('home tomorrow', ['the ward will be better once im gone home tomorrow']);
  crisisKinds('suicide', ['everyone will be better once i am gone, after this weekend']);
});
