// After a crisis: per held-back post, the editor sends it now, gives it a new time, or cancels it.
import { and, eq, isNotNull } from 'drizzle-orm';
import { posts } from '../../db/schema';
import { AppError, notFound } from '../errors';
import type { Authorized } from '../org-scope';
import { plannedTime } from '../posts/planned-time';
import { recordPostEvent } from '../posts/record-event';
import { transitionPost } from '../posts/transition-post';
import { signalSchedule } from '../publishing/claim-due-posts';

export type HeldDecision = { decision: 'send' } | { decision: 'reschedule'; scheduledLocal: string } | { decision: 'cancel' };

export async function decideHeldPost(scope: Authorized<'post.schedule'>, postId: string, input: HeldDecision): Promise<void> {
  const [post] = await scope.db
    .select()
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.orgId, scope.orgId), isNotNull(posts.heldAt)));
  if (!post) throw notFound('post');
  if (input.decision === 'cancel') {
    await scope.db.update(posts).set({ heldAt: null, updatedAt: new Date() }).where(eq(posts.id, postId));
    await transitionPost(scope, postId, { event: 'cancel', reason: 'system:crisis_review' });
    return;
  }
  const planned = input.decision === 'reschedule' ? plannedTime(input.scheduledLocal, scope.timeZone) : null;
  await scope.db.transaction(async (tx) => {
    const changed = await tx
      .update(posts)
      .set({
        heldAt: null,
        updatedAt: new Date(),
        nextAttemptAt: planned ? null : new Date(),
        ...(planned && { scheduledAt: planned.utc, scheduledNote: planned.note }),
      })
      .where(and(eq(posts.id, postId), eq(posts.status, 'scheduled'), isNotNull(posts.heldAt)))
      .returning({ id: posts.id });
    if (!changed.length) throw new AppError(409, 'version_conflict');
    await recordPostEvent(tx, scope, { postId, action: input.decision === 'send' ? 'crisis_send' : 'crisis_reschedule', reason: 'system:crisis_review' });
    await signalSchedule(tx);
  });
}
