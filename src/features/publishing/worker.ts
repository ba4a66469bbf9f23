// The publishing worker: claims due posts and sends them, then sleeps until the next post is
// due or the database signals a change (LISTEN/NOTIFY), never longer than a minute. The same
// loop runs inside `zorgpost serve` and as any number of `zorgpost worker` processes.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { systemScope } from '../org-scope';
import { claimDuePosts, claimUnconfirmed, nextDueAt, type ClaimedPost } from './claim-due-posts';
import { engineBatch, publishClaimedPost, type PublishDeps } from './publish-claimed-post';
import { loadPostsWithParts, type PostWithParts } from '../posts/load-post-parts';
import { fillQueues } from '../queues/fill-queues';
import { reconcileUnconfirmed } from './reconcile-unconfirmed';
import { refreshDueTokens } from '../channels/token-refresh';
import { runTakedowns } from '../consent/takedowns';
import { inboxTurn } from '../inbox/inbox-turn';
import { listeningTurn } from '../listening/listening-turn';
import { campaignTurn } from '../campaigns/campaign-turn';
import { beat, stopBeating } from './worker-heartbeat';
import { describeError } from '../../db/describe-error';
import { log } from '../../log/logger';

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
  // 64 sends in flight: each claim, load, start mark and finish serves up to 64 posts (a burst
  // of 10,000 needs a few hundred statements, not thousands); the sends themselves are HTTP calls.
  const concurrency = opts.concurrency ?? 64;
  const refillAt = Math.max(1, Math.floor(concurrency / 2));
  const onError = opts.onError ?? ((e: unknown) => log.error({ worker, error: describeError(e) }, 'worker step failed'));
  let stopped = false;
  let wake: (() => void) | null = null;
  // A signal that arrives while the loop is busy is kept, so the next sleep is skipped.
  let signalled = false;
  const unlisten = await database.listen(SCHEDULE_CHANNEL, () => {
    signalled = true;
    wake?.();
  });
  let lastReconcile = 0;
  await beat(database.db, worker);

  const scopeOf = (c: ClaimedPost) => systemScope(database.db, { id: c.orgId, slug: c.orgSlug, timeZone: c.timeZone });
  // The sends in flight share their start-mark and finish statements.
  const batch = engineBatch(database.db);
  // Sends run side by side; a free place is refilled at once, not when the whole batch is done.
  const inFlight = new Set<Promise<void>>();
  const launch = (c: ClaimedPost, fn: typeof publishClaimedPost, loaded?: PostWithParts) => {
    const job: Promise<void> = fn(scopeOf(c), c.id, { ...deps, worker, batch, loaded })
      .catch(onError)
      .finally(() => {
        inFlight.delete(job);
        wake?.();
      });
    inFlight.add(job);
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (signalled) {
        signalled = false;
        return resolve();
      }
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        signalled = false;
        resolve();
      };
    }).finally(() => (wake = null));

  const loop = (async () => {
    while (!stopped) {
      try {
        const free = concurrency - inFlight.size;
        // Claim in batches (one claim statement serves several sends), but never wait idle.
        if (free >= refillAt || inFlight.size === 0) {
          const claimed = await claimDuePosts(database.db, worker, free);
          // The whole claimed batch with its parts in one load, not one per post.
          const loaded = await loadPostsWithParts(
            database.db,
            claimed.map((c) => c.id),
          );
          const byId = new Map(loaded.map((l) => [l.post.id, l]));
          for (const c of claimed) launch(c, publishClaimedPost, byId.get(c.id));
          if (claimed.length === free) continue; // more may be due right now
        } else {
          await sleep(MAX_SLEEP_MS); // until a send finishes
          continue;
        }
        if (Date.now() - lastReconcile > RECONCILE_EVERY_MS) {
          lastReconcile = Date.now();
          await beat(database.db, worker);
          for (const c of await claimUnconfirmed(database.db, worker)) launch(c, reconcileUnconfirmed);
          await fillQueues(database.db);
          await refreshDueTokens(database.db, worker, deps);
          await runTakedowns(database.db, deps, { worker });
          // Reactions are read, planned answers sent and targets watched on the same minute.
          await inboxTurn(database.db, worker, deps);
          await listeningTurn(database.db, worker, deps);
          await campaignTurn(database.db);
        }
        const next = await nextDueAt(database.db);
        const ms = Math.max(0, Math.min(MAX_SLEEP_MS, next ? next.getTime() - Date.now() : MAX_SLEEP_MS));
        if (ms > 0) await sleep(ms);
      } catch (error) {
        onError(error);
        await sleep(1000);
      }
    }
    await Promise.all(inFlight);
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
      await stopBeating(database.db, worker).catch(() => {});
    },
  };
}
