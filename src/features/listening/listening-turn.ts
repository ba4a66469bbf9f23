// Listening's share of a worker's minute: run the queries that are due, then judge the completed
// hours against their baselines (the sweep skips queries already judged up to the last hour).
import type { Db } from '../../db/client';
import { sweepEarlyWarnings } from './early-warning-sweep';
import { type ListeningDeps, runDueQueries } from './run-queries';

export async function listeningTurn(db: Db, worker: string, deps: ListeningDeps): Promise<void> {
  await runDueQueries(db, worker, deps);
  await sweepEarlyWarnings(db);
}
