// One action on several posts: each post goes through the same function a single action uses
// (same permission, state and four-eyes rules, each in its own transaction), so a refusal for one
// post leaves it untouched and does not stop the others. The answer lists every post's outcome.
import type { BulkInput, BulkOutcome, BulkResult } from '../../contracts/post-bulk';
import { TransitionError } from '../../domain/post-lifecycle';
import { translate, type Lang } from '../../i18n/messages';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { authorize, type OrgScope } from '../org-scope';
import { addQueueItem } from '../queues/queues';
import { findPost } from './find-post';
import { transitionPost } from './transition-post';
import { updatePost } from './update-post';

/** Moves a post to another planned time with the rules of editing (an approved post needs approval again). */
export async function reschedulePost(scope: OrgScope, postId: string, scheduledLocal: string): Promise<void> {
  const writer = authorize(scope, 'post.write');
  const post = await findPost(scope, postId);
  await updatePost(writer, postId, { version: post.version, scheduledLocal });
}

async function applyOne(scope: OrgScope, postId: string, input: BulkInput, lang: Lang): Promise<void> {
  if (input.action === 'approve') return transitionPost(scope, postId, { event: 'approve' }, lang);
  if (input.action === 'cancel') return transitionPost(scope, postId, { event: 'cancel' }, lang);
  if (input.action === 'reschedule') return reschedulePost(scope, postId, input.scheduledLocal!);
  return addQueueItem(authorize(scope, 'post.schedule'), input.queueId!, postId);
}

function refusal(error: unknown, lang: Lang): BulkOutcome['error'] {
  if (error instanceof AppError) return { code: error.key, message: translate(lang, error.key, error.params) };
  if (error instanceof TransitionError) {
    return { code: 'transition_refused', message: translate(lang, 'transition_refused', { from: error.from, event: error.event }) };
  }
  return null;
}

export async function bulkPosts(scope: OrgScope, input: BulkInput, lang: Lang): Promise<BulkResult> {
  const results: BulkOutcome[] = [];
  for (const postId of [...new Set(input.postIds)]) {
    const before = await findPost(scope, postId).catch(() => null);
    try {
      await applyOne(scope, postId, input, lang);
    } catch (error) {
      const reason = refusal(error, lang);
      if (!reason) throw error;
      results.push({ postId, outcome: 'refused', status: before?.status ?? null, needsApproval: false, error: reason });
      continue;
    }
    const after = await findPost(scope, postId);
    const wasApproved = before !== null && ['approved', 'scheduled'].includes(before.status);
    results.push({ postId, outcome: 'done', status: after.status, needsApproval: wasApproved && after.status === 'draft', error: null });
  }
  const done = results.filter((r) => r.outcome === 'done').length;
  if (scope.userId && done > 0) {
    await recordAudit(scope.db, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'post.bulk',
      detail: { action: input.action, done, refused: results.length - done },
    });
  }
  return { results, done, refused: results.length - done };
}
