// The embedded database runs on its own thread: a slow query there leaves the process answering
// (/healthz), and its planner statistics are kept current (no autovacuum in PGlite).
// Runs on PGlite by default and on PostgreSQL with ZP_TEST_DB=postgres.
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { keepStatisticsCurrent } from '../../src/db/statistics.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const estimatedRows = async (table: string) =>
  Number((await rows<{ n: number }>(sql`SELECT reltuples::int AS n FROM pg_class WHERE relname = ${table}`))[0]!.n);

it('answers /healthz within milliseconds while a slow query runs', async () => {
  let finished = false;
  const started = performance.now();
  // Seconds of work for the database (about 1.5 s on PGlite; PostgreSQL counts faster).
  const rowsToCount = t.database.kind === 'pglite' ? 5_000_000 : 30_000_000;
  const slow = t.database.db.execute(sql`SELECT count(*) FROM generate_series(1, ${rowsToCount}::int)`).then(() => {
    finished = true;
  });
  const waits: number[] = [];
  for (let i = 0; i < 5; i++) {
    const asked = performance.now();
    await sleep(20);
    const res = await t.app.request('/healthz');
    expect(res.status).toBe(200);
    waits.push(performance.now() - asked);
  }
  // On the main thread the first answer would only come once the query is done. (Each wait
  // includes a 20 ms pause; the bound leaves room for a busy shared machine.)
  expect(finished).toBe(false);
  expect(Math.max(...waits)).toBeLessThan(250);
  await slow;
  expect(performance.now() - started).toBeGreaterThan(Math.max(...waits));
}, 30_000);

it('keeps statistics current: after demo seeding the planner knows how many posts there are', async () => {
  await seedDemo(t.database.db, 'demo-statistieken-wachtwoord-9');
  const [{ n }] = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM posts`)) as [{ n: number }];
  expect(n).toBeGreaterThan(5);
  expect(await estimatedRows('posts')).toBe(n);
});

it('refreshes statistics periodically after bulk changes', async () => {
  await t.database.db.execute(sql`CREATE TABLE bulk_probe (id int)`);
  await t.database.db.execute(sql`INSERT INTO bulk_probe SELECT g FROM generate_series(1, 4000) g`);
  expect(await estimatedRows('bulk_probe')).not.toBe(4000);
  const keeper = keepStatisticsCurrent(t.database.db, { everyMs: 50 });
  try {
    await expect.poll(() => estimatedRows('bulk_probe'), { timeout: 5_000, interval: 50 }).toBe(4000);
  } finally {
    keeper.stop();
  }
});

it.skipIf(Boolean(inject('databaseUrl')))(
  'analyses every table after migrating a new embedded database',
  async () => {
    const fresh = await openDatabase({});
    try {
      await fresh.migrate();
      const never = (await fresh.db.execute(sql`SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NULL`)) as unknown as {
        rows: { relname: string }[];
      };
      expect(never.rows.map((r) => r.relname)).toEqual([]);
    } finally {
      await fresh.close();
    }
  },
  30_000,
);
