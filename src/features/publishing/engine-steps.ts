// The small database steps of the publishing engine. Every step that changes a claimed post
// checks that this worker still holds its lease, so a worker that lost its claim changes nothing.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { channels, posts, postVariants } from '../../db/schema';
import type { PostEvent, PostStatus } from '../../domain/post-lifecycle';
import { recordAudit } from '../audit/record-audit';
import { notifyPostEvent } from '../notifications/notify';
import { LEASE_MS } from './retry-policy';
import { httpLinkOrNull } from '../../net/http-link';

/**
 * Marks a variant as handed to the network. This is the point of no return: it succeeds only
 * while the lease is ours and the organisation is not in crisis mode.
 */
export async function markStarted(db: Db, variantId: string, postId: string, worker: string): Promise<boolean> {
  const result = await db.execute(sql`
    UPDATE post_variants v SET publish_started_at = now()
    WHERE v.id = ${variantId} AND EXISTS (
      SELECT 1 FROM posts p JOIN organisations o ON o.id = p.org_id
      WHERE p.id = ${postId} AND p.status = 'publishing' AND p.lease_owner = ${worker}
        AND p.lease_expires_at > now() AND o.paused_at IS NULL)
    RETURNING v.id`);
  return (result as unknown as { rows: unknown[] }).rows.length === 1;
}

export async function markVariantPublished(db: Db, variantId: string, found: { externalId: string; externalUrl: string | null }) {
  await db
    .update(postVariants)
    // The link is shown to people: only an http(s) address is kept, whatever the network sent.
    .set({ externalId: found.externalId, externalUrl: httpLinkOrNull(found.externalUrl), publishedAt: new Date() })
    .where(eq(postVariants.id, variantId));
}

export async function clearStarted(db: Db, variantId: string) {
  await db.update(postVariants).set({ publishStartedAt: null }).where(eq(postVariants.id, variantId));
}

export async function renewLease(db: Db, postId: string, worker: string): Promise<void> {
  await db
    .update(posts)
    .set({ leaseExpiresAt: sql`now() + ${`${LEASE_MS} milliseconds`}::interval` })
    .where(and(eq(posts.id, postId), eq(posts.leaseOwner, worker)));
}

export interface EngineChanges {
  attempts?: number;
  nextAttemptAt?: Date | null;
  failureReason?: string | null;
  publishedAt?: Date | null;
  heldAt?: Date | null;
}

const ts = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * A status change by the engine, only while this worker holds the post, with its history line,
 * in one statement (one round trip: this is the hot path of every send).
 */
export async function engineTransition(
  db: Db,
  post: { id: string; orgId: string; status: PostStatus },
  worker: string,
  event: PostEvent,
  to: PostStatus,
  reason: string | null,
  changes: EngineChanges = {},
): Promise<boolean> {
  const sets = [sql`status = ${to}`, sql`lease_owner = NULL`, sql`lease_expires_at = NULL`, sql`updated_at = now()`, sql`version = version + 1`];
  if (changes.attempts !== undefined) sets.push(sql`attempts = ${changes.attempts}`);
  if (changes.nextAttemptAt !== undefined) sets.push(sql`next_attempt_at = ${ts(changes.nextAttemptAt)}::timestamptz`);
  if (changes.failureReason !== undefined) sets.push(sql`failure_reason = ${changes.failureReason}`);
  if (changes.publishedAt !== undefined) sets.push(sql`published_at = ${ts(changes.publishedAt)}::timestamptz`);
  if (changes.heldAt !== undefined) sets.push(sql`held_at = ${ts(changes.heldAt)}::timestamptz`);
  const result = await db.execute(sql`
    WITH changed AS (
      UPDATE posts SET ${sql.join(sets, sql`, `)}
      WHERE id = ${post.id} AND status = ${post.status} AND lease_owner = ${worker}
      RETURNING id, org_id
    )
    INSERT INTO post_events (org_id, post_id, action, from_status, to_status, reason)
    SELECT org_id, id, ${event}, ${post.status}, ${to}, ${reason} FROM changed
    RETURNING post_id`);
  const done = (result as unknown as { rows: unknown[] }).rows.length === 1;
  if (done) await notifyPostEvent(db, { orgId: post.orgId, postId: post.id, event });
  return done;
}

/**
 * A status change that ends a publication (published, or failed for good), with its line in
 * the organisation's audit trail in the same transaction.
 */
export async function engineFinish(
  db: Db,
  post: { id: string; orgId: string; status: PostStatus },
  worker: string,
  event: 'publish_succeeded' | 'publish_failed' | 'reconcile_found',
  reason: string | null,
  changes: EngineChanges,
  detail: Record<string, unknown> = {},
): Promise<boolean> {
  const to: PostStatus = event === 'publish_failed' ? 'failed' : 'published';
  return db.transaction(async (tx) => {
    const done = await engineTransition(tx, post, worker, event, to, reason, changes);
    if (done) {
      await recordAudit(tx, {
        orgId: post.orgId,
        actorId: null,
        action: to === 'failed' ? 'post.publish_failed' : 'post.published',
        detail: { postId: post.id, ...detail },
      });
    }
    return done;
  });
}

/** The network refused the account itself: shown on the channel until someone reconnects it. */
export async function markChannelProblem(db: Db, channelId: string, reason: string) {
  await db.update(channels).set({ lastError: reason }).where(eq(channels.id, channelId));
}

/** A network's "slow down" holds for every post to that channel, not only the one that got it. */
export async function throttleChannel(db: Db, channelId: string, until: Date) {
  await db.update(channels).set({ throttledUntil: until }).where(eq(channels.id, channelId));
}
