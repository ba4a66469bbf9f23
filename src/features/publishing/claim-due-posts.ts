// The row is the schedule: due posts are claimed with one atomic statement and a lease, so any
// number of workers can sweep at once and each post is taken by exactly one of them. Posts of
// an organisation in crisis mode, and posts held back by it, are not due.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { transition } from '../../domain/post-lifecycle';
import { LEASE_MS } from './retry-policy';

// The status a claim writes comes from the state machine like every other change. A takeover
// (a dead worker's expired lease) keeps the status and only changes hands, logged as such.
const CLAIM = 'start_publishing' as const;
const CLAIMED = transition('scheduled', CLAIM);

export interface ClaimedPost {
  id: string;
  orgId: string;
  orgSlug: string;
  timeZone: string;
  /** Taken over from a worker whose lease expired: some channel may already have it. */
  takenOver: boolean;
}

type Row = { id: string; org_id: string; slug: string; time_zone: string; taken_over: boolean };

// Both drivers (PGlite and node-postgres) answer raw SQL with `{ rows }`.
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;
const toClaimed = (r: Row): ClaimedPost => ({ id: r.id, orgId: r.org_id, orgSlug: r.slug, timeZone: r.time_zone, takenOver: r.taken_over });

export async function claimDuePosts(db: Db, worker: string, limit = 20): Promise<ClaimedPost[]> {
  const lease = `${LEASE_MS} milliseconds`;
  const result = await db.execute(sql`
    WITH fresh AS (
      -- Two index walks in due order that stop after the batch (posts_due_idx, posts_lease_idx),
      -- not a sort of everything due: a burst of ten thousand would be sorted at every claim.
      -- The organisation is checked per row (a subplan), which keeps the walk in index order.
      SELECT p.id, false AS taken_over, coalesce(p.next_attempt_at, p.scheduled_at) AS t FROM posts p
        WHERE p.status = 'scheduled' AND p.held_at IS NULL AND coalesce(p.next_attempt_at, p.scheduled_at) <= now()
          AND (SELECT o.paused_at FROM organisations o WHERE o.id = p.org_id) IS NULL
        ORDER BY coalesce(p.next_attempt_at, p.scheduled_at)
        LIMIT ${limit}
        FOR UPDATE OF p SKIP LOCKED
    ), stale AS (
      SELECT p.id, true AS taken_over, p.lease_expires_at AS t FROM posts p
        WHERE p.status = 'publishing' AND p.lease_expires_at < now()
          AND (SELECT o.paused_at FROM organisations o WHERE o.id = p.org_id) IS NULL
        ORDER BY p.lease_expires_at
        LIMIT ${limit}
        FOR UPDATE OF p SKIP LOCKED
    ), picked AS (
      SELECT id, taken_over FROM (SELECT * FROM fresh UNION ALL SELECT * FROM stale) due ORDER BY t LIMIT ${limit}
    ), claimed AS (
      UPDATE posts p SET status = ${CLAIMED}, lease_owner = ${worker},
        lease_expires_at = now() + ${lease}::interval, updated_at = now(), version = p.version + 1
      FROM picked due WHERE p.id = due.id
      RETURNING p.id, p.org_id, due.taken_over
    ), logged AS (
      INSERT INTO post_events (org_id, post_id, action, from_status, to_status, reason)
      SELECT org_id, id, ${CLAIM}, CASE WHEN taken_over THEN ${CLAIMED} ELSE 'scheduled' END, ${CLAIMED},
        CASE WHEN taken_over THEN 'system:takeover' END
      FROM claimed
    )
    SELECT c.id, c.org_id, o.slug, o.time_zone, c.taken_over FROM claimed c JOIN organisations o ON o.id = c.org_id`);
  return rowsOf(result).map(toClaimed);
}

/** Unconfirmed posts due for another look at the network (every minute). */
export async function claimUnconfirmed(db: Db, worker: string, limit = 10): Promise<ClaimedPost[]> {
  const result = await db.execute(sql`
    WITH due AS (
      SELECT p.id FROM posts p
      WHERE p.status = 'unconfirmed' AND (p.lease_expires_at IS NULL OR p.lease_expires_at < now())
      ORDER BY p.updated_at LIMIT ${limit}
      FOR UPDATE OF p SKIP LOCKED
    ), claimed AS (
      UPDATE posts p SET lease_owner = ${worker}, lease_expires_at = now() + interval '60 seconds'
      FROM due WHERE p.id = due.id RETURNING p.id, p.org_id
    )
    SELECT c.id, c.org_id, o.slug, o.time_zone, false AS taken_over FROM claimed c JOIN organisations o ON o.id = c.org_id`);
  return rowsOf(result).map(toClaimed);
}

/** When the next post becomes due, so a worker can sleep exactly until then. */
export async function nextDueAt(db: Db): Promise<Date | null> {
  const result = await db.execute(sql`
    SELECT min(t) AS next FROM (
      SELECT min(coalesce(p.next_attempt_at, p.scheduled_at)) AS t FROM posts p
        JOIN organisations o ON o.id = p.org_id
        WHERE p.status = 'scheduled' AND p.held_at IS NULL AND o.paused_at IS NULL
      UNION ALL
      SELECT min(lease_expires_at) FROM posts WHERE status = 'publishing'
    ) x`);
  const next = (result as unknown as { rows: { next: string | Date | null }[] }).rows[0]?.next;
  return next ? new Date(next) : null;
}

/** Wakes listening workers; sent inside the transaction, delivered when it commits. */
export async function signalSchedule(db: Db): Promise<void> {
  await db.execute(sql`NOTIFY zorgpost_schedule`);
}
