// Compares the migrations this program ships with those the database has applied. A database
// that an upgraded Zorgpost already migrated further must not be written by an older program:
// its columns and rules may mean something this program does not know.
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Db } from './db-type';
import { migrationsFolder } from './migrations-folder';

/** The newest migration this program ships (its creation time, as Drizzle records it). */
export function latestKnownMigration(): number {
  return Math.max(...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
}

/** The newest migration applied to the database, or 0 for an empty database. */
export async function latestAppliedMigration(db: Db): Promise<number> {
  const exists = await db.execute(sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`);
  if (!(exists as unknown as { rows: { present: boolean }[] }).rows[0]?.present) return 0;
  const result = await db.execute(sql`SELECT coalesce(max(created_at), 0)::bigint AS latest FROM drizzle.__drizzle_migrations`);
  return Number((result as unknown as { rows: { latest: string | number }[] }).rows[0]?.latest ?? 0);
}

export class NewerDatabaseError extends Error {}

export async function assertProgramKnowsSchema(db: Db): Promise<void> {
  const applied = await latestAppliedMigration(db);
  const known = latestKnownMigration();
  if (applied > known) {
    const when = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    throw new NewerDatabaseError(
      `This database was upgraded by a newer Zorgpost (its schema dates from ${when(applied)}; this program knows up to ${when(known)}). ` +
        'Install that newer version, or restore a backup made with this one.',
    );
  }
}
