import { describe } from 'vitest';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 23 (stop 24, docs/triage.md): notions for crises missed in development files 42 and 43 and for the
// look-alikes they raised, each with examples written for these tests (not taken from any evaluation file).

describe('round 23: goodbyes said sideways', () => {
  crisisKinds('suicide', [
    'lol imagine choosing your own funeral songs. mine are chosen and tonights the night. bye guys',
    'final upload. not joking this time',
    'dank voor het proberen, lieverds. te laat. doei',
    'twee jaar therapie en niks helpt. dit was het, lieve mensen',
    'zeg niks tegen mijn man. ik sta straks bij de moerdijkbrug',
    'het is geregeld. doei.',
    'please do not send anyone round. i know the doses and i have made my peace',
    'de levensverzekering keert ook uit bij zelf gekozen, dus vanavond',
    'counted them again. 64. strange how calm it feels',
    'tired from my life. today i decide to finish',
  ]);
  noCrisis('the same words in ordinary life', [
    'tonight is the night! first concert in years, wish me luck',
    'my final post of the season, see you all in spring',
    'the appointment is arranged, thank you. bye',
    'niks helpt tegen die jeuk, dit was het voor vandaag met klagen',
    'zeg niks tegen mijn vrouw, ik heb een zeilboot gekocht haha',
    'we ran the charity walk across the bridge, thanks for sponsoring',
    'leaving facebook for good, last post here, take care all',
    'je wordt levensmoe van die wachtrij bij de apotheek',
  ]);
});

describe('round 23: bodily emergencies in plain words', () => {
  crisisKinds('shock', ['mijn zoon is gloeiend heet na het voetballen in de zon en praat raar, hij zweet niet meer']);
  crisisKinds('hypo', ['wife has type 1 and is clammy, slurring her words and acting drunk']);
  noCrisis('a question about types, body heat after a sauna', [
    'what is the difference between type 1 and type 2, just diagnosed and confused',
    'gloeiend heet na de sauna, heerlijk zo op zondag',
  ]);
});

describe('round 23: look-alikes', () => {
  noCrisis('a palsy a doctor named, a fever between doses, a lick that was nothing, harm denied, breath fine', [
    'dad woke with his face drooping two days ago, gp saw him and said bells palsy, how long till it clears?',
    'temperature of 39.2 since yesterday, she is drinking and playing between doses of paracetamol',
    'hij heeft aan de vaatwastablet gezeten maar het bleek niks ernstigs, huisartsenpost gebeld',
    'slaap slecht sinds die nieuwe pillen, maar geen gedachten om mezelf wat aan te doen hoor',
    'hay fever is bad this week but i am not struggling to breathe, which spray is best?',
  ]);
});
