// An approver lets a post the guard blocks go ahead, with a written reason in its history.
// The override holds for exactly the content it was given for; any edit needs a new one.
import { and, eq } from 'drizzle-orm';
import { posts } from '../../db/schema';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { findPost } from '../posts/find-post';
import { recordPostEvent } from '../posts/record-event';
import { checkPost } from './check-post';

export async function overrideGuard(scope: Authorized<'post.overrideGuard'>, postId: string, reason: string): Promise<void> {
  if (reason.trim().length < 10) throw new AppError(422, 'override_reason_required');
  const post = await findPost(scope, postId);
  if (post.status === 'published' || post.status === 'cancelled' || post.status === 'publishing') {
    throw new AppError(409, 'not_editable', { status: post.status });
  }
  const report = await checkPost(scope, post);
  if (report.verdict !== 'block') throw new AppError(409, 'guard_not_blocked');
  await scope.db.transaction(async (tx) => {
    await tx
      .update(posts)
      .set({ guardOverrideHash: report.contentHash })
      .where(and(eq(posts.id, postId), eq(posts.orgId, scope.orgId)));
    await recordPostEvent(tx, scope, { postId, action: 'guard_override', reason: reason.trim() });
  });
}
