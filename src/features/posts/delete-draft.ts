// A writer throws away a draft they no longer want (an editor may remove anyone's). Only drafts:
// a post that was submitted, approved or published keeps its history.
import { and, eq } from 'drizzle-orm';
import { posts } from '../../db/schema';
import { postRefusal } from '../../domain/post-policy';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { findPost } from './find-post';

export async function deleteDraft(scope: Authorized<'post.write'>, postId: string): Promise<void> {
  const post = await findPost(scope, postId);
  if (postRefusal(scope, post, 'delete')) throw new AppError(409, 'not_deletable');
  await scope.db.transaction(async (tx) => {
    // The status is checked again in the statement: a draft submitted meanwhile stays.
    const gone = await tx
      .delete(posts)
      .where(and(eq(posts.id, postId), eq(posts.orgId, scope.orgId), eq(posts.status, 'draft')))
      .returning({ id: posts.id });
    if (!gone.length) throw new AppError(409, 'not_deletable');
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'post.draft_deleted', detail: { postId } });
  });
}
