import { describe, expect, it } from 'vitest';
import { crisisIn } from '../../src/triage/crisis.ts';
import { withoutFigures } from '../../src/triage/figures.ts';
import { triageReadings } from '../../src/triage/normalise.ts';
import { rulesTriage } from '../../src/triage/triage.ts';

// Round 8 (docs/triage.md): general notions, each with examples written for these tests (not taken
// from any evaluation file).
const reading = (t: string) => triageReadings(t).readings[0] ?? '';

describe('round 8: last words meant to be read afterwards', () => {
  const crises = [
    'zodra dit gelezen wordt ben ik al onderweg. sorry voor alles',
    'please tell my brother i loved him, even if i never said it. i am done',
    'ik zoek de juiste woorden voor mijn afscheidsbrief aan de kinderen, het lag niet aan hen',
  ];
  for (const text of crises) it(text, () => expect(crisisIn(reading(text))).toBe('suicide'));

  it('a letter read later for an ordinary reason is no crisis', () => {
    for (const text of [
      'lezen jullie dit, dan ben ik op vakantie; mijn collega neemt de berichten over',
      'by the time you read this I will be on the plane, see you all in two weeks',
      'I am done with my physio exercises for today, thanks for the plan',
    ])
      expect(crisisIn(reading(text)), text).toBeNull();
  });
});

describe('round 8: asking for a way to die, or for it to work this time', () => {
  const crises = [
    'what is the most painless way to end my life, no lectures please',
    'welke slaappillen moet ik nemen zodat ik niet meer wakker word',
    'I need enough codeine to make sure it works this time',
    'ik wil weten hoe lang het duurt tot je sterft van uitlaatgas in een dichte garage',
  ];
  for (const text of crises) it(text, () => expect(crisisIn(reading(text))).toBe('suicide'));

  it('a medicine that should work this time, or how long dying takes in illness, is no crisis for the rules', () => {
    for (const text of [
      'the GP gave me a stronger cream, hopefully it works this time',
      'mijn vader heeft kanker en slaapt veel, hoeveel tijd heeft hij nog ongeveer?',
    ])
      expect(crisisIn(reading(text)), text).toBeNull();
  });
});

describe('round 8: a reunion with someone who died, a place where one needs nothing, the highest point', () => {
  it('wanting to be with a husband who died, with his morphine at hand', () => {
    expect(crisisIn(reading('mijn man is vorige maand overleden, zijn morfine staat nog in de kast. ik wil weer bij hem zijn'))).toBe('suicide');
  });
  it('missing someone who died, with no means, is grief', () => {
    expect(crisisIn(reading('sinds mijn vrouw overleden is wil ik elke avond gewoon bij haar zijn, is er een rouwgroep?'))).toBeNull();
  });
  it('things given away for a place where one needs nothing', () => {
    expect(crisisIn(reading('mijn boeken en mijn lamp, wie wil ze? ik ga naar een plaats waar ik niks nodig heb'))).toBe('suicide');
  });
  it('one last view from the highest building before going', () => {
    expect(crisisIn(reading('welk is het hoogste gebouw van de stad? ik wil nog 1x naar beneden kijken voordat ik ga'))).toBe('suicide');
  });
});

describe('round 8: veiled plans told another way', () => {
  const crises = [
    'cancel my phone contract pls, wont need it anymore after this weekend',
    'if I go quiet tomorrow, I finally found the guts. love you all',
    'ik zeg mijn afspraak maar af, volgende week besta ik toch niet meer',
    'I do not think I will make it to tomorrow, and that is the plan',
    'zelfmrd voelt als de laatste uitweg die me rest',
    'het is mooi geweest. dank voor alles. jullie hebben het geprobeerd',
  ];
  for (const text of crises) it(text, () => expect(rulesTriage(text)).toMatchObject({ category: 'crisis', crisisKind: 'suicide' }));
});

describe('round 8: bleeding in the gut, a person with dementia who drove off', () => {
  it('black tarry stools and blacking out', () => {
    expect(crisisIn(reading('the stools are tarry and black today, and standing up I feel faint'))).toBe('bleeding');
  });
  it('black stools on iron tablets without fainting are not', () => {
    expect(crisisIn(reading('since starting iron tablets my poo is black, is that normal?'))).toBeNull();
  });
  it('a grandfather with dementia who drove off and nobody knows where he is', () => {
    expect(crisisIn(reading('pa met alzheimer is in de auto gestapt en weggereden, geen idee waar hij nu zit'))).toBe('missing');
  });
});

describe('round 8: false alarms the rules no longer raise', () => {
  it('a blood test, weight lost, a thesis, a lifestyle of nine to five', () => {
    for (const text of [
      'na de bloedafname zit mijn arm overal onder de blauwe plekken, kan dat?',
      'my mum has lost weight since she moved to the care home, the meals are tiny',
      'voor mijn scriptie over zelfdoding onder studenten zoek ik nog respondenten',
      'klaar met het leven van 8 tot 5? start vandaag je eigen webshop',
    ])
      expect(crisisIn(reading(text)), text).toBeNull();
  });
  it('something that makes one suicidal, said with an eye-roll, is a figure of speech', () => {
    expect(withoutFigures(reading('van die nieuwe parkeerautomaat word ik suïcidaal 🙄'))).not.toMatch(/suicidaal/);
    expect(withoutFigures(reading('suïcidaal word ik ervan, ik meen het'))).toMatch(/suicidaal/);
  });
});
