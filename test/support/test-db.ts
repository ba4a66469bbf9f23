// A fresh, migrated database for one test file, on the engine this run tests
// (PGlite by default, PostgreSQL with ZP_TEST_DB=postgres).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.ts';

export type TestDatabase = Database & {
  /** Another, independent connection pool to the same database (a second process, in effect);
   *  the embedded database has only one connection, so there it is the same object. */
  another(): Promise<Database>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = inject('databaseUrl');
  if (url) {
    const name = `zp_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE zp_template`);
    await admin.end();
    const dbUrl = url.replace(/\/postgres$/, `/${name}`);
    return Object.assign(await openDatabase({ url: dbUrl }), { another: () => openDatabase({ url: dbUrl }) });
  }
  // PGlite on its own thread, as the product runs it.
  const database = await openDatabase({ loadDataDirFile: inject('pgliteTemplate') });
  return Object.assign(database, { another: async () => ({ ...database, close: async () => {} }) });
}
