// The small database steps of the publishing engine. Every step that changes a claimed post
// checks that this worker still holds its lease, so a worker that lost its claim changes nothing.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { channels, posts, postVariants } from '../../db/schema';
import type { PostEvent, PostStatus } from '../../domain/post-lifecycle';
import { LEASE_MS } from './retry-policy';

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
    .set({ externalId: found.externalId, externalUrl: found.externalUrl, publishedAt: new Date() })
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

/** A status change by the engine, only while this worker holds the post. */
export async function engineTransition(
  db: Db,
  post: { id: string; orgId: string; status: PostStatus },
  worker: string,
  event: PostEvent,
  to: PostStatus,
  reason: string | null,
  extra: Partial<typeof posts.$inferInsert> = {},
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(posts)
      .set({ status: to, leaseOwner: null, leaseExpiresAt: null, updatedAt: new Date(), version: sql`${posts.version} + 1`, ...extra })
      .where(and(eq(posts.id, post.id), eq(posts.status, post.status), eq(posts.leaseOwner, worker)))
      .returning({ id: posts.id });
    if (!changed.length) return false;
    await tx.execute(sql`
      INSERT INTO post_events (org_id, post_id, action, from_status, to_status, reason)
      VALUES (${post.orgId}, ${post.id}, ${event}, ${post.status}, ${to}, ${reason})`);
    return true;
  });
}

/** The network refused the account itself: shown on the channel until someone reconnects it. */
export async function markChannelProblem(db: Db, channelId: string, reason: string) {
  await db.update(channels).set({ lastError: reason }).where(eq(channels.id, channelId));
}
