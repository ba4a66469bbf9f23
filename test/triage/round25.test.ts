import { describe, expect, it } from 'vitest';
import { triageParts } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 25 (stop 25, docs/triage.md): notions for crises missed in development files 46 to 49 and for the
// look-alikes they raised, each with examples written for these tests (not taken from any evaluation file).

describe('round 25: a cover story, a pet rehomed, a figure of speech denied', () => {
  crisisKinds('suicide', [
    'pa en ma denken dat ik naar gent ga, een weekje, nieuwe baan. de spoorbrug daar ken ik al',
    'my mates believe im flying off on holiday friday. there is no return flight',
    'hond is sinds zondag bij mijn broer, de kaarten zijn verstuurd. vanavond ga ik.',
    'i have enough tablets together now and i have made up my mind',
    'this is not a poem i am writing. i am on the bridge',
    'laatste video ooit 🪦',
    'giving my guitar to whoever wants it, dont ask why, you would only ring someone',
    'mum wrote on whatsapp "you were the best, all of you" and her phone is switched off',
    'ropes up. done. bye',
  ]);
  noCrisis('a real holiday, a pet with family for a trip, a song, a denial', [
    'iedereen denkt dat ik op vakantie ga maar ik blijf gewoon thuis om te klussen haha',
    'onze hond is bij mijn broer en de kaarten voor oma zijn al gepost, vrijdag vliegen we naar malaga',
    'we cleared grandads house last spring and the garage is finally empty',
    'mijn oma zegt zelf dat ze niet dood wil, ze is alleen erg moe. is dat normaal op haar leeftijd?',
    'de buurhond heeft de bezorger flink de stuipen op het lijf gejaagd vanochtend',
  ]);
});

describe('round 25: the cold, the woods, a newborn, a threat in the room', () => {
  crisisKinds('shock', ['opa lag een uur buiten in de sneeuw, hij rilt niet meer en is heel slaperig']);
  crisisKinds('poisoning', ['we ate mushrooms we foraged in the park and now my husband keeps vomiting']);
  crisisKinds('red-flags', ['ons zoontje is vijf dagen oud, drinkt de hele dag al niet en ziet er grijs uit']);
  crisisKinds('sick-child', ['red dots on his back that dont disappear when i push a glass against them, he is 19 and burning up']);
  noCrisis('mushrooms asked about, a cold walk, a sleepy newborn who feeds', [
    'picked some mushrooms on our walk, how do i find out if they are edible?',
    'came back from the cold swim shivering like mad, warm tea now, lovely morning',
    'onze dochter van drie weken slaapt veel maar drinkt goed, is dat normaal?',
  ]);
});

describe('round 25: a threat shouted now is now', () => {
  it('a threat being shouted in the room stays a crisis however the model reads it', () => {
    const parts = triageParts("somebody in reception jammed a chair against the door of room 2 and he is screaming he'll hurt the nurse", null);
    expect(parts.ruleKind).toBe('violence');
    expect(parts.ruleNow).toBe(true);
  });
});
