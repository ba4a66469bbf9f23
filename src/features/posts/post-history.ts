import { and, asc, eq } from 'drizzle-orm';
import { postEvents } from '../../db/schema';
import type { HistoryLine } from '../../domain/four-eyes';
import type { OrgScope } from '../org-scope';

/** Who did what to a post, oldest first: what the four-eyes rules read. */
export async function loadHistory(scope: OrgScope, postId: string): Promise<HistoryLine[]> {
  return scope.db
    .select({ action: postEvents.action, actorId: postEvents.actorId })
    .from(postEvents)
    .where(and(eq(postEvents.postId, postId), eq(postEvents.orgId, scope.orgId)))
    .orderBy(asc(postEvents.at));
}
