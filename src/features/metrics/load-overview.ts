// The overview of a period beside another, from the newest snapshot of each post variant
// (post_figures_latest, index org_id + published_at): one index range per organisation, never
// the series. The figures themselves are computed by src/domain/metrics-figures.ts.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { FigureTotals, MetricsOverview, MetricsQuery, PostRank } from '../../contracts/metrics';
import { channels, posts } from '../../db/schema';
import {
  bestTimes,
  engagementsOf,
  groupTotals,
  leadTime,
  localOf,
  MIN_POSTS_FOR_ADVICE,
  previousPeriod,
  rankPosts,
  totalsOf,
  type VariantFigures,
} from '../../domain/metrics-figures';
import type { Authorized } from '../org-scope';

type Row = {
  variant_id: string;
  post_id: string;
  channel_id: string;
  published_at: string | Date;
  labels: string[];
  likes: number | null;
  reposts: number | null;
  replies: number | null;
  quotes: number | null;
  impressions: number | null;
  reach: number | null;
  clicks: number | null;
  video_views: number | null;
  followers: number | null;
  local_day: string;
  dow: number;
  hour: number;
};

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** [start, end) in UTC of the days from..to (included) in the zone. */
export function periodBounds(from: string, to: string, zone: string): { start: Date; end: Date } {
  return {
    start: DateTime.fromISO(from, { zone }).startOf('day').toJSDate(),
    end: DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

export interface Selection {
  channelId?: string;
  label?: string;
}

function filters(sel: Selection) {
  return sql`${sel.channelId ? sql`AND l.channel_id = ${sel.channelId}` : sql``} ${sel.label ? sql`AND ${sel.label} = ANY(p.labels)` : sql``}`;
}

/** The newest figures of the organisation's variants published in [start, end). */
export async function loadVariantFigures(scope: Authorized<'metrics.read'>, start: Date, end: Date, sel: Selection = {}): Promise<VariantFigures[]> {
  const result = await scope.db.execute(sql`
    SELECT l.variant_id, l.post_id, l.channel_id, l.published_at, p.labels, l.likes, l.reposts, l.replies, l.quotes,
      l.impressions, l.reach, l.clicks, l.video_views, l.followers,
      to_char(l.published_at AT TIME ZONE ${scope.timeZone}, 'YYYY-MM-DD') AS local_day,
      extract(isodow FROM l.published_at AT TIME ZONE ${scope.timeZone})::int AS dow,
      extract(hour FROM l.published_at AT TIME ZONE ${scope.timeZone})::int AS hour
    FROM post_figures_latest l JOIN posts p ON p.id = l.post_id AND p.org_id = ${scope.orgId}
    WHERE l.org_id = ${scope.orgId} AND l.published_at >= ${start.toISOString()}::timestamptz AND l.published_at < ${end.toISOString()}::timestamptz
      ${filters(sel)}`);
  return rowsOf<Row>(result).map((r) => ({
    variantId: r.variant_id,
    postId: r.post_id,
    channelId: r.channel_id,
    labels: r.labels ?? [],
    publishedAt: new Date(r.published_at),
    likes: r.likes,
    reposts: r.reposts,
    replies: r.replies,
    quotes: r.quotes,
    impressions: r.impressions,
    reach: r.reach,
    clicks: r.clicks,
    videoViews: r.video_views,
    followers: r.followers,
    local: { day: r.local_day, weekday: r.dow, hour: r.hour },
  }));
}

/** First draft and publication of the organisation's posts published in [start, end). */
async function loadLeadTimes(scope: Authorized<'metrics.read'>, start: Date, end: Date, sel: Selection) {
  const result = await scope.db.execute(sql`
    SELECT p.published_at, coalesce((SELECT min(e.at) FROM post_events e WHERE e.post_id = p.id), p.created_at) AS drafted_at
    FROM posts p
    WHERE p.org_id = ${scope.orgId} AND p.published_at >= ${start.toISOString()}::timestamptz AND p.published_at < ${end.toISOString()}::timestamptz
      ${sel.channelId ? sql`AND EXISTS (SELECT 1 FROM post_variants v WHERE v.post_id = p.id AND v.channel_id = ${sel.channelId} AND v.published_at IS NOT NULL)` : sql``}
      ${sel.label ? sql`AND ${sel.label} = ANY(p.labels)` : sql``}`);
  return rowsOf<{ published_at: string | Date; drafted_at: string | Date }>(result).map((r) => ({
    publishedAt: new Date(r.published_at),
    draftedAt: new Date(r.drafted_at),
  }));
}

const within = (rows: VariantFigures[], start: Date, end: Date) => rows.filter((r) => r.publishedAt >= start && r.publishedAt < end);

function perDay(rows: VariantFigures[], from: string, to: string, zone: string) {
  const out = new Map<string, { date: string; engagements: number; posts: Set<string> }>();
  for (let d = DateTime.fromISO(from); d <= DateTime.fromISO(to); d = d.plus({ days: 1 }))
    out.set(d.toISODate()!, { date: d.toISODate()!, engagements: 0, posts: new Set() });
  for (const r of rows) {
    const day = out.get(localOf(r, zone).day);
    if (!day) continue;
    day.engagements += engagementsOf(r) ?? 0;
    day.posts.add(r.postId);
  }
  return [...out.values()].map((d) => ({ date: d.date, engagements: d.engagements, posts: d.posts.size }));
}

export async function loadOverview(scope: Authorized<'metrics.read'>, q: MetricsQuery): Promise<MetricsOverview> {
  const zone = scope.timeZone;
  const sel = { channelId: q.channelId, label: q.label };
  const previous = q.compareFrom && q.compareTo ? { from: q.compareFrom, to: q.compareTo } : previousPeriod(q.from, q.to);
  const cur = periodBounds(q.from, q.to, zone);
  const prev = periodBounds(previous.from, previous.to, zone);
  // Best times rest on the last twelve months up to the period's end.
  const yearStart = DateTime.fromJSDate(cur.end).minus({ months: 12 }).toJSDate();
  const loadStart = new Date(Math.min(cur.start.getTime(), prev.start.getTime(), yearStart.getTime()));
  const loadEnd = new Date(Math.max(cur.end.getTime(), prev.end.getTime()));
  // Independent reads side by side (a PostgreSQL pool runs them at once; PGlite in turn).
  const [all, channelRows, followerRows, lead, previousLead] = await Promise.all([
    loadVariantFigures(scope, loadStart, loadEnd, sel),
    scope.db.select({ id: channels.id, name: channels.name, type: channels.type }).from(channels).where(eq(channels.orgId, scope.orgId)),
    // The newest follower count per channel: one backward step on the primary key (channel_id, at) each.
    scope.db.execute(sql`
      SELECT c.id AS channel_id, (SELECT s.followers FROM channel_snapshots s WHERE s.channel_id = c.id AND s.followers IS NOT NULL ORDER BY s.at DESC LIMIT 1) AS followers
      FROM channels c WHERE c.org_id = ${scope.orgId}`),
    loadLeadTimes(scope, cur.start, cur.end, sel),
    loadLeadTimes(scope, prev.start, prev.end, sel),
  ]);
  const now = within(all, cur.start, cur.end);
  const before = within(all, prev.start, prev.end);
  const followers = rowsOf<{ channel_id: string; followers: number }>(followerRows);
  const followersOf = new Map(followers.filter((f) => f.followers !== null).map((f) => [f.channel_id, f.followers]));
  const emptyTotals = totalsOf([]);
  const prevByChannel = new Map(groupTotals(before, (r) => [r.channelId]).map((g) => [g.key, g.totals]));
  const measured = new Set([...now, ...before].map((r) => r.channelId));
  const channelFigures = channelRows
    .filter((c) => measured.has(c.id) && (!q.channelId || c.id === q.channelId))
    .map((c) => ({
      channelId: c.id,
      name: c.name,
      type: c.type,
      followers: followersOf.get(c.id) ?? null,
      totals: totalsOf(now.filter((r) => r.channelId === c.id)),
      previousTotals: prevByChannel.get(c.id) ?? emptyTotals,
    }))
    .sort((a, b) => b.totals.engagements - a.totals.engagements);

  const labelKeys = (r: VariantFigures) => (r.labels.length ? r.labels : [null]);
  const prevByLabel = new Map(groupTotals(before, labelKeys).map((g) => [g.key, g.totals]));
  const labels = groupTotals(now, labelKeys).map((g) => ({ label: g.key, totals: g.totals, previousTotals: prevByLabel.get(g.key) ?? emptyTotals }));

  const ranks = rankPosts(now);
  const rankedIds = [...ranks.top, ...ranks.bottom].map((r) => r.postId);
  const texts = rankedIds.length
    ? await scope.db
        .select({ id: posts.id, text: posts.baseText, publishedAt: posts.publishedAt })
        .from(posts)
        .where(and(eq(posts.orgId, scope.orgId), inArray(posts.id, rankedIds)))
    : [];
  const textOf = new Map(texts.map((t) => [t.id, t]));
  const nameOf = new Map(channelRows.map((c) => [c.id, c.name]));
  const rankedSet = new Set(rankedIds);
  const ownOf = new Map<string, VariantFigures[]>();
  for (const v of now) if (rankedSet.has(v.postId)) ownOf.set(v.postId, [...(ownOf.get(v.postId) ?? []), v]);
  const present = (r: { postId: string; engagements: number; impressions: number | null; rateFollowers: number | null }): PostRank => {
    const own = ownOf.get(r.postId)!;
    return {
      ...r,
      text: textOf.get(r.postId)?.text ?? '',
      publishedAt: (textOf.get(r.postId)?.publishedAt ?? own[0]!.publishedAt).toISOString(),
      channels: [...new Set(own.map((v) => nameOf.get(v.channelId) ?? ''))],
    };
  };
  const times = bestTimes(within(all, yearStart, cur.end), zone);

  return {
    period: { from: q.from, to: q.to },
    previous,
    timeZone: zone,
    totals: totalsOf(now),
    previousTotals: totalsOf(before),
    channels: channelFigures,
    labels,
    days: perDay(now, q.from, q.to, zone),
    previousDays: perDay(before, previous.from, previous.to, zone),
    top: ranks.top.map(present),
    bottom: ranks.bottom.map(present),
    bestTimes: { ...times, minPosts: MIN_POSTS_FOR_ADVICE },
    leadTime: leadTime(lead),
    previousLeadTime: leadTime(previousLead),
  };
}

export type { FigureTotals };
