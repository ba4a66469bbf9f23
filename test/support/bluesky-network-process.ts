/**
 * Starts the full local Bluesky network (test/bluesky/harness/start-network.mjs on Node 22: PLC,
 * PDS and the AppView of @atproto/dev-env) as a child process, after installing the harness if
 * needed (install.sh: idempotent, restores from its cache on a fresh clone). Kept apart from
 * bluesky-network.ts so the global setup does not load the AT Protocol client library.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPgCluster, type PgCluster } from './pg-cluster';

const HARNESS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bluesky/harness');
const NODE22 = path.join(HARNESS_DIR, 'node_modules/.bin/node');
const READY_TIMEOUT_MS = 120_000;

/** Where the running network answers; what the global setup hands to the test files. */
export interface BlueskyNetworkAddress {
  /** The PDS, e.g. http://localhost:41234: accounts live here, and it proxies app.bsky.* to the AppView. */
  pdsUrl: string;
  /** The AppView itself (public reads without a login). */
  bskyUrl: string;
  plcUrl: string;
  /** Milliseconds from starting the harness process to ready. */
  startMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared network of a `bluesky` project run (bluesky-global-setup.ts), or null. */
    blueskyNetwork: BlueskyNetworkAddress | null;
  }
}

function log(message: string): void {
  process.stderr.write(`[bluesky-network] ${message}\n`);
}

/** Runs the harness's install.sh (a no-op when the install is complete), echoing what it does. */
export async function installBlueskyHarness(): Promise<void> {
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [path.join(HARNESS_DIR, 'install.sh')], { cwd: HARNESS_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const echo = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        process.stderr.write(`[bluesky-network] install: ${line}\n`);
      }
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bluesky harness install.sh exited with ${code}:\n${tail.join('\n')}`))));
  });
  const took = Date.now() - started;
  if (took > 2000) log(`harness installed in ${(took / 1000).toFixed(1)} s`);
}

export interface BlueskyNetworkProcess extends BlueskyNetworkAddress {
  stop(): Promise<void>;
}

/**
 * Installs the harness if needed and starts a network. Without `databaseUrl` it starts a
 * throwaway PostgreSQL for the AppView and stops it with the network.
 */
export async function startBlueskyNetworkProcess(opts: { databaseUrl?: string } = {}): Promise<BlueskyNetworkProcess> {
  await installBlueskyHarness();
  if (!existsSync(NODE22)) throw new Error(`Node 22 for the Bluesky harness is missing at ${NODE22}`);
  let cluster: PgCluster | null = null;
  const databaseUrl = opts.databaseUrl ?? (cluster = await startPgCluster()).url;
  // Schema names: letters and _ only (bsync refuses digits).
  const schema = `zp_${Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
  const child = spawn(NODE22, ['start-network.mjs'], {
    cwd: HARNESS_DIR,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, DB_POSTGRES_URL: databaseUrl, DB_POSTGRES_SCHEMA: schema, REDIS_HOST: 'unused' },
  });
  let ready: BlueskyNetworkAddress;
  try {
    ready = await waitForReady(child);
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
  log(`PDS ${ready.pdsUrl}, AppView ${ready.bskyUrl}, PLC ${ready.plcUrl}: ready in ${ready.startMs} ms`);
  let stopped: Promise<void> | null = null;
  return {
    ...ready,
    stop() {
      stopped ??= stopChild(child).then(() => cluster?.stop());
      return stopped;
    },
  };
}

function waitForReady(child: ChildProcessWithoutNullStreams): Promise<BlueskyNetworkAddress> {
  return new Promise((resolve, reject) => {
    const stderrTail: string[] = [];
    let stdout = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Bluesky network harness ${why}\n--- stderr (last lines) ---\n${stderrTail.join('\n')}`));
    };
    const timer = setTimeout(() => fail(`did not report ready within ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        stderrTail.push(line);
        if (stderrTail.length > 30) stderrTail.shift();
      }
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return;
      stdout += chunk.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      try {
        const line = JSON.parse(stdout.slice(0, newline)) as BlueskyNetworkAddress;
        settled = true;
        clearTimeout(timer);
        resolve(line);
      } catch {
        fail(`printed something other than its JSON ready line: ${stdout.slice(0, newline)}`);
      }
    });
    child.on('error', (error) => fail(`could not be started: ${error.message}`));
    child.on('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
    child.stdin.end();
  });
}
