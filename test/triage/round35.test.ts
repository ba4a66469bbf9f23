import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 35 (stop 30, docs/triage.md): notions for crises missed in development files 82 to 85, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 35: gone tomorrow after a farewell, enough saved, a passport left, a last voice, pills gone early', () => {
  crisisKinds('suicide', [
    'na de verjaardag waar hij iedereen had uitgenodigd voor een afscheid zei oom: zondag ben ik weg',
    'iedere week vroeg ik de assistente om een extra doosje. nu heb ik genoeg.',
    'zus zou naar Portugal vliegen maar haar paspoort ligt nog hier op tafel naast een briefje voor de kinderen',
    'opa aan de telefoon: laatste keer dat je mijn stem hoort, lieverd. toen hing hij op',
    'haar medicijnen zijn op terwijl de apotheek pas maandag komt, en ze heeft al haar sieraden in dozen met namen gedaan',
    'I pick the moment myself: coming Friday. my time has come. the dog needs a new owner',
  ]);
  noCrisis('is not a crisis', [
    'morgen ben ik weg, drie weken vakantie! afscheid genomen van de buren',
    'elke maand een extra strip gehaald voor de reis, nu heb ik genoeg voor de hele vakantie naar Spanje',
    'laatste keer dat u van mij hoort hoor, opzegging van mijn abonnement volgt, waardeloze service',
    'met de huisarts besproken: euthanasie volgende week donderdag, ik kies zelf het moment',
  ]);
});

describe('round 35: one way out, forty taken, no joke this time, the window today, somewhere the dog cannot come', () => {
  crisisKinds('suicide', [
    'hij blijft dreigen mijn naaktfotos te verspreiden, ik zie geen uitweg meer',
    'wat gebeurt er als je 30 paracetamol neemt? vraag voor een vriend. die vriend ben ik',
    'gisteren zei ik het al en dat was geen grap. vanavond doe ik het',
    'meneer van kamer 12 zei tegen de schoonmaakster dat hij vanmiddag het raam uit springt',
    'kun je de kat ophalen? ik ga ergens heen waar ik hem niet mee kan nemen, voorgoed',
  ]);
  noCrisis('is not a crisis', [
    'was geen grap hoor, vandaag doe ik het echt: stoppen met roken, deze keer gaat het lukken',
    'als die wachtmuziek nog langer duurt spring ik het raam uit',
    'ik ga ergens heen waar ik de hond niet mee kan nemen: een cruise van twee weken',
  ]);
});

describe('round 35: a late period with shoulder-tip pain, a teenager with type 1 angry and muddled, a festival, a leg gone red', () => {
  crisisKinds('pregnancy', ['mijn menstruatie is te laat en nu pijn laag rechts en pijn in mijn schoudertop, ik viel bijna flauw']);
  crisisKinds('hypo', ['dochter heeft diabetes en is na de training agressief en in de war, ze wil geen druivensuiker']);
  crisisKinds('poisoning', ['vriendin heeft op het feest iets geslikt, gloeiend heet is ze en ze praat onzin']);
  crisisKinds('shock', ['zijn snee in de hand is ontstoken en vandaag is opa compleet de weg kwijt, ademt hij snel']);
  crisisKinds('chest-pain', ['brandende maag die naar de kaak uitstraalt, klam ben ik ook, heb twee stents']);
  noCrisis('is not a crisis', [
    'mijn menstruatie is een week te laat, kan dat van de stress komen?',
    'my friend took something at the festival last year and it was fine, what are the safest options?',
  ]);
});

describe('round 35: pain compared with an earlier heart attack is happening now', () => {
  it('chest pain "like at the infarct last year" is a crisis even with the past named', () => {
    expect(
      triageText('mijn moeder heeft druk op de borst zoals vorig jaar bij haar infarct, maar ze wil eerst de was ophangen. misselijk is ze ook').category,
    ).toBe('crisis');
  });
});
