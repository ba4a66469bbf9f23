// The post lifecycle as a specification: every (status, event) pair is either allowed, leading
// to the status written out below, or refused with a TransitionError.
import { describe, expect, it } from 'vitest';
import {
  POST_EVENTS,
  POST_STATUSES,
  TransitionError,
  allowedEvents,
  isEditable,
  nextStatus,
  transition,
  type PostEvent,
  type PostStatus,
} from '../../src/domain/post-lifecycle.ts';

// The specification, written out by hand (not read from the implementation).
const EXPECTED: Record<PostStatus, Partial<Record<PostEvent, PostStatus>>> = {
  draft: { submit: 'in_review', edit: 'draft', cancel: 'cancelled' },
  in_review: {
    approve: 'approved',
    request_changes: 'changes_requested',
    withdraw: 'draft',
    edit: 'draft',
    cancel: 'cancelled',
  },
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

const EDITABLE: Record<PostStatus, boolean> = {
  draft: true,
  in_review: true,
  changes_requested: true,
  approved: true,
  scheduled: true,
  publishing: false,
  published: false,
  failed: true,
  unconfirmed: false,
  cancelled: false,
};

describe('the specification covers the whole state machine', () => {
  it('names exactly the statuses and events the program knows', () => {
    expect([...POST_STATUSES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...POST_EVENTS].sort()).toEqual(
      [
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
      ].sort(),
    );
    for (const to of Object.values(EXPECTED).flatMap((row) => Object.values(row))) {
      expect(POST_STATUSES).toContain(to);
    }
  });
});

const pairs = POST_STATUSES.flatMap((from) => POST_EVENTS.map((event) => ({ from, event, to: EXPECTED[from][event] ?? null })));

describe('allowed transitions go to the expected status', () => {
  it.each(pairs.filter((p) => p.to !== null))('$from --$event--> $to', ({ from, event, to }) => {
    expect(transition(from, event)).toBe(to);
    expect(nextStatus(from, event)).toBe(to);
  });
});

describe('every other transition is refused', () => {
  it.each(pairs.filter((p) => p.to === null))('$from --$event--> refused', ({ from, event }) => {
    expect(nextStatus(from, event)).toBeNull();
    let thrown: unknown;
    try {
      transition(from, event);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TransitionError);
    expect(thrown).toMatchObject({ from, event });
    expect((thrown as Error).message).toContain(from);
  });

  it('refuses the mistakes people would actually try', () => {
    expect(() => transition('draft', 'approve')).toThrow(TransitionError);
    expect(() => transition('draft', 'schedule')).toThrow(TransitionError);
    expect(() => transition('published', 'edit')).toThrow(TransitionError);
    expect(() => transition('published', 'cancel')).toThrow(TransitionError);
    expect(() => transition('in_review', 'schedule')).toThrow(TransitionError);
    expect(() => transition('cancelled', 'submit')).toThrow(TransitionError);
    // An unconfirmed post may have reached the network: it is never simply sent again.
    expect(() => transition('unconfirmed', 'retry')).toThrow(TransitionError);
    expect(() => transition('unconfirmed', 'start_publishing')).toThrow(TransitionError);
    expect(() => transition('unconfirmed', 'edit')).toThrow(TransitionError);
  });
});

describe('allowedEvents', () => {
  it.each(POST_STATUSES.map((s) => [s] as const))('lists exactly the allowed events for %s', (status) => {
    expect([...allowedEvents(status)].sort()).toEqual(Object.keys(EXPECTED[status]).sort());
  });

  it('offers nothing for the final statuses', () => {
    expect(allowedEvents('published')).toEqual([]);
    expect(allowedEvents('cancelled')).toEqual([]);
  });
});

describe('isEditable', () => {
  it.each(POST_STATUSES.map((s) => [s, EDITABLE[s]] as const))('%s → %s', (status, editable) => {
    expect(isEditable(status)).toBe(editable);
  });
});
