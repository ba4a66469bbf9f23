// Sweeps for due posts in the background of `zorgpost serve`. It reads the schedule from the
// database each time, so a restart forgets nothing.
import type { Db } from '../../db/client';
import { systemScope } from '../org-scope';
import { claimDuePosts } from './claim-due-posts';
import { publishClaimedPost, type PublishDeps } from './publish-claimed-post';

export async function publishDuePosts(db: Db, deps: PublishDeps): Promise<number> {
  const claimed = await claimDuePosts(db);
  for (const post of claimed) {
    const scope = systemScope(db, { id: post.orgId, slug: post.orgSlug, timeZone: post.timeZone });
    await publishClaimedPost(scope, post.id, deps).catch((error: unknown) => {
      console.error(`[scheduler] post ${post.id}: ${(error as Error).message}`);
    });
  }
  return claimed.length;
}

export function startScheduler(db: Db, deps: PublishDeps, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => publishDuePosts(db, deps)).catch((error: unknown) => {
      console.error(`[scheduler] ${(error as Error).message}`);
    });
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
