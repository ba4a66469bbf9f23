// The small database steps of the publishing engine. Every step that changes a claimed post
// checks that this worker still holds its lease, so a worker that lost its claim changes nothing.
// The hot steps (start mark, finish) take many posts at once: a worker's sends in flight share
// their statements (src/features/publishing/batcher.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { channels, posts, postVariants } from '../../db/schema';
import type { PostEvent, PostStatus } from '../../domain/post-lifecycle';
import { recordAuditMany } from '../audit/record-audit';
import { notifyPostEvent } from '../notifications/notify';
import { changeStatus, type StatusFields } from '../posts/change-status';
import { LEASE_MS } from './retry-policy';
import { httpLinkOrNull } from '../../net/http-link';

type Rows<T> = { rows: T[] };

export interface StartMark {
  variantId: string;
  postId: string;
  worker: string;
}

/**
 * Marks variants as handed to the network. This is the point of no return: a mark is set only
 * while its post's lease is the worker's and the organisation is not in crisis mode. One
 * statement for any number of variants; answers per variant whether it may be sent.
 */
export async function markStartedMany(db: Db, marks: readonly StartMark[]): Promise<boolean[]> {
  if (!marks.length) return [];
  const values = sql.join(
    marks.map((m) => sql`(${m.variantId}::uuid, ${m.postId}::uuid, ${m.worker}::text)`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    UPDATE post_variants v SET publish_started_at = now()
    FROM (VALUES ${values}) AS m(variant_id, post_id, worker)
    WHERE v.id = m.variant_id AND v.post_id = m.post_id AND EXISTS (
      SELECT 1 FROM posts p JOIN organisations o ON o.id = p.org_id
      WHERE p.id = m.post_id AND p.status = 'publishing' AND p.lease_owner = m.worker
        AND p.lease_expires_at > now() AND o.paused_at IS NULL)
    RETURNING v.id`)) as unknown as Rows<{ id: string }>;
  const started = new Set(result.rows.map((r) => r.id));
  return marks.map((m) => started.has(m.variantId));
}

export async function markStarted(db: Db, variantId: string, postId: string, worker: string): Promise<boolean> {
  return (await markStartedMany(db, [{ variantId, postId, worker }]))[0]!;
}

export type Found = { externalId: string; externalUrl: string | null };

export async function markVariantPublished(db: Db, variantId: string, found: Found) {
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

type EnginePost = { id: string; orgId: string; status: PostStatus };

/**
 * A status change by the engine, only while this worker holds the post; the state machine
 * decides the new status; one statement with its history line.
 */
export async function engineTransition(
  db: Db,
  post: EnginePost,
  worker: string,
  event: PostEvent,
  reason: string | null,
  changes: StatusFields = {},
): Promise<boolean> {
  const done = (await changeStatus(db, { ids: [post.id], from: post.status, event, worker, reason, set: changes })).length === 1;
  if (done) await notifyPostEvent(db, { orgId: post.orgId, postId: post.id, event });
  return done;
}

export interface Finish {
  post: EnginePost;
  worker: string;
  event: 'publish_succeeded' | 'publish_failed' | 'reconcile_found';
  reason: string | null;
  changes: StatusFields;
  /** Goes into the audit trail: codes and ids only, never a network's message. */
  detail: Record<string, unknown>;
  /** The last variant's answer from the network, stored in the same transaction. */
  variant?: { id: string; found: Found };
}

const finishKey = (f: Finish) => JSON.stringify([f.post.status, f.event, f.worker, f.reason, f.changes]);

/**
 * Ends publications (published, or failed for good), with their lines in the organisations'
 * audit trails, in one transaction for the whole batch: the variants' links, then one status
 * statement per kind of change, then the audit lines. Answers per item whether it was still
 * this worker's to finish.
 */
export async function finishMany(db: Db, items: readonly Finish[]): Promise<boolean[]> {
  if (!items.length) return [];
  return db.transaction(async (tx) => {
    const found = items.flatMap((f) => (f.variant ? [f.variant] : []));
    if (found.length) {
      const values = sql.join(
        found.map((v) => sql`(${v.id}::uuid, ${v.found.externalId}::text, ${httpLinkOrNull(v.found.externalUrl)}::text)`),
        sql`, `,
      );
      await tx.execute(sql`
        UPDATE post_variants v SET external_id = f.external_id, external_url = f.external_url, published_at = now()
        FROM (VALUES ${values}) AS f(id, external_id, external_url) WHERE v.id = f.id`);
    }
    // Items that change alike share one statement (a burst: all "publish_succeeded").
    const groups = new Map<string, Finish[]>();
    for (const f of items) groups.set(finishKey(f), [...(groups.get(finishKey(f)) ?? []), f]);
    const done = new Set<string>();
    for (const group of groups.values()) {
      const { post, event, worker, reason, changes } = group[0]!;
      const ids = await changeStatus(tx, { ids: group.map((f) => f.post.id), from: post.status, event, worker, reason, set: changes });
      for (const id of ids) done.add(id);
    }
    const audited = items.filter((f) => done.has(f.post.id));
    await recordAuditMany(
      tx,
      audited.map((f) => ({
        orgId: f.post.orgId,
        actorId: null,
        action: f.event === 'publish_failed' ? 'post.publish_failed' : 'post.published',
        detail: { postId: f.post.id, ...f.detail },
      })),
    );
    // The people concerned hear of a failure (a success tells nobody: no statement then).
    for (const f of audited) await notifyPostEvent(tx, { orgId: f.post.orgId, postId: f.post.id, event: f.event });
    return items.map((f) => done.has(f.post.id));
  });
}

/** One publication ended, on its own (reconciliation, and the engine without a batcher). */
export async function engineFinish(
  db: Db,
  post: EnginePost,
  worker: string,
  event: Finish['event'],
  reason: string | null,
  changes: StatusFields,
  detail: Record<string, unknown> = {},
): Promise<boolean> {
  return (await finishMany(db, [{ post, worker, event, reason, changes, detail }]))[0]!;
}

/** The network refused the account itself: shown on the channel until someone reconnects it. */
export async function markChannelProblem(db: Db, channelId: string, reason: string) {
  await db.update(channels).set({ lastError: reason }).where(eq(channels.id, channelId));
}

// A "slow down" seen by this process holds at once for its other sends in flight, whose channel
// rows were loaded with their batch before it arrived.
const throttledHere = new Map<string, number>();

/** A network's "slow down" holds for every post to that channel, not only the one that got it. */
export async function throttleChannel(db: Db, channelId: string, until: Date) {
  throttledHere.set(channelId, until.getTime());
  await db.update(channels).set({ throttledUntil: until }).where(eq(channels.id, channelId));
}

/** Until when a channel asked to be left alone, as far as this process knows. */
export function throttledUntil(channel: { id: string; throttledUntil: Date | null }): Date | null {
  const here = throttledHere.get(channel.id) ?? 0;
  const stored = channel.throttledUntil?.getTime() ?? 0;
  const until = Math.max(here, stored);
  if (here && here <= Date.now()) throttledHere.delete(channel.id);
  return until > Date.now() ? new Date(until) : null;
}
