import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 29 (stop 27, docs/triage.md): notions for crises missed in development files 60 to 63, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 29: cover stories, a day for it, nobody to stop me, joining the dead', () => {
  crisisKinds('suicide', [
    'op het werk denken ze dat ik naar Portugal ga. ik ga niet. de kat is naar mijn zus',
    'told my sister i am going on a long trip. thanks for everything, all of you',
    'she will do it on friday when the house is empty, she said. her will is sorted',
    'nobody stops me this time. top floor of the car park at midnight',
    'sinds ik weet wanneer ben ik eindelijk rustig. mijn zus krijgt de sleutels',
    'the sleeping tablets the doctor gave me, i kept them all. my wife has been gone 3 years and i will be seeing her tonight',
    "last parade tomorrow, then i'll go and join him. don't worry about the appointment on tuesday",
    'vanochtend ontslagen en twee keer gedacht om gewoon het stuur om te gooien richting een boom',
    "my care coordinator is away and i don't think i'll still be here by monday. the tablets are out on the table",
    'mijn kat mag echt niet naar een asiel. laatste keer dat ik jullie iets app',
  ]);
  noCrisis('is not a crisis', [
    'iedereen denkt dat ik naar Spanje ga maar het wordt Italië haha, fijne zomer allemaal',
    'we will do it on saturday: the big garden clear-out, bring gloves',
    'my grandad says he is going to join the lads at the legion on friday',
    'drove into a pothole on the way home, the tyre is flat, can someone recommend a garage?',
    'blij dat ik de therapie niet meer nodig heb, laatste sessie was fijn',
  ]);
});

describe('round 29: psychosis, thirst in the very old, bleeding, an early pregnancy, someone gone out', () => {
  crisisKinds('violence', ['hij neemt zijn lithium niet meer en hoort stemmen die zeggen dat hij de schuur moet afbranden']);
  crisisKinds('shock', ['opa is 91, drinkt al twee dagen bijna niks in deze hitte, is heel suf en zijn lippen zijn gebarsten']);
  crisisKinds('bleeding', ['cut my arm on the glass, there is so much blood, getting dizzy now']);
  crisisKinds('pregnancy', ['6 weeks pregnant, pain low down on the right getting worse and now my shoulder hurts']);
  crisisKinds('missing', ['oma (dementie) fietste weg richting haar oude kantoor en buiten wordt het al donker']);
  crisisKinds('poisoning', ['found only one of the 2 button cells from the kitchen scale, our toddler had the scale']);
  crisisKinds('violence', ['an ex-employee is outside with a shotgun saying he is coming to get me']);
  noCrisis('is not a crisis', [
    'he stopped his lithium in spring with the psychiatrist, all went well, he feels cleansed of the side effects',
    'mijn vader van 88 drinkt weinig, we zetten nu overal glaasjes neer, tips?',
    'lots of blood at the donor session today, and I got a biscuit',
    'in de bijsluiter staat zelfmoordgedachten als bijwerking; die heb ik gelukkig niet, maar is dat normaal?',
    'hoe praat ik met mijn dochter over zelfmoord na de dood van haar klasgenoot?',
    'does morphine make you unconscious at the end, or just sleepy?',
    'so many panic attacks that i think i am dying, but the doctor says my heart is fine',
  ]);
  // Read again after held-out sets 31 and 32 were measured (development false alarms of the rules).
  noCrisis('read again: adverts, a novel, a move for work, a child asking, the alarm clock', [
    'Feeling tired of life and of your debts? Our consolidation loans sort it, apply in 2 minutes',
    'Hurt in a fall at work? Claim up to £20,000, no win no fee',
    'in de klas lezen we een roman waarin de moeder uit het leven stapt, hoe begeleid ik dat gesprek?',
    'flying to Doha for work in May! sold the bike, the dog goes to my brother. bye bye Utrecht',
    'mijn zoon van 6 zag een poster en vroeg wat zelfmoord is, hoe leg ik dat uit?',
    'ik wou dat ik dood was, zei ik tegen de wekker om zes uur 🙄',
  ]);
  it('keeps a long workplace question with a weapon threat in it a crisis', () => {
    const text =
      'Planning schoonmaakbedrijf hier. Oud-collega, in oktober op straat gezet, belt ons al uren. Zojuist dreigde hij aan de telefoon: met zijn jachtgeweer komt hij de planner halen. Zijn busje wacht op ons terrein. Advies graag?';
    expect(triageText(text, 'nl').category).toBe('crisis');
  });
});
