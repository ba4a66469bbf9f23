// Proves the PostgreSQL test harness: real server, separate ports, clean teardown.
import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../support/pg-cluster.ts';

describe('startPgCluster', () => {
  const clusters: PgCluster[] = [];
  afterAll(async () => {
    await Promise.all(clusters.map((c) => c.stop()));
  });

  it('starts independent servers that answer queries and are removed on stop', async () => {
    const [a, b] = await Promise.all([startPgCluster(), startPgCluster()]);
    clusters.push(a, b);

    expect(a.url).toBe(`postgres://postgres@127.0.0.1:${a.port}/postgres`);
    expect(b.port).not.toBe(a.port);
    expect(a.dir).not.toBe(b.dir);

    for (const cluster of [a, b]) {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      try {
        const result = await client.query<{ one: number; encoding: string }>(
          "select 1 as one, pg_encoding_to_char(encoding) as encoding from pg_database where datname = 'postgres'",
        );
        expect(result.rows).toEqual([{ one: 1, encoding: 'UTF8' }]);
      } finally {
        await client.end();
      }
    }

    // A row written to one server is not visible on the other.
    const writer = new pg.Client({ connectionString: a.url });
    const reader = new pg.Client({ connectionString: b.url });
    await Promise.all([writer.connect(), reader.connect()]);
    try {
      await writer.query('create table marker (id int)');
      await expect(reader.query('select * from marker')).rejects.toThrow(/marker/);
    } finally {
      await Promise.all([writer.end(), reader.end()]);
    }

    expect(existsSync(a.dir)).toBe(true);
    await a.stop();
    await b.stop();
    await a.stop(); // idempotent
    expect(existsSync(a.dir)).toBe(false);
    expect(existsSync(b.dir)).toBe(false);

    const after = new pg.Client({ connectionString: a.url, connectionTimeoutMillis: 2000 });
    await expect(after.connect()).rejects.toThrow();
  });
});
