import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 20 (stop 22, docs/triage.md): notions for crises missed in development file 37 and for the look-alikes
// it raised, each with examples written for these tests (not taken from any evaluation file).

describe('round 20: days without eating and drinking, going to one who died', () => {
  crisisKinds('suicide', [
    'mijn vader (91) wil al drie dagen geen eten of drinken, hij zegt steeds dat hij naar mama wil',
    'grandad has not touched a bite since friday and keeps saying he is ready to join his late wife',
  ]);
  noCrisis('a fast before a scan, a visit to grandma', ['mag ik voor de scan morgen echt zes uur zonder eten en drinken? daarna ga ik naar oma']);
});

describe('round 20: had enough of this world', () => {
  crisisKinds('suicide', ['my aunt says she has had her fill of this world and put her papers on the table']);
});

describe('round 20: a poison taken hours ago works now', () => {
  it('an overdose of paracetamol hours ago, feeling fine, is a crisis', () => {
    expect(triageText('swallowed thirty paracetamol two hours ago, i feel okay tbh, is that bad').urgent).toBe(true);
  });
});

describe('round 20: ordinary goings and people who are well', () => {
  it.each([
    'na zes jaar stop ik met streamen, dank jullie wel voor alle avonden samen!',
    'deleted tiktok for good, my screen time was insane. books from now on',
    'we plannen de uitvaart van opa alvast samen met hem, hij is 84 en kerngezond, gewoon praktisch',
    'zoontje viel met zijn kin op de tafel, bloedde even maar is nu gestopt, moet er een pleister op?',
  ])('%s', (text) => expect(triageText(text).urgent).toBe(false));
  noCrisis('a queue out of the door', ['this morning the pharmacy queue again stretched right out of the door']);
});
