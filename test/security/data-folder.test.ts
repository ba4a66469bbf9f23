// One process per embedded data folder, with real processes: while `zorgpost serve` runs on a
// data folder, the CLI (migrate, demo, user create) and a second server refuse it with a clear
// message instead of opening a second copy whose writes would be lost. The folder is readable
// by its owner only. (The embedded database in every test run: these processes use PGlite.)
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = path.resolve('bin/zorgpost.mjs');
let dataDir: string;
let server: ChildProcess | null = null;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _, ...rest } = process.env;
  return { ...rest, ZORGPOST_DATA: dataDir, HOST: '127.0.0.1', ...extra };
}

/** Runs a CLI command to its end. */
function run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `zorgpost serve` and waits until it says it is ready. */
async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], { env: env({ PORT: String(await freePort()) }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 90_000);
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes('Zorgpost is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return child;
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const mode = (p: string) => statSync(p).mode & 0o777;
const lockFile = () => path.join(dataDir, 'zorgpost.lock');

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zp-datafolder-'));
  // An installation from before this rule: a world-readable media folder and upload.
  await chmod(dataDir, 0o755);
  await mkdir(path.join(dataDir, 'media'), { mode: 0o755 });
  await writeFile(path.join(dataDir, 'media', 'oud.png'), 'png', { mode: 0o644 });
  await chmod(path.join(dataDir, 'media'), 0o755);
  await chmod(path.join(dataDir, 'media', 'oud.png'), 0o644);
  server = await startServer();
}, 120_000);

afterAll(async () => {
  if (server) await stop(server, 'SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('one process per embedded data folder', () => {
  it('refuses migrate, demo, user create and a second server while one serves the folder, naming the process', async () => {
    const pid = server!.pid!;
    const expected = `data folder ${dataDir} is in use by process ${pid}; stop it first`;
    const results = await Promise.all([
      run(['migrate']),
      run(['demo']),
      run(['user', 'create', '--email', 'tweede@example.nl', '--name', 'Tweede', '--org', 'tweede', '--role', 'admin'], {
        ZORGPOST_PASSWORD: 'een lang genoeg wachtwoord',
      }),
      run(['serve'], { PORT: String(await freePort()) }),
      run(['backup', '--out', path.join(dataDir, '..', 'refused.tar.gz')]),
    ]);
    for (const result of results) {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(expected);
      expect(result.stdout).not.toContain('Migrations applied');
    }
    // The backup command says where the serving process keeps its own backups.
    expect(results.at(-1)!.stderr).toContain(`writes its own backups into ${path.join(dataDir, 'backups')}`);
    // The running server still owns the folder.
    expect(server!.exitCode).toBeNull();
    expect(existsSync(lockFile())).toBe(true);
  }, 120_000);

  it('keeps the data folder, the database files, the media, the lock and the secret key owner-only', () => {
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'pg'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(0o600);
    expect(mode(path.join(dataDir, 'pg', 'base'))).toBe(0o700);
    expect(mode(lockFile())).toBe(0o600);
    expect(mode(path.join(dataDir, 'secret.key'))).toBe(0o600);
    // What was there before is made owner-only too.
    expect(mode(path.join(dataDir, 'media'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'media', 'oud.png'))).toBe(0o600);
  });

  it('releases the folder when the server stops, so the CLI can use it', async () => {
    await stop(server!, 'SIGTERM');
    server = null;
    expect(existsSync(lockFile())).toBe(false);
    const result = await run(['migrate']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Migrations applied.');
    expect(result.code).toBe(0);
    expect(existsSync(lockFile())).toBe(false);
  }, 120_000);

  it('takes over the lock of a process that was killed (its process id no longer runs)', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    writeFileSync(lockFile(), `${dead.pid}\n`, { mode: 0o600 });
    const result = await run(['migrate']);
    expect(result.stdout).toContain('Migrations applied.');
    expect(result.code).toBe(0);
    expect(existsSync(lockFile())).toBe(false);
  }, 120_000);
});
