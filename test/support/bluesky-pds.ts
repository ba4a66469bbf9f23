/**
 * A real Bluesky PDS (with its own in-memory PLC directory) for tests, on loopback.
 *
 * The PDS needs Node 22, so it runs in its own npm project, test/bluesky/harness, whose
 * dependency `node@22` supplies the binary; the tests themselves stay on the machine's Node.
 * startBlueskyPds() installs that project if needed (install.sh, idempotent: ~0.1 s when done,
 * 2–4 minutes cold), starts test/bluesky/harness/start-pds.mjs and waits for its ready line.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HARNESS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bluesky/harness');
const NODE22 = path.join(HARNESS_DIR, 'node_modules/.bin/node');
const READY_TIMEOUT_MS = 60_000;

export interface BlueskyTestAccount {
  handle: string;
  did: string;
  password: string;
  appPassword: string;
}

export interface BlueskyPds {
  /** Base URL of the PDS, e.g. http://127.0.0.1:41234 */
  url: string;
  plcUrl: string;
  /** Milliseconds the harness needed from process start to ready. */
  startMs: number;
  /** Creates an account; `handle` may be a bare name ("alice") or end in ".test". */
  createAccount(handle: string): Promise<BlueskyTestAccount>;
  stop(): Promise<void>;
}

function log(message: string): void {
  process.stderr.write(`[bluesky-pds] ${message}\n`);
}

/** Runs the harness's install.sh (a no-op when the install is complete), echoing what it does. */
export async function installBlueskyHarness(): Promise<void> {
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [path.join(HARNESS_DIR, 'install.sh')], {
      cwd: HARNESS_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const echo = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        process.stderr.write(`[bluesky-pds] install: ${line}\n`);
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

interface ReadyLine {
  pdsUrl: string;
  plcUrl: string;
  startMs: number;
}

export async function startBlueskyPds(): Promise<BlueskyPds> {
  await installBlueskyHarness();
  if (!existsSync(NODE22)) throw new Error(`Node 22 for the Bluesky harness is missing at ${NODE22}`);

  const child = spawn(NODE22, ['start-pds.mjs'], { cwd: HARNESS_DIR, stdio: ['pipe', 'pipe', 'pipe'] });
  const ready = await waitForReady(child);
  log(`PDS at ${ready.pdsUrl} (PLC ${ready.plcUrl}), ready in ${ready.startMs} ms`);

  const url = ready.pdsUrl;
  let stopped: Promise<void> | null = null;

  return {
    url,
    plcUrl: ready.plcUrl,
    startMs: ready.startMs,
    async createAccount(name) {
      const handle = name.endsWith('.test') ? name : `${name}.test`;
      const password = randomBytes(12).toString('hex');
      const created = await xrpc<{ did: string; handle: string; accessJwt: string }>(url, 'com.atproto.server.createAccount', {
        handle,
        email: `${handle.replace(/\./g, '-')}@example.com`,
        password,
      });
      const app = await xrpc<{ password: string }>(url, 'com.atproto.server.createAppPassword', { name: 'zorgpost-test' }, created.accessJwt);
      return { handle: created.handle, did: created.did, password, appPassword: app.password };
    },
    stop() {
      stopped ??= stopChild(child);
      return stopped;
    },
  };
}

async function xrpc<T>(base: string, nsid: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${base}/xrpc/${nsid}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${nsid} answered ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

function waitForReady(child: ChildProcessWithoutNullStreams): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    const stderrTail: string[] = [];
    let stdout = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Bluesky PDS harness ${why}\n--- stderr (last lines) ---\n${stderrTail.join('\n')}`));
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
        const line = JSON.parse(stdout.slice(0, newline)) as ReadyLine;
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
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
    child.stdin.end();
  });
}
