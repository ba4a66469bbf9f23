// Writes figures read at one moment: the series row (never overwritten) and, in the same
// statement, the newest snapshot per variant (post_figures_latest), which the overview reads
// instead of scanning the series. Rows travel as one JSON parameter, so a batch of a thousand is
// one statement on both drivers.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { FigureCounts } from '../../domain/metrics-figures';

export interface SnapshotRow extends FigureCounts {
  variantId: string;
  at: Date;
  followers: number | null;
}

const FIGURES = ['likes', 'reposts', 'replies', 'quotes', 'impressions', 'reach', 'clicks', 'video_views', 'followers'] as const;
const cols = sql.raw(FIGURES.join(', '));
const fromIns = sql.raw(FIGURES.map((f) => `ins.${f}`).join(', '));
const fromInput = sql.raw(FIGURES.map((f) => `i.${f}`).join(', '));
const updates = sql.raw(FIGURES.map((f) => `${f} = excluded.${f}`).join(', '));
const types = sql.raw(FIGURES.map((f) => `${f} integer`).join(', '));

/** Stores snapshots of variants (the organisation comes from the variant itself); answers how many were new. */
export async function recordSnapshots(db: Db, rows: SnapshotRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const payload = JSON.stringify(
    rows.map((r) => ({
      variant_id: r.variantId,
      at: r.at.toISOString(),
      likes: r.likes,
      reposts: r.reposts,
      replies: r.replies,
      quotes: r.quotes,
      impressions: r.impressions,
      reach: r.reach,
      clicks: r.clicks,
      video_views: r.videoViews,
      followers: r.followers,
    })),
  );
  const result = await db.execute(sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${payload}::jsonb) AS x(variant_id uuid, at timestamptz, ${types})
    ), ins AS (
      INSERT INTO post_snapshots (variant_id, at, org_id, ${cols})
      SELECT i.variant_id, i.at, v.org_id, ${fromInput} FROM input i JOIN post_variants v ON v.id = i.variant_id
      ON CONFLICT (variant_id, at) DO NOTHING
      RETURNING *
    ), newest AS (
      INSERT INTO post_figures_latest (variant_id, org_id, post_id, channel_id, published_at, at, ${cols})
      SELECT DISTINCT ON (ins.variant_id) ins.variant_id, ins.org_id, v.post_id, v.channel_id, coalesce(v.published_at, ins.at), ins.at, ${fromIns}
      FROM ins JOIN post_variants v ON v.id = ins.variant_id
      ORDER BY ins.variant_id, ins.at DESC
      ON CONFLICT (variant_id) DO UPDATE SET at = excluded.at, ${updates} WHERE post_figures_latest.at <= excluded.at
    )
    SELECT count(*)::int AS n FROM ins`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}

/** A channel's own figures at one moment (followers; requests of a feed Zorgpost serves). */
export async function recordChannelSnapshot(
  db: Db,
  row: { channelId: string; orgId: string; at: Date; followers: number | null; feedRequests: number | null },
) {
  await db.execute(sql`
    INSERT INTO channel_snapshots (channel_id, at, org_id, followers, feed_requests)
    VALUES (${row.channelId}, ${row.at.toISOString()}::timestamptz, ${row.orgId}, ${row.followers}, ${row.feedRequests})
    ON CONFLICT (channel_id, at) DO NOTHING`);
}
