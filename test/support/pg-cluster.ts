/**
 * Throwaway PostgreSQL clusters for tests (engineering principle 8: real engines in tests).
 *
 * startPgCluster() runs the Debian server binaries (initdb, pg_ctl from the highest
 * /usr/lib/postgresql/<version>/bin) on a fresh temp folder and a free loopback port, tuned for
 * speed (no fsync), and returns a connection URL plus stop(), which kills the server and deletes
 * the folder. It never touches the system's own `postgresql` service or its clusters.
 *
 * initdb refuses to run as root, so when this process is root the folder is chowned to the
 * `postgres` user and the binaries run through `runuser -u postgres --`.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust auth, no password). */
  url: string;
  port: number;
  /** Temp folder holding the data directory, socket and log; removed by stop(). */
  dir: string;
  /** Stops the server (immediate mode) and removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

const PG_ROOT = '/usr/lib/postgresql';
const SERVER_USER = 'postgres';
const START_ATTEMPTS = 3;

interface Binaries {
  initdb: string;
  pgCtl: string;
}

let cachedBinaries: Binaries | undefined;

function findBinaries(): Binaries {
  if (cachedBinaries) return cachedBinaries;
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((name) => /^\d+(\.\d+)?$/.test(name))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  for (const version of versions) {
    const bin = path.join(PG_ROOT, version, 'bin');
    const initdb = path.join(bin, 'initdb');
    const pgCtl = path.join(bin, 'pg_ctl');
    if (existsSync(initdb) && existsSync(pgCtl)) {
      cachedBinaries = { initdb, pgCtl };
      return cachedBinaries;
    }
  }
  throw new Error(
    `No PostgreSQL server binaries (initdb, pg_ctl) found under ${PG_ROOT}/<version>/bin. ` +
      'Run `bash scripts/ensure-system-deps.sh` (installs the Debian `postgresql` package).',
  );
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a server binary, as the `postgres` user when we are root. */
function runAsServerUser(file: string, args: string[], cwd: string): Promise<RunResult> {
  const [cmd, cmdArgs] = isRoot ? ['runuser', ['-u', SERVER_USER, '--', file, ...args]] : [file, args];
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      cmdArgs,
      {
        cwd, // root's cwd may be unreadable for `postgres`
        env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', PGTZ: 'UTC' },
        timeout: 120_000,
        maxBuffer: 4 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) {
          const detail = [stderr, stdout]
            .map((s) => String(s).trim())
            .filter(Boolean)
            .join('\n');
          reject(new Error(`${path.basename(file)} failed (${error.message.split('\n')[0]})${detail ? `:\n${detail}` : ''}`));
        } else {
          resolve({ stdout: String(stdout), stderr: String(stderr) });
        }
      },
    );
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

/** A folder the `postgres` user can reach: os.tmpdir(), unless some ancestor is closed to others. */
function baseTempDir(): string {
  const tmp = os.tmpdir();
  if (!isRoot) return tmp;
  let current = path.resolve(tmp);
  for (;;) {
    try {
      if ((statSync(current).mode & 0o001) === 0) return '/tmp';
    } catch {
      return '/tmp';
    }
    const parent = path.dirname(current);
    if (parent === current) return tmp;
    current = parent;
  }
}

async function logTail(logFile: string, lines = 30): Promise<string> {
  try {
    const text = await readFile(logFile, 'utf8');
    return text.trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log written)';
  }
}

/** pg_ctl hands this string to /bin/sh, so paths must be quoted. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function stopSync(pgCtl: string, dataDir: string, dir: string): void {
  const args = ['-D', dataDir, '-m', 'immediate', '-w', 'stop'];
  const [cmd, cmdArgs] = isRoot ? ['runuser', ['-u', SERVER_USER, '--', pgCtl, ...args]] : [pgCtl, args];
  spawnSync(cmd, cmdArgs, { cwd: '/', stdio: 'ignore', timeout: 30_000 });
  rmSync(dir, { recursive: true, force: true });
}

export async function startPgCluster(): Promise<PgCluster> {
  const { initdb, pgCtl } = findBinaries();

  const dir = await mkdtemp(path.join(baseTempDir(), 'zp-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');

  // If the test process dies without calling stop(), do not leave a server running.
  const onExit = () => stopSync(pgCtl, dataDir, dir);

  try {
    if (isRoot) {
      const { uid, gid } = serverUser();
      await chown(dir, uid, gid);
    }

    await runAsServerUser(initdb, ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '--no-instructions', '-E', 'UTF8', '--locale=C.UTF-8'], dir);

    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      const port = await freePort();
      const serverOptions = [
        `-p ${port}`,
        `-k ${shellQuote(dir)}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
      ].join(' ');
      try {
        process.once('exit', onExit);
        await runAsServerUser(pgCtl, ['-D', dataDir, '-o', serverOptions, '-l', logFile, '-w', '-t', '60', 'start'], dir);
        const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
        let stopped = false;
        return {
          url,
          port,
          dir,
          async stop() {
            if (stopped) return;
            stopped = true;
            process.removeListener('exit', onExit);
            try {
              await runAsServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], '/');
            } finally {
              await rm(dir, { recursive: true, force: true });
            }
          },
        };
      } catch (error) {
        process.removeListener('exit', onExit);
        const tail = await logTail(logFile);
        lastError = new Error(
          `PostgreSQL did not start on 127.0.0.1:${port} (attempt ${attempt}/${START_ATTEMPTS}): ` +
            `${(error as Error).message}\n--- last lines of ${logFile} ---\n${tail}`,
        );
        // Another process grabbed the port between our probe and the bind: try a new one.
        if (!/could not (bind|create listen socket)|address already in use/i.test(tail)) break;
      }
    }
    throw lastError ?? new Error('PostgreSQL did not start');
  } catch (error) {
    process.removeListener('exit', onExit);
    stopSync(pgCtl, dataDir, dir);
    throw error;
  }
}

let cachedUser: { uid: number; gid: number } | undefined;

function serverUser(): { uid: number; gid: number } {
  if (cachedUser) return cachedUser;
  const uid = spawnSync('id', ['-u', SERVER_USER], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', SERVER_USER], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      `Running as root, but there is no \`${SERVER_USER}\` user to run initdb as ` +
        '(the Debian postgresql package creates it; run `bash scripts/ensure-system-deps.sh`).',
    );
  }
  cachedUser = { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  return cachedUser;
}
