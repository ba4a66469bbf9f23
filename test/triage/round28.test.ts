import { describe, expect, it } from 'vitest';
import { dialectReading } from '../../src/triage/dialect.ts';
import { triageText } from '../../src/triage/triage.ts';
import { crisisKinds, noCrisis, reading } from './crisis-cases.ts';

// Round 28 (stop 27, docs/triage.md): notions for crises missed in development files 56 to 59, each with examples
// written for these tests (not taken from any evaluation file).

describe('round 28: goodbyes passed on, pills kept back, a last one decided', () => {
  crisisKinds('suicide', [
    'alle slaappillen van de afgelopen maanden bewaard, ze liggen uitgeteld naast het bed',
    'i have enough of them saved up to make sure. thank you for trying',
    'zeg tegen mijn zoon dat ik echt van hem hield. vannacht is het klaar',
    "this is going to be my last birthday, i've decided. the presents for the boys are wrapped",
    'final walk with the dog, the bridge is on my way anyway. bye all',
    "it's my turn to go. tonight, while the house sleeps",
    'not climbing back up tonight. door is left unlocked for whoever finds the dog',
    'de huisarts vroeg of ik aan zelfmoord dacht. ik zei ja. ik heb het hem niet verteld hoe ver ik ben',
  ]);
  crisisKinds('suicide', ['hij appte een foto van de pier met see you never en neemt niet meer op']);
  // A holiday that others only think of is no ordinary leaving.
  crisisKinds('suicide', ['mijn collega denkt aan een vakantie van mij. codes van de laptop heeft mijn broer. laatste bericht van mij']);
  noCrisis('is not a crisis', [
    'the school nurse asked if i was thinking of suicide. i was not, but it was good to be asked',
    'we hebben genoeg gespaard om zeker te weten dat de verbouwing doorgaat en de keuken ook',
    'zeg mijn vrouw maar dat ik echt mijn best deed met die taart, de oven dacht er anders over 😂',
    'dit wordt mijn laatste kerst als teamleider, ik heb besloten om met pensioen te gaan',
    'slaap slecht sinds de scheiding, niet dat ik er dan maar een eind aan maak ofzo',
    'do you run a support group for men who lost a brother to suicide years ago?',
  ]);
});

describe('round 28: dialect and a long message', () => {
  const neighbour = 'Noaber is allenig, hef zien hond bie ons brach mit de sleutel van zien hoes. Now döt e nich open as wie anbelt.';
  it('reads Twents and Gronings words in standard Dutch, for the rules and the model', () => {
    expect(dialectReading(reading(neighbour))).toContain('buurman is alleen heeft zien hond bij ons bracht met de sleutel van zien huis');
    expect(dialectReading(reading(neighbour))).toContain('nu doet e niet open');
    expect(triageText(neighbour, 'nl').category).toBe('crisis');
  });
  // The crisis said in one passage of a long complaint, with other things told in the past: the rule fires
  // and the past of another sentence does not set it aside.
  const complaint =
    'Klacht over de thuiszorg: vroeger kwam er één vaste zuster. Tegenwoordig telkens iemand anders. Vanochtend per ongeluk een tweede morfinepleister opgeplakt. Nu erg slaperig, en mijn ademhaling gaat zo traag. Verder graag een betere planning.';
  crisisKinds('poisoning', [complaint]);
  it('keeps the long complaint a crisis', () => expect(triageText(complaint, 'nl').category).toBe('crisis'));
});

describe('round 28: babies, a knock on the head, sepsis in an older person', () => {
  crisisKinds('sick-child', [
    'onze baby is 6 weken en heeft 38,4 koorts, hij drinkt wel',
    'my 3 week old has been sick after every feed and has had no wet nappies since this morning',
  ]);
  crisisKinds('trauma', ['bal tegen de slaap van mijn dochter, ze was even weg en vraagt nu steeds waar ze is']);
  crisisKinds('shock', ['grandad is hot to the touch, muddled and seeing people who are not there, and has not had a wee all day']);
  crisisKinds('chest-pain', ['mijn borst wordt dichtgeknepen en het trekt naar mijn linkerarm']);
  noCrisis('is not a crisis', [
    'does a 5 week old hiccup this often? feeding fine and no fever',
    'the sponge cake collapsed in the oven again, any baking tips?',
    'A&E 10/10 would trip over my own dog again, the nurse was lovely',
    'we leave in the camper tomorrow for six months, house let out, bye all!',
  ]);
});
