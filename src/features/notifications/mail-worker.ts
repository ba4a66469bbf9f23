// The notification loop of a worker process: the consent-expiry and approval-expiry sweeps, the daily digests and the
// mail outbox, every half minute (and when poked). Runs beside the publishing worker.
import type { Database } from '../../db/client';
import { notifyExpiringConsents } from '../consent/notify-expiring';
import { expireApprovals } from '../approvals/expire-approvals';
import { startPeriodicLoop } from '../periodic-loop';
import { workerId } from '../publishing/worker';
import { enqueueDigests } from './digest';
import { sendDueMail } from './send-mail';

const EVERY_MS = 30_000;

export function startNotificationWorker(database: Database, opts: { everyMs?: number } = {}) {
  const worker = `mail:${workerId()}`;
  return startPeriodicLoop({
    worker,
    everyMs: opts.everyMs ?? EVERY_MS,
    failure: 'notification step failed',
    async step(stopped) {
      await notifyExpiringConsents(database.db);
      await expireApprovals(database.db);
      await enqueueDigests(database.db);
      while ((await sendDueMail(database.db, worker)) > 0 && !stopped());
    },
  });
}
