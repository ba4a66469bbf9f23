// The figures a person reads on the measuring screens and in the reports, from the newest
// snapshot of each published post variant. Pure: the same input gives the same figures in the
// API, the CSV/JSON export and the PDF report.
//
// Definitions (shown beside every figure, see METRIC_DEFINITIONS):
// - engagements: likes + reposts + replies + quotes, counting what the network gives (a missing
//   figure is not a zero, but it adds nothing either); null when the network gives none of them.
// - engagement rate (followers): engagements / followers of the channel at the time of the
//   snapshot, over the posts whose follower count is known.
// - engagement rate (impressions): engagements / impressions, over the posts whose network
//   gives impressions.
import { DateTime } from 'luxon';

/** A post's public figures at one moment; null where the network does not give one. */
export interface FigureCounts {
  likes: number | null;
  reposts: number | null;
  replies: number | null;
  quotes: number | null;
  impressions: number | null;
  reach: number | null;
  clicks: number | null;
  videoViews: number | null;
}

export interface VariantFigures extends FigureCounts {
  variantId: string;
  postId: string;
  channelId: string;
  labels: string[];
  publishedAt: Date;
  followers: number | null;
  /** Publication in the organisation's zone, when the database already worked it out (else luxon does). */
  local?: { day: string; weekday: number; hour: number };
}

/** Day (YYYY-MM-DD), ISO weekday and hour of publication in the zone. */
export function localOf(r: VariantFigures, zone: string): { day: string; weekday: number; hour: number } {
  if (r.local) return r.local;
  const dt = DateTime.fromJSDate(r.publishedAt, { zone });
  return { day: dt.toISODate()!, weekday: dt.weekday, hour: dt.hour };
}

export const METRIC_DEFINITIONS = ['engagements', 'rateFollowers', 'rateImpressions', 'bestTimes', 'leadTime'] as const;
export type MetricDefinition = (typeof METRIC_DEFINITIONS)[number];

/** Below this many posts in a weekday-and-hour slot, no advice is given for it. */
export const MIN_POSTS_FOR_ADVICE = 3;

