// The notification loop of a worker process: the consent-expiry and approval-expiry sweeps, the daily digests and the
// mail outbox, every half minute (and when poked). Runs beside the publishing worker.
import type { Database } from '../../db/client';
import { describeError } from '../../db/describe-error';
import { log } from '../../log/logger';
import { notifyExpiringConsents } from '../consent/notify-expiring';
import { expireApprovals } from '../approvals/expire-approvals';
import { workerId } from '../publishing/worker';
import { enqueueDigests } from './digest';
import { sendDueMail } from './send-mail';

const EVERY_MS = 30_000;

export function startNotificationWorker(database: Database, opts: { everyMs?: number } = {}) {
  const worker = `mail:${workerId()}`;
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      try {
        await notifyExpiringConsents(database.db);
        await expireApprovals(database.db);
        await enqueueDigests(database.db);
        while ((await sendDueMail(database.db, worker)) > 0 && !stopped);
      } catch (error) {
        log.error({ worker, error: describeError(error) }, 'notification step failed');
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, opts.everyMs ?? EVERY_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();
  return {
    poke: () => wake?.(),
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
