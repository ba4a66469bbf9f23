// The measuring engine: every published post variant gets a snapshot schedule (decaying: see
// src/domain/snapshot-schedule.ts); due rows are claimed with a lease (FOR UPDATE SKIP LOCKED),
// like posts and token refreshes, so two workers never read the same variant at the same moment.
// Claimed rows are read per channel in one batch through the adapter's optional readFigures and
// readFollowers. A channel whose feed Zorgpost serves itself (the publicFeed capability) has
// its figures counted here instead (src/features/metrics/feed-request-counter.ts).
//
// A network's "slow down" (ChannelReadError.retryAfterMs) moves every due read of that channel
// past the time it named; a refused grant (channelProblem) marks the channel "opnieuw koppelen"
// as publishing does, and the channel is skipped until someone reconnects it.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { adapterFor, allAdapters } from '../../channels/registry';
import { ChannelReadError, type PostFigures } from '../../channels/reading';
import type { Db } from '../../db/client';
import { channels, postMedia, postVariants } from '../../db/schema';
import { nextSnapshotAt, SNAPSHOT_HORIZON_MS } from '../../domain/snapshot-schedule';
import { log } from '../../log/logger';
import type { Outbound } from '../../net/safe-fetch';
import { recordAudit } from '../audit/record-audit';
import { markChannelProblem } from '../publishing/engine-steps';
import type { SecretBox } from '../secrets';
import { FEED_ITEM } from './feed-request-counter';
import { recordChannelSnapshot, recordSnapshots, type SnapshotRow } from './record-snapshots';

export const SNAPSHOT_LEASE_MS = 120_000;
/** A passing fault: try that channel's reads again after this long. */
export const READ_RETRY_MS = 15 * 60_000;
/** Followers are read at most this often per channel; snapshots in between reuse the last count. */
export const FOLLOWERS_EVERY_MS = 3_600_000;

