// Moving an installation from the embedded database to a PostgreSQL server, with the commands
// docs/operations.md gives: `zorgpost backup` on the embedded installation, then
// `zorgpost restore` with DATABASE_URL and the same ZORGPOST_SECRET.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgCluster, startPgCluster } from '../support/pg-cluster.ts';

const run = promisify(execFile);
const zorgpost = path.resolve('bin/zorgpost.mjs');
let dir: string;
let cluster: PgCluster;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'zp-move-'));
  cluster = await startPgCluster();
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

const count = async (client: pg.Client, table: string) => Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);

describe('zorgpost backup and restore on the command line', () => {
  it('moves the demo organisation from the embedded database to PostgreSQL with every row', async () => {
    const embedded = { ...process.env, ZORGPOST_DATA: path.join(dir, 'data'), ZORGPOST_DEMO_PASSWORD: 'demo password for the move test' };
    await run(process.execPath, [zorgpost, 'demo'], { env: embedded });
    const file = path.join(dir, 'move.tar.gz');
    const backup = await run(process.execPath, [zorgpost, 'backup', '--out', file], { env: embedded });
    expect(backup.stdout).toMatch(/Backup written: .*move\.tar\.gz \(\d+ rows in \d+ tables/);
    expect(backup.stdout).toContain('secret key');

    const secret = (await readFile(path.join(dir, 'data', 'secret.key'), 'utf8')).trim();
    const server = { ...process.env, DATABASE_URL: cluster.url, ZORGPOST_SECRET: secret, ZORGPOST_DATA: path.join(dir, 'server-data') };
    const restored = await run(process.execPath, [zorgpost, 'restore', file], { env: server });
    expect(restored.stdout).toMatch(/Restored \d+ rows/);

    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      expect(await count(client, 'organisations')).toBe(1);
      expect(await count(client, 'users')).toBeGreaterThanOrEqual(5);
      expect(await count(client, 'posts')).toBeGreaterThan(0);
    } finally {
      await client.end();
    }

    // A second restore into the now-filled server is refused, with the reason.
    const again = run(process.execPath, [zorgpost, 'restore', file], { env: server });
    await expect(again).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/not empty/) });
  });
});
