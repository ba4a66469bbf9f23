import { describe, expect, it } from 'vitest';
import { crisisIn } from '../../src/triage/crisis.ts';
import { withoutFigures } from '../../src/triage/figures.ts';
import { triageReadings } from '../../src/triage/normalise.ts';
import { rulesTriage, triageText } from '../../src/triage/triage.ts';

// Round 7 (docs/triage.md): general notions, each with examples written for these tests (not taken
// from any evaluation file).
const reading = (t: string) => triageReadings(t).readings[0] ?? '';

describe('round 7: someone who will not wake up is unresponsive, not a wish to die', () => {
  it('a third person who will not wake up and is not breathing', () => {
    expect(triageText('my dad is not breathing and will not wake up')).toMatchObject({ category: 'crisis', crisisKind: 'unresponsive' });
    expect(crisisIn(reading('gran will not wake up, lips are grey'))).toBe('unresponsive');
  });
  it('the writer who would rather not wake up is still a suicide statement', () => {
    expect(crisisIn(reading('some nights I hope I will not wake up'))).toBe('suicide');
    expect(crisisIn(reading('I want to fall asleep and not wake up again'))).toBe('suicide');
  });
});

describe('round 7: sepsis signs with an infection, a fever after chemotherapy', () => {
  const crises = [
    'opa heeft een longontsteking, hij ademt heel snel en zijn knieen zien er gevlekt uit',
    'my wife has a kidney infection, she is confused and breathing really fast',
    'mijn broer heeft sinds gisteren koorts, hij heeft niet meer geplast en zijn voeten zijn ijskoud',
    'dad finished his second chemo round on monday and now has a fever of 38.6',
  ];
  for (const text of crises) it(text, () => expect(rulesTriage(text)).toMatchObject({ category: 'crisis', crisisKind: 'shock' }));

  it('a fever with one ordinary sign is not sepsis for the rules', () => {
    for (const text of [
      'mijn dochter heeft griep met koorts en ze rilt een beetje, hoeveel paracetamol mag ze?',
      'I have had a fever since sunday and feel a bit confused about which pills to take first',
    ])
      expect(crisisIn(reading(text)), text).toBeNull();
  });
});

describe('round 7: a baby drying out, a stroke said in other words, a rash under a glass', () => {
  it('a sunken soft spot or no wet nappies in a baby', () => {
    expect(crisisIn(reading('our 2 month old has a sunken soft spot and no wet nappies since breakfast'))).toBe('sick-child');
    expect(crisisIn(reading('de fontanel van ons kindje is ingezakt en ze drinkt slecht'))).toBe('sick-child');
  });
  it('a leaden arm and words that will not come, begun minutes ago', () => {
    expect(crisisIn(reading('mijn man zijn been voelt als lood en hij krijgt zijn woorden er niet uit'))).toBe('stroke');
  });
  it('spots that do not go away under a glass', () => {
    expect(crisisIn(reading('mijn zoon heeft puntjes op zijn benen, die gaan niet weg onder een glas'))).toBe('sick-child');
  });
});

describe('round 7: veiled plans, told as practical questions', () => {
  const crises = [
    // One's own death arranged with a day near.
    'kan ik mijn abonnement op jullie app opzeggen? na morgen heb ik het niet meer nodig',
    'will my posts stay on your page once I am gone? it is nearly time',
    // One last time before going tonight.
    'mag mijn kat nog een keer bij mijn zus slapen voordat ik vannacht ga? de buren hebben een sleutel',
    // A large amount already taken, asked lightly.
    'is it bad that I have had about 40 paracetamol today? tummy a bit sore',
    'hoe snel merk je er iets van? heb net een handvol slaappillen genomen',
    // A gas for one person; letters for everyone and not ok; choosing to step out.
    'do party shops sell enough nitrogen for one person? today if possible',
    'i am not ok. there are notes for everyone on the kitchen table',
    'krijgt mijn partner mijn spaargeld als ik er zelf voor kies om eruit te stappen?',
  ];
  for (const text of crises) it(text, () => expect(rulesTriage(text)).toMatchObject({ category: 'crisis', crisisKind: 'suicide' }));

  it('leaves ordinary cancellations, party balloons and letters alone (rules)', () => {
    for (const text of [
      'graag mijn afspraak van morgen afzeggen: niet meer nodig, de klachten zijn over',
      'where can I buy helium for the balloons at my daughter her party?',
      'the kids wrote thank you letters for everyone on the ward, can we drop them off?',
      'opa liet zijn lichaam na aan de wetenschap, hoe werkt dat na de uitvaart?',
    ])
      expect(rulesTriage(text).category, text).not.toBe('crisis');
  });
});

