// The production install as an IT department does it: the release artefact (`npm run release`)
// installed with `npm install --omit=dev` into an empty folder, then `zorgpost migrate` and
// `zorgpost serve` without --demo. No development tool may be needed, and no demo account appears.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/pg-cluster.ts';

const run = promisify(execFile);
const repo = path.resolve('.');
let dir: string;
let bin: string;
let server: ChildProcess | undefined;
let output = '';

async function waitFor(url: string, ms: number): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (e) {
      if (Date.now() > until) throw new Error(`${url} did not answer in ${ms} ms; output:\n${output}`, { cause: e });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'zp-prod-'));
  await run('bash', ['scripts/release.sh'], { cwd: repo });
  const artefact = (await readdir(path.join(repo, 'release'))).find((f) => f.endsWith('.tgz'));
  if (!artefact) throw new Error('scripts/release.sh made no .tgz');
  await writeFile(path.join(dir, 'package.json'), '{"name":"zorgpost-install","private":true}');
  await run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(repo, 'release', artefact)], { cwd: dir });
  bin = path.join(dir, 'node_modules/.bin/zorgpost');
}, 240_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('production install from the release artefact', () => {
  it('has no development tools installed', async () => {
    const installed = await readdir(path.join(dir, 'node_modules'));
    for (const devTool of ['vite', 'vitest', 'typescript', 'drizzle-kit', 'playwright-core', '@biomejs']) expect(installed).not.toContain(devTool);
  });

  it('migrates, serves the API and the pre-built web app, is ready with its worker, and creates no demo accounts', async () => {
    const env = {
      ...process.env,
      ZORGPOST_DATA: path.join(dir, 'data'),
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      METRICS_TOKEN: 'a-metrics-token-for-the-install-test',
    };
    const migrated = await run(bin, ['migrate'], { cwd: dir, env });
    expect(migrated.stdout).toContain('Migrations applied.');

    server = spawn(bin, ['serve'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    const base = `http://127.0.0.1:${env.PORT}`;

    expect((await waitFor(`${base}/healthz`, 60_000)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'current', workers: 1 });
    const metrics = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${env.METRICS_TOKEN}` } });
    expect(await metrics.text()).toMatch(/^zorgpost_workers_alive 1$/m);
    const page = await fetch(`${base}/calendar`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<script[^>]+src="\/assets\/index-[^"]+\.js"/);
    const api = await fetch(`${base}/api/openapi.json`);
    expect(((await api.json()) as { openapi: string }).openapi).toBe('3.1.0');

    expect(output).not.toMatch(/demo/i);

    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    const db = await PGlite.create(path.join(dir, 'data', 'pg'));
    const users = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
    await db.close();
    expect(users.rows[0]!.n).toBe(0);
  });
});
