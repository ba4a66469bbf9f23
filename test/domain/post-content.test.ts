// One canonical key for what a post sends: the override hash and the composer both use it.
import { describe, expect, it } from 'vitest';
import { postContentKey } from '../../src/domain/post-content.ts';

const base = {
  baseText: 'Open dag',
  variants: [
    { channelId: 'b', text: null },
    { channelId: 'a', text: 'Eigen tekst' },
  ],
  media: [
    { id: 'm1', altText: 'De tuin' },
    { id: 'm2', altText: 'Het team' },
  ],
};

describe('postContentKey', () => {
  it('ignores the order of channels and an empty own text', () => {
    const same = {
      ...base,
      variants: [
        { channelId: 'a', text: 'Eigen tekst' },
        { channelId: 'b', text: '' },
      ],
    };
    expect(postContentKey(same)).toBe(postContentKey(base));
  });

  it('changes with an alt text, another image, or another order of images', () => {
    const key = postContentKey(base);
    expect(postContentKey({ ...base, media: [{ id: 'm1', altText: 'De tuin.' }, base.media[1]!] })).not.toBe(key);
    expect(postContentKey({ ...base, media: [{ id: 'm3', altText: 'De tuin' }, base.media[1]!] })).not.toBe(key);
    expect(postContentKey({ ...base, media: [...base.media].reverse() })).not.toBe(key);
    expect(postContentKey({ ...base, media: [] })).not.toBe(key);
  });
});
