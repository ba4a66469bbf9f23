import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { organisations } from '../../db/schema';
import type { PostStatus } from '../../domain/post-lifecycle';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { assertGuardPasses } from '../guard/check-post';
import type { Authorized, OrgScope } from '../org-scope';
import { findPost, type PostRow } from '../posts/find-post';
import { changeStatus } from '../posts/change-status';
import { publishClaimedPost, type PublishDeps } from './publish-claimed-post';

// Where a post is once the engine has it: publish-now has been answered, by us or by a worker.
const IN_ENGINE: ReadonlySet<PostStatus> = new Set(['publishing', 'published', 'failed', 'unconfirmed']);

/**
 * Takes an approved or scheduled post straight to "publishing" for this request, in one
 * transaction (schedule and claim together), so a sweeping worker cannot slip in between.
 * False when the post changed first, e.g. a worker claimed it because it was due.
 */
async function claimNow(scope: OrgScope, post: PostRow, worker: string): Promise<boolean> {
  return scope.db.transaction(async (tx) => {
    const fromApproved = post.status === 'approved';
    const changed = await changeStatus(tx, {
      ids: [post.id],
      orgId: scope.orgId,
      from: post.status,
      event: fromApproved ? ['schedule', 'start_publishing'] : 'start_publishing',
      worker,
      actorId: scope.userId || null,
      // A person's schedule starts afresh: no pending backoff, no crisis hold.
      set: fromApproved ? { scheduledAt: post.scheduledAt ?? new Date(), nextAttemptAt: null, heldAt: null, attempts: 0 } : {},
    });
    if (!changed.length) return false;
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId || null, action: 'post.publish_now', detail: { postId: post.id, from: post.status } });
    return true;
  });
}

/**
 * An editor sends an approved or scheduled post out now instead of at its planned time. If a
 * worker takes it first (it was due), the request is answered all the same: the post is on its
 * way, which is what was asked.
 */
export async function publishNow(scope: Authorized<'post.schedule'>, postId: string, deps: PublishDeps, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const post = await findPost(scope, postId);
    if (IN_ENGINE.has(post.status) && (attempt > 0 || post.status === 'publishing' || post.status === 'published')) return;
    if (post.status !== 'approved' && post.status !== 'scheduled') throw new AppError(409, 'transition_refused', { from: post.status, event: 'publish_now' });
    await assertGuardPasses(scope, post, lang);
    // Said before anything changes: in crisis mode the post would only be held again.
    const [org] = await scope.db.select({ pausedAt: organisations.pausedAt }).from(organisations).where(eq(organisations.id, scope.orgId));
    if (org?.pausedAt) throw new AppError(409, 'publish_now_crisis');
    const worker = `publish-now:${randomBytes(4).toString('hex')}`;
    if (await claimNow(scope, post, worker)) {
      await publishClaimedPost(scope, postId, { ...deps, worker });
      return;
    }
  }
  throw new AppError(409, 'version_conflict');
}
