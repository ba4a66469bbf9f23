// Moves a post through its lifecycle on behalf of a person: the state machine decides what is
// possible, the role table who may, and a few rules of the trade the rest.
import { and, count, eq } from 'drizzle-orm';
import type { TransitionInput } from '../../contracts/post';
import { EVENT_PERMISSION, TransitionError, nextStatus, type PostEvent } from '../../domain/post-lifecycle';
import { stepHash } from '../../domain/approval-chain';
import { postRefusal } from '../../domain/post-policy';
import type { Db } from '../../db/client';
import { postApprovals, postComments, posts, postVariants } from '../../db/schema';
import { loadApproval } from '../approvals/load-approval';
import { notify } from '../notifications/notify';
import { recordPostEvent } from './record-event';
import { loadPostParts } from './load-post-parts';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { authorize, type OrgScope } from '../org-scope';
import { assertGuardPasses, checkPost } from '../guard/check-post';
import { signalSchedule } from '../publishing/claim-due-posts';
import { findPost, type PostRow } from './find-post';
import { localLabel } from './planned-time';
import { loadHistory } from './post-history';
import { changeStatus, statusPath } from './change-status';
import { notifyPostEvent } from '../notifications/notify';
import { confirmChecklist } from '../checklist/confirm-checklist';

/** Everything the policy and the chain need to judge an approval or return (one load). */
async function reviewFacts(scope: OrgScope, post: PostRow) {
  const [history, guard] = await Promise.all([loadHistory(scope, post.id), checkPost(scope, post)]);
  const approval = await loadApproval(scope.db, scope.orgId, post, history, guard.contentHash);
  return { history, guard, approval };
}

async function checkRules(scope: OrgScope, post: PostRow, input: TransitionInput, lang: 'nl' | 'en') {
  const event = input.event;
  const review = event === 'approve' || event === 'request_changes' ? await reviewFacts(scope, post) : null;
  // The one post policy (src/domain/post-policy.ts) decides; the guard's own error names what it found.
  const refusal = postRefusal(scope, post, event, {
    history: review?.history,
    guard: review?.guard,
    approval: review?.approval.factsFor(scope.userId),
    now: new Date(),
  });
  if (refusal?.code === 'transition') throw new TransitionError(post.status, event);
  if (refusal?.code === 'guard_blocked') await assertGuardPasses(scope, post, lang);
  if (refusal) throw new AppError(refusal.status, refusal.code, refusal.code === 'forbidden' ? { role: scope.role } : {});
  if (event === 'request_changes' && !input.reason) throw new AppError(422, 'reason_required');
  if (event === 'request_changes' && input.comments?.length) await checkComments(scope, post, input.comments);
  if (event === 'submit' && !post.baseText.trim()) throw new AppError(422, 'text_required');
  if (GUARDED_EVENTS.has(event)) await assertGuardPasses(scope, post, lang);
  if (event === 'schedule' || event === 'retry') {
    if (!post.scheduledAt) throw new AppError(422, 'schedule_needs_time');
    if (post.scheduledAt.getTime() <= Date.now() && event === 'schedule') {
      throw new AppError(422, 'time_in_past', { local: localLabel(post.scheduledAt, scope.timeZone) });
    }
    const [n] = await scope.db.select({ n: count() }).from(postVariants).where(eq(postVariants.postId, post.id));
    if (!n?.n) throw new AppError(422, 'schedule_needs_channel');
  }
  return review;
}

