// Workers say they are alive about once a minute (the loop's reconcile round); /readyz and
// /metrics read it. A stopped worker removes its row; a killed one simply grows stale.
import { eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workerHeartbeats } from '../../db/schema';

/** A worker not seen for this long is taken for dead (the loop beats at least every two minutes). */
export const HEARTBEAT_STALE_MS = 3 * 60_000;

export async function beat(db: Db, workerId: string): Promise<void> {
  await db
    .insert(workerHeartbeats)
    .values({ workerId })
    .onConflictDoUpdate({ target: workerHeartbeats.workerId, set: { seenAt: sql`now()` } });
  // Rows of workers long gone are removed by whoever beats next.
  await db.delete(workerHeartbeats).where(sql`${workerHeartbeats.seenAt} < now() - interval '1 day'`);
}

export async function stopBeating(db: Db, workerId: string): Promise<void> {
  await db.delete(workerHeartbeats).where(eq(workerHeartbeats.workerId, workerId));
}

export async function liveWorkers(db: Db): Promise<number> {
  const since = new Date(Date.now() - HEARTBEAT_STALE_MS);
  const rows = await db.select({ id: workerHeartbeats.workerId }).from(workerHeartbeats).where(gt(workerHeartbeats.seenAt, since));
  return rows.length;
}
