import { describe, expect, it } from 'vitest';
import { triageParts, triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 21 (stop 23, docs/triage.md): notions for crises missed in development files 38 and 39 and for the
// look-alikes they raised, each with examples written for these tests (not taken from any evaluation file).

describe('round 21: a goodbye with a sign of death', () => {
  // A goodbye says "miss you" and "remember me" too: only another's death named sets it aside.
  crisisKinds('suicide', ['doei 🪦', 'love to everyone. thats it from me ⚰️', 'bye everyone, i will miss you. remember me 🕊️']);
  noCrisis('a grave emoji for someone who died', ['rust zacht lieve buurman 🕊️ doei']);
});

describe('round 21: a burden to everyone, with oneself taken away or it arranged tonight', () => {
  crisisKinds('suicide', [
    'ik ben iedereen alleen maar tot last, vannacht ga ik het regelen zodat dat ophoudt',
    'honestly i am costing you all so much. decided to take myself out of the picture tomorrow',
  ]);
  noCrisis('a burden arranged in care', ['mijn moeder wil niemand tot last zijn, daarom regelen we samen met de thuiszorg vandaag de boodschappen']);
});

describe('round 21: over by the morning, said bitterly', () => {
  crisisKinds('suicide', ['thanks for nothing, doctor. this will all be over before the morning']);
  noCrisis('a storm or a shift over by morning', ['the storm should be over by the morning, is the clinic still open tomorrow?']);
});

describe('round 21: nothing more needed, on a roof, not eating and drinking', () => {
  crisisKinds('suicide', [
    'badge handed in. will not need that nor anything else',
    'ik sta nu op t dak van een ziekenhuis, het waait lekker hier',
    'sinds zondag eet noch drinkt oma iets, ze zegt dat ze naar opa toe gaat',
  ]);
});

describe('round 21: lying on the floor for an hour, alone', () => {
  crisisKinds('trauma', ['al twee uur lig ik op de gangvloer naast de omgevallen rollator, mijn alarmknop ligt boven']);
  noCrisis('a fall told afterwards', ['drie weken terug lag pa een uur op de grond naast zijn rollator, hoe krijgen we sneller een alarmknop?']);
});

describe('round 21: look-alikes', () => {
  it.each([
    'respect voor alle lopers van de sponsorloop tegen zelfdoding vanochtend!',
    'she is tired and low since the move, no sign of harming herself, can the practice nurse call?',
    'mijn dochter heeft eergisteren een knoopcelbatterij ingeslikt, de rontgenfoto was schoon. mag ze gewoon naar school?',
  ])('%s', (text) => expect(triageText(text).urgent).toBe(false));
});

describe('round 21: ordinary goings and a parent who is well keep the model from raising an alarm on its own', () => {
  it.each([
    'moving out of our student flat on friday, the sofa is free for whoever wants it',
    'ik stap uit de familieappgroep, te veel filmpjes. doei',
    'pa heeft zijn uitvaart al helemaal uitgeschreven, hij is 80 en helemaal fit, gewoon een planner',
  ])('%s', (text) => expect(triageParts(text, null).modelMayRaise).toBe('no'));
});
