import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 19 (stop 22, docs/triage.md): notions for crises missed in development file 36 and for the look-alikes
// it raised, each with examples written for these tests (not taken from any evaluation file).

describe('round 19: the end of the line reached, with a goodbye', () => {
  crisisKinds('suicide', ['nou mensen, eindpunt bereikt. het ga jullie goed']);
  noCrisis('a train, a treatment', [
    'eindstation bereikt, de trein stond twintig minuten stil bij Utrecht. groeten aan de conducteur',
    'we have reached the end of the road with chemo, the palliative team visits on friday. take care all',
  ]);
});

describe('round 19: a goodbye meant this time', () => {
  crisisKinds('suicide', ['doei allemaal, deze keer echt', 'bye everyone. for real this time x']);
  noCrisis('a habit given up', ['doei sigaretjes, deze keer echt! dag 3 zonder roken']);
});

describe('round 19: a decision taken, calmly', () => {
  crisisKinds('suicide', ['ik ben heel rustig nu. mijn besluit staat vast. bedankt voor alles']);
  noCrisis('a decision about an operation or a move', [
    'mijn besluit staat vast: de operatie gaat door in maart. ik ben rustig',
    'the decision is made, we are moving mum to the care home in june. thanks for all your help',
  ]);
});

describe('round 19: sorry for the trouble, with a last time', () => {
  crisisKinds('suicide', ['sorry for my drama that i always caused, guys. and yes this was the last time, promise']);
  noCrisis('the last time one complains', ['sorry for the hassle i always cause at your desk, and this was the last time that i ring about that bill']);
});

describe('round 19: resigning from life', () => {
  crisisKinds('suicide', ['please accept my resignation from life. it was a weird job anyway']);
  noCrisis('resigning from a job', ['I handed in my resignation from the night shift rota, finally some sleep']);
});

describe('round 19: where one will be found', () => {
  crisisKinds('suicide', ['sta boven op de flat. laat mijn zus maar weten waar ze me kunnen vinden']);
  noCrisis('where to find someone at work', ['you can find me at the front desk on the ground floor until five, drop by with the forms']);
});

describe('round 19: a plan made in care is not a plan to die', () => {
  noCrisis('a safety plan after a bad week', ['vorige week hielp de crisislijn me enorm, daarna maakte ik samen met mijn behandelaar een plan']);
});

describe('round 19: a question about a patient or a pupil saying so', () => {
  noCrisis('asked ahead by one who works with them', [
    'what is your policy if a client tells you he wants to end his life? asking as a new home care worker',
    'hoe praat ik met mijn klas over de zelfdoding van een leraar? is er lesmateriaal?',
  ]);
  crisisKinds('suicide', ['wat doe ik als een cliënt nu tegen me zegt dat hij nu zelfmoord gaat plegen? hij heeft pillen bij zich']);
});

describe('round 19: medicine not ready at the pharmacy', () => {
  noCrisis('a refill late again', ['apotheek: pillen alweer niet klaar gezet, derde keer nu']);
});

describe('round 19: ordinary goings the model saw as goodbyes', () => {
  it.each([
    'ik ben even weg uit deze groepsapp, teveel berichten. doei!',
    'right, clocking off now. curry and telly tonight',
    'dit weekend naar een festival in Biddinghuizen, geen bereik daar. doei!',
    'sleutels zijn ingeleverd bij de verhuurder, op naar het nieuwe huis. bedankt voor alles',
  ])('%s', (text) => expect(triageText(text).urgent).toBe(false));
});