export function engagementsOf(f: Pick<VariantFigures, 'likes' | 'reposts' | 'replies' | 'quotes'>): number | null {
  const parts = [f.likes, f.reposts, f.replies, f.quotes].filter((n): n is number => n !== null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
}

const ratio = (num: number, den: number) => (den > 0 ? num / den : null);

export interface FigureTotals {
  posts: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  engagements: number;
  impressions: number | null;
  reach: number | null;
  clicks: number | null;
  videoViews: number | null;
  /** engagements / followers at the time, over posts with a known follower count. */
  rateFollowers: number | null;
  /** engagements / impressions, over posts with known impressions. */
  rateImpressions: number | null;
}

const sumKnown = (rows: VariantFigures[], pick: (r: VariantFigures) => number | null): number | null => {
  const known = rows.map(pick).filter((n): n is number => n !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
};

export function totalsOf(rows: VariantFigures[]): FigureTotals {
  let engFollowers = 0;
  let followers = 0;
  let engImpressions = 0;
  let impressions = 0;
  let engagements = 0;
  for (const r of rows) {
    const e = engagementsOf(r);
    if (e === null) continue;
    engagements += e;
    if (r.followers !== null && r.followers > 0) {
      engFollowers += e;
      followers += r.followers;
    }
    if (r.impressions !== null && r.impressions > 0) {
      engImpressions += e;
      impressions += r.impressions;
    }
  }
  return {
    posts: new Set(rows.map((r) => r.postId)).size,
    likes: sumKnown(rows, (r) => r.likes) ?? 0,
    reposts: sumKnown(rows, (r) => r.reposts) ?? 0,
    replies: sumKnown(rows, (r) => r.replies) ?? 0,
    quotes: sumKnown(rows, (r) => r.quotes) ?? 0,
    engagements,
    impressions: sumKnown(rows, (r) => r.impressions),
    reach: sumKnown(rows, (r) => r.reach),
    clicks: sumKnown(rows, (r) => r.clicks),
    videoViews: sumKnown(rows, (r) => r.videoViews),
    rateFollowers: ratio(engFollowers, followers),
    rateImpressions: ratio(engImpressions, impressions),
  };
}

/** Totals per key; a row with several keys (a post's labels) counts under each. */
export function groupTotals(rows: VariantFigures[], keysOf: (r: VariantFigures) => (string | null)[]): { key: string | null; totals: FigureTotals }[] {
  const groups = new Map<string | null, VariantFigures[]>();
  for (const r of rows)
    for (const k of keysOf(r)) {
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
    }
  return [...groups].map(([key, g]) => ({ key, totals: totalsOf(g) })).sort((a, b) => b.totals.engagements - a.totals.engagements);
}

export interface PostRank {
  postId: string;
  engagements: number;
  impressions: number | null;
  rateFollowers: number | null;
}

/** Posts by engagements (all their channels together), best first and worst first. */
export function rankPosts(rows: VariantFigures[], n = 5): { top: PostRank[]; bottom: PostRank[] } {
  const byPost = new Map<string, VariantFigures[]>();
  for (const r of rows) {
    const g = byPost.get(r.postId);
    if (g) g.push(r);
    else byPost.set(r.postId, [r]);
  }
  const ranked = [...byPost]
    .map(([postId, g]) => {
      const t = totalsOf(g);
      return { postId, engagements: t.engagements, impressions: t.impressions, rateFollowers: t.rateFollowers };
    })
    .sort((a, b) => b.engagements - a.engagements || a.postId.localeCompare(b.postId));
  return {
    top: ranked.slice(0, n),
    bottom: ranked
      .slice(-n)
      .reverse()
      .slice(0, Math.max(0, Math.min(n, ranked.length - n))),
  };
}

export interface TimeSlot {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  hour: number;
  posts: number;
  /** Mean engagements per post in this slot. */
  meanEngagements: number;
  /** Whether enough posts rest on this slot to advise it (MIN_POSTS_FOR_ADVICE). */
  enough: boolean;
}

/** Mean engagements per post by weekday and hour of publication in the organisation's zone. */
export function bestTimes(rows: VariantFigures[], zone: string, min = MIN_POSTS_FOR_ADVICE): { slots: TimeSlot[]; advice: TimeSlot[] } {
  const byPost = new Map<string, { local: { weekday: number; hour: number }; engagements: number }>();
  for (const r of rows) {
    const e = engagementsOf(r);
    if (e === null) continue;
    const prev = byPost.get(r.postId);
    byPost.set(r.postId, { local: prev?.local ?? localOf(r, zone), engagements: (prev?.engagements ?? 0) + e });
  }
  const cells = new Map<string, { weekday: number; hour: number; n: number; sum: number }>();
  for (const { local, engagements } of byPost.values()) {
    const key = `${local.weekday}:${local.hour}`;
    const cell = cells.get(key) ?? { weekday: local.weekday, hour: local.hour, n: 0, sum: 0 };
    cell.n++;
    cell.sum += engagements;
    cells.set(key, cell);
  }
  const slots = [...cells.values()]
    .map((c) => ({ weekday: c.weekday, hour: c.hour, posts: c.n, meanEngagements: c.sum / c.n, enough: c.n >= min }))
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  const advice = slots
    .filter((s) => s.enough)
    .sort((a, b) => b.meanEngagements - a.meanEngagements)
    .slice(0, 3);
  return { slots, advice };
}

/** Hours from the first draft to publication, from the post history: median and mean over posts. */
export function leadTime(posts: { draftedAt: Date; publishedAt: Date }[]): { posts: number; medianHours: number | null; meanHours: number | null } {
  const hours = posts.map((p) => (p.publishedAt.getTime() - p.draftedAt.getTime()) / 3_600_000).filter((h) => h >= 0);
  if (!hours.length) return { posts: 0, medianHours: null, meanHours: null };
  hours.sort((a, b) => a - b);
  const mid = Math.floor(hours.length / 2);
  const median = hours.length % 2 ? hours[mid]! : (hours[mid - 1]! + hours[mid]!) / 2;
  return { posts: hours.length, medianHours: median, meanHours: hours.reduce((a, b) => a + b, 0) / hours.length };
}

/** The period just before [from, to) of the same number of days. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const f = DateTime.fromISO(from);
  const days = DateTime.fromISO(to).diff(f, 'days').days;
  return { from: f.minus({ days: days + 1 }).toISODate()!, to: f.minus({ days: 1 }).toISODate()! };
}
