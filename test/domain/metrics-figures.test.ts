import { describe, expect, it } from 'vitest';
import { bestTimes, engagementsOf, leadTime, previousPeriod, rankPosts, type VariantFigures } from '../../src/domain/metrics-figures.ts';

const row = (postId: string, at: string, likes: number | null, extra: Partial<VariantFigures> = {}): VariantFigures => ({
  variantId: `v-${postId}`,
  postId,
  channelId: 'c',
  labels: [],
  publishedAt: new Date(at),
  likes,
  reposts: null,
  replies: null,
  quotes: null,
  impressions: null,
  reach: null,
  clicks: null,
  videoViews: null,
  followers: null,
  ...extra,
});

describe('metrics figures', () => {
  it('counts what the network gives and nothing for what it does not', () => {
    expect(engagementsOf({ likes: 3, reposts: null, replies: 2, quotes: null })).toBe(5);
    expect(engagementsOf({ likes: null, reposts: null, replies: null, quotes: null })).toBeNull();
  });

  it('advises a weekday and hour only when at least three posts rest on it, in the organisation zone', () => {
    // Tuesdays 10:00 in Amsterdam (09:00 UTC in winter): three posts; Wednesday 15:00: two posts with more likes.
    const rows = [
      row('a', '2026-02-03T09:00:00Z', 10),
      row('b', '2026-02-10T09:10:00Z', 20),
      row('c', '2026-02-17T09:20:00Z', 30),
      row('d', '2026-02-04T14:00:00Z', 100),
      row('e', '2026-02-11T14:00:00Z', 100),
    ];
    const { slots, advice } = bestTimes(rows, 'Europe/Amsterdam');
    expect(advice).toEqual([{ weekday: 2, hour: 10, posts: 3, meanEngagements: 20, enough: true }]);
    expect(slots.find((s) => s.weekday === 3)).toEqual({ weekday: 3, hour: 15, posts: 2, meanEngagements: 100, enough: false });
  });

  it('ranks top and bottom posts without showing one post in both', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => row(id, '2026-02-03T09:00:00Z', i));
    const { top, bottom } = rankPosts(rows, 5);
    expect(top.map((r) => r.postId)).toEqual(['g', 'f', 'e', 'd', 'c']);
    expect(bottom.map((r) => r.postId)).toEqual(['a', 'b']);
  });

  it('gives the median lead time and the period before of the same length', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
    expect(
      leadTime([
        { draftedAt: at(0), publishedAt: at(2) },
        { draftedAt: at(0), publishedAt: at(10) },
        { draftedAt: at(0), publishedAt: at(4) },
      ]),
    ).toEqual({
      posts: 3,
      medianHours: 4,
      meanHours: 16 / 3,
    });
    expect(previousPeriod('2026-04-01', '2026-06-30')).toEqual({ from: '2025-12-31', to: '2026-03-31' });
  });
});