// What a person does to a post that belongs in the organisation's audit trail.
const AUDITED: Partial<Record<PostEvent, string>> = {
  submit: 'post.submitted',
  withdraw: 'post.withdrawn',
  schedule: 'post.scheduled',
  unschedule: 'post.unscheduled',
  retry: 'post.retried',
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
  const review = await checkRules(scope, post, input, lang);
  // The approver confirms the organisation's checklist for exactly this content (recorded apart).
  if (event === 'approve') await confirmChecklist(scope, post, input.checklist, lang);
  if (event === 'approve' && review) {
    const { approval, guard } = review;
    const current = approval.progress.current!;
    const step = approval.chain[current]!;
    const bound = {
      orgId: scope.orgId,
      postId: post.id,
      step: current,
      userId: scope.userId,
      contentHash: stepHash(step, guard.contentHash, post.scheduledAt),
    };
    // Not the last approval: the post stays in review and waits on the next step's people.
    if (!approval.factsFor(scope.userId).final) {
      await scope.db.transaction(async (tx) => {
        await tx.insert(postApprovals).values(bound);
        await recordPostEvent(tx, scope, { postId: post.id, action: 'step_approved', reason: `step:${current + 1}` });
        await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'post.step_approved', detail: { postId: post.id, step: current + 1 } });
        const after = (await loadApproval(tx, scope.orgId, post, review.history, guard.contentHash)).progress;
        const who = after.current === null ? [] : after.steps[after.current]!.waitingFor;
        // The status and version in the WHERE: an edit or a withdrawal meanwhile wins, this approval is not stored.
        const kept = await tx
          .update(posts)
          .set({ waitingFor: who })
          .where(and(eq(posts.id, post.id), eq(posts.orgId, scope.orgId), eq(posts.status, 'in_review'), eq(posts.version, post.version)))
          .returning({ id: posts.id });
        if (!kept.length) throw new AppError(409, 'version_conflict');
        await notify(tx, { orgId: scope.orgId, kind: 'post_submitted', postId: post.id, userIds: who, actorId: scope.userId });
      });
      return;
    }
    // Planned by the quick route by someone who may schedule: the last approval schedules it too.
    const thenSchedule = post.scheduleWhenApproved && post.scheduledAt !== null && post.scheduledAt.getTime() > Date.now();
    await applyPersonTransition(scope, post, thenSchedule ? ['approve', 'schedule'] : event, input.reason ?? null, async (tx) => {
      await tx.insert(postApprovals).values(bound);
      await tx
        .update(posts)
        .set({ waitingFor: [] })
        .where(and(eq(posts.id, post.id), eq(posts.orgId, scope.orgId)));
    });
    return;
  }
  // At submission the chain starts (again): the step it waits on follows from the approvals that
  // still hold for this content — after any edit, that is the first.
  const waiting = event === 'submit' ? await waitingAfterSubmit(scope, post) : [];
  await applyPersonTransition(scope, post, event, input.reason ?? null, async (tx) => {
    if (event === 'submit' || event === 'withdraw' || event === 'request_changes' || event === 'cancel') {
      await tx
        .update(posts)
        .set({ waitingFor: waiting })
        .where(and(eq(posts.id, post.id), eq(posts.orgId, scope.orgId)));
    }
    if (event === 'request_changes' && input.comments?.length) {
      await tx.insert(postComments).values(
        input.comments.map((c) => ({
          orgId: scope.orgId,
          postId: post.id,
          authorId: scope.userId,
          part: c.part,
          startOffset: c.start,
          endOffset: c.end,
          quote: c.quote,
          body: c.body,
        })),
      );
    }
  });
}

async function waitingAfterSubmit(scope: OrgScope, post: PostRow): Promise<string[]> {
  const { approval } = await reviewFacts(scope, post);
  const current = approval.progress.current;
  return current === null ? [] : approval.progress.steps[current]!.waitingFor;
}

/** A comment must point at the passage it quotes, in a text the post has. */
async function checkComments(scope: OrgScope, post: PostRow, comments: NonNullable<TransitionInput['comments']>) {
  const parts = (await loadPostParts(scope.db, [post.id], scope.orgId)).get(post.id);
  comments.forEach((c, i) => {
    const text = c.part === 'base' ? post.baseText : parts?.variants.find((v) => v.channel.id === c.part)?.variant.text;
    if (text == null || text.slice(c.start, c.end) !== c.quote) {
      throw new AppError(422, 'comment_not_matching', {}, [
        { path: `comments.${i}.${text == null ? 'part' : 'quote'}`, message: 'the quote is not the text between start and end' },
      ]);
    }
  });
}

/** Stores a person's status change (with its history line and, for some, its audit line) if nobody changed the post first. */
async function applyPersonTransition(
  scope: OrgScope,
  post: Pick<PostRow, 'id' | 'status' | 'scheduledAt'>,
  events: PostEvent | PostEvent[],
  reason: string | null,
  alongside?: (tx: Db) => Promise<void>,
): Promise<void> {
  const path = statusPath(post.status, typeof events === 'string' ? [events] : events);
  await scope.db.transaction(async (tx) => {
    const changed = await changeStatus(tx, { ids: [post.id], orgId: scope.orgId, from: post.status, event: events, actorId: scope.userId || null, reason });
    if (!changed.length) throw new AppError(409, 'version_conflict');
    await alongside?.(tx);
    for (const { event, from, to } of path) {
      await notifyPostEvent(tx, { orgId: scope.orgId, postId: post.id, event, actorId: scope.userId || null });
      const audited = AUDITED[event];
      if (audited && scope.userId) {
        const when = event === 'schedule' && post.scheduledAt ? { scheduledAt: post.scheduledAt.toISOString() } : {};
        await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: audited, detail: { postId: post.id, from, to, ...when } });
      }
    }
    if (path.at(-1)!.to === 'scheduled') await signalSchedule(tx);
  });
}
