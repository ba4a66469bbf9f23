import { sql } from 'drizzle-orm';
import { postEvents } from '../../db/schema';
import type { Db } from '../../db/client';
import type { PostStatus } from '../../domain/post-lifecycle';
import type { OrgScope } from '../org-scope';

/** Appends one line to a post's history: who did what, when, and why. Reasons Zorgpost writes
 *  itself are codes ("system:crisis_hold") that the web app translates. */
export async function recordPostEvent(
  db: Db,
  scope: OrgScope,
  e: { postId: string; action: string; from?: PostStatus | null; to?: PostStatus | null; reason?: string | null },
): Promise<void> {
  await db.insert(postEvents).values({
    orgId: scope.orgId,
    postId: e.postId,
    actorId: scope.userId || null,
    action: e.action,
    fromStatus: e.from ?? null,
    toStatus: e.to ?? null,
    reason: e.reason ?? null,
    // The clock, not the transaction's start: two lines written in one transaction keep their order.
    at: sql`clock_timestamp()`,
  });
}
