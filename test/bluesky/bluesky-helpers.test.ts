// Record keys and thread splitting of the Bluesky adapter (no server needed).
import { describe, expect, it } from 'vitest';
import { isTid, postRecordKey, threadPartRecordKey } from '../../src/channels/bluesky/record-key';
import { graphemeLength, splitIntoPosts } from '../../src/channels/bluesky/thread';

describe('derived record keys', () => {
  it('are valid TIDs, stable per post and different between posts and thread parts', () => {
    const a = postRecordKey('0b7c2d0e-2f4a-4c1e-9d55-7a1f0e3c9b21');
    expect(isTid(a)).toBe(true);
    expect(a).toHaveLength(13);
    expect(a.startsWith('3')).toBe(true); // shaped like current TIDs, dated in the past
    expect(postRecordKey('0b7c2d0e-2f4a-4c1e-9d55-7a1f0e3c9b21')).toBe(a);
    expect(postRecordKey('0b7c2d0e-2f4a-4c1e-9d55-7a1f0e3c9b22')).not.toBe(a);
    expect(threadPartRecordKey(a, 0)).toBe(a);
    const parts = new Set([1, 2, 3].map((i) => threadPartRecordKey(a, i)));
    expect(parts.size).toBe(3);
    for (const k of parts) expect(isTid(k)).toBe(true);
  });
});

describe('thread splitting', () => {
  it('keeps a short text whole', () => {
    expect(splitIntoPosts('  Kort bericht.  ')).toEqual(['Kort bericht.']);
  });

  it('splits at sentence ends, each part within 300 graphemes', () => {
    const text = Array.from({ length: 10 }, (_, i) => `Dit is zin nummer ${i + 1} en hij is best lang, zodat het opvalt.`).join(' ');
    const parts = splitIntoPosts(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(graphemeLength(p)).toBeLessThanOrEqual(300);
      expect(p).toMatch(/\.$/);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('splits an overlong sentence at spaces and never cuts a link', () => {
    const link = `https://example.org/${'a'.repeat(60)}`;
    const text = `${Array.from({ length: 40 }, (_, i) => (i % 10 === 5 ? link : `woord${i}`)).join(' ')} ${'x '.repeat(150)}`;
    const parts = splitIntoPosts(text.trim());
    for (const p of parts) expect(graphemeLength(p)).toBeLessThanOrEqual(300);
    expect(parts.join(' ')).toBe(text.trim());
    expect(
      parts
        .join('\n')
        .split(/\s+/)
        .filter((w) => w.startsWith('https://')),
    ).toEqual([link, link, link, link]);
  });

  it('counts emoji as one and respects the byte limit', () => {
    const family = '👨‍👩‍👧‍👦'; // one grapheme, 25 bytes
    const text = Array.from({ length: 200 }, () => family).join(' ');
    const parts = splitIntoPosts(text);
    for (const p of parts) {
      expect(graphemeLength(p)).toBeLessThanOrEqual(300);
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(3000);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('cuts a single overlong word as a last resort', () => {
    const parts = splitIntoPosts('z'.repeat(700));
    expect(parts.map((p) => p.length)).toEqual([300, 300, 100]);
  });
});
