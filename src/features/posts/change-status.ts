// The one writer of a post's status. The caller names what happened (an event, or a short path
// of events such as schedule → start_publishing); the state machine (src/domain/post-lifecycle.ts)
// decides the new status, and the status and its history lines are written in one statement, only
// if the post is still where the caller saw it (compare-and-set on status; for the engine also on
// its lease). Many posts at once are one statement too: the engine finishes a batch that way.
import { type SQL, sql } from 'drizzle-orm';
import type { PostFailure } from '../../contracts/post';
import type { Db } from '../../db/client';
import { transition, type PostEvent, type PostStatus } from '../../domain/post-lifecycle';
import { LEASE_MS } from '../publishing/retry-policy';

/** Columns that change with a status; `'now'` is the database clock. */
export interface StatusFields {
  attempts?: number;
  nextAttemptAt?: Date | null;
  failureReason?: string | null;
  /** The failure as a code with parameters, translated by the web app. */
  failure?: PostFailure | null;
  publishedAt?: Date | null | 'now';
  heldAt?: Date | null;
  scheduledAt?: Date | null;
}

export interface StatusChange {
  /** The posts, all in status `from`. */
  ids: readonly string[];
  from: PostStatus;
  event: PostEvent | readonly PostEvent[];
  /** A person's change is limited to their organisation; the engine's to its lease. */
  orgId?: string;
  /** The engine: only while this worker holds the lease. Also the new lease owner on the way to publishing. */
  worker?: string;
  actorId?: string | null;
  reason?: string | null;
  set?: StatusFields;
}

const ts = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The statuses a path of events passes through, from `from`; throws on a change the machine refuses. */
export function statusPath(from: PostStatus, events: readonly PostEvent[]): { event: PostEvent; from: PostStatus; to: PostStatus }[] {
  const steps: { event: PostEvent; from: PostStatus; to: PostStatus }[] = [];
  let at = from;
  for (const event of events) {
    const to = transition(at, event);
    steps.push({ event, from: at, to });
    at = to;
  }
  return steps;
}

/** Ids of the posts changed (those that moved on in the meantime are left out). */
export async function changeStatus(db: Db, change: StatusChange): Promise<string[]> {
  if (!change.ids.length) return [];
  const steps = statusPath(change.from, typeof change.event === 'string' ? [change.event as PostEvent] : (change.event as readonly PostEvent[]));
  const to = steps.at(-1)!.to;
  const f = change.set ?? {};
  const sets: SQL[] = [sql`status = ${to}`, sql`updated_at = now()`, sql`version = version + 1`];
  if (to === 'publishing') {
    sets.push(sql`lease_owner = ${change.worker ?? null}`, sql`lease_expires_at = now() + ${`${LEASE_MS} milliseconds`}::interval`);
  } else {
    sets.push(sql`lease_owner = NULL`, sql`lease_expires_at = NULL`);
  }
  // A person's schedule or retry starts afresh: no pending backoff, no crisis hold.
  if (to === 'scheduled' && !change.worker) Object.assign(f, { nextAttemptAt: null, heldAt: null, attempts: 0, failure: null, ...change.set });
  if (f.attempts !== undefined) sets.push(sql`attempts = ${f.attempts}`);
  if (f.nextAttemptAt !== undefined) sets.push(sql`next_attempt_at = ${ts(f.nextAttemptAt)}::timestamptz`);
  if (f.failureReason !== undefined) sets.push(sql`failure_reason = ${f.failureReason}`);
  if (f.failure !== undefined) sets.push(sql`failure = ${f.failure ? JSON.stringify(f.failure) : null}::jsonb`);
  if (f.publishedAt !== undefined) sets.push(f.publishedAt === 'now' ? sql`published_at = now()` : sql`published_at = ${ts(f.publishedAt)}::timestamptz`);
  if (f.heldAt !== undefined) sets.push(sql`held_at = ${ts(f.heldAt)}::timestamptz`);
  if (f.scheduledAt !== undefined) sets.push(sql`scheduled_at = ${ts(f.scheduledAt)}::timestamptz`);

  const where: SQL[] = [
    sql`id IN (${sql.join(
      change.ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
    sql`status = ${change.from}`,
  ];
  if (change.orgId) where.push(sql`org_id = ${change.orgId}::uuid`);
  // The engine changes only what it holds; on the way to publishing the lease is what it takes.
  if (change.worker && change.from !== 'scheduled' && change.from !== 'approved') where.push(sql`lease_owner = ${change.worker}`);
  // History lines in the order of the path; clock_timestamp keeps two lines of one statement in order.
  const lines = steps.map(
    (s, i) => sql`(${i}::int, ${s.event}::text, ${s.from}::text, ${s.to}::text, ${i === steps.length - 1 ? (change.reason ?? null) : null}::text)`,
  );
  const result = await db.execute(sql`
    WITH changed AS (
      UPDATE posts SET ${sql.join(sets, sql`, `)}
      WHERE ${sql.join(where, sql` AND `)}
      RETURNING id, org_id
    ), logged AS (
      INSERT INTO post_events (org_id, post_id, actor_id, action, from_status, to_status, reason, at)
      SELECT c.org_id, c.id, ${change.actorId ?? null}::uuid, l.action, l.from_status, l.to_status, l.reason,
        clock_timestamp() + l.n * interval '1 microsecond'
      FROM changed c CROSS JOIN (VALUES ${sql.join(lines, sql`, `)}) AS l(n, action, from_status, to_status, reason)
    )
    SELECT id FROM changed`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}
