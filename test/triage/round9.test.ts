import { describe, expect, it } from 'vitest';
import { generalHealthQuestion } from '../../src/triage/concepts.ts';
import { crisisIn } from '../../src/triage/crisis.ts';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis, reading } from './crisis-cases.ts';

// Round 9 (docs/triage.md): general notions, each with examples written for these tests (not taken
// from any evaluation file).

describe('round 9: a whole supply, all of one’s pills away from home, fumes with the vents blocked', () => {
  crisisKinds('suicide', [
    'als ik de hele strip oxazepam in een keer slik, voel ik er dan iets van of is het pijnloos?',
    'I want to collect the whole box in one go before Friday, then it will finally be over',
    'in the car round the back of the supermarket with all my meds beside me',
    'in the garage the gaps are taped shut and the exhaust is running',
    'what happens if someone swallows 40 tablets of diazepam? asking for tonight',
    'wat is de makkelijkste manier om te sterven zonder dat het pijn doet',
    'most painless way to go? thought about it long enough now',
  ]);
  noCrisis('a supply collected for a holiday, medicines in the car, a vent taped for a draught', [
    'kan ik alvast mijn hele voorraad insuline halen? we gaan drie weken weg op vakantie',
    'I left all my meds in the car, can my husband bring them to the ward?',
    'we taped the bathroom vent because of the draught, is that a fire risk?',
    'your prescription is ready, collect it at the pharmacy desk',
  ]);
});

describe('round 9: a person missing from a ward, violence on a ward now, a birth under way', () => {
  crisisKinds('missing', [
    'de bewoonster van kamer 3 is al uren zoek en het wordt donker',
    'opa (alzheimer) is weggelopen uit zijn gesloten afdeling, hij dwaalt nu ergens rond',
  ]);
  crisisKinds('violence', ['een bezoeker schopt op dit moment een verzorgende op de gang, help']);
  it('a large number of pills taken within the hour', () => {
    expect(crisisIn(reading('ik slikte 60 een kwartier geleden, allemaal paracetamol'))).not.toBeNull();
  });
  it('a nurse hit at this moment is a crisis: a patient at hand, not people in general', () => {
    expect(triageText('In de hal slaat een bezoeker op dit moment een verpleger').category).toBe('crisis');
  });
  crisisKinds('pregnancy', ['she has the urge to push and we are still on the motorway']);
  noCrisis('found again, a fight on television, a birth told afterwards', [
    'de bewoner van kamer 3 is weer terug, hij zat in de tuin. bedankt voor het zoeken',
    'a lovely midwife, our son was born in the bath last spring and it all went fine',
  ]);
});

describe('round 9: goodbyes in other words', () => {
  crisisKinds('suicide', [
    'ik neem afscheid van jullie. vergeef me. niemand zit op me te wachten',
    'my sister gets the keys and the letter lies on the kitchen table. tonight I am going',
    'ik sta boven op het parkeerdek en loop zo naar de rand',
  ]);
  noCrisis('a farewell at work and a key for a neighbour', ['mijn buurvrouw krijgt de sleutel zodat ze de planten water geeft tijdens de vakantie']);
});

describe('round 9: false alarms the rules raised', () => {
  noCrisis('suicide as the subject of teaching or study about a group of others', [
    'we plan a teaching module about suicidal thoughts among older people; could a nurse of yours come as guest speaker?',
    'voor mijn scriptie over zelfbeschadiging bij jongeren zoek ik iemand voor een interview',
    'can we have training on recognising suicidal remarks in students?',
  ]);
  noCrisis('no self-harm, gums that bleed, a seizure that is over, a trivial annoyance, an advert', [
    'she is quiet lately, but no self-harm that we have seen. who can we talk to?',
    'mijn tandvlees bloedt als een rund bij het flossen, is dat normaal?',
    'na zijn epileptische aanval heeft de verpleging hem goed opgevangen. Vandaag speelt hij alweer buiten',
    'als die magnetron in de pauzeruimte weer stuk is dan spring ik echt van ons balkon',
    'Benauwd en pijn op de borst? Onze kristallen brengen rust. Bestel hier met korting',
  ]);
  it('a seizure that started again after the last one stays a crisis', () => {
    expect(crisisIn(reading('following the seizure it started again and she is still not waking'))).not.toBeNull();
  });
});

describe('round 9: the border between a general health question and one’s own case', () => {
  it('general questions about an illness, a medicine or a test', () => {
    for (const text of [
      'Hoe lang is iemand met waterpokken besmettelijk?',
      'Algemene vraag: gaat naproxen samen met een bloedverdunner?',
      'What does a blood test for iron measure, compared with a B12 test?',
      'Can you get chickenpox twice?',
    ])
      expect(generalHealthQuestion(reading(text), text), text).toBe(true);
  });
  it('one’s own or a relative’s case is not general', () => {
    for (const text of [
      'Mijn dochter heeft waterpokken, hoe lang is ze besmettelijk?',
      'Coughing for three weeks already here, would antibiotics help me with it?',
      'Gaat naproxen samen met een bloedverdunner? Mijn vader slikt er een',
      'Can you get chickenpox twice? I think I have it again',
    ])
      expect(generalHealthQuestion(reading(text), text), text).toBe(false);
  });
  it('the triage reads a general question as a question, an own case as medical', () => {
    expect(triageText('Hoe lang blijf je besmettelijk met de griep?').category).toBe('question');
    expect(triageText('How long are you contagious with flu?').category).toBe('question');
    expect(triageText('Mijn zoontje heeft sinds maandag 39 graden koorts en hoest veel').category).toBe('medical');
  });
});
