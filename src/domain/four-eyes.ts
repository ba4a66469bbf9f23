// Four eyes, really four: whoever wrote any of a post's content, or let it past the privacy
// guard, is not the second pair of eyes on that content. Pure rules over a post's history, used
// by the approval itself and by the post view (which offers only the buttons that will work).
import type { PostStatus } from './post-lifecycle';

/** One line of a post's history, in time order. */
export interface HistoryLine {
  action: string;
  actorId: string | null;
}

/** History actions that write a post's content: whoever did one is one of its authors. */
export const CONTENT_ACTIONS: ReadonlySet<string> = new Set(['created', 'edit']);

export type ApprovalRefusal = 'own_post_review' | 'edited_post_review' | 'override_then_approve';
export type OverrideRefusal = 'approve_then_override';

const lastIndex = (history: readonly HistoryLine[], actions: ReadonlySet<string>) => {
  for (let i = history.length - 1; i >= 0; i--) if (actions.has(history[i]!.action)) return i;
  return -1;
};

/**
 * Why this person may not approve the post, or null. `overriddenNow`: the guard blocks the
 * current content and an override for exactly this content stands.
 */
export function approvalRefusal(
  userId: string,
  post: { authorId: string | null },
  history: readonly HistoryLine[],
  overriddenNow: boolean,
): ApprovalRefusal | null {
  if (post.authorId === userId) return 'own_post_review';
  if (history.some((e) => CONTENT_ACTIONS.has(e.action) && e.actorId === userId)) return 'edited_post_review';
  if (overriddenNow) {
    const i = lastIndex(history, new Set(['guard_override']));
    if (i >= 0 && history[i]!.actorId === userId) return 'override_then_approve';
  }
  return null;
}

const APPROVED: ReadonlySet<PostStatus> = new Set(['approved', 'scheduled', 'publishing', 'failed', 'unconfirmed']);

/** Why this person may not override the guard for the post's current content, or null. */
export function overrideRefusal(userId: string, post: { status: PostStatus }, history: readonly HistoryLine[]): OverrideRefusal | null {
  if (!APPROVED.has(post.status)) return null;
  // The approval that stands is the last one after the last change of content.
  const approved = lastIndex(history, new Set(['approve']));
  if (approved > lastIndex(history, CONTENT_ACTIONS) && history[approved]!.actorId === userId) return 'approve_then_override';
  return null;
}
