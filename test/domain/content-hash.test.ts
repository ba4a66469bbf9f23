// The content hash and the guard's cache key: equal for the same content, different for any
// change that could change what the guard says.
import { describe, expect, it } from 'vitest';
import { guardInputHash, postContentHash } from '../../src/domain/content-hash.ts';
import { judgePost, guardCacheStats } from '../../src/features/guard/check-post.ts';

const content = {
  baseText: 'Open dag zaterdag.',
  variants: [
    { channelId: 'c1', text: null },
    { channelId: 'c2', text: 'Open dag!' },
  ],
  media: [{ id: 'm1', altText: 'Twee fysiotherapeuten bij de ingang' }],
};
const names = [
  { channelId: 'c1', name: 'Website' },
  { channelId: 'c2', name: 'Bluesky' },
];

describe('content hash', () => {
  it('ignores channel order but not text, alt text or media order', () => {
    const h = postContentHash(content);
    expect(postContentHash({ ...content, variants: [...content.variants].reverse() })).toBe(h);
    expect(postContentHash({ ...content, baseText: 'Open dag zondag.' })).not.toBe(h);
    expect(postContentHash({ ...content, media: [{ id: 'm1', altText: 'Mevrouw Jansen bij de ingang' }] })).not.toBe(h);
  });

  it('keys the guard on content, settings (whatever their key order) and channel names', () => {
    const k = guardInputHash(content, { a: 1, b: [2] }, names);
    expect(guardInputHash(content, { b: [2], a: 1 }, names)).toBe(k);
    expect(guardInputHash(content, { a: 1, b: [3] }, names)).not.toBe(k);
    expect(guardInputHash({ ...content, media: [{ id: 'm1', altText: 'anders' }] }, { a: 1, b: [2] }, names)).not.toBe(k);
    expect(guardInputHash(content, { a: 1, b: [2] }, [names[0]!, { channelId: 'c2', name: 'Intranet' }])).not.toBe(k);
  });
});

describe('the guard per content version', () => {
  const input = (altText: string, settings = {}) => ({
    settings,
    variants: [{ channelId: 'c1', text: null, name: 'Website' }],
    files: [{ id: 'm1', altText }],
  });
  const blocked = { baseText: 'Mevrouw Jansen, BSN 111222333, is vandaag opgenomen.', guardOverrideHash: null };

  it('scans a version once however often it is judged, and again after an alt-text or settings change', () => {
    const before = guardCacheStats.misses;
    const first = judgePost(blocked, input('Een foto van de ingang'));
    for (let i = 0; i < 7; i++) expect(judgePost(blocked, input('Een foto van de ingang'))).toEqual(first);
    expect(guardCacheStats.misses - before).toBe(1);
    judgePost(blocked, input('Een andere foto'));
    judgePost(blocked, input('Een foto van de ingang', { allow: { phones: ['0201234567'] } }));
    expect(guardCacheStats.misses - before).toBe(3);
  });

  it('still decides per post whether an override holds for the cached verdict', () => {
    const plain = judgePost(blocked, input('Foto'));
    expect(plain.verdict).toBe('block');
    expect(plain.overridden).toBe(false);
    expect(judgePost({ ...blocked, guardOverrideHash: plain.contentHash }, input('Foto')).overridden).toBe(true);
  });
});
