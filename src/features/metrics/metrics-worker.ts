// The measuring loop of a worker process: once a minute, schedule new publications and take the
// snapshots that are due (src/features/metrics/take-snapshots.ts), and put the monthly reports of
// those who opted in into the mail outbox. Runs beside the publishing worker.
import type { Database } from '../../db/client';
import { describeError } from '../../db/describe-error';
import { log } from '../../log/logger';
import { workerId } from '../publishing/worker';
import { enqueueMonthlyReports } from './monthly-report';
import { type MetricsDeps, takeDueSnapshots } from './take-snapshots';

const EVERY_MS = 60_000;

export function startMetricsWorker(database: Database, deps: MetricsDeps, opts: { everyMs?: number; extra?: () => Promise<void> } = {}) {
  const worker = `metrics:${workerId()}`;
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      try {
        // A full batch means more may be due: read on before sleeping.
        while (!stopped) {
          const tally = await takeDueSnapshots(database.db, worker, deps);
          if (tally.snapshots < 200) break;
        }
        await enqueueMonthlyReports(database.db);
        await opts.extra?.();
      } catch (error) {
        log.error({ worker, error: describeError(error) }, 'measuring step failed');
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
