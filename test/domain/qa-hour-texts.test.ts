// The pure texts of a question hour: the hashtag's readability check (CamelCase suggested for
// words run together) and the anonymising of a question for the look-back.
import { describe, expect, it } from 'vitest';
import { personalPartsRemoved, questionLine } from '../../src/features/qa/anonymise-question.ts';
import { summaryText } from '../../src/features/qa/draft-summary.ts';
import { unreadableHashtag } from '../../src/features/qa/readable-hashtag.ts';

describe('the hashtag', () => {
  it('suggests CamelCase for words run together, and leaves a readable one or a single word alone', () => {
    expect(unreadableHashtag('spreekuurgriep')).toBe('SpreekuurGriep');
    expect(unreadableHashtag('vraaghetdehuisarts')).toBe('VraagHetDeHuisarts');
    expect(unreadableHashtag('SpreekuurGriep')).toBeNull();
    expect(unreadableHashtag('Spreekuur')).toBeNull();
    expect(unreadableHashtag('griep2026')).toBeNull();
  });
});

describe('a question for the look-back', () => {
  const cases: { text: string; asker: { handle: string; name: string | null }; keeps: string; never: string[] }[] = [
    {
      text: '@huisarts.bsky.social Hoi, ik ben Marieke de Vries, is een griepprik veilig nu ik in verwachting ben? #SpreekuurGriep',
      asker: { handle: 'marieke.bsky.social', name: 'Marieke de Vries' },
      keeps: 'is een griepprik veilig nu ik in verwachting ben?',
      never: ['Marieke', 'Vries', '@', '#', 'bsky', 'Hoi'],
    },
    {
      text: 'Mijn buurman Kees Jansen (71) uit Ede vraagt: hoe lang duurt griep? Mail hem op kees@example.nl of bel 06-12345678',
      asker: { handle: 'anoniem.bsky.social', name: null },
      keeps: 'hoe lang duurt griep?',
      never: ['Kees', 'Jansen', '71', 'Ede', 'kees@example.nl', '06-12345678', '12345678'],
    },
    {
      text: 'vraag van marieke: wanneer is de griepprik? https://example.org/x',
      asker: { handle: 'marieke.bsky.social', name: null },
      keeps: 'wanneer is de griepprik?',
      never: ['marieke', 'https', 'example.org'],
    },
    {
      text: "Hi, I'm Sarah Connor from Leeds, how long is flu contagious? @clinic",
      asker: { handle: 'sarah.bsky.social', name: 'Sarah' },
      keeps: 'how long is flu contagious?',
      never: ['Sarah', 'Connor', 'Leeds', '@'],
    },
  ];
  it.each(cases)('keeps the question and drops who asks: $keeps', ({ text, asker, keeps, never }) => {
    const cleaned = personalPartsRemoved(text, asker) ?? '';
    expect(cleaned).toContain(keeps);
    for (const part of never) expect(cleaned).not.toContain(part);
  });

  it('says "a personal situation" when nothing but personal parts was asked, and shortens a long question at a word', () => {
    expect(personalPartsRemoved('@huisarts Piet Bakker', { handle: 'piet.bsky.social', name: 'Piet Bakker' })).toBeNull();
    expect(questionLine(null, 'nl')).toBe('Een vraag over een persoonlijke situatie');
    expect(questionLine(null, 'en')).toBe('A question about a personal situation');
    const line = questionLine('Hoe lang '.repeat(30), 'nl', 40);
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual('Een vraag over: '.length + 41);
  });

  it('counts the questions that do not fit the channel instead of dropping them silently', () => {
    const questions = Array.from({ length: 6 }, (_, i) => ({
      text: `Vraag nummer ${i + 1}: hoe lang duurt griep bij kinderen?`,
      handle: `a${i}.test`,
      name: null,
    }));
    const text = summaryText({ title: 'Griep', hashtag: 'SpreekuurGriep' }, questions, 'nl', 300);
    expect([...new Intl.Segmenter('nl', { granularity: 'grapheme' }).segment(text)].length).toBeLessThanOrEqual(300);
    const shown = text.split('\n').filter((l) => l.startsWith('• ')).length;
    expect(shown).toBeGreaterThan(0);
    expect(text).toContain(`… en nog ${6 - shown} andere vragen.`);
  });
});
