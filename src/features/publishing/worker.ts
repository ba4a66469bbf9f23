// The publishing worker: claims due posts and sends them, then sleeps until the next post is
// due or the database signals a change (LISTEN/NOTIFY), never longer than a minute. The same
// loop runs inside `zorgpost serve` and as any number of `zorgpost worker` processes.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { systemScope } from '../org-scope';
import { claimDuePosts, claimUnconfirmed, nextDueAt, type ClaimedPost } from './claim-due-posts';
import { publishClaimedPost, type PublishDeps } from './publish-claimed-post';
import { fillQueues } from '../queues/fill-queues';
import { reconcileUnconfirmed } from './reconcile-unconfirmed';

export const SCHEDULE_CHANNEL = 'zorgpost_schedule';
const MAX_SLEEP_MS = 60_000;
// Unconfirmed posts are looked up, and evergreen queues refilled, once a minute.
const RECONCILE_EVERY_MS = 60_000;

export interface WorkerOptions {
  /** Posts sent at the same time by one worker. */
  concurrency?: number;
  onError?: (error: unknown) => void;
}

export function workerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export async function startWorker(database: Database, deps: PublishDeps, opts: WorkerOptions = {}) {
  const worker = workerId();
  const concurrency = opts.concurrency ?? 8;
  const onError = opts.onError ?? ((e: unknown) => console.error(`[worker] ${(e as Error)?.message ?? e}`));
  let stopped = false;
  let wake: (() => void) | null = null;
  const unlisten = await database.listen(SCHEDULE_CHANNEL, () => wake?.());
  let lastReconcile = 0;

  const run = (claimed: ClaimedPost[], fn: typeof publishClaimedPost) =>
    Promise.all(
      claimed.map((c) =>
        fn(systemScope(database.db, { id: c.orgId, slug: c.orgSlug, timeZone: c.timeZone }), c.id, { ...deps, worker }).catch(onError),
      ),
    );

  const loop = (async () => {
    while (!stopped) {
      try {
        const claimed = await claimDuePosts(database.db, worker, concurrency);
        await run(claimed, publishClaimedPost);
        if (Date.now() - lastReconcile > RECONCILE_EVERY_MS) {
          lastReconcile = Date.now();
          await run(await claimUnconfirmed(database.db, worker), reconcileUnconfirmed);
          await fillQueues(database.db);
        }
        if (claimed.length === concurrency) continue; // more may be due right now
        const next = await nextDueAt(database.db);
        const sleep = Math.max(0, Math.min(MAX_SLEEP_MS, next ? next.getTime() - Date.now() : MAX_SLEEP_MS));
        if (sleep > 0) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, sleep)));
        wake = null;
      } catch (error) {
        onError(error);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  })();

  return {
    id: worker,
    /** Wakes the loop now (used in-process after a change, and by tests). */
    poke: () => wake?.(),
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      await unlisten();
    },
  };
}
