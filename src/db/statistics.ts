// Planner statistics. PostgreSQL's autovacuum keeps them current on a server; the embedded
// database (PGlite, single-user) has no autovacuum and, left alone, never has any: without them
// the planner guesses and, for example, read all 100,000 posts for the unplanned list (240 ms
// against 1.8 ms). So: ANALYZE after migrations and bulk changes (demo seeding, restore), and
// every half hour while the process runs. On the worker thread it stalls no request.
import { sql } from 'drizzle-orm';
import type { Db } from './db-type';

export async function refreshStatistics(db: Db): Promise<void> {
  await db.execute(sql`ANALYZE`);
}

export const STATISTICS_EVERY_MS = 30 * 60_000;

/** Refreshes statistics every `everyMs`; a failure is reported and tried again next time. */
export function keepStatisticsCurrent(db: Db, opts: { everyMs?: number; onError?: (error: unknown) => void } = {}): { stop(): void } {
  const timer = setInterval(() => {
    refreshStatistics(db).catch((error) => opts.onError?.(error));
  }, opts.everyMs ?? STATISTICS_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
