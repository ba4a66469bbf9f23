// API benchmark: the calendar and list answers at size. Seeds one organisation with 100,000 posts
// (two years, one website channel each) inside an installation of 1,000,000 posts, plus an empty
// organisation as the reference, then runs the real server (`zorgpost serve`, its own process)
// and loads it with 10 connections: calendar month and week (every page, as the web app pages
// them) and the list view (three pages of 100). Also: /healthz p99 while the month loads, the
// month's compressed bytes per post, the month's p95 while 40 logins/s run, and start-up times.
// On PGlite and on a throwaway PostgreSQL (test/support/pg-cluster.ts).
//
// BENCH_ORG_POSTS, BENCH_TOTAL_POSTS, BENCH_SECONDS (per measurement), BENCH_ENGINES=pglite,postgres,
// BENCH_CPU_PROF=<folder> (each server process writes a CPU profile there when it stops).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.ts';
import { refreshStatistics } from '../src/db/statistics.ts';
import { hashPassword } from '../src/features/auth/passwords.ts';
import { startPgCluster } from '../test/support/pg-cluster.ts';
import { parseAnchor, utcRange, visibleDays } from '../web/src/lib/time.ts';

const ORG_POSTS = Number(process.env.BENCH_ORG_POSTS ?? 100_000);
const TOTAL_POSTS = Math.max(ORG_POSTS, Number(process.env.BENCH_TOTAL_POSTS ?? 1_000_000));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').filter(Boolean);
const CONNECTIONS = 10;
const LOGINS_PER_SECOND = 40;
const LOGIN_USERS = 200;
const OTHER_ORG_POSTS = 10_000;
const ZONE = 'Europe/Amsterdam';
const EMAIL = 'bench@example.nl';
const PASSWORD = 'bench wachtwoord lang genoeg 42';
const ROOT = path.resolve(import.meta.dirname, '..');

/** The targets, each printed at the end as met or not, with the figure. */
const targets: { what: string; figure: number; limit: number; unit: string }[] = [];
const target = (what: string, figure: number, limit: number, unit = 'ms') => targets.push({ what, figure, limit, unit });

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

// ---------------------------------------------------------------- seeding (bulk SQL, not the API)

