import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 17 (stop 21, docs/triage.md): notions for crises missed and alarms raised at first sight of development
// file 35, each with examples written for these tests (not taken from any evaluation file).

describe('round 17: not waiting for euthanasia, doing it oneself', () => {
  crisisKinds('suicide', [
    'de procedure voor euthanasie duurt maanden, daar wacht ik niet op. ik doe het zelf na kerst',
    'my assisted dying request is taking ages so I will use the tablets I have saved up',
  ]);
  noCrisis('the procedure itself, a complaint about its pace', [
    'de euthanasieprocedure van mijn vader duurt zo lang, wie kan ons helpen met de tweede arts?',
    'how long does an assisted dying application usually take in your region?',
  ]);
});

describe('round 17: a goodbye to the world or to life', () => {
  crisisKinds('suicide', ['doei wereld, het was mooi zo 🙃', 'time to log out. not of twitter, of life']);
  noCrisis('a tournament, an account', ['bye bye world cup, what a tournament for the lads', 'ik ga even uitloggen van alles, fijn weekend!']);
});

describe('round 17: going for no ordinary reason', () => {
  crisisKinds('suicide', ['lieve mensen, dank voor alles. ik vertrek, en nee, geen vakantie of nieuwe baan. voorgoed']);
  noCrisis('a new job or a move', ['dank voor alles lieve collegas, ik ga weg voor een nieuwe baan in Utrecht!']);
});

describe('round 17: the pills finished, with a goodbye or rest at last', () => {
  crisisKinds('suicide', ['de strip is leeg, eindelijk krijg ik rust. doei', 'every one of my meds is gone now, laterz everyone']);
  noCrisis('a refill asked for', [
    'mijn medicijnen zijn op en de apotheek is dicht, kan ik morgen een herhaalrecept ophalen? doei',
    'my tablets are all gone, can I order a repeat prescription online?',
  ]);
});

describe('round 17: the gas left open, with despair', () => {
  crisisKinds('suicide', ['sinds mijn vrouw er niet meer is zie ik geen reden meer. het gas staat nu open']);
  noCrisis('a gas smell, a cooker', ['de gaskraan van het fornuis stond open toen we thuiskwamen, alles gelucht en nu weer goed']);
});

describe('round 17: the next appointment not needed, with a goodbye', () => {
  crisisKinds('suicide', ['you were always kind to me doctor. i wont need my next appointment. take care of yourself, goodbye']);
  noCrisis('better now, or another practice', [
    "thanks so much, I won't need the next appointment, the rash is all better now",
    'ik heb de afspraak niet meer nodig, we zijn verhuisd. dank en doei!',
  ]);
});

describe('round 17: a pet handed on "for a while" but not coming back', () => {
  crisisKinds('suicide', ['the dog is going to my sister for two weeks, she thinks. i am not coming back']);
  noCrisis('a holiday', ['de kat is voor twee weken naar mijn zus, we komen 14 juli terug van vakantie']);
});

describe('round 17: at the edge of a car park', () => {
  crisisKinds('suicide', ['sta nu aan de rand, bovenop de parkeergarage. niemand die het weet']);
});

describe('round 17: ordinary goings and pasts', () => {
  noCrisis('a last shift, a coffee, a cancelled subscription, a death wish taken back with a laugh', [
    '25 jaar poli, vandaag de laatste dienst, doei allemaal!',
    'klaar mee die vergadering, doei, ik ga koffie halen',
    'ik zeg mijn lidmaatschap van de sportschool op, klaar mee, doei',
    'buikpijn zo erg dat ik dood wil haha, nee serieus: komt dat door de nieuwe pil?',
  ]);
  noCrisis('a bruised nail after a door is no blue skin', ['zoon heeft zijn vinger tussen de autodeur gehad, nagel blauw, moet hij langs de huisarts?']);
  it('a mother called by name is a person: the model may raise a goodbye to her', () => {
    expect(triageText('telefoon gaat uit en blijft uit. hond zit bij de buren. sorry mam').category).toBe('crisis');
  });
});
