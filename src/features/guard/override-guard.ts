// An approver lets a post the guard blocks go ahead, with a written reason in its history.
// The override holds for exactly the content it was given for; any edit needs a new one.
import { and, eq } from 'drizzle-orm';
import { posts } from '../../db/schema';
import { postRefusal } from '../../domain/post-policy';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { findPost } from '../posts/find-post';
import { loadHistory } from '../posts/post-history';
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
  // The post policy: four eyes — whoever approved this content is not also the one who lets it past the guard.
  const refusal = postRefusal(scope, post, 'override_guard', { history: await loadHistory(scope, postId), guard: report });
  if (refusal?.status === 403) throw new AppError(403, refusal.code);
  await scope.db.transaction(async (tx) => {
    await tx
      .update(posts)
      .set({ guardOverrideHash: report.contentHash })
      .where(and(eq(posts.id, postId), eq(posts.orgId, scope.orgId)));
    await recordPostEvent(tx, scope, { postId, action: 'guard_override', reason: reason.trim() });
    // The reason stays in the post's history: it may quote the text, which the trail never holds.
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'guard.overridden', detail: { postId, status: post.status } });
  });
}
