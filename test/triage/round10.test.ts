import { describe, expect, it } from 'vitest';
import { crisisIn } from '../../src/triage/crisis.ts';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis, reading } from './crisis-cases.ts';

// Round 10 (docs/triage.md): general notions, each with examples written for these tests (not taken
// from any evaluation file).

describe('round 10: a goodbye told through the practical and a near day', () => {
  crisisKinds('suicide', [
    'stop sending the reminder letters, after this weekend none of it will matter anymore',
    'na vrijdag maakt het toch allemaal niks meer uit, dus die boete laat ik liggen',
    'not sure if I will still be around next week to read your reply',
    'feel free to shut my file, I won’t be needing anything at all after friday',
    'na zaterdag heb ik nooit meer een tandarts nodig, schrap me maar',
    'pay it or not, by the time the bill comes I’ll be gone',
    'mijn platen zijn gratis voor wie wil. ik heb ze vanaf maandag niet meer nodig. nee, ik ga niet verhuizen',
    'what does a cremation cost? asking for myself, I want it paid before sunday',
  ]);
  noCrisis('a move, a holiday, a funeral for someone else, a bill after a trip', [
    'ik verhuis naar Groningen, wie wil mijn boeken? na vrijdag heb ik hier niks meer nodig',
    'what does a cremation cost? asking for my mother, she would like it sorted before friday',
    'I will be gone for two weeks after friday, please send the letter to my sister',
    'after this weekend the old parking rules will not matter anymore, the new garage opens',
  ]);
});

describe('round 10: a means made ready, a road, a place judged enough', () => {
  crisisKinds('suicide', [
    'de strop hangt al aan de balk in de schuur',
    'the rope is up in the garage now',
    'standing on the motorway hard shoulder now, I want to step in front of a lorry',
    'ik sta langs de snelweg op de vluchtstrook, zo stap ik de rijbaan op',
    'if I am not at group on monday you’ll know why, the river is deep enough',
  ]);
  noCrisis('a climbing rope, a flat tyre on the hard shoulder, a winter swim', [
    'the climbing rope hangs frayed in the school gym, who do I tell?',
    'flat tyre, stuck on the motorway hard shoulder, I will be late for my appointment',
    'the harbour water is cold enough for a winter swim now, anyone joining on sunday?',
  ]);
});

describe('round 10: a keepsake, pills from several shops, an accident staged, things given away in calm', () => {
  crisisKinds('suicide', [
    'mijn broer heeft een zware depressie en heeft zijn horloge op tafel gelegd met een briefje',
    'my flatmate went to three pharmacies today for paracetamol and told me it is the last time',
    'als het op een ongeluk lijkt keert de verzekering toch gewoon uit aan mijn vrouw?',
    'Everything is sorted, the dog lives with my aunt now. Feeling so calm, first time since spring',
    'de hamster is naar de opvang gebracht. nu voel ik eindelijk rust',
    'jullie zullen me niet meer zien op de inloop. de gitaar mag Sem houden. het is mooi geweest',
    'ik heb het besloten. voor mijn hond is gezorgd, hij gaat naar de buren',
  ]);
  noCrisis('a ring found, a shop run, a rehomed cat, a last session with thanks', [
    'I found a wedding ring on the table in the family room, who lost it?',
    'we bought plasters at another pharmacy because yours was closed',
    'our cat went to live with my sister because the new flat does not allow pets',
    'de laatste sessie was fijn, ik voel me rustiger dan vorig jaar. dank jullie wel',
  ]);
  it('an older person lost in the street is a missing person', () => {
    expect(crisisIn(reading('op de parkeerplaats dwaalt een oude man in zijn pyjama rond die zijn adres niet meer weet'))).toBe('missing');
  });
});

describe('round 10: false alarms the rules raised', () => {
  noCrisis('a place of death, free of self-harm, a course, a record disputed, a dose for a poster', [
    'mijn vader wilde thuis sterven en dat is gelukt, dank aan het palliatieve team',
    'grandpa wished to die at home and he did, peacefully, with the palliative nurses there',
    'two years free of self harm this month, thank you to my group',
    'Great overdose awareness course at the shelter, I carry naloxone now',
    'my notes say I had a suicide attempt. that is wrong, I fainted. please correct it',
    'how many paracetamol count as an overdose for an adult? we are updating the ward poster',
  ]);
  noCrisis('a sign said absent, `bleek` as a verb, confusion told as past', [
    '30 weken zwanger, geen pijn of bloedverlies, alleen wat meer afscheiding. bellen of niet?',
    'dubbel gelegen van de pijn; na twee dagen bleek het een blaasontsteking',
    'my grandad was very confused after the operation and the nurses were so kind to him',
  ]);
  noCrisis('figures of speech: anger at a thing, shouting, a pain every month', [
    'they towed my car from the clinic car park, I could kill someone',
    'ik heb moord en brand geschreeuwd aan de balie en nog geen recept',
    'period cramps that make me want to die every month, is that normal?',
  ]);
  it('a rule told as happening now stands, an everyday word (waiting room) beside it', () => {
    expect(triageText('In de wachtkamer loopt een man nu met een stoel op de baliemedewerker af, iedereen gilt').category).toBe('crisis');
  });
  it('a question asked out of curiosity is information', () => {
    expect(triageText('How do you tell if swallowed bleach needs a hospital visit? just curious').category).not.toBe('crisis');
  });
});
