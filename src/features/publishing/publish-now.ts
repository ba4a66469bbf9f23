import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { transition } from '../../domain/post-lifecycle';
import { AppError } from '../errors';
import { assertGuardPasses } from '../guard/check-post';
import type { Authorized } from '../org-scope';
import { findPost } from '../posts/find-post';
import { applyTransition } from '../posts/transition-post';
import { LEASE_MS } from './retry-policy';
import { publishClaimedPost, type PublishDeps } from './publish-claimed-post';

/** An editor sends an approved or scheduled post out now instead of at its planned time. */
export async function publishNow(scope: Authorized<'post.schedule'>, postId: string, deps: PublishDeps, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  let post = await findPost(scope, postId);
  if (post.status === 'approved' || post.status === 'scheduled') await assertGuardPasses(scope, post, lang);
  if (post.status === 'approved') {
    await applyTransition(scope, post, 'schedule', transition('approved', 'schedule'), null, { scheduledAt: post.scheduledAt ?? new Date() });
    post = await findPost(scope, postId);
  }
  if (post.status !== 'scheduled') throw new AppError(409, 'transition_refused', { from: post.status, event: 'publish_now' });
  // Claimed like a worker would, so a sweeping worker cannot take it at the same time.
  const worker = `publish-now:${randomBytes(4).toString('hex')}`;
  await applyTransition(scope, post, 'start_publishing', 'publishing', null, {
    leaseOwner: worker,
    leaseExpiresAt: sql`now() + ${`${LEASE_MS} milliseconds`}::interval`,
  });
  await publishClaimedPost(scope, postId, { ...deps, worker });
}
