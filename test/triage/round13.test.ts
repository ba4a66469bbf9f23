import { describe, expect, it } from 'vitest';
import { rulesTriage } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 13 (docs/triage.md): general notions, each with examples written for these tests (not taken
// from any evaluation file).

describe('round 13: a farewell to the world or to life itself, said lightly', () => {
  crisisKinds('suicide', ['dag wrede wereld 🙃', 'bye world, it was fun x', 'thats me checking out of life lol', 'iedereen bedankt, tot nooit']);
  noCrisis('a goodbye to a place, a team or told as past', [
    'bye team, see you monday',
    'vorig jaar zei hij nog doei wereld op zijn laatste vakantie, mooie herinnering',
  ]);
});

describe('round 13: the others better off once the writer is gone', () => {
  crisisKinds('suicide', ['my family will have it easier once im gone haha', 'mijn ouders zijn zonder mij veel beter af']);
  noCrisis('leaving a job or a house', [
    'the team will be better once im gone to my new job in june',
    'als ik weg ben bij deze werkgever wordt het beter, ik heb een nieuwe baan',
  ]);
});

describe('round 13: a dose already taken asked about as how many is too many', () => {
  crisisKinds('poisoning', ['how many is too many? ive taken thirty of my paracetamol', 'hoeveel is te veel, ik heb er twintig geslikt']);
  noCrisis('the same question asked before taking anything, or about a few, or about coffee or water', [
    'how much coffee is too much? I have had 3 cups today',
    'how many glasses of water is too much, i have had 12 today',
    'how much paracetamol is too much, i took 2 this morning',

    'how many paracetamol is too many in one day?',
    'hoeveel ibuprofen is te veel per dag voor een volwassene?',
  ]);
});

describe('round 13: a painless way asked for oneself', () => {
  crisisKinds('suicide', ['what is painless, asking for a friend who is me', 'ik heb besloten. nu wil ik weten hoe ik het pijnloos doe']);
  noCrisis('a painless treatment, asked about how to book or do it', [
    'is laser hair removal painless? how do i go about booking',
    'is the coil fitting painless? how can i do it at your clinic',
    'hoe ik het pijnloos doe met mijn kind bij de prik, tips?',
    'is de prik voor mijn dochter pijnloos?',
    'is laser removal painless?',
  ]);
});

describe('round 13: strangling someone now, heavy bleeding told by floor or pads', () => {
  crisisKinds('violence', ['a resident is strangling another resident in the lounge, come now']);
  crisisKinds('bleeding', [
    'de wond op zijn hoofd blijft maar spuiten, hij slikt bloedverdunners',
    'na de bevalling verliest ze zoveel bloed dat het over de vloer loopt',
    'I soak through a pad within minutes since the birth',
  ]);
  noCrisis('strangling told as past, a pad changed often', [
    'last year a patient was strangling a nurse, how is security now?',
    'I change my pad every few hours, is that normal after birth?',
  ]);
});

describe('round 13: a crisis line asked for at a dangerous place', () => {
  crisisKinds('suicide', ['what is the number of the suicide hotline, i am on the bridge now']);
  // The rule still reads the red flag; the course or exam sets it aside (`notHappening`).
  it('a course, an exam or a refresher says nothing is happening', () => {
    for (const text of [
      'question for the first aid exam: what do you do when someone is not breathing?',
      'voor onze bhv herhaling: wat doe je als iemand bewusteloos is en niet ademt?',
    ])
      expect(rulesTriage(text).urgent, text).toBe(false);
    expect(rulesTriage('wat doe je als iemand bewusteloos is en niet ademt?').urgent).toBe(true);
    expect(rulesTriage('for my first aid exam I am studying but my dad is not breathing now').urgent).toBe(true);
  });
});

describe('round 13 review: a thing fitted is no fit', () => {
  noCrisis('a coil, a hearing aid or a wheelchair fitted', ['my coil fitting is next week', 'my wheelchair fitting got cancelled again, ridiculous']);
  crisisKinds('seizure', ['my son is fitting on the floor']);
});

describe('round 13 review: look-alikes of its own notions', () => {
  noCrisis('never again, a week offline, a contract, a poster at a station', [
    'tot nooit meer, slechtste ziekenhuis ooit',
    'dag wereld, ik ga een weekje offline op vakantie',
    'this new contract is strangling us, the care home cant pay staff',
    'ik sta op het perron en zag een poster van de zelfmoordlijn, goed initiatief',
  ]);
});

describe('stop 19 review: fitting in one place, two lexicons narrowed', () => {
  noCrisis('fitting in, a fitting room, beer counted with `er op`', [
    'is our son fitting in at school ok, he seems quiet',
    'the fitting room for the new wheelchairs is on floor 2',
    'hoeveel bier is te veel, ik heb er 12 op en moet nog fietsen',
  ]);
  crisisKinds('seizure', ['he is fitting in the bathroom and it wont stop', 'our client has been fitting for nine minutes now']);
  crisisKinds('suicide', ['deze week heb ik het besloten. doei wereld']);
  crisisKinds('poisoning', ['hoeveel is te veel? ik heb er zestien van de oxazepam geslikt']);
});
