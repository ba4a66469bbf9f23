// Comments anchored to passages (web/src/lib/passages.ts): where a typed passage is, and the text
// cut into plain and marked pieces, skipping passages the text no longer has.
import { describe, expect, it } from 'vitest';
import { findPassage, markedPieces } from '../../web/src/lib/passages.ts';

const TEXT = 'Zomerfeest in de tuin. Kom naar de tuin!';

describe('passages', () => {
  it('finds a typed passage once, and says when it is missing or occurs twice', () => {
    // Spaces around what was typed do not count.
    expect(findPassage(TEXT, ' in de tuin. ')).toEqual({ start: 11, end: 22 });
    expect(findPassage(TEXT, 'de tuin')).toBe('ambiguous');
    expect(findPassage(TEXT, 'de moestuin')).toBe('missing');
    expect(findPassage(TEXT, '   ')).toBe('missing');
  });

  it('marks fitting passages with their numbers, never twice over the same words', () => {
    const pieces = markedPieces(TEXT, [
      { n: 3, start: 0, end: 10, quote: 'Zomerfeest' },
      { n: 4, start: 5, end: 10, quote: 'feest' }, // overlaps the first: not marked again
      { n: 5, start: 0, end: 4, quote: 'Kom ' }, // the text changed: offsets no longer fit
      { n: 6, start: 35, end: 39, quote: 'tuin' },
    ]);
    expect(pieces).toEqual([{ text: 'Zomerfeest', comment: 3 }, { text: ' in de tuin. Kom naar de ' }, { text: 'tuin', comment: 6 }, { text: '!' }]);
    expect(pieces.map((p) => p.text).join('')).toBe(TEXT);
  });
});
