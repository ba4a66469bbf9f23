// The curation loop of a worker process: every five minutes, add the default trusted sources to
// organisations that have none yet and fetch the feeds that are due (each at most hourly; a
// failing one after its back-off). Runs beside the publishing worker.
import type { Database } from '../../db/client';
import type { Outbound } from '../../net/safe-fetch';
import { startPeriodicLoop } from '../periodic-loop';
import { workerId } from '../publishing/worker';
import { fetchDueSources } from './fetch-sources';
import { seedDefaultSources } from './seed-sources';

const EVERY_MS = 5 * 60_000;

export function startCurationWorker(database: Database, deps: { net: Outbound }, opts: { everyMs?: number } = {}) {
  const worker = `curation:${workerId()}`;
  return startPeriodicLoop({
    worker,
    everyMs: opts.everyMs ?? EVERY_MS,
    failure: 'curation step failed',
    async step(stopped) {
      await seedDefaultSources(database.db);
      await fetchDueSources(database.db, worker, deps.net, { stopped });
    },
  });
}
