// The post lifecycle as one state machine. Every status change in the program goes through
// `transition`, so an impossible change (publishing a draft, approving a published post) is
// refused in one place.
import type { Action } from './roles';

export const POST_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'unconfirmed',
  'cancelled',
] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const POST_EVENTS = [
  'submit',
  'withdraw',
  'approve',
  'request_changes',
  'edit',
  'schedule',
  'unschedule',
  'start_publishing',
  'publish_succeeded',
  'publish_failed',
  'publish_unknown',
  'release',
  'reconcile_found',
  'reconcile_missing',
  'retry',
  'cancel',
] as const;
export type PostEvent = (typeof POST_EVENTS)[number];

// from → event → to. Anything not listed is refused.
const table: Record<PostStatus, Partial<Record<PostEvent, PostStatus>>> = {
  draft: { submit: 'in_review', edit: 'draft', cancel: 'cancelled' },
  in_review: { approve: 'approved', request_changes: 'changes_requested', withdraw: 'draft', edit: 'draft', cancel: 'cancelled' },
  changes_requested: { edit: 'draft', submit: 'in_review', cancel: 'cancelled' },
  approved: { schedule: 'scheduled', edit: 'draft', cancel: 'cancelled' },
  scheduled: { start_publishing: 'publishing', unschedule: 'approved', edit: 'draft', cancel: 'cancelled' },
  // release: nothing was sent (retry later, crisis hold, a dead worker's untouched claim).
  publishing: { publish_succeeded: 'published', publish_failed: 'failed', publish_unknown: 'unconfirmed', release: 'scheduled' },
  published: {},
  failed: { retry: 'scheduled', edit: 'draft', cancel: 'cancelled' },
  // A person may give up on an unconfirmed post, but never resend it: only reconciliation can.
  unconfirmed: { reconcile_found: 'published', reconcile_missing: 'scheduled', cancel: 'cancelled' },
  cancelled: {},
};

// The permission each event needs from a person; events without one are the system's own.
export const EVENT_PERMISSION: Record<PostEvent, Action | null> = {
  submit: 'post.write',
  withdraw: 'post.write',
  edit: 'post.write',
  approve: 'post.review',
  request_changes: 'post.review',
  schedule: 'post.schedule',
  unschedule: 'post.schedule',
  retry: 'post.schedule',
  cancel: 'post.cancel',
  start_publishing: null,
  publish_succeeded: null,
  publish_failed: null,
  publish_unknown: null,
  release: null,
  reconcile_found: null,
  reconcile_missing: null,
};

export class TransitionError extends Error {
  constructor(
    readonly from: PostStatus,
    readonly event: PostEvent,
  ) {
    super(`A post in status "${from}" cannot "${event}"`);
  }
}

export function nextStatus(from: PostStatus, event: PostEvent): PostStatus | null {
  return table[from][event] ?? null;
}

export function transition(from: PostStatus, event: PostEvent): PostStatus {
  const to = nextStatus(from, event);
  if (!to) throw new TransitionError(from, event);
  return to;
}

export function allowedEvents(from: PostStatus): PostEvent[] {
  return Object.keys(table[from]) as PostEvent[];
}

// Text and media may change only before the post has gone out (editing sends it back to draft).
export function isEditable(status: PostStatus): boolean {
  return nextStatus(status, 'edit') !== null;
}
