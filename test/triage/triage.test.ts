import { describe, expect, it } from 'vitest';
import { rulesTriage, TRIAGE_CATEGORIES, triageText } from '../../src/triage/triage.ts';
import { CATEGORY, CRISIS, HARD_NEGATIVES, NOT_CRISIS } from './examples.ts';

describe('triageText: crises of every kind', () => {
  for (const [kind, texts] of Object.entries(CRISIS)) {
    it(`recognises ${kind} in ${texts.length} phrasings`, () => {
      const missed = texts.filter((t) => triageText(t).category !== 'crisis');
      expect(missed).toEqual([]);
      for (const t of texts) expect(triageText(t)).toMatchObject({ category: 'crisis', urgent: true });
    });
  }
  it('names the kind of crisis', () => {
    expect(triageText('my son swallowed a coin cell battery').crisisKind).toBe('poisoning');
    expect(triageText('crushing pain across the chest, now it goes into my left arm too').crisisKind).toBe('chest-pain');
    expect(triageText("his mouth suddenly droops on the left and his left arm won't go up, stroke??").crisisKind).toBe('stroke');
  });
  it('puts a crisis before any other category (a complaint or question that carries one)', () => {
    expect(triageText('Al drie maanden op jullie wachtlijst, belachelijk. Ik wil dood.').category).toBe('crisis');
    expect(triageText('What is the wait at A&E right now? Dad lies unconscious on the kitchen floor').category).toBe('crisis');
  });
});

describe('triageText: the safety net catches red flags no rule names', () => {
  for (const text of [
    'ik wil dat het voor altijd stil wordt, de slaappillen liggen naast me',
    'i dont think ill be coming back from the bridge tonight',
    'sorry voor alles. hou van jullie. mijn telefoon gaat nu uit',
    'nan is slumped in her armchair, grey and clammy, barely with us',
  ]) {
    it(text, () => expect(triageText(text)).toMatchObject({ category: 'crisis', urgent: true }));
  }
  it('leaves a complaint about unanswered mail and a stuffy waiting room alone', () => {
    expect(triageText('al drie mails gestuurd en niemand reageert, belachelijk').urgent).toBe(false);
    expect(triageText('so stuffy in the waiting room i could barely breathe, open a window').urgent).toBe(false);
  });
});

describe('triageText: figures of speech and hard cases are no crisis', () => {
  for (const [text, category] of NOT_CRISIS) {
    it(`${text} → ${category}`, () => {
      expect(triageText(text).urgent).toBe(false);
      expect(rulesTriage(text).category).toBe(category);
    });
  }
  // Which category a figure of speech belongs to is often a matter of reading (`my sciatica is killing me,
  // can I book in with a physio?`: medical or question); since round 4 the model's category counts
  // more than the rules' (chosen by leave-one-source-out on blind writers' text), so four in five.
  it('rules and model together keep at least 80% of their categories right', () => {
    const right = NOT_CRISIS.filter(([text, category]) => triageText(text).category === category).length;
    expect(right / NOT_CRISIS.length).toBeGreaterThanOrEqual(0.8);
  });
  it(`raises no rule alarm on ${HARD_NEGATIVES.length} everyday uses of crisis words (negation, hypothetical, past, objects)`, () => {
    expect(HARD_NEGATIVES.filter((t) => rulesTriage(t).urgent)).toEqual([]);
  });
  // Recall first: the learned model may flag a hard case the rules leave alone (docs/triage.md,
  // known limits); at most one in twenty of these, the false-alarm target.
  it('raises the learned model’s alarm on at most one in twenty of them', () => {
    expect(HARD_NEGATIVES.filter((t) => triageText(t).urgent).length).toBeLessThanOrEqual(Math.floor(HARD_NEGATIVES.length / 20));
  });
  it('still finds a crisis next to a figure of speech', () => {
    expect(triageText('Ik sterf van de zenuwen en ik wil mezelf iets aandoen').category).toBe('crisis');
    expect(triageText('This wait is killing me. Honestly I wanna kill myself').category).toBe('crisis');
  });
});

describe('triageText: the other categories', () => {
  for (const [text, category] of CATEGORY) {
    it(`rules: ${text} → ${category}`, () => expect(rulesTriage(text).category).toBe(category));
  }
  // The learned model overrides the rules only when it finds their category unlikely; on these
  // examples (none of them in its training data) it may disagree on a few, never on many.
  it('rules and model together keep at least 90% of these examples right', () => {
    const right = CATEGORY.filter(([text, category]) => triageText(text).category === category).length;
    expect(right / CATEGORY.length).toBeGreaterThanOrEqual(0.9);
  });
  it('keeps the shared signature: category, urgent, lang', () => {
    const t = triageText('Which desk takes the urine samples?');
    expect(TRIAGE_CATEGORIES).toContain(t.category);
    expect(t).toMatchObject({ urgent: false, lang: 'en' });
    expect(triageText('Waar kan ik parkeren?').lang).toBe('nl');
    expect(triageText('Where can I park?', 'nl').lang).toBe('nl');
  });
});

describe('triageText: speed', () => {
  it('triages a long message without quadratic backtracking (a leading lookbehind once took a second)', () => {
    for (const long of ['a '.repeat(3000), 'ik '.repeat(2000), 'bloed '.repeat(1000)]) {
      const start = performance.now();
      triageText(long);
      expect(performance.now() - start).toBeLessThan(250);
    }
  });
});
