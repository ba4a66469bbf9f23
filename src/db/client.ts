// One data layer (Drizzle) over two engines: PGlite in-process by default, a PostgreSQL
// server when DATABASE_URL is set. Both speak the same SQL and run the same migrations.
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { type DataFolderLock, lockDataFolder, restrictToOwner } from './data-folder-lock';
import * as schema from './schema';
import { migrationsFolder } from './migrations-folder';
import { PgliteOverWorker } from './pglite-over-worker';
import { templateFor } from './database-template';
import { refreshStatistics } from './statistics';
import { latestAppliedMigration } from './schema-version';

export type { Db } from './db-type';
import type { Db } from './db-type';

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  /** LISTEN on a channel; NOTIFY arrives only after the notifying transaction commits. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * `url`: a PostgreSQL server. Otherwise PGlite in its own thread — on `dataDir`, or in memory
 * (optionally loaded from a dump file, `loadDataDirFile`) — or, given `pglite`, that instance on
 * the calling thread (tests that need PGlite itself).
 */
export async function openDatabase(opts: {
  url?: string;
  dataDir?: string;
  loadDataDirFile?: string;
  pglite?: PGlite;
  /** The empty database a new `dataDir` is copied from (default: the built one, src/db/database-template.ts). */
  template?: string;
}): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    const db = drizzlePg(pool, { schema });
    return {
      db: db as unknown as Db,
      kind: 'postgres',
      async migrate() {
        // Several processes may start at once: one migrates, the others wait for it.
        const client = new pg.Client({ connectionString: opts.url });
        await client.connect();
        try {
          await client.query('SELECT pg_advisory_lock(742319)');
          await migratePg(drizzlePg(client), { migrationsFolder });
        } finally {
          await client.end();
        }
      },
      async listen(channel, onNotify) {
        // A dedicated connection: pooled connections come and go, a listener must stay.
        const client = new pg.Client({ connectionString: opts.url });
        await client.connect();
        client.on('notification', (msg) => msg.channel === channel && onNotify());
        client.on('error', () => {}); // a lost listener only delays work: workers also wake on time
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        return async () => {
          await client.end().catch(() => {});
        };
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite | PgliteOverWorker | undefined = opts.pglite;
  let lock: DataFolderLock | null = null;
  if (!client) {
    if (opts.dataDir) {
      // One process per data folder: a second one would silently lose writes.
      lock = lockDataFolder(opts.dataDir);
      try {
        const pgDir = path.join(opts.dataDir, 'pg');
        // A new installation is copied from the built template when there is one (no initdb).
        client = await PgliteOverWorker.start({ dataDir: pgDir, loadDataDirFile: templateFor(pgDir, opts.template) });
      } catch (error) {
        lock.release();
        throw error;
      }
      restrictToOwner(opts.dataDir);
    } else {
      client = await PgliteOverWorker.start({ loadDataDirFile: opts.loadDataDirFile });
    }
  }
  // Drizzle's PGlite driver uses only query, exec and transaction, which the thread bridge has.
  const db = drizzlePglite(client as PGlite, { schema });
  const owned = client;
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    async migrate() {
      const before = await latestAppliedMigration(db as unknown as Db);
      await migratePglite(db, { migrationsFolder });
      // No autovacuum here: without this the planner has no statistics at all. Statistics are kept
      // in the database, so a restart without new migrations keeps them (and starts sooner).
      if ((await latestAppliedMigration(db as unknown as Db)) !== before) await refreshStatistics(db as unknown as Db);
    },
    async listen(channel, onNotify) {
      return owned.listen(channel, () => onNotify());
    },
    async close() {
      try {
        await owned.close();
      } finally {
        lock?.release();
      }
    },
  };
}
