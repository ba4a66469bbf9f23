// Publishing benchmark against a local webhook receiver that records every call.
// Runs (each printed on its own line, named):
//   spread         10,000 posts due evenly over one minute, 4 `zorgpost worker` processes on PostgreSQL
//   spread-killed  the same, one worker killed (SIGKILL) halfway through the minute
//   embedded       the embedded database (PGlite) with one in-process worker, all due at once
//   burst-killed   10,000 posts due at the same second, 4 workers, one killed a second after
//   burst          10,000 posts due at the same second, 4 workers; then, in the same run, the bare
//                  loop (bench/bare-worker.mjs: claim with SKIP LOCKED, POST, mark) as the reference
// Every run waits until all its workers say they are ready before any post becomes due. Lateness
// is the time from a post's due time to its first call at the receiver; a call before the due
// time is counted as early (not clamped away). The last line is the burst line:
//   burst published=N duplicates=D lost=L drain_s=X bare_drain_s=Y ratio=R
// BENCH_ONLY=burst,embedded runs a subset; BENCH_POSTS=1000 for a quick run;
// BENCH_NEIGHBOUR=1 runs a CPU-heavy process (a busy loop) beside the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';

import { openDatabase, type Database } from '../src/db/client.ts';
import { channels, organisations, posts, postVariants } from '../src/db/schema.ts';
import { secretBox } from '../src/features/secrets.ts';
import { outbound } from '../src/net/safe-fetch.ts';
import { startWorker } from '../src/features/publishing/worker.ts';
import { startPgCluster } from '../test/support/pg-cluster.ts';
import { startReceiver } from '../test/support/webhook-receiver.ts';

const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
const WINDOW_MS = 60_000;
const WORKERS = 4;
// Posts are seeded far in the future and moved to their due time once every worker is ready.
const PARKED = Date.UTC(2100, 0, 1);
const READY_TIMEOUT_MS = 120_000;

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
type Shape = 'spread' | 'burst';

interface Result {
  name: string;
  published: number;
  duplicates: number;
  lost: number;
  early: number;
  p50: number;
  p99: number;
  max: number;
  /** Deliveries per second between the first and the last call. */
  rate: number;
  /** First due → last delivered, seconds. */
  drain: number;
  /** False when the run's deadline came before every post was published (the rest counts as lost). */
  finished: boolean;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const offsetOf = (shape: Shape, i: number) => (shape === 'spread' ? Math.floor((i / POSTS) * WINDOW_MS) : 0);
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

async function seed(database: Database, hookUrl: string, shape: Shape) {
  const db = database.db;
  const [org] = await db
    .insert(organisations)
    .values({ slug: `bench-${randomBytes(3).toString('hex')}`, name: 'Bench' })
    .returning();
  const [channel] = await db
    .insert(channels)
    .values({ orgId: org!.id, type: 'webhook', name: 'Bench', slug: 'bench', settings: { url: hookUrl } })
    .returning();
  const offsets = new Map<string, number>();
  for (let i = 0; i < POSTS; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, POSTS - i) }, (_, k) => ({
      orgId: org!.id,
      baseText: `Bench ${i + k}: open dag bij de fysiotherapie, iedereen welkom.`,
      status: 'scheduled',
      scheduledAt: new Date(PARKED + offsetOf(shape, i + k)),
    }));
    const inserted = await db.insert(posts).values(rows).returning({ id: posts.id, at: posts.scheduledAt });
    await db.insert(postVariants).values(inserted.map((p) => ({ orgId: org!.id, postId: p.id, channelId: channel!.id })));
    for (const p of inserted) offsets.set(p.id, p.at!.getTime() - PARKED);
  }
  return { orgId: org!.id, offsets };
}

/** Moves the parked posts to their due times, starting `start`, and wakes the workers. */
async function release(database: Database, orgId: string, start: number) {
  await database.db.execute(sql`UPDATE posts SET scheduled_at = scheduled_at - ${`${PARKED - start} milliseconds`}::interval WHERE org_id = ${orgId}`);
  await database.db.execute(sql`NOTIFY zorgpost_schedule`);
}

