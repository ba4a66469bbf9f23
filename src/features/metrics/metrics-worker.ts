// The measuring loop of a worker process: once a minute, schedule new publications and take the
// snapshots that are due (src/features/metrics/take-snapshots.ts), and put the monthly reports of
// those who opted in into the mail outbox. Runs beside the publishing worker.
import type { Database } from '../../db/client';
import { startPeriodicLoop } from '../periodic-loop';
import { workerId } from '../publishing/worker';
import { enqueueMonthlyReports } from './monthly-report';
import { type MetricsDeps, takeDueSnapshots } from './take-snapshots';

const EVERY_MS = 60_000;

export function startMetricsWorker(database: Database, deps: MetricsDeps, opts: { everyMs?: number; extra?: () => Promise<void> } = {}) {
  const worker = `metrics:${workerId()}`;
  return startPeriodicLoop({
    worker,
    everyMs: opts.everyMs ?? EVERY_MS,
    failure: 'measuring step failed',
    async step(stopped) {
      // A full batch means more may be due: read on before sleeping.
      while (!stopped()) {
        const tally = await takeDueSnapshots(database.db, worker, deps);
        if (tally.snapshots < 200) break;
      }
      await enqueueMonthlyReports(database.db);
      await opts.extra?.();
    },
  });
}
