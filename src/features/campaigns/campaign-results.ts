// A campaign's results against its goal: the newest measured figures of every published variant of
// its posts (the measuring issue's snapshots), and the reactions that belong to it — replies to its
// posts, or messages carrying its hashtag since it started. The verdict is read by the campaign
// page, the aftercare page and the PDF summary, which say it in words.
import { sql } from 'drizzle-orm';
import type { GOAL_METRICS } from '../../contracts/campaign';
import { type FigureTotals, totalsOf, type VariantFigures } from '../../domain/metrics-figures';
import type { Authorized, OrgScope } from '../org-scope';
import type { CampaignRow } from './campaign-view';
import { findCampaign } from './campaigns';

export interface CampaignResults {
  metric: (typeof GOAL_METRICS)[number] | null;
  target: number | null;
  /** The goal's figure now; null when nothing is measured yet for that metric. */
  actual: number | null;
  verdict: 'reached' | 'not_reached' | 'no_figures' | 'no_goal';
  totals: FigureTotals;
  inboxItems: number;
  publishedPosts: number;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The SQL condition for an inbox item (alias i) that belongs to the campaign. */
export function campaignInboxCondition(c: Pick<CampaignRow, 'id' | 'orgId' | 'hashtag' | 'createdAt' | 'startsOn'>) {
  const since = c.startsOn ? sql`${c.startsOn}::date` : sql`${c.createdAt.toISOString()}::timestamptz`;
  const tagged = c.hashtag
    ? sql`OR (i.written_at >= ${since} AND i.text ~* ${`(^|[^[:alnum:]_])${c.hashtag.replace(/[^\p{L}\p{N}_#]/gu, '')}([^[:alnum:]_]|$)`})`
    : sql``;
  return sql`i.org_id = ${c.orgId} AND (i.post_id IN (SELECT p.id FROM posts p WHERE p.org_id = ${c.orgId} AND p.campaign_id = ${c.id}) ${tagged})`;
}

async function campaignFigures(scope: OrgScope, campaignId: string): Promise<VariantFigures[]> {
  const result = await scope.db.execute(sql`
    SELECT l.variant_id, l.post_id, l.channel_id, l.published_at, p.labels, l.likes, l.reposts, l.replies, l.quotes,
      l.impressions, l.reach, l.clicks, l.video_views, l.followers
    FROM post_figures_latest l JOIN posts p ON p.id = l.post_id AND p.org_id = ${scope.orgId}
    WHERE l.org_id = ${scope.orgId} AND p.campaign_id = ${campaignId}`);
  type Row = Record<string, number | null> & { variant_id: string; post_id: string; channel_id: string; published_at: string | Date; labels: string[] | null };
  return rowsOf<Row>(result).map((r) => ({
    variantId: r.variant_id,
    postId: r.post_id,
    channelId: r.channel_id,
    labels: r.labels ?? [],
    publishedAt: new Date(r.published_at),
    likes: r.likes ?? null,
    reposts: r.reposts ?? null,
    replies: r.replies ?? null,
    quotes: r.quotes ?? null,
    impressions: r.impressions ?? null,
    reach: r.reach ?? null,
    clicks: r.clicks ?? null,
    videoViews: r.video_views ?? null,
    followers: r.followers ?? null,
  }));
}

export async function campaignResults(scope: Authorized<'metrics.read'>, campaignId: string): Promise<CampaignResults> {
  const c = await findCampaign(scope, campaignId);
  const figures = await campaignFigures(scope, c.id);
  const totals = totalsOf(figures);
  const [inbox] = rowsOf<{ n: number }>(await scope.db.execute(sql`SELECT count(*)::int AS n FROM inbox_items i WHERE ${campaignInboxCondition(c)}`));
  const [published] = rowsOf<{ n: number }>(
    await scope.db.execute(
      sql`SELECT count(*)::int AS n FROM posts p WHERE p.org_id = ${scope.orgId} AND p.campaign_id = ${c.id} AND p.published_at IS NOT NULL`,
    ),
  );
  const metric = c.goalMetric as CampaignResults['metric'];
  const inboxItems = inbox?.n ?? 0;
  const actual = metric === null ? null : metric === 'inboxItems' ? inboxItems : figures.length ? (totals[metric] ?? null) : null;
  const verdict = metric === null || c.goalTarget === null ? 'no_goal' : actual === null ? 'no_figures' : actual >= c.goalTarget ? 'reached' : 'not_reached';
  return { metric, target: c.goalTarget, actual, verdict, totals, inboxItems, publishedPosts: published?.n ?? 0 };
}