export interface MetricsDeps {
  secrets: SecretBox;
  net: Outbound;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Channel types that can be measured: their adapter reads figures, or Zorgpost serves their feed. */
function measurableTypes(): string[] {
  return allAdapters()
    .filter((a) => a.readFigures || a.publicFeed)
    .map((a) => a.type);
}

/** Gives every newly published variant of a measurable channel its schedule (first read an hour after publication). */
export async function scheduleNewPublications(db: Db): Promise<number> {
  const types = measurableTypes();
  if (types.length === 0) return 0;
  const horizon = `${SNAPSHOT_HORIZON_MS} milliseconds`;
  const result = await db.execute(sql`
    INSERT INTO metric_schedules (variant_id, org_id, channel_id, published_at, next_due_at)
    SELECT v.id, v.org_id, v.channel_id, v.published_at, v.published_at + interval '1 hour'
    FROM post_variants v JOIN channels c ON c.id = v.channel_id
    WHERE v.published_at IS NOT NULL AND v.published_at > now() - ${horizon}::interval AND v.removed_at IS NULL
      AND v.external_id IS NOT NULL
      AND c.type IN (${sql.join(
        types.map((t) => sql`${t}`),
        sql`, `,
      )})
      AND NOT EXISTS (SELECT 1 FROM metric_schedules s WHERE s.variant_id = v.id)
    ON CONFLICT (variant_id) DO NOTHING
    RETURNING variant_id`);
  return rowsOf(result).length;
}

interface Claimed {
  variant_id: string;
  channel_id: string;
  published_at: string | Date;
}

/** Claims due reads of channels that are active and not waiting for a reconnect. */
export async function claimDueSnapshots(db: Db, worker: string, limit = 200): Promise<Claimed[]> {
  const lease = `${SNAPSHOT_LEASE_MS} milliseconds`;
  const result = await db.execute(sql`
    UPDATE metric_schedules s SET lease_owner = ${worker}, lease_until = now() + ${lease}::interval
    WHERE s.variant_id IN (
      SELECT d.variant_id FROM metric_schedules d
      WHERE d.next_due_at <= now() AND (d.lease_until IS NULL OR d.lease_until < now())
        AND (SELECT c.active AND c.last_error IS NULL FROM channels c WHERE c.id = d.channel_id)
      ORDER BY d.next_due_at LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING s.variant_id, s.channel_id, s.published_at`);
  return rowsOf<Claimed>(result);
}

/** Ends a claimed read: the next time from the schedule (null ends it), the lease given back. */
async function advance(db: Db, worker: string, claimed: Claimed[], takenAt: Date) {
  if (claimed.length === 0) return;
  const rows = claimed.map((c) => ({ variant_id: c.variant_id, next: nextSnapshotAt(new Date(c.published_at), takenAt)?.toISOString() ?? null }));
  await db.execute(sql`
    UPDATE metric_schedules s SET next_due_at = x.next, snapshots = s.snapshots + 1, lease_owner = NULL, lease_until = NULL
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(variant_id uuid, next timestamptz)
    WHERE s.variant_id = x.variant_id AND s.lease_owner = ${worker}`);
}

/** Gives claimed reads back unread, due again at `at` (or later, if they were due later anyway). */
async function postpone(db: Db, worker: string, channelId: string, until: Date) {
  await db.execute(sql`
    UPDATE metric_schedules SET next_due_at = greatest(next_due_at, ${until.toISOString()}::timestamptz), lease_owner = NULL, lease_until = NULL
    WHERE channel_id = ${channelId} AND next_due_at IS NOT NULL AND (lease_owner = ${worker} OR lease_owner IS NULL OR lease_until < now())`);
}

/** Nothing left to read (taken off the network, or the channel cannot be read): the schedule ends. */
async function endSchedules(db: Db, worker: string, claimed: Claimed[]) {
  const ids = claimed.map((c) => c.variant_id);
  if (ids.length)
    await db.execute(
      sql`UPDATE metric_schedules SET next_due_at = NULL, lease_owner = NULL, lease_until = NULL WHERE lease_owner = ${worker} AND variant_id IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
}

async function release(db: Db, worker: string, claimed: Claimed[]) {
  const ids = claimed.map((c) => c.variant_id);
  if (ids.length)
    await db.execute(
      sql`UPDATE metric_schedules SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ${worker} AND variant_id IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
}

/** The last follower count stored for a channel, and when. */
async function lastFollowers(db: Db, channelId: string): Promise<{ at: Date; followers: number | null } | null> {
  const rows = rowsOf<{ at: string | Date; followers: number | null }>(
    await db.execute(sql`SELECT at, followers FROM channel_snapshots WHERE channel_id = ${channelId} AND followers IS NOT NULL ORDER BY at DESC LIMIT 1`),
  );
  return rows[0] ? { at: new Date(rows[0].at), followers: rows[0].followers } : null;
}

/** Figures of a feed Zorgpost serves: requests of each item's files (as impressions) and of the feed itself. */
async function countedFigures(db: Db, channelId: string, variants: { id: string; postId: string; externalId: string }[]) {
  const counts = rowsOf<{ post_id: string; n: string | number }>(
    await db.execute(sql`
      SELECT pm.post_id, sum(f.count) AS n FROM post_media pm
      JOIN feed_request_counts f ON f.channel_id = ${channelId} AND f.item = pm.media_id::text
      WHERE pm.post_id IN (${sql.join(
        variants.map((v) => sql`${v.postId}::uuid`),
        sql`, `,
      )})
      GROUP BY pm.post_id`),
  );
  const byPost = new Map(counts.map((c) => [c.post_id, Number(c.n)]));
  const withFiles = new Set(
    (
      await db
        .select({ postId: postMedia.postId })
        .from(postMedia)
        .where(
          inArray(
            postMedia.postId,
            variants.map((v) => v.postId),
          ),
        )
    ).map((r) => r.postId),
  );
  const figures: PostFigures[] = variants.map((v) => ({
    externalId: v.externalId,
    likes: null,
    reposts: null,
    replies: null,
    quotes: null,
    // An item without files cannot be counted (a feed reader fetches the feed, not the item).
    impressions: withFiles.has(v.postId) ? (byPost.get(v.postId) ?? 0) : null,
    reach: null,
    clicks: null,
    videoViews: null,
  }));
  const [feed] = rowsOf<{ count: string | number }>(
    await db.execute(sql`SELECT count FROM feed_request_counts WHERE channel_id = ${channelId} AND item = ${FEED_ITEM}`),
  );
  return { figures, feedRequests: feed ? Number(feed.count) : 0 };
}

export interface SnapshotTally {
  snapshots: number;
  channels: number;
  postponed: number;
  refused: number;
  failed: number;
}

/** Reads one channel's claimed variants in one batch and stores what it read. */
async function snapshotChannel(db: Db, worker: string, deps: MetricsDeps, channelId: string, claimed: Claimed[], tally: SnapshotTally) {
  const [found] = await db.select().from(channels).where(eq(channels.id, channelId));
  const foundAdapter = found && adapterFor(found.type);
  const variants = await db
    .select({ id: postVariants.id, postId: postVariants.postId, externalId: postVariants.externalId, removedAt: postVariants.removedAt })
    .from(postVariants)
    .where(
      and(
        eq(postVariants.channelId, channelId),
        inArray(
          postVariants.id,
          claimed.map((c) => c.variant_id),
        ),
      ),
    );
  const now = new Date();
  // Taken off the network, or nothing can read it: the schedule ends.
  const live = variants.filter((v) => v.externalId && !v.removedAt) as { id: string; postId: string; externalId: string }[];
  const readable = found && foundAdapter && (foundAdapter.readFigures || foundAdapter.publicFeed) ? { channel: found, adapter: foundAdapter } : null;
  await endSchedules(db, worker, readable ? claimed.filter((c) => !live.some((v) => v.id === c.variant_id)) : claimed);
  if (!readable || live.length === 0) return;
  const { channel, adapter } = readable;
  try {
    let figures: PostFigures[];
    let followers: number | null = null;
    let feedRequests: number | null = null;
    let freshFollowers = false;
    if (adapter.readFigures) {
      const access = { settings: channel.settings, credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null, net: deps.net };
      figures = await adapter.readFigures({ ...access, externalIds: live.map((v) => v.externalId) });
      const last = await lastFollowers(db, channelId);
      if (adapter.readFollowers && (!last || now.getTime() - last.at.getTime() >= FOLLOWERS_EVERY_MS)) {
        followers = await adapter.readFollowers(access);
        freshFollowers = true;
      } else followers = last?.followers ?? null;
    } else {
      ({ figures, feedRequests } = await countedFigures(db, channelId, live));
    }
    const byExternal = new Map(figures.map((f) => [f.externalId, f]));
    const rows: SnapshotRow[] = [];
    for (const v of live) {
      const f = byExternal.get(v.externalId);
      if (!f) continue; // gone on the network: nothing to record this time
      rows.push({
        variantId: v.id,
        at: now,
        likes: f.likes,
        reposts: f.reposts,
        replies: f.replies,
        quotes: f.quotes,
        impressions: f.impressions,
        reach: f.reach,
        clicks: f.clicks,
        videoViews: f.videoViews,
        followers,
      });
    }
    tally.snapshots += await recordSnapshots(db, rows);
    if (freshFollowers || feedRequests !== null) await recordChannelSnapshot(db, { channelId, orgId: channel.orgId, at: now, followers, feedRequests });
    await advance(
      db,
      worker,
      claimed.filter((c) => live.some((v) => v.id === c.variant_id)),
      now,
    );
    tally.channels++;
  } catch (error) {
    if (!(error instanceof ChannelReadError)) {
      log.warn({ channelId, type: channel.type, error: (error as Error).message }, 'figures could not be read, will retry');
      await postpone(db, worker, channelId, new Date(now.getTime() + READ_RETRY_MS));
      tally.failed++;
      return;
    }
    if (error.opts.channelProblem) {
      // The same coded reason publishing and the token refresh write: the web app says "opnieuw koppelen".
      await markChannelProblem(db, channelId, `system:failure:credentials_refused:${channel.type}:${channel.name}`);
      await recordAudit(db, { orgId: channel.orgId, actorId: null, action: 'channel.grant_refused', detail: { channelId, type: channel.type } });
      await release(db, worker, claimed);
      tally.refused++;
      return;
    }
    const wait = error.opts.retryAfterMs ?? READ_RETRY_MS;
    await postpone(db, worker, channelId, new Date(now.getTime() + Math.max(wait, 1000)));
    if (error.opts.retryAfterMs !== undefined) tally.postponed++;
    else tally.failed++;
  }
}

/** One round: schedule new publications, claim what is due, read it per channel. */
export async function takeDueSnapshots(db: Db, worker: string, deps: MetricsDeps, limit = 200): Promise<SnapshotTally> {
  const tally: SnapshotTally = { snapshots: 0, channels: 0, postponed: 0, refused: 0, failed: 0 };
  await scheduleNewPublications(db);
  const claimed = await claimDueSnapshots(db, worker, limit);
  const byChannel = new Map<string, Claimed[]>();
  for (const c of claimed) byChannel.set(c.channel_id, [...(byChannel.get(c.channel_id) ?? []), c]);
  for (const [channelId, rows] of byChannel) await snapshotChannel(db, worker, deps, channelId, rows, tally);
  return tally;
}