describe('round 7: at a dangerous place now and not wanting to be seen', () => {
  it('a bridge named in a question, the writer there now, nobody to see it', () => {
    expect(crisisIn(reading('is het druk op de Zeelandbrug om deze tijd? ik sta er nu, niemand mag het zien'))).toBe('suicide');
  });
  it('not wanting to be seen elsewhere is no crisis', () => {
    expect(crisisIn(reading('eerste date, sta te wachten bij de fontein, niemand mag het zien haha'))).toBeNull();
  });
});

describe('round 7: a small child and a button battery gone', () => {
  it('a battery missing from a device with a toddler about', () => {
    expect(crisisIn(reading('my son (2) was playing with the tv remote, its little round battery is missing'))).toBe('poisoning');
  });
  it('all of them counted', () => {
    expect(crisisIn(reading('mijn zoontje van 3 speelde met de knoopcellen, ik heb ze allemaal geteld en ze zijn er nog'))).toBeNull();
  });
});

describe('round 7: false alarms the rules no longer raise', () => {
  it('a crisis handled badly in the past, the person safe now, told as a complaint', () => {
    for (const text of [
      'after self harming my partner was left waiting in the ER from 6 pm until 5 am. she is home and safe now, the waiting was inhumane',
      'mijn zoon, na zelfbeschadiging, zat zeven lange uren te wachten bij de spoedpost. nu is hij er goed doorheen, toch kan dit niet',
      'my uncle was told to go home when he said he wanted to die. he is alive because my aunt drove him in. unacceptable',
    ])
      expect(triageText(text, text.startsWith('mijn') ? 'nl' : 'en').urgent, text).toBe(false);
  });
  it('a bereavement to suicide, an advert, a worry about an accidental double dose', () => {
    for (const text of [
      'it is two years now that we lost our Tom to suicide. hold your people close',
      'vorig jaar verloren wij mijn nicht aan zelfdoding, vandaag lopen we de herdenkingstocht',
      'Afraid your husband might be suicidal? Our spy app lets you read all his chats. Free trial with code SAFE10',
      'can I take my inhaler twice by mistake? I do not want to overdose by accident',
    ])
      expect(crisisIn(reading(text)), text).toBeNull();
  });
  it('a companion sign with chest pain denied, a clock time is no quantity, a worry about overdosing', () => {
    for (const text of [
      'my mum gets short of breath on the hill, no chest pain at all. should she see the GP?',
      'de apotheek sluit om 17 30 en mijn moeder had een vraag over haar oxycodon',
      'am I in danger of overdosing if I took my cough syrup twice tonight?',
    ])
      expect(crisisIn(reading(text)), text).toBeNull();
  });
  it('a headache that has gone on for days is not a thunderclap; a sudden one is', () => {
    expect(crisisIn(reading('barstende hoofdpijn, al vier dagen, sinds mijn nieuwe bril'))).toBeNull();
    expect(crisisIn(reading('ineens een barstende hoofdpijn, de ergste ooit'))).toBe('headache');
  });
  it('choking a little on drinks and coughing it up is not an obstruction', () => {
    expect(crisisIn(reading('mum chokes a bit on tea these days, she is choking a bit but coughs it up'))).toBeNull();
    expect(crisisIn(reading('he is choking and can not breathe'))).toBe('unresponsive');
  });
});

describe('round 7: figures of speech', () => {
  it('a thing that makes one want to die, an annoyance in an if clause, dying as a feeling', () => {
    expect(withoutFigures(reading('that printer makes me want to die every single morning'))).not.toMatch(/want to die/);
    expect(withoutFigures(reading('if the wifi drops one more time I will kill myself'))).not.toMatch(/kill myself/);
    expect(withoutFigures(reading('before an anxiety attack it feels like you are going to die'))).not.toMatch(/going to die/);
    expect(withoutFigures(reading('all day I say I wanna kill myself, but only as a figure of speech'))).not.toMatch(/kill myself/);
  });
  it('the same words about oneself stay', () => {
    expect(withoutFigures(reading('my life makes me want to die'))).toMatch(/want to die/);
    expect(withoutFigures(reading('if nothing changes I will kill myself'))).toMatch(/kill myself/);
  });
});

describe('round 7: people in general stay general with a will or a time', () => {
  it('a question about what people do when they have a heart attack', () => {
    expect(triageText('now that the ER has closed, where should anyone having a heart attack go?', 'en').urgent).toBe(false);
  });
});
