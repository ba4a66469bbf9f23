import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 24 (stop 24, docs/triage.md): notions for crises missed in development files 44 and 45 and for the
// look-alikes they raised, each with examples written for these tests (not taken from any evaluation file).

describe('round 24: a reply to our question, affairs handed over, the means named sideways', () => {
  crisisKinds('suicide', [
    "reply to 'are you safe?': no. viaduct",
    'pinpas en code liggen op het aanrecht zodat niemand vastzit. doei',
    'stuurde mijn zus alle wachtwoorden. maakt toch niet meer uit',
    'alles uit de medicijnkast ingenomen, een uur terug',
    'rust zacht opa. ik kom je vannacht achterna',
    'stenen in mijn jaszakken, ik loop zo naar de rivier',
    'full speed into the first pillar i see on the motorway',
    'im at the weir now. the time has come',
    'i know exactly how much morphine is enough. just injected it',
    'mijn vriendin heeft diepe sneden in haar arm en zegt dat ze vanavond doorgaat',
    'ik wens het leven niet langer voort te zetten en heb mijn oxazepam genomen',
  ]);
  noCrisis('a login shared, a lock passed for lunch, a bereavement group', [
    'can my son use my login for the portal? i sent him the code',
    'im at the lock with the boat, its time for lunch',
    'any bereavement groups near leiden for those who lost a loved one to suicide?',
  ]);
});

describe('round 24: bodily emergencies told plainly', () => {
  crisisKinds('poisoning', [
    'de barbecue stond mee in onze tent tegen de kou, nu zijn we alle drie duizelig',
    'chloor in mijn oog gekregen, het brandt en ik zie wazig',
  ]);
  crisisKinds('trauma', ['opa is gevallen en met zijn kop tegen de kast gebotst, hij slikt bloedverdunners en wordt nu suf']);
  crisisKinds('shock', ['the red patch on his leg is getting bigger fast and his feet are cold']);
  crisisKinds('pregnancy', ['test came back positive this morning and now the tip of my shoulder hurts like hell']);
  noCrisis('a rash without swelling, spots that fade when pressed', [
    'rash on his cheek after strawberries, no swelling at all',
    'the spots fade when i press on them, she is playing happily',
  ]);
});
