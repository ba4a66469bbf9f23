import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis } from './crisis-cases.ts';

// Round 34 (stop 30, docs/triage.md): notions for crises missed in development files 78 to 81, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 34: a dose worked out, afraid of oneself, a place to lie down, a last journey, me too, shown enough', () => {
  crisisKinds('suicide', [
    'wie wil mijn parkiet? die moet een nieuw thuis. ik heb opgezocht hoeveel tabletten ik nodig heb',
    'vannacht ben ik bang voor wat ik zal doen, alles is zwart',
    'in de duinen een plek uitgezocht, morgen ga ik daar liggen met alles wat ik nodig heb',
    'maakt toch niet uit meer, vanavond mijn laatste keer dat ik de trein neem',
    'de rolstoel mag weg en ik ook. de datum heb ik in de kalender omcirkeld',
    'de crisisdienst vond me niet suicidaal genoeg, ik zal ze laten zien wat echt is',
  ]);
  noCrisis('is not a crisis', [
    'hoeveel tabletten paracetamol mag ik per dag, ik heb opgezocht hoeveel ik nodig heb voor mijn rugpijn',
    'ik ben bang voor wat ik ga doen als de kapper weer mijn pony verknipt haha',
    'op de camping een plekje gevonden, daar ga ik liggen met een boek en alles wat ik nodig heb',
    'maakt niet uit hoe laat, het is mijn laatste keer dat ik de intercity naar de revalidatie pak: traject afgerond',
    'de oude kast mag weg en ik ook, we verhuizen in mei, de datum is vastgesteld',
    'ze vonden mijn vader niet ziek genoeg voor een indicatie, we gaan in bezwaar',
  ]);
});

describe('round 34: a last day at peace, a goodbye written, tablets counted, gone after a wife, a hose, a last wish', () => {
  crisisKinds('suicide', [
    'morgen wordt mijn laatste dag hoor, ben er rustig onder, heb er vrede mee. brug ligt om de hoek',
    'mijn afscheid is geschreven en de kat zit bij de buurvrouw. wees niet boos op me',
    'zojuist heb ik er al 35 geslikt, van de oxazepam, ik wil dat het vanavond afgelopen is',
    'als u dit leest ben ik mijn man achterna gegaan',
    'ik blijf in de wagen zitten met een slang door de ruit',
    'mijn poes gaat naar jullie, dat is mijn laatste wens',
  ]);
  noCrisis('is not a crisis', [
    'morgen is mijn laatste dag op kantoor, na 40 jaar heb ik er vrede mee',
    'mijn afscheidsbrief voor het team is geschreven, niet boos zijn als ik ga huilen op mijn laatste werkdag',
    'de tuinslang door het raam van de auto gestoken om de bekleding te wassen, niet slim',
    'de laatste wens van mijn overleden oma was dat haar poes naar mij ging',
  ]);
});

describe('round 34: yellow after garden mushrooms, a deep burn, after going under, arm and jaw, an old man hot and muddled', () => {
  crisisKinds('poisoning', ['we aten gisteren zwammen uit de tuin en nu ziet mijn vrouw geel']);
  crisisKinds('trauma', ['the frying pan went up in flames, his forearms are charred and the skin looks leathery']);
  crisisKinds('breathing', ['mijn dochter lag onder water in het meer, nu twee uur later ademt ze snel en is ze suf']);
  crisisKinds('chest-pain', ['ik ben zo benauwd en mijn arm en kaak doen pijn, is het een paniekaanval?']);
  crisisKinds('shock', ['mijn schoonvader van 88 is in de war, hij heeft koorts en wil niets drinken']);
  crisisKinds('stroke', ['ik voel sinds vanmiddag mijn linkerhand niet meer en mijn tong is zwaar']);
  crisisKinds('sick-child', ['ons dochtertje van 5 maanden ziet grijsblauw en heeft adempauzes']);
  crisisKinds('headache', ['mijn man kreeg plotseling hoofd pijn, de nek is stijf en hij kan geen licht verdragen']);
  noCrisis('is not a crisis', [
    'vorige zomer met de barbecue mijn hand verbrand, de huid was wit, nu mooi genezen',
    'flinke zonnebrand op mijn gezicht, de huid laat los, lelijk maar verder ok',
    'de badmeester haalde hem eruit, hij hoestte even en speelde daarna gewoon verder',
    'mijn nek is stijf van het bureauwerk en ik heb wat hoofdpijn, al drie dagen',
  ]);
});

describe('round 34: a bird on a roof is no person there', () => {
  noCrisis('is not a crisis', ['een kraai zat vanochtend op het dak van een flat te krassen', 'er zit weer een reiger op het dak van een ziekenhuis']);
});

describe('round 34: an offer counted in numbers is selling', () => {
  it('"buy 3 get 1" beside "tired of living" is spam, not a crisis', () => {
    expect(triageText('Tired of living with stiff knees? Our magnet insoles fix it. Buy 3 get 1 free today!').category).not.toBe('crisis');
  });
});