async function waitFor(what: string, done: () => Promise<boolean>, timeoutMs = READY_TIMEOUT_MS) {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function evaluate(name: string, receiver: Receiver, due: Map<string, number>, published: number): Result {
  const byPost = new Map<string, number[]>();
  for (const d of receiver.deliveries) {
    if (!due.has(d.body.postId)) continue;
    const list = byPost.get(d.body.postId);
    if (list) list.push(d.at);
    else byPost.set(d.body.postId, [d.at]);
  }
  const lateness = [...byPost.entries()].map(([id, at]) => at[0]! - due.get(id)!).sort((a, b) => a - b);
  const calls = [...byPost.values()].flat();
  const first = Math.min(...calls);
  const last = Math.max(...calls);
  const firstDue = Math.min(...due.values());
  return {
    name,
    published,
    duplicates: calls.length - byPost.size,
    lost: due.size - byPost.size,
    early: lateness.filter((l) => l < 0).length,
    p50: quantile(lateness, 0.5),
    p99: quantile(lateness, 0.99),
    max: lateness.at(-1) ?? Number.NaN,
    rate: Math.round(byPost.size / Math.max(0.001, (last - first) / 1000)),
    drain: (last - firstDue) / 1000,
    finished: published >= due.size,
  };
}

async function publishedCount(database: Database, orgId: string): Promise<number> {
  return rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM posts WHERE status = 'published' AND org_id = ${orgId}`))[0]!.n;
}

async function untilPublished(database: Database, orgId: string, n: number, deadline: number) {
  while ((await publishedCount(database, orgId)) < n && Date.now() < deadline) await sleep(100);
}

function spawnWorker(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['bin/zorgpost.mjs', 'worker'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function postgresRun(name: string, shape: Shape, killOne: boolean): Promise<Result> {
  const cluster = await startPgCluster();
  const receiver = await startReceiver();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zp-bench-'));
  let workers: ChildProcess[] = [];
  try {
    const database = await openDatabase({ url: cluster.url });
    await database.migrate();
    const { orgId, offsets } = await seed(database, receiver.url, shape);
    // The receiver listens on 127.0.0.1, a private target that only this setting allows.
    const env = { DATABASE_URL: cluster.url, ZORGPOST_SECRET: randomBytes(32).toString('hex'), ZORGPOST_DATA: dataDir, ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' };
    workers = Array.from({ length: WORKERS }, () => spawnWorker(env));
    // Readiness barrier: each worker records its heartbeat once it listens and can claim.
    await waitFor(
      `${WORKERS} workers`,
      async () => rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM worker_heartbeats`))[0]!.n >= WORKERS,
    );
    const start = Date.now() + 1_000;
    await release(database, orgId, start);
    if (killOne) setTimeout(() => workers[0]!.kill('SIGKILL'), start + (shape === 'spread' ? WINDOW_MS / 2 : 1_000) - Date.now());
    await untilPublished(database, orgId, offsets.size, start + WINDOW_MS + 180_000);
    const due = new Map([...offsets].map(([id, o]) => [id, start + o]));
    const result = evaluate(name, receiver, due, await publishedCount(database, orgId));
    await database.close();
    return result;
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await receiver.close();
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The bare loop on the same PostgreSQL build, the same receiver and the same number of processes. */
async function bareRun(): Promise<Result> {
  const cluster = await startPgCluster();
  const receiver = await startReceiver();
  const workers: ChildProcess[] = [];
  try {
    const database = await openDatabase({ url: cluster.url });
    await database.db.execute(
      sql`CREATE TABLE bare_posts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), text text NOT NULL, due_at timestamptz NOT NULL, status text NOT NULL DEFAULT 'due', owner text)`,
    );
    await database.db.execute(sql`CREATE INDEX ON bare_posts (due_at) WHERE status = 'due'`);
    await database.db.execute(
      sql`INSERT INTO bare_posts (text, due_at) SELECT 'Bench ' || i, ${new Date(PARKED).toISOString()}::timestamptz FROM generate_series(1, ${POSTS}) i`,
    );
    let ready = 0;
    for (let i = 0; i < WORKERS; i++) {
      const child = spawn(process.execPath, ['bench/bare-worker.mjs', cluster.url, receiver.url], { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout!.on('data', (b: Buffer) => (ready += (b.toString().match(/ready/g) ?? []).length));
      workers.push(child);
    }
    await waitFor('bare workers', async () => ready >= WORKERS);
    const start = Date.now() + 1_000;
    await database.db.execute(sql`UPDATE bare_posts SET due_at = ${new Date(start).toISOString()}::timestamptz`);
    const count = async () => rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM bare_posts WHERE status = 'published'`))[0]!.n;
    const deadline = start + 180_000;
    while ((await count()) < POSTS && Date.now() < deadline) await sleep(100);
    const ids = rowsOf<{ id: string }>(await database.db.execute(sql`SELECT id FROM bare_posts`)).map((r) => r.id);
    const result = evaluate('bare', receiver, new Map(ids.map((id) => [id, start])), await count());
    await database.close();
    return result;
  } finally {
    for (const w of workers) w.kill('SIGKILL');
    await receiver.close();
    await cluster.stop();
  }
}

async function embeddedRun(): Promise<Result> {
  const receiver = await startReceiver();
  const database = await openDatabase({});
  try {
    await database.migrate();
    const { orgId, offsets } = await seed(database, receiver.url, 'burst');
    const worker = await startWorker(
      database,
      { mediaDir: os.tmpdir(), secrets: secretBox(randomBytes(32).toString('hex')), net: outbound({ allowPrivate: true }) },
      { onError: () => {} },
    );
    const start = Date.now() + 1_000;
    await release(database, orgId, start);
    worker.poke();
    await untilPublished(database, orgId, offsets.size, start + 300_000);
    const due = new Map([...offsets].map(([id, o]) => [id, start + o]));
    const result = evaluate('embedded (PGlite, 1 process, all due at once)', receiver, due, await publishedCount(database, orgId));
    await worker.stop();
    return result;
  } finally {
    await receiver.close();
    await database.close();
  }
}

const line = (r: Result) =>
  `${r.name.padEnd(48)} published=${r.published} duplicates=${r.duplicates} lost=${r.lost} early=${r.early} p50_ms=${r.p50} p99_ms=${r.p99} max_ms=${r.max} delivered_per_s=${r.rate} drain_s=${r.drain.toFixed(1)}${r.finished ? '' : ' NOT FINISHED before the deadline'}`;

const runs: Record<string, () => Promise<Result>> = {
  spread: () => postgresRun(`spread: PostgreSQL, ${WORKERS} workers (offered ${Math.round(POSTS / 60)}/s)`, 'spread', false),
  'spread-killed': () => postgresRun(`spread-killed: PostgreSQL, ${WORKERS} workers, 1 killed`, 'spread', true),
  embedded: embeddedRun,
  'burst-killed': () => postgresRun(`burst-killed: PostgreSQL, ${WORKERS} workers, 1 killed`, 'burst', true),
  burst: () => postgresRun(`burst: PostgreSQL, ${WORKERS} workers`, 'burst', false),
};
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const neighbour = process.env.BENCH_NEIGHBOUR === '1' ? spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }) : null;
console.log(
  `posts=${POSTS} load_average=${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} cpus=${os.cpus().length} CPU-heavy neighbour: ${neighbour ? 'running (one busy-loop process)' : 'none'}`,
);
let burst: Result | undefined;
let bare: Result | undefined;
try {
  for (const [key, run] of Object.entries(runs)) {
    if (only && !only.includes(key)) continue;
    const r = await run();
    console.log(line(r));
    if (key === 'spread') console.log(`spread target p99 lateness < 1000 ms: ${r.p99 < 1000 ? 'met' : 'NOT met'} (p99 ${r.p99} ms)`);
    if (key === 'embedded') console.log(`embedded target >= 500 posts/s: ${r.rate >= 500 ? 'met' : 'NOT met'} (${r.rate}/s)`);
    if (key === 'burst') {
      burst = r;
      bare = await bareRun();
      console.log(line(bare));
    }
  }
} finally {
  neighbour?.kill('SIGKILL');
}
if (burst && bare) {
  console.log(
    `burst published=${burst.published} duplicates=${burst.duplicates} lost=${burst.lost} drain_s=${burst.drain.toFixed(1)} bare_drain_s=${bare.drain.toFixed(1)} ratio=${(bare.drain / burst.drain).toFixed(2)}`,
  );
}
process.exit(0);
