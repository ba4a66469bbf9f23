import { describe, expect, it } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';
import { triageText } from '../../src/triage/triage.ts';

// Round 26 (stop 25, docs/triage.md): notions for crises missed in development files 50 and 51 and for the
// look-alikes they raised, each with examples written for these tests (not taken from any evaluation file).

describe('round 26: food refused, all the medicine taken, a weekly drug taken daily, a pressure sore', () => {
  crisisKinds('suicide', [
    'opa eet en drinkt sinds dinsdag niks meer en zegt: daar zorg ik zelf wel voor',
    'my uncle refuses eating and drinking on purpose since his wife left, he is so lonely',
    'ik neem alle pillen die ik heb. te laat nu. dag',
    "my mum showed me her stash of sleeping pills and said she'll use them this weekend",
  ]);
  crisisKinds('poisoning', ['mam slikt haar methotrexaat al een week elke dag in plaats van op maandag, nu zit haar mond vol zweren']);
  crisisKinds('shock', ['his pressure sore has gone black, he is shivering badly and very drowsy tonight']);
  noCrisis('hearing aids lost, a walker back unharmed, a finger cut while cooking', [
    'the home care lost her hearing aids again and she is just sitting there now',
    'vader was vannacht van de afdeling gelopen, de portier vond hem en hij is ongedeerd',
    'cut my thumb with the bread knife just now, plaster on, does it need a stitch?',
  ]);
});

describe('round 26: a sale or a giveaway that borrows a danger word', () => {
  it('is spam, not a crisis, however the rules read its words', () => {
    for (const text of [
      'baby choking? our rescue plunger saves lives, 50% off this week only',
      'lol ik wil dood als je niet meedoet!! winactie: tag 3 vrienden en win een vliegticket',
    ])
      expect(triageText(text).category, text).not.toBe('crisis');
  });
});
