import { describe, expect, it } from 'vitest';
import { aboutPeopleInGeneral, conceptCrisis, historyAndSafe } from '../../src/triage/concepts.ts';
import { dialectReading } from '../../src/triage/dialect.ts';
import { withoutFigures } from '../../src/triage/figures.ts';
import { triageReadings } from '../../src/triage/normalise.ts';
import { rulesTriage, triageText } from '../../src/triage/triage.ts';

// Round 5 (docs/triage.md): general concepts, each with examples written for these tests (not taken
// from any evaluation file).
const reading = (t: string) => triageReadings(t).readings[0] ?? '';

describe('round 5: veiled goodbyes and finality', () => {
  const crises: [string, string][] = [
    // Not there, or not needing one's things, after a day to come, with a second sign.
    ['na vrijdag heb ik mijn fiets niet meer nodig, mijn neef mag hem hebben', 'suicide'],
    ['vanaf zondag ben ik er gewoon niet meer. pas goed op elkaar', 'suicide'],
    ['overmorgen ben ik er gewoon niet meer', 'suicide'],
    ["after the weekend I won't be around, my brother can have my guitar", 'suicide'],
    // A pet rehomed and letters posted; things divided; keys left and "don't look for me".
    ['brieven verstuurd, en mn hond bij mijn zus. het ga jullie allen goed', 'suicide'],
    ['mijn spullen zijn verdeeld onder de kleinkinderen en ik heb mijn testament laten maken', 'suicide'],
    ['mijn sleutels liggen voor jou klaar bij de overburen, en zoek me niet', 'suicide'],
    // Calm after a decision, with a serious goodbye.
    ['eindelijk rust in mijn hoofd. de poes heb ik bij de buren ondergebracht, alles is geregeld', 'suicide'],
    // A plan and not making it to a month; an end date; stepping out of life; self-harm going on.
    ['ik haal de zomer niet, ik heb al een plan', 'suicide'],
    ['ik heb een einddatum gekozen', 'suicide'],
    ['ik stap morgen uit het leven', 'suicide'],
    ['ik ben weer aan het krassen, veel dieper dan ik gewend ben', 'suicide'],
    ['my final post here. you all tried your best, please look after my rabbit', 'suicide'],
  ];
  for (const [text, kind] of crises) {
    it(`${text} → ${kind}`, () => expect(rulesTriage(text)).toMatchObject({ category: 'crisis', crisisKind: kind }));
  }

  it('leaves an ordinary farewell, a cancellation or a recovery alone (rules)', () => {
    for (const text of [
      'per vrijdag pensioen, dan zien jullie me hier gewoon niet meer. dank voor alle fijne jaren!',
      'na volgende week heb ik de krukken niet meer nodig, fijn!',
      'wij verhuizen en geven de kast weg, wie wil hem hebben?',
      'het is goed zo hoor, laat de afspraak maar staan',
    ]) {
      expect(conceptCrisis(reading(text)), text).toBeNull();
      expect(rulesTriage(text).urgent, text).toBe(false);
    }
  });
});

describe('round 5: medical emergencies asked as questions', () => {
  const crises: [string, string][] = [
    ['onze kleuter heeft de pillen van opa gevonden, er missen er een paar. moeten we iets doen?', 'poisoning'],
    ['our 3yo has got hold of two button batteries from the tv remote, problem?', 'poisoning'],
    ['my heart is racing at 180 for the past 20 minutes and I feel faint, should I call the GP?', 'chest-pain'],
    ['since an hour I have a heavy pain in my jaw and upper back, sweaty and nauseous. wait for my GP?', 'chest-pain'],
    ['oma viel in de tuin en kan niet meer opstaan, haar heup doet pijn. wat moeten we doen?', 'trauma'],
    ['kaak en hals flink opgezwollen, slikken gaat steeds lastiger, is maandag nog vroeg genoeg?', 'breathing'],
    ['my son (12) woke up with sudden pain in his testicle and he is vomiting, can it wait?', 'red-flags'],
    ['zwanger van 33 weken en ik zie lichtflitsen, normaal?', 'pregnancy'],
    ['my husband suddenly answers in random words, is that normal?', 'stroke'],
    ['ze praat ineens onduidelijk en haar mondhoek hangt scheef, huisarts bellen?', 'stroke'],
  ];
  for (const [text, kind] of crises) {
    it(`${text} → ${kind}`, () => expect(rulesTriage(text)).toMatchObject({ category: 'crisis', crisisKind: kind }));
  }

  it('reads Dutch dialect for the rules: a fall, no air, a missing person', () => {
    expect(dialectReading(' ich krieg gein loch mie ')).toBe(' ik krijg geen lucht meer ');
    expect(dialectReading(' gewoon nederlands ')).toBeNull();
    expect(rulesTriage('mien voader is nog nait thoes, hai is dement en ut is vriezen', 'nl').urgent).toBe(true);
    expect(rulesTriage('ich krieg gein loch mie', 'nl').urgent).toBe(true);
    // English keeps `erm` a filler word.
    expect(rulesTriage('erm my arm is numb after sleeping on it lol', 'en').urgent).toBe(false);
  });

  it('a panic attack is not an assault; a racing heart in a panic attack that passes is no heart attack', () => {
    for (const text of [
      'panic attack on the bus, scared of it now, who can help?',
      'during my panic attacks my heart is racing and I feel faint but it passes in minutes',
    ])
      expect(rulesTriage(text).urgent, text).toBe(false);
  });
});

describe('round 5: told as history, about people in general, figures of speech', () => {
  it('a past attempt told from safety is history; a wish in the same breath is not', () => {
    expect(historyAndSafe(reading('it is three years now since the overdose. doing well, thank you'))).toBe(true);
    expect(historyAndSafe(reading('na haar poging is ze nu veilig thuis'))).toBe(true);
    expect(historyAndSafe(reading('last spring I tried, tonight I will do it again'))).toBe(false);
    expect(triageText('In 2021 wou ik dood, en dankzij het team sta ik nu hier met mijn rijbewijs. Veel dank!').urgent).toBe(false);
    expect(triageText('vorig jaar een poging, dank voor de hulp. maar ik wil nu weer dood').urgent).toBe(true);
  });

  it('a question about people in general is not about the writer', () => {
    expect(aboutPeopleInGeneral(reading('what should a teacher do when students talk about suicide'))).toBe(true);
    expect(aboutPeopleInGeneral(reading('my son talks about suicide'))).toBe(false);
    expect(aboutPeopleInGeneral(reading('ik denk aan zelfmoord'))).toBe(false);
    expect(triageText('How should a coach respond if someone on the team says they are suicidal? For our club handbook').urgent).toBe(false);
    expect(triageText('I am suicidal, what should someone like me do').urgent).toBe(true);
  });

  it('a likeness or a belief about dying is cut out, a red flag beside it still counts', () => {
    expect(withoutFigures(reading('my migraines feel like I am dying'))).not.toContain('dying');
    expect(withoutFigures(reading('van de zenuwen dacht ik echt dat ik doodging'))).not.toContain('doodging');
    expect(withoutFigures(reading('the booking page is so slow I want to die every time I log in'))).not.toContain('die');
    expect(rulesTriage('it feels like I am dying, crushing chest pain, now into my left arm').urgent).toBe(true);
    expect(rulesTriage('I want to die. every time I wake up it is worse').urgent).toBe(true);
  });
});
