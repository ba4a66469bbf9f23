// Every figure of a period for an analyst: one row per published post variant (its newest
// snapshot) with the derived figures beside the raw ones, as CSV (RFC 4180, formula-neutralised
// through src/domain/csv.ts) or JSON with the overview itself.
import { and, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { MetricsQuery } from '../../contracts/metrics';
import { channels, posts } from '../../db/schema';
import { toCsv } from '../../domain/csv';
import { engagementsOf } from '../../domain/metrics-figures';
import type { Authorized } from '../org-scope';
import { loadOverview, loadVariantFigures, periodBounds } from './load-overview';

export const EXPORT_COLUMNS = [
  'post_id',
  'channel',
  'channel_type',
  'published_at_local',
  'labels',
  'likes',
  'reposts',
  'replies',
  'quotes',
  'impressions',
  'reach',
  'clicks',
  'video_views',
  'followers_at_snapshot',
  'engagements',
  'engagement_rate_followers',
  'engagement_rate_impressions',
  'text',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

export async function exportRows(scope: Authorized<'metrics.read'>, q: MetricsQuery): Promise<ExportRow[]> {
  const { start, end } = periodBounds(q.from, q.to, scope.timeZone);
  const rows = await loadVariantFigures(scope, start, end, { channelId: q.channelId, label: q.label });
  const channelRows = await scope.db
    .select({ id: channels.id, name: channels.name, type: channels.type })
    .from(channels)
    .where(eq(channels.orgId, scope.orgId));
  const channelOf = new Map(channelRows.map((c) => [c.id, c]));
  const ids = [...new Set(rows.map((r) => r.postId))];
  const texts = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const part = await scope.db
      .select({ id: posts.id, text: posts.baseText })
      .from(posts)
      .where(and(eq(posts.orgId, scope.orgId), inArray(posts.id, ids.slice(i, i + 1000))));
    for (const p of part) texts.set(p.id, p.text);
  }
  return rows
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.variantId.localeCompare(b.variantId))
    .map((r) => {
      const e = engagementsOf(r);
      return {
        post_id: r.postId,
        channel: channelOf.get(r.channelId)?.name ?? '',
        channel_type: channelOf.get(r.channelId)?.type ?? '',
        published_at_local: DateTime.fromJSDate(r.publishedAt, { zone: scope.timeZone }).toISO({ suppressMilliseconds: true }),
        labels: r.labels.join('|'),
        likes: r.likes,
        reposts: r.reposts,
        replies: r.replies,
        quotes: r.quotes,
        impressions: r.impressions,
        reach: r.reach,
        clicks: r.clicks,
        video_views: r.videoViews,
        followers_at_snapshot: r.followers,
        engagements: e,
        engagement_rate_followers: e !== null && r.followers ? e / r.followers : null,
        engagement_rate_impressions: e !== null && r.impressions ? e / r.impressions : null,
        text: texts.get(r.postId) ?? '',
      };
    });
}

export async function exportCsv(scope: Authorized<'metrics.read'>, q: MetricsQuery): Promise<string> {
  const rows = await exportRows(scope, q);
  return toCsv([[...EXPORT_COLUMNS], ...rows.map((r) => EXPORT_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))))]);
}

export async function exportJson(scope: Authorized<'metrics.read'>, q: MetricsQuery) {
  return { overview: await loadOverview(scope, q), variants: await exportRows(scope, q) };
}
