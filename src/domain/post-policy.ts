// The one post policy (Outline's policies/ is the model): for a person and a post, every action
// and why it is refused. The server checks with `postRefusal`; the post view presents
// `allowedPostActions` and the web app shows only those buttons. Pure: the caller loads the facts.
import { approvalRefusal, overrideRefusal, type HistoryLine } from './four-eyes';
import { EVENT_PERMISSION, nextStatus, type PostEvent, type PostStatus } from './post-lifecycle';
import { can, type Role } from './roles';

/** What a person may do to a post: the lifecycle events a person can cause, plus four more. */
export const POST_ACTIONS = [
  'submit',
  'withdraw',
  'approve',
  'request_changes',
  'schedule',
  'unschedule',
  'retry',
  'cancel',
  'edit',
  'publish_now',
  'override_guard',
  'delete',
] as const;
export type PostAction = (typeof POST_ACTIONS)[number];

export interface PolicyPerson {
  userId: string;
  role: Role;
}

export interface PolicyPost {
  status: PostStatus;
  /** Null when the author's account is gone: such a post is nobody's own (only editAny may touch it). */
  authorId: string | null;
  scheduledAt: Date | null;
}

/** Where the post stands in its approval chain, for this person (src/domain/approval-chain.ts). */
export interface ApprovalFacts {
  /** The person belongs to the step the post waits on and has not approved it yet. */
  inCurrentStep: boolean;
  /** Approving now completes the last step (the post becomes approved). */
  final: boolean;
  /** Why this person may not approve this step (already approved another step of this content). */
  refusal: 'already_approved_step' | null;
}

export interface PolicyFacts {
  /** The post's history, oldest first (four eyes). Needed for approve and override_guard. */
  history?: readonly HistoryLine[];
  /** The guard's verdict on the current content. Without it the guard is not judged here. */
  guard?: { verdict: 'ok' | 'warn' | 'block'; overridden: boolean } | null;
  /** Without it: the default chain, one step that any reviewer approves. */
  approval?: ApprovalFacts | null;
  /** For the expiry of an approval: the planned time has passed while in review. */
  now?: Date;
}

export type PolicyRefusal =
  | {
      status: 403;
      code:
        | 'forbidden'
        | 'own_post_review'
        | 'edited_post_review'
        | 'override_then_approve'
        | 'approve_then_override'
        | 'not_your_step'
        | 'already_approved_step';
    }
  | { status: 409; code: 'transition' | 'not_deletable' | 'not_editable' }
  | { status: 422; code: 'guard_blocked' | 'approval_expired' };

const PERMISSION: Record<'edit' | 'publish_now' | 'override_guard' | 'delete', Parameters<typeof can>[1]> = {
  edit: 'post.write',
  publish_now: 'post.schedule',
  override_guard: 'post.overrideGuard',
  delete: 'post.write',
};

const GUARDED: ReadonlySet<PostAction> = new Set(['submit', 'approve', 'schedule', 'retry', 'publish_now']);
const NOT_OVERRIDABLE: ReadonlySet<PostStatus> = new Set(['published', 'cancelled', 'publishing']);

const isEvent = (a: PostAction): a is PostAction & PostEvent => a in EVENT_PERMISSION;

/** Why this person may not do this to the post, or null when they may. */
export function postRefusal(person: PolicyPerson, post: PolicyPost, action: PostAction, facts: PolicyFacts = {}): PolicyRefusal | null {
  const permission = isEvent(action) ? EVENT_PERMISSION[action] : PERMISSION[action as keyof typeof PERMISSION];
  if (!permission || !can(person.role, permission)) return { status: 403, code: 'forbidden' };
  const own = post.authorId !== null && post.authorId === person.userId;
  const mayTouch = own || can(person.role, 'post.editAny');
  const blocked = facts.guard?.verdict === 'block' && !facts.guard.overridden;

  switch (action) {
    case 'edit':
      if (!mayTouch) return { status: 403, code: 'forbidden' };
      if (!nextStatus(post.status, 'edit')) return { status: 409, code: 'not_editable' };
      return null;
    case 'delete':
      if (!mayTouch) return { status: 403, code: 'forbidden' };
      return post.status === 'draft' ? null : { status: 409, code: 'not_deletable' };
    case 'publish_now':
      if (post.status !== 'approved' && post.status !== 'scheduled') return { status: 409, code: 'transition' };
      return blocked ? { status: 422, code: 'guard_blocked' } : null;
    case 'override_guard': {
      if (NOT_OVERRIDABLE.has(post.status) || !blocked) return { status: 409, code: 'transition' };
      const refusal = overrideRefusal(person.userId, post, facts.history ?? []);
      return refusal ? { status: 403, code: refusal } : null;
    }
  }
  if (!nextStatus(post.status, action)) return { status: 409, code: 'transition' };
  if ((action === 'submit' || action === 'withdraw') && !mayTouch) return { status: 403, code: 'forbidden' };
  if (action === 'approve' || action === 'request_changes') {
    // Four eyes: nobody approves or returns their own post, nor approves what they wrote or let
    // past the guard themselves when theirs is the final approval (src/domain/four-eyes.ts).
    if (own) return { status: 403, code: 'own_post_review' };
    const approval = facts.approval ?? { inCurrentStep: true, final: true, refusal: null };
    if (action === 'approve') {
      const fourEyes = approvalRefusal(person.userId, post, facts.history ?? [], approval.final && Boolean(facts.guard?.overridden));
      if (fourEyes) return { status: 403, code: fourEyes };
    }
    if (!approval.inCurrentStep) return { status: 403, code: 'not_your_step' };
    if (action === 'approve') {
      if (approval.refusal) return { status: 403, code: approval.refusal };
      if (post.scheduledAt && facts.now && post.scheduledAt.getTime() <= facts.now.getTime()) return { status: 422, code: 'approval_expired' };
    }
  }
  if (GUARDED.has(action) && blocked) return { status: 422, code: 'guard_blocked' };
  return null;
}

/** Every action this person may take on the post now: what the web app offers as buttons. */
export function allowedPostActions(person: PolicyPerson, post: PolicyPost, facts: PolicyFacts = {}): PostAction[] {
  return POST_ACTIONS.filter((action) => postRefusal(person, post, action, facts) === null);
}
