// The checklist as shown on a post: the questions an approver answers now, and every confirmation
// given so far (who, when, for which content, and whether the content is still that).
import { and, desc, eq } from 'drizzle-orm';
import type { PostChecklist } from '../../contracts/checklist';
import { checklistConfirmations, users } from '../../db/schema';
import { checkPost } from '../guard/check-post';
import type { Authorized } from '../org-scope';
import { findPost } from '../posts/find-post';
import { getChecklist } from './checklist';

export async function postChecklist(scope: Authorized<'post.read'>, postId: string): Promise<PostChecklist> {
  const post = await findPost(scope, postId);
  const [{ questions }, { contentHash }, rows] = await Promise.all([
    getChecklist(scope),
    checkPost(scope, post),
    scope.db
      .select({ c: checklistConfirmations, name: users.name })
      .from(checklistConfirmations)
      .leftJoin(users, eq(users.id, checklistConfirmations.approverId))
      .where(and(eq(checklistConfirmations.orgId, scope.orgId), eq(checklistConfirmations.postId, post.id)))
      .orderBy(desc(checklistConfirmations.at))
      .limit(100),
  ]);
  return {
    questions,
    confirmations: rows.map(({ c, name }) => ({
      approver: c.approverId ? { id: c.approverId, name: name ?? '' } : null,
      contentHash: c.contentHash,
      current: c.contentHash === contentHash,
      at: c.at.toISOString(),
      answers: c.answers,
    })),
  };
}
