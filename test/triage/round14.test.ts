import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 14 (stop 19, docs/triage.md): general notions for crises the rules missed on the development files,
// each with examples written for these tests (not taken from any evaluation file).

describe('round 14: speech suddenly wrong is a stroke sign', () => {
  crisisKinds('stroke', [
    'opa gebruikt opeens de verkeerde woorden, hij zegt stoel als hij brood bedoelt',
    'her words suddenly come out wrong and she looks confused',
  ]);
  noCrisis('a child learning words, an old habit when tired', [
    'onze peuter zegt nog vaak de verkeerde woorden voor kleuren, is dat normaal op 3 jaar?',
    'i sometimes say the wrong word when i am tired, is that a worry?',
    'hij zegt ineens verkeerde woorden tegen de juf, hoe leer ik hem dat af',
    'she suddenly uses the wrong words for names since the dementia diagnosis last year',
  ]);
});

describe('round 14: a less painful way asked for oneself', () => {
  crisisKinds('suicide', ['what is the least painful way, for a friend who is me']);
  noCrisis('a less painful treatment, a beauty procedure joked about', [
    'which is less painful, the coil or the implant? asking for a friend',
    'which is less painful: waxing or laser? asking for a friend who is me lol',
  ]);
});

describe('round 14: a fall with a call to come now', () => {
  crisisKinds('trauma', ['kom snel, mijn vader ligt onder aan de trap', 'come quick, my nan fell down the stairs']);
  noCrisis('a fall told as past, a call to come for something else', [
    'vorige week viel opa van de trap, kom snel eens bij hem langs',
    'kom snel met een oplossing voor die trap bij de ingang',
  ]);
});

describe('round 14: a swollen calf with breathlessness', () => {
  crisisKinds('breathing', ['mijn kuit is rood en gezwollen en nu heb ik pijn bij het ademhalen']);
  noCrisis('a swollen calf alone or told as past', ['ever since the long-haul trip my calf is red and puffy, is a GP visit enough?']);
});

describe('round 14: two or more pads filled within the hour', () => {
  crisisKinds('bleeding', ['ik bloed heel veel, 3 maandverbanden per uur en ik word duizelig']);
  noCrisis('pads per day, a known heavy period without dizziness', [
    'ik gebruik 2 maandverbanden per dag tijdens mijn menstruatie, is dat normaal?',
    'op de eerste dag van mijn menstruatie heb ik 2 maandverbanden per uur nodig, altijd al gehad',
  ]);
});

describe('round 14: someone says they have a bomb here, a long gun with a threat', () => {
  crisisKinds('violence', ['een man bij de balie roept dat hij een bom bij zich heeft', 'he has a shotgun and says he will kill his brother']);
  noCrisis('money, a bath bomb, a long gun kept lawfully', [
    'parkeren bij jullie kost echt een bom geld nu',
    'ze zegt dat ze een bom heeft gemaakt voor de bakwedstrijd, een echte smaakbom',
    'the kids are yelling that they have a bomb, a water bomb lol',
    'ik ben jager en mijn geweer ligt nu in de kluis, mag ik mijn vergunning hier ophalen?',
  ]);
});
