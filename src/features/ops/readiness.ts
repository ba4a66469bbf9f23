// Readiness for a load balancer or monitoring: the database answers, its schema is exactly the
// one this program ships, and at least one publishing worker is alive somewhere.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { latestAppliedMigration, latestKnownMigration } from '../../db/schema-version';
import { liveWorkers } from '../publishing/worker-heartbeat';

export interface Readiness {
  ready: boolean;
  checks: { database: 'ok' | 'unreachable'; migrations: 'current' | 'pending' | 'newer' | 'unknown'; workers: number };
}

export async function checkReadiness(db: Db): Promise<Readiness> {
  try {
    await db.execute(sql`SELECT 1`);
  } catch {
    return { ready: false, checks: { database: 'unreachable', migrations: 'unknown', workers: 0 } };
  }
  const applied = await latestAppliedMigration(db);
  const known = latestKnownMigration();
  const migrations = applied === known ? 'current' : applied < known ? 'pending' : 'newer';
  const workers = await liveWorkers(db);
  return { ready: migrations === 'current' && workers > 0, checks: { database: 'ok', migrations, workers } };
}
