// X's weighted count (twitter-text v3 rules) and the thread split that uses it.
import { describe, expect, it } from 'vitest';
import { splitIntoPosts } from '../../src/channels/bluesky/thread';
import { X_PART_LIMITS } from '../../src/channels/x/x-adapter';
import { weightedLength } from '../../src/channels/x/weighted-length';

describe('X weighted length', () => {
  it('counts Latin text, including accents, one per character', () => {
    expect(weightedLength('Zorg')).toBe(4);
    expect(weightedLength('café één')).toBe(8);
  });

  it('counts CJK and other code points outside the light ranges double', () => {
    expect(weightedLength('病院')).toBe(4);
    expect(weightedLength('안녕')).toBe(4);
  });

  it('counts an emoji sequence as 2, however many code points it has', () => {
    expect(weightedLength('👍')).toBe(2);
    expect(weightedLength('👩‍⚕️')).toBe(2); // woman health worker: ZWJ sequence
    expect(weightedLength('🇳🇱')).toBe(2);
  });

  it('counts every link as 23, with or without scheme, without trailing punctuation', () => {
    expect(weightedLength('https://www.ziekenhuis.nl/vacatures/verpleegkundige-cardiologie-nachtdienst')).toBe(23);
    expect(weightedLength('Kijk op ziekenhuis.nl.')).toBe('Kijk op '.length + 23 + 1);
    expect(weightedLength('a http://x.nl b')).toBe(2 + 23 + 2);
  });

  it('normalises to NFC first (e + combining accent is one character)', () => {
    expect(weightedLength('e\u0301')).toBe(1);
  });

  it('splits so every part weighs at most 280, never cutting a link', () => {
    const link = 'https://www.ziekenhuis.nl/nieuws/2026/11/nieuwe-spoedeisende-hulp-geopend';
    const text = `${'Onze nieuwe spoedeisende hulp is open. '.repeat(8)}Lees meer: ${link} ${'診療'.repeat(60)}`;
    const parts = splitIntoPosts(text, X_PART_LIMITS);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(weightedLength(p)).toBeLessThanOrEqual(280);
    expect(parts.some((p) => p.includes(link))).toBe(true);
  });
});
