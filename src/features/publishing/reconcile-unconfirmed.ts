// An unconfirmed post may or may not be on the network. Reading the account settles it:
// found → published with its link; confirmed absent → queued again; unknowable → stays for a person.
import type { OrgScope } from '../org-scope';
import { clearStarted, engineFinish, engineTransition, markVariantPublished } from './engine-steps';
import { loadOne, prepareSending, type PublishDeps } from './publish-claimed-post';

export async function reconcileUnconfirmed(scope: OrgScope, postId: string, deps: PublishDeps & { worker: string }): Promise<void> {
  const loaded = await loadOne(scope, postId);
  if (!loaded) return;
  const { post } = loaded;
  if (post.status !== 'unconfirmed' || post.leaseOwner !== deps.worker) return;
  let missing = false;
  for (const { variant, adapter, request } of prepareSending(loaded, deps).sends) {
    if (!variant.publishStartedAt) continue;
    const found = adapter?.findPublished ? await adapter.findPublished(request).catch(() => undefined) : undefined;
    if (found === undefined) return; // cannot tell yet: a person checks, or the next sweep does
    if (found) await markVariantPublished(scope.db, variant.id, found);
    else {
      await clearStarted(scope.db, variant.id);
      missing = true;
    }
  }
  if (missing) {
    await engineTransition(scope.db, post, deps.worker, 'reconcile_missing', 'system:not_found', { nextAttemptAt: new Date() });
  } else {
    await engineFinish(scope.db, post, deps.worker, 'reconcile_found', null, { publishedAt: 'now', failureReason: null, failure: null }, { reconciled: true });
  }
}