async function seed(database: Database): Promise<{ bigOrg: string; emptyOrg: string; seconds: number }> {
  const started = performance.now();
  const db = database.db;
  const one = async <T>(q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: T[] }).rows[0]!;
  const user = await one<{ id: string }>(
    sql`INSERT INTO users (email, name, password_hash) VALUES (${EMAIL}, 'Bench', ${await hashPassword(PASSWORD)}) RETURNING id`,
  );
  // Logins for the 40/s measurement: people of their own, each from its own address, as at a
  // care group's shift change (one address and one account would meet the guessing slow-down).
  await db.execute(sql`INSERT INTO users (email, name, password_hash)
    SELECT 'login-' || g || '@example.nl', 'Login ' || g, u.password_hash FROM users u, generate_series(1, ${LOGIN_USERS}) g WHERE u.id = ${user.id}::uuid`);
  const newOrg = async (slug: string) => {
    const org = await one<{ id: string }>(sql`INSERT INTO organisations (slug, name, time_zone) VALUES (${slug}, ${slug}, ${ZONE}) RETURNING id`);
    const channel = await one<{ id: string }>(
      sql`INSERT INTO channels (org_id, type, name, slug) VALUES (${org.id}::uuid, 'website', 'Website', 'nieuws') RETURNING id`,
    );
    return { orgId: org.id, channelId: channel.id };
  };
  // Two years of posts from 2026-01-01, evenly spread; the past published, the future scheduled
  // (never a scheduled post in the past: the server's publishing worker would start sending it).
  const posts = async (orgId: string, channelId: string, count: number) => {
    const span = 2 * 365 * 86_400;
    await db.execute(sql`
      WITH p AS (
        INSERT INTO posts (org_id, author_id, base_text, status, scheduled_at, published_at)
        SELECT ${orgId}::uuid, ${user.id}::uuid,
               'Bericht ' || g || ': open dag op locatie ' || (g % 37) || ' zaterdag van 10 tot 16 uur. Iedereen is welkom, de koffie staat klaar en de bewoners laten hun tuin zien.',
               CASE WHEN t < now() THEN 'published' ELSE 'scheduled' END, t, CASE WHEN t < now() THEN t END
        FROM generate_series(1, ${count}) g,
             LATERAL (SELECT timestamptz '2026-01-01 00:00:00+00' + (g::float8 * ${span} / ${count}) * interval '1 second' AS t) s
        RETURNING id)
      INSERT INTO post_variants (org_id, post_id, channel_id) SELECT ${orgId}::uuid, id, ${channelId}::uuid FROM p`);
  };
  const big = await newOrg('bench-groot');
  const empty = await newOrg('bench-leeg');
  for (const org of [big, empty]) {
    await db.execute(sql`INSERT INTO memberships (org_id, user_id, role) VALUES (${org.orgId}::uuid, ${user.id}::uuid, 'editor')`);
  }
  await posts(big.orgId, big.channelId, ORG_POSTS);
  for (let done = ORG_POSTS, i = 1; done < TOTAL_POSTS; i++) {
    const count = Math.min(OTHER_ORG_POSTS, TOTAL_POSTS - done);
    const other = await newOrg(`bench-ander-${i}`);
    await posts(other.orgId, other.channelId, count);
    done += count;
    if (i % 10 === 0) process.stderr.write(`  seeded ${done.toLocaleString('en')} posts (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  await refreshStatistics(db);
  return { bigOrg: big.orgId, emptyOrg: empty.orgId, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------- the server in its own process

/** CPU time (user + system, every thread) a process has used so far, from /proc (Linux). Wall
 *  times on a shared machine measure the neighbours too; this measures the server's own work. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100/s)
  } catch {
    return Number.NaN;
  }
}

async function startServer(env: Record<string, string>): Promise<{ base: string; pid: number | undefined; readyMs: number; stop(): Promise<void> }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const started = performance.now();
  // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops (for finding costs).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, path.join(ROOT, 'bin/zorgpost.mjs'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BACKUP_HOURS: '0', LOG_LEVEL: 'warn', TRUST_PROXY: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Zorgpost is ready')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  const readyMs = performance.now() - started;
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    readyMs,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

// ---------------------------------------------------------------- load

interface Session {
  base: string;
  cookie: string;
}

let loginCount = 0;
async function login(base: string, signal?: AbortSignal, email = EMAIL): Promise<Session> {
  const n = loginCount++;
  const res = await fetch(`${base}/api/auth/login`, {
    signal,
    method: 'POST',
    // Each login from its own address (the server trusts 127.0.0.1 as its proxy).
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
  return { base, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
}

type Get = (url: string) => Promise<{ items: unknown[]; nextCursor: string | null }>;
/** One view as the web app loads it: a sequence of requests. */
type View = (get: Get) => Promise<void>;

const withCursor = (url: string, cursor: string) => `${url}&cursor=${encodeURIComponent(cursor)}`;
const range = (view: 'month' | 'week') => utcRange(visibleDays(view, parseAnchor('2027-03-17', ZONE)));

/** Every page of the range (the month and week views draw the whole period). */
const wholeRange =
  (orgId: string, view: 'month' | 'week'): View =>
  async (get) => {
    const { from, to } = range(view);
    const url = `/api/orgs/${orgId}/posts?from=${from}&to=${to}`;
    for (let page = await get(url); page.nextCursor; ) page = await get(withCursor(url, page.nextCursor));
  };

/** The list view: the first page of 100 and two more as one scrolls. */
const listPages =
  (orgId: string): View =>
  async (get) => {
    const { from, to } = range('month');
    const url = `/api/orgs/${orgId}/posts?from=${from}&to=${to}&limit=100`;
    let page = await get(url);
    for (let i = 1; i < 3 && page.nextCursor; i++) page = await get(withCursor(url, page.nextCursor));
  };

interface LoadResult {
  requestsPerSecond: number;
  viewsPerSecond: number;
  request: { p50: number; p95: number };
  view: { p50: number; p95: number };
  items: number;
  requests: number;
}

async function load(session: Session, view: View, seconds: number): Promise<LoadResult> {
  const requestMs: number[] = [];
  const viewMs: number[] = [];
  let items = 0;
  const get: Get = async (url) => {
    const t0 = performance.now();
    const res = await fetch(session.base + url, { headers: { cookie: session.cookie, 'accept-encoding': 'gzip' } });
    const body = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    requestMs.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
    items += body.items.length;
    return body;
  };
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await view(get);
        viewMs.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requestsPerSecond: requestMs.length / elapsed,
    viewsPerSecond: viewMs.length / elapsed,
    request: { p50: quantile(requestMs, 0.5), p95: quantile(requestMs, 0.95) },
    view: { p50: quantile(viewMs, 0.5), p95: quantile(viewMs, 0.95) },
    items: viewMs.length ? Math.round(items / viewMs.length) : 0,
    requests: requestMs.length,
  };
}

/** Something else running beside a load: every `everyMs` one call (at most 100 waiting), latencies
 *  of those that finished; at the end the unfinished ones are abandoned, not waited for. */
function alongside(everyMs: number, call: (signal: AbortSignal) => Promise<unknown>): { stop(): Promise<{ done: number[]; abandoned: number }> } {
  const latencies: number[] = [];
  const inFlight = new Set<Promise<unknown>>();
  const abort = new AbortController();
  const timer = setInterval(() => {
    if (inFlight.size >= 100) return;
    const t0 = performance.now();
    const p: Promise<unknown> = call(abort.signal)
      .then(() => latencies.push(performance.now() - t0))
      .catch(() => {})
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      const abandoned = inFlight.size;
      abort.abort();
      await Promise.all(inFlight);
      return { done: latencies, abandoned };
    },
  };
}

/** The month's first page as the browser receives it with gzip: bytes per post. */
function compressedBytesPerItem(session: Session, orgId: string): Promise<{ perItem: number; items: number }> {
  const { from, to } = range('month');
  return new Promise((resolve, reject) => {
    http
      .get(
        `${session.base}/api/orgs/${orgId}/posts?from=${from}&to=${to}&limit=1000`,
        { headers: { cookie: session.cookie, 'accept-encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
            const items = (JSON.parse(body.toString('utf8')) as { items: unknown[] }).items.length;
            resolve({ perItem: raw.byteLength / items, items });
          });
        },
      )
      .on('error', reject);
  });
}

// ---------------------------------------------------------------- one engine

async function measureEngine(engine: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zp-bench-api-'));
  const cluster = engine === 'postgres' ? await startPgCluster() : null;
  const secret = randomBytes(32).toString('hex');
  const env: Record<string, string> = { ZORGPOST_DATA: dir, ZORGPOST_SECRET: secret, ...(cluster ? { DATABASE_URL: cluster.url } : {}) };
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    const database = await openDatabase(cluster ? { url: cluster.url } : { dataDir: dir });
    await database.migrate();
    const seeded = await seed(database);
    await database.close();
    console.log(
      `\n## ${engine}: ${ORG_POSTS.toLocaleString('en')} posts in the organisation, ${TOTAL_POSTS.toLocaleString('en')} in the installation (seeded in ${seeded.seconds.toFixed(0)} s)`,
    );

    server = await startServer(env);
    console.log(`restart to ready (migrated, seeded installation): ${ms(server.readyMs)}`);
    const session = await login(server.base);
    await load(session, wholeRange(seeded.bigOrg, 'month'), 2); // warm-up

    console.log(
      `\n| view (${CONNECTIONS} connections, ${SECONDS} s) | organisation | items/view | requests/s | request p50 | request p95 | views/s | view p50 | view p95 | server CPU/request |`,
    );
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const views: [string, (org: string) => View][] = [
      ['calendar month', (org) => wholeRange(org, 'month')],
      ['calendar week', (org) => wholeRange(org, 'week')],
      ['list, 3 pages of 100', (org) => listPages(org)],
    ];
    let monthBaseline: LoadResult | undefined;
    for (const [name, make] of views) {
      for (const [label, org] of [
        [`${ORG_POSTS.toLocaleString('en')} posts`, seeded.bigOrg],
        ['empty (reference)', seeded.emptyOrg],
      ] as const) {
        const cpuBefore = cpuMs(server.pid);
        const r = await load(session, make(org), SECONDS);
        const cpuPerRequest = (cpuMs(server.pid) - cpuBefore) / r.requests;
        if (name === 'calendar month' && org === seeded.bigOrg) {
          monthBaseline = r;
          target(`calendar month request p95, ${engine}`, r.request.p95, engine === 'postgres' ? 100 : 200);
        }
        console.log(
          `| ${name} | ${label} | ${r.items} | ${r.requestsPerSecond.toFixed(0)} | ${ms(r.request.p50)} | ${ms(r.request.p95)} | ${r.viewsPerSecond.toFixed(1)} | ${ms(r.view.p50)} | ${ms(r.view.p95)} | ${ms(cpuPerRequest)} |`,
        );
      }
    }

    process.stderr.write('  /healthz beside the month load\n');
    const healthz = alongside(20, async (signal) => (await fetch(`${server!.base}/healthz`, { signal })).arrayBuffer());
    const underLoad = await load(session, wholeRange(seeded.bigOrg, 'month'), SECONDS);
    const healthMs = (await healthz.stop()).done;
    if (engine === 'pglite') target('/healthz p99 while 10 connections load the month (PGlite)', quantile(healthMs, 0.99), 100);
    console.log(
      `\n/healthz while ${CONNECTIONS} connections load the month: p50 ${ms(quantile(healthMs, 0.5))}, p99 ${ms(quantile(healthMs, 0.99))}, max ${ms(Math.max(...healthMs))} (${healthMs.length} calls; month request p95 meanwhile ${ms(underLoad.request.p95)})`,
    );

    process.stderr.write('  bytes per post\n');
    const size = await compressedBytesPerItem(session, seeded.bigOrg);
    target(`month answer per post, gzip, ${engine}`, size.perItem, 150, 'bytes');
    console.log(`month answer compressed (gzip): ${size.perItem.toFixed(0)} bytes per post (${size.items} posts in one page)`);

    process.stderr.write('  logins beside the month load\n');
    const logins = alongside(1000 / LOGINS_PER_SECOND, (signal) => login(server!.base, signal, `login-${(loginCount % LOGIN_USERS) + 1}@example.nl`));
    const withLogins = await load(session, wholeRange(seeded.bigOrg, 'month'), SECONDS);
    const { done: loginMs, abandoned } = await logins.stop();
    target(`month request p95 with ${LOGINS_PER_SECOND} logins/s ÷ without, ${engine}`, withLogins.request.p95 / monthBaseline!.request.p95, 2, '×');
    console.log(
      `month while ${LOGINS_PER_SECOND} logins/s run: request p95 ${ms(withLogins.request.p95)} (without: ${ms(monthBaseline!.request.p95)}, ×${(withLogins.request.p95 / monthBaseline!.request.p95).toFixed(2)}); view p95 ${ms(withLogins.view.p95)} (without: ${ms(monthBaseline!.view.p95)}); ${(loginMs.length / SECONDS).toFixed(0)} logins/s done (${abandoned} still waiting at the end), login p50 ${ms(quantile(loginMs, 0.5))}`,
    );
  } finally {
    await server?.stop();
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** First start of a new embedded installation (creates and migrates the database), then a restart:
 *  as a release runs it (the compiled server in dist/server/, built here first) and, beside it, from
 *  the TypeScript sources through tsx as in development. The targets are read from the release. */
async function firstStart() {
  const build = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build:server failed');
  for (const [label, env] of [
    ['release build', { ZORGPOST_FROM_SOURCE: '0' }],
    ['from sources (tsx)', { ZORGPOST_FROM_SOURCE: '1' }],
  ] as const) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zp-bench-first-'));
    try {
      const server = await startServer({ ZORGPOST_DATA: dir, ...env });
      await server.stop();
      const again = await startServer({ ZORGPOST_DATA: dir, ...env });
      await again.stop();
      console.log(`${label}: first start to ready (new embedded installation): ${ms(server.readyMs)}; restart to ready: ${ms(again.readyMs)}`);
      if (label === 'release build') {
        target('first start to ready (embedded, release build)', server.readyMs, 5000);
        target('restart to ready (embedded, empty, release build)', again.readyMs, 2000);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

await firstStart();
for (const engine of ENGINES) await measureEngine(engine);
console.log('\n| target | measured | limit | met |\n| --- | ---: | ---: | --- |');
for (const t of targets) {
  const figure = t.unit === '×' ? t.figure.toFixed(2) : t.figure.toFixed(0);
  console.log(`| ${t.what} | ${figure} ${t.unit} | < ${t.limit} ${t.unit} | ${t.figure < t.limit ? 'yes' : 'no'} |`);
}
console.log(`\nload average at the end ${os.loadavg()[0]!.toFixed(2)}`);
