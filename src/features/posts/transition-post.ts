// Moves a post through its lifecycle on behalf of a person: the state machine decides what is
// possible, the role table who may, and a few rules of the trade the rest.
import { count, eq } from 'drizzle-orm';
import type { TransitionInput } from '../../contracts/post';
import { postVariants } from '../../db/schema';
import { EVENT_PERMISSION, TransitionError, nextStatus, transition, type PostEvent } from '../../domain/post-lifecycle';
import { approvalRefusal } from '../../domain/four-eyes';
import { can } from '../../domain/roles';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { authorize, type OrgScope } from '../org-scope';
import { assertGuardPasses, checkPost } from '../guard/check-post';
import { signalSchedule } from '../publishing/claim-due-posts';
import { findPost, type PostRow } from './find-post';
import { localLabel } from './planned-time';
import { loadHistory } from './post-history';
import { changeStatus } from './change-status';
import { notifyPostEvent } from '../notifications/notify';
import { confirmChecklist } from '../checklist/confirm-checklist';

async function checkRules(scope: OrgScope, post: PostRow, event: PostEvent, reason: string | undefined) {
  const own = post.authorId === scope.userId;
  if ((event === 'submit' || event === 'withdraw') && !own && !can(scope.role, 'post.editAny')) {
    throw new AppError(403, 'forbidden', { role: scope.role });
  }
  // Four eyes: nobody approves or returns their own post, nor approves what they wrote or let
  // past the guard themselves (src/domain/four-eyes.ts).
  if ((event === 'approve' || event === 'request_changes') && own) throw new AppError(403, 'own_post_review');
  if (event === 'approve') {
    const [history, guard] = await Promise.all([loadHistory(scope, post.id), checkPost(scope, post)]);
    const refusal = approvalRefusal(scope.userId, post, history, guard.overridden);
    if (refusal) throw new AppError(403, refusal);
  }
  if (event === 'request_changes' && !reason) throw new AppError(422, 'reason_required');
  if (event === 'submit' && !post.baseText.trim()) throw new AppError(422, 'text_required');
  if (event === 'schedule' || event === 'retry') {
    if (!post.scheduledAt) throw new AppError(422, 'schedule_needs_time');
    if (post.scheduledAt.getTime() <= Date.now() && event === 'schedule') {
      throw new AppError(422, 'time_in_past', { local: localLabel(post.scheduledAt, scope.timeZone) });
    }
    const [n] = await scope.db.select({ n: count() }).from(postVariants).where(eq(postVariants.postId, post.id));
    if (!n?.n) throw new AppError(422, 'schedule_needs_channel');
  }
}

// What a person does to a post that belongs in the organisation's audit trail.
const AUDITED: Partial<Record<PostEvent, string>> = {
  approve: 'post.approved',
  request_changes: 'post.returned',
  cancel: 'post.cancelled',
};

// The guard checks again at each step towards publication, not only while typing.
const GUARDED_EVENTS: ReadonlySet<PostEvent> = new Set(['submit', 'approve', 'schedule', 'retry']);

export async function transitionPost(scope: OrgScope, postId: string, input: TransitionInput, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  const event = input.event;
  const permission = EVENT_PERMISSION[event];
  if (permission) authorize(scope, permission);
  const post = await findPost(scope, postId);
  if (!nextStatus(post.status, event)) throw new TransitionError(post.status, event);
  await checkRules(scope, post, event, input.reason);
  if (GUARDED_EVENTS.has(event)) await assertGuardPasses(scope, post, lang);
  if (event === 'approve') await confirmChecklist(scope, post, input.checklist, lang);
  await applyPersonTransition(scope, post, event, input.reason ?? null);
}

/** Stores a person's status change (with its history line and, for some, its audit line) if nobody changed the post first. */
async function applyPersonTransition(scope: OrgScope, post: Pick<PostRow, 'id' | 'status'>, event: PostEvent, reason: string | null): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const changed = await changeStatus(tx, { ids: [post.id], orgId: scope.orgId, from: post.status, event, actorId: scope.userId || null, reason });
    if (!changed.length) throw new AppError(409, 'version_conflict');
    const to = transition(post.status, event);
    await notifyPostEvent(tx, { orgId: scope.orgId, postId: post.id, event, actorId: scope.userId || null });
    const audited = AUDITED[event];
    if (audited && scope.userId) {
      await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: audited, detail: { postId: post.id, from: post.status, to } });
    }
    if (to === 'scheduled') await signalSchedule(tx);
  });
}
