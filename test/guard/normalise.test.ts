// Text is normalised before the guard reads it; findings still point into the text as typed.
import { describe, expect, it } from 'vitest';
import { normaliseForGuard, originalSpan } from '../../src/guard/normalise.ts';
import { scanText } from '../../src/guard/scan-text.ts';

// 111222333 passes the elfproef (9+8+7+12+10+8+9+6-3 = 66).
const SPELLINGS: [string, string][] = [
  ['plain', '111222333'],
  ['non-breaking spaces', '111\u00a0222\u00a0333'],
  ['narrow no-break spaces', '111\u202f222\u202f333'],
  ['figure and thin spaces', '111\u2007222\u2009333'],
  ['a zero-width space', '111\u200b222333'],
  ['a word joiner and BOM', '111\u2060222\ufeff333'],
  ['soft hyphens', '111\u00ad222\u00ad333'],
  ['zero-width joiners', '111\u200d222\u200c333'],
  ['fullwidth digits', '１１１２２２３３３'],
  ['Arabic-Indic digits', '١١١٢٢٢٣٣٣'],
  ['Extended Arabic-Indic digits', '۱۱۱۲۲۲۳۳۳'],
  ['Devanagari digits', '१११२२२३३३'],
  ['mathematical bold digits', '𝟏𝟏𝟏𝟐𝟐𝟐𝟑𝟑𝟑'],
  ['hyphen-minus', '111-222-333'],
  ['hyphen', '111\u2010222\u2010333'],
  ['non-breaking hyphen', '111\u2011222\u2011333'],
  ['en dash', '111\u2013222\u2013333'],
  ['em dash', '111\u2014222\u2014333'],
  ['minus sign', '111\u2212222\u2212333'],
  ['fullwidth hyphen-minus', '111\uff0d222\uff0d333'],
  ['a mix', '１１1\u00ad\u200b2２2\u00a0٣33'],
];

describe('the guard reads one spelling of a number', () => {
  for (const [name, number] of SPELLINGS) {
    it(`finds the BSN written with ${name}, with the span on the original characters`, () => {
      const text = `Mijn BSN is ${number}, bel me terug.`;
      const bsn = scanText(text).findings.filter((f) => f.rule === 'bsn');
      expect(bsn).toHaveLength(1);
      expect(bsn[0]!.severity).toBe('block');
      expect(text.slice(bsn[0]!.start, bsn[0]!.end)).toBe(number);
    });
  }

  it('still refuses a number that fails the elfproef, however it is written', () => {
    expect(scanText('Ordernummer １２３\u00a0４５６\u00a0７８９ is verzonden.').findings.filter((f) => f.rule === 'bsn')).toEqual([]);
  });

  it('finds a phone number and an e-mail address hidden with invisible characters', () => {
    const text = 'Bel 06\u200b-\u200b12345678 of mail j.jansen\u00ad@gmail.com';
    const rules = scanText(text).findings.map((f) => [f.rule, text.slice(f.start, f.end)]);
    expect(rules).toContainEqual(['phone', '06\u200b-\u200b12345678']);
    expect(rules).toContainEqual(['email', 'j.jansen\u00ad@gmail.com']);
  });
});

describe('normaliseForGuard', () => {
  it('leaves plain text alone without a map', () => {
    expect(normaliseForGuard('Gewoon een bericht, café en één.')).toEqual({ text: 'Gewoon een bericht, café en één.', map: null });
  });

  it('applies NFKC, removes format characters, and rewrites spaces, dashes and digits', () => {
    expect(normaliseForGuard('ﬁ\u00ad1\u00a0２\u2014٣\u2028x').text).toBe('fi1 2-3\nx');
  });

  it('composes a letter with its combining accent and maps both back to the pair', () => {
    const { text, map } = normaliseForGuard('Jose\u0301 ﬁts');
    expect(text).toBe('José fits');
    // "é" covers the "e" and its accent; "fi" both map to the one ligature.
    expect(originalSpan(map, 3, 4)).toEqual({ start: 3, end: 5 });
    expect(originalSpan(map, 5, 6)).toEqual({ start: 6, end: 7 });
    expect(originalSpan(map, 6, 7)).toEqual({ start: 6, end: 7 });
    expect(originalSpan(map, 5, 9)).toEqual({ start: 6, end: 9 });
  });

  it('maps spans across removed characters and surrogate pairs', () => {
    const original = 'a\u200b𝟏𝟐 b';
    const { text, map } = normaliseForGuard(original);
    expect(text).toBe('a12 b');
    const span = originalSpan(map, 1, 3);
    expect(original.slice(span.start, span.end)).toBe('𝟏𝟐');
    expect(originalSpan(map, 5, 5)).toEqual({ start: original.length, end: original.length });
    expect(originalSpan(map, 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('takes the fast path only for characters the full path leaves unchanged', () => {
    // Every character of the fast path's set, with one zero-width space to force the full path.
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0xc0, 0xff],
      [0x2018, 0x201d],
      [0x2600, 0x27bf],
      [0x1f300, 0x1faff],
    ];
    let all = '\u00a3\u00a9\u00ab\u00ae\u00b0\u00bb\u2022\u20ac\ufe0f';
    for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) all += String.fromCodePoint(cp);
    expect(normaliseForGuard(all).map).toBeNull();
    expect(normaliseForGuard(`\u200b${all}`).text).toBe(all);
  });

  it('maps every span inside the original text, on random mixes of tricky characters', () => {
    const pieces = ['1', '2', '3', '\u200b', '\u00ad', '\u00a0', '\u2009', '\u2013', '１', '٣', '𝟏', 'ﬁ', 'e\u0301', '👩\u200d⚕️', ' ', 'BSN ', '-', '.'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 300; round++) {
      let original = '';
      const n = 1 + Math.floor(next() * 30);
      for (let k = 0; k < n; k++) original += pieces[Math.floor(next() * pieces.length)];
      const { text, map } = normaliseForGuard(original);
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          const span = originalSpan(map, start, end);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(original.length);
        }
      }
      for (const f of scanText(original).findings) expect(f.end).toBeLessThanOrEqual(original.length);
    }
  });

  it('keeps an emoji sequence whole (its joiners are not letters)', () => {
    const { text } = normaliseForGuard('Team 👩\u200d⚕️ BSN 111\u200b222333');
    expect(text).toBe('Team 👩⚕️ BSN 111222333');
  });
});
