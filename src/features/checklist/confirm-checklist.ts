// An approver confirms every question of the checklist for exactly this content before the
// approval counts; the confirmation is stored keyed by post, approver and content hash, and audited.
import type { Db } from '../../db/client';
import { checklistConfirmations } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { checkPost } from '../guard/check-post';
import type { OrgScope } from '../org-scope';
import type { PostRow } from '../posts/find-post';
import { getChecklist } from './checklist';

/** Throws 422 naming the first question not confirmed; otherwise records the answers. */
export async function confirmChecklist(scope: OrgScope, post: PostRow, confirmed: readonly string[] | undefined, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  const { questions } = await getChecklist(scope);
  const yes = new Set(confirmed ?? []);
  const missing = questions.find((q) => !yes.has(q.id));
  if (missing) {
    throw new AppError(422, 'checklist_unconfirmed', { question: missing[lang] }, [{ path: 'checklist', message: missing.id }]);
  }
  const { contentHash } = await checkPost(scope, post);
  const answers = questions.map((q) => ({ ...q, confirmed: true }));
  await scope.db.transaction((tx) => recordConfirmation(tx, scope, post.id, contentHash, answers));
}

async function recordConfirmation(
  tx: Db,
  scope: OrgScope,
  postId: string,
  contentHash: string,
  answers: { id: string; nl: string; en: string; confirmed: boolean }[],
) {
  await tx
    .insert(checklistConfirmations)
    .values({ orgId: scope.orgId, postId, approverId: scope.userId, contentHash, answers })
    .onConflictDoUpdate({
      target: [checklistConfirmations.postId, checklistConfirmations.approverId, checklistConfirmations.contentHash],
      set: { answers, at: new Date() },
    });
  await recordAudit(tx, {
    orgId: scope.orgId,
    actorId: scope.userId,
    action: 'post.checklist_confirmed',
    detail: { postId, contentHash, questions: answers.map((a) => a.id) },
  });
}
