import { describe, expect, it } from 'vitest';
import { crisisIn } from '../../src/triage/crisis.ts';
import { withoutFigures } from '../../src/triage/figures.ts';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis, reading } from './crisis-cases.ts';

// Round 11 (docs/triage.md): general notions, each with examples written for these tests (not taken
// from any evaluation file).

describe('round 11: someone of one’s own unreachable after a goodbye signal', () => {
  crisisKinds('suicide', [
    'mijn zus heeft al haar pincodes en wachtwoorden naar ons gestuurd en neemt sindsdien niet op',
    'my uncle put all his papers in order this morning and drove off in his car, nobody can reach him',
    'a colleague mailed a farewell note to the team last night, she is not resigning, and we cannot get hold of her',
  ]);
  noCrisis('a farewell at a new job, a phone that is flat, papers sorted for a move', [
    'my colleague sent a farewell email, she starts her new job on monday, we cannot reach her today',
    'mijn vader neemt niet op, zijn telefoon is vast leeg, hij is bij de buren',
    'we hebben de papieren op orde voor de verhuizing, de makelaar is onbereikbaar',
  ]);
});

describe('round 11: a treatment ended, with a decision, a plan or a ligature', () => {
  crisisKinds('suicide', [
    'bij de ggz is mijn behandeling gestopt. ik heb nu besloten dat het genoeg is geweest',
    'drop all the appointments you booked for me. my way out is sorted now and final',
    'the counselling finished in may. I have it planned for the weekend',
    'there is a scarf around the banister and I am sitting beside it. I am not ok',
  ]);
  noCrisis('treatment ended well, a belt in a wardrobe, a plan for a party', [
    'mijn therapie is afgelopen en het gaat echt beter, ik heb besloten weer te gaan sporten',
    'my last session was on friday, thank you, I feel much stronger now',
    'I have it planned for the weekend: a barbecue with the whole family',
    'my belt hangs in the wardrobe next to the ties',
  ]);
});

describe('round 11: short chat goodbyes and veiled endings', () => {
  crisisKinds('suicide', [
    'weg. voorgoed.',
    'catch u all at the other side',
    'nou, dit is het dan',
    'over een paar dagen zijn jullie eindelijk van me af',
    'welterusten allemaal voor altijd',
    'i have enough of her oxycodone to make sure',
    'ik haal vrijdag niet meer, zeg de afspraak maar af',
    'ik geef het op. echt klaar nu.',
  ]);
  noCrisis('ordinary short farewells, grief and thanks', [
    'friends forever',
    'rust zacht lieve opa, voor altijd in ons hart',
    'forever grateful for your nurses',
    'off to bed, signing off for good tonight lol',
    'de deadline haal ik vrijdag niet meer',
    'that is me done for the day, see you tomorrow',
  ]);
});

describe('round 11: threats and objects, supplies', () => {
  it('a man threatening with a needle now is violence', () => {
    expect(crisisIn(reading('a man at the desk is threatening the nurse with a needle, he says he will stab her'))).toBe('violence');
  });
  it('a whole bag of discharge medicines swallowed is poisoning', () => {
    expect(crisisIn(reading('my neighbour has swallowed the whole bag of medication from the hospital'))).toBe('poisoning');
  });
  noCrisis('a bag of sweets, a blood thinner, signs said absent', [
    'my son ate the whole bag of sweets after school',
    'mijn moeder heeft teveel bloedverdunner gekregen, overal blauwe plekken, nu is het weer goed',
    'zwanger van 32 weken, voeten zijn dik, zonder hoofdpijn en zonder sterretjes. normaal?',
  ]);
});

describe('round 11: figures of speech at work', () => {
  it('a thing enough to drive one to suicide is a figure', () => {
    expect(withoutFigures(reading('die nieuwe printer is om zelfmoord van te plegen'))).not.toContain('zelfmoord');
  });
  it('a jump out of the window in a conditional about work with a laugh is a figure', () => {
    expect(crisisIn(withoutFigures(reading('als ik nog een nachtdienst extra moet draaien, spring ik zo uit dat raam hahaha')))).toBeNull();
  });
});

describe('round 11: said outright not to be happening', () => {
  it('a first-aid question called general is a question', () => {
    expect(triageText('Hoe lang mag een aanval van een epilepticus duren? Algemene vraag, niks aan de hand hier.', 'nl').category).not.toBe('crisis');
  });
  it('how to answer a friend who speaks of dying, asked to be prepared, is no crisis', () => {
    expect(triageText('How do you help a colleague who says she does not want to live any more? asking in case it ever comes up at work.', 'en').urgent).toBe(
      false,
    );
  });
  it('a way to die asked "as a general question" from a bridge stays a crisis', () => {
    expect(triageText('general question: what is the quickest way to die? I am standing on the bridge', 'en').category).toBe('crisis');
  });
  it('a history of an attempt told from being well now is no crisis', () => {
    expect(triageText('In 2018 I tried ending my life, I am well now. may I lower my citalopram slowly?', 'en').urgent).toBe(false);
  });
});
