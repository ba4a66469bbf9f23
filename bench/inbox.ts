// The inbox on a throwaway PostgreSQL server (test/support/pg-cluster.ts):
// 1. ingest: one Mastodon channel read through the real engine (leased claim, fetchInbound over
//    HTTP from the contract server, triage, store with ON CONFLICT DO NOTHING, cursor moved in
//    the same statement), BENCH_INGEST items (default 20,000) in pages of 80 (the API maximum); the rate is
//    items stored per second of wall time. Beside it, the bare reference: the same pages
//    inserted with one plain INSERT each, no HTTP, no triage, no lease check.
// 2. list: the organisation topped up to BENCH_ITEMS (default 100,000) items over 3 channels,
//    then GET /api/orgs/{org}/inbox/items in-process through the whole HTTP app (session, CSRF,
//    validation, authorise), p50/p95 over BENCH_RUNS (default 40) calls per query.
// CPU time per item during the ingest and the bare inserts (bench/cpu-time.ts, from /proc): this
// process's threads without the burners (the engine, and the contract server and API probe beside it)
// and the PostgreSQL server's processes; on a shared machine this is steadier than the wall-clock rate.
// BENCH_LOAD=N starts N worker threads that spin for the whole run (a loaded shared machine, made
// reproducible); BENCH_LOAD=0 (default) adds none. During the ingest an API request (GET settings,
// in-process) is timed every 50 ms: how responsive the API stays while a big read is triaged.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { eq, type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/config/config.ts';
import { type Db, openDatabase } from '../src/db/client.ts';
import { channels, inboxItems, inboxPollState, memberships, organisations, users } from '../src/db/schema.ts';
import { refreshStatistics } from '../src/db/statistics.ts';
import { hashPassword } from '../src/features/auth/passwords.ts';
import { claimDueChannels, pollChannel } from '../src/features/inbox/poll-channels.ts';
import { secretBox } from '../src/features/secrets.ts';
import { createApp } from '../src/http/app.ts';
import { outbound } from '../src/net/safe-fetch.ts';
import { startFakeMastodon } from '../test/support/fake-mastodon.ts';
import { startPgCluster } from '../test/support/pg-cluster.ts';
import { nodeCpuMs, ownThreads, serverCpuMs } from './cpu-time.ts';
import { INBOX_TEXTS as texts } from './inbox-texts.ts';

const INGEST = Number(process.env.BENCH_INGEST ?? 20_000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const LOAD = Number(process.env.BENCH_LOAD ?? 0);
const PASSWORD = 'bench password 1234';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function count(db: Db, query: SQL): Promise<number> {
  const result = (await db.execute(query)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]?.n ?? 0);
}

/** Round trips to the server while counting (every query a pooled client sends, BEGIN and COMMIT
 *  included), by the statement's first words; BENCH_TRACE=1 prints them. */
const trips = { on: false, total: 0, kinds: new Map<string, number>() };
const sendQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (trips.on) {
    const first = args[0] as string | { text?: string };
    const text = (typeof first === 'string' ? first : (first?.text ?? '')).trim().replace(/\s+/g, ' ');
    const kind = text.slice(0, 60);
    trips.total++;
    trips.kinds.set(kind, (trips.kinds.get(kind) ?? 0) + 1);
  }
  return (sendQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** N threads spinning until stopped: CPU burners beside the benchmark. Answers their thread ids
 *  too (the threads that appeared while they started), left out of the engine's CPU time. */
async function startBurners(n: number): Promise<{ threads: Set<string>; stop(): Promise<void> }> {
  const before = ownThreads();
  const workers = Array.from({ length: n }, () => new Worker('for (;;) {}', { eval: true }));
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('online', resolve))));
  const threads = new Set([...ownThreads()].filter((tid) => !before.has(tid)));
  return {
    threads,
    async stop() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

async function main() {
  const burners = await startBurners(LOAD);
  const cluster = await startPgCluster();
  const fake = await startFakeMastodon();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zp-bench-inbox-'));
  try {
    const database = await openDatabase({ url: cluster.url });
    await database.migrate();
    const db = database.db;
    const secrets = secretBox(randomBytes(32).toString('hex'));
    const net = outbound({ allowPrivate: true });
    const [org] = await db.insert(organisations).values({ slug: 'bench', name: 'Bench' }).returning();
    const [user] = await db
      .insert(users)
      .values({ email: 'bench@example.nl', name: 'Bench', passwordHash: await hashPassword(PASSWORD) })
      .returning();
    await db.insert(memberships).values({ orgId: org!.id, userId: user!.id, role: 'editor' });
    const [mastodon] = await db
      .insert(channels)
      .values({
        orgId: org!.id,
        type: 'mastodon',
        name: 'Mastodon',
        slug: 'mastodon',
        settings: { instance: fake.url },
        credentials: secrets.seal({ accessToken: fake.issueToken() }),
      })
      .returning();
    const others = await db
      .insert(channels)
      .values([
        { orgId: org!.id, type: 'website', name: 'Website', slug: 'web' },
        { orgId: org!.id, type: 'webhook', name: 'Webhook', slug: 'hook' },
      ])
      .returning();

    const config = loadConfig({ ZORGPOST_DATA: dir, PUBLIC_URL: 'https://zorg.example' });
    const app = createApp({ db, config, mediaDir: path.join(dir, 'media'), secrets, net });
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.nl', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const get = async (url: string) => {
      const res = await app.request(url, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ nextCursor?: string | null }>;
    };
    // 1. Ingest through the engine.
    for (let i = 0; i < INGEST; i++)
      fake.mention({ acct: `p${i % 997}@zorg.social`, text: `${texts[i % texts.length]} (${i})`, language: i % 4 ? 'nl' : 'en' });
    // Start reading from the beginning (a new channel would start at the newest page).
    await db.insert(inboxPollState).values({ channelId: mastodon!.id, orgId: org!.id, cursor: '0' });
    // An API request every 50 ms while the ingest runs (the event loop is shared with the engine).
    const probeUrl = `/api/orgs/${org!.id}/inbox/settings`;
    const probes: number[] = [];
    let ingesting = true;
    const probing = (async () => {
      while (ingesting) {
        const s = performance.now();
        await get(probeUrl);
        probes.push(performance.now() - s);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    trips.on = true;
    const cpu0 = { node: nodeCpuMs(burners.threads), server: serverCpuMs(path.join(cluster.dir, 'data')) };
    const t0 = performance.now();
    let stored = 0;
    let pages = 0;
    while (stored < INGEST) {
      await db.update(inboxPollState).set({ nextPollAt: sql`now()` }).where(eq(inboxPollState.channelId, mastodon!.id));
      const [id] = await claimDueChannels(db, 'bench');
      if (!id) throw new Error('channel not claimable');
      const tally = await pollChannel(db, id, 'bench', { secrets, net });
      if (!tally.stored) throw new Error(`ingest stalled at ${stored}`);
      stored += tally.stored;
      pages += tally.pages;
    }
    const ingestSeconds = (performance.now() - t0) / 1000;
    const ingestCpu = { node: nodeCpuMs(burners.threads) - cpu0.node, server: serverCpuMs(path.join(cluster.dir, 'data')) - cpu0.server };
    trips.on = false;
    ingesting = false;
    await probing;
    const distinct = await count(db, sql`SELECT count(DISTINCT external_id)::int AS n FROM inbox_items WHERE channel_id = ${mastodon!.id}`);

    // The bare reference: the same number of rows, 80 per plain INSERT, on the same server.
    const bareCpu0 = { node: nodeCpuMs(burners.threads), server: serverCpuMs(path.join(cluster.dir, 'data')) };
    const bare0 = performance.now();
    for (let i = 0; i < INGEST; i += 80) {
      const rows = Array.from({ length: Math.min(80, INGEST - i) }, (_, j) => ({
        orgId: org!.id,
        channelId: others[1]!.id,
        externalId: `bare-${i + j}`,
        kind: 'mention',
        threadKey: `bare-${i + j}`,
        authorExternalId: 'a',
        authorHandle: 'a@zorg.social',
        text: texts[(i + j) % texts.length]!,
        writtenAt: new Date(),
      }));
      await db.insert(inboxItems).values(rows);
    }
    const bareSeconds = (performance.now() - bare0) / 1000;
    const bareCpu = { node: nodeCpuMs(burners.threads) - bareCpu0.node, server: serverCpuMs(path.join(cluster.dir, 'data')) - bareCpu0.server };

    // 2. Top up to ITEMS and measure the list.
    const have = INGEST * 2;
    const cats = ['question', 'question', 'compliment', 'complaint', 'medical', 'other', 'spam'];
    await db.execute(sql`
      INSERT INTO inbox_items (org_id, channel_id, external_id, kind, thread_key, author_external_id, author_handle, text, written_at,
        category, urgent, state, assignee_id, labels)
      SELECT ${org!.id}, (ARRAY[${mastodon!.id}::uuid, ${others[0]!.id}::uuid, ${others[1]!.id}::uuid])[1 + g % 3], 'fill-' || g, 'mention', 'fill-' || (g / 3),
        'a' || (g % 500), 'p' || (g % 500) || '@zorg.social', 'Bericht nummer ' || g, now() - (g || ' seconds')::interval,
        CASE WHEN g % 500 = 0 THEN 'crisis' ELSE (ARRAY[${sql.join(
          cats.map((c) => sql`${c}`),
          sql`, `,
        )}])[1 + g % ${cats.length}] END,
        g % 500 = 0,
        (ARRAY['open', 'waiting', 'done', 'done'])[1 + g % 4],
        CASE WHEN g % 7 = 0 THEN ${user!.id}::uuid END,
        CASE WHEN g % 50 = 0 THEN ARRAY['terugbellen'] ELSE '{}'::text[] END
      FROM generate_series(1, ${Math.max(0, ITEMS - have)}) g`);
    await refreshStatistics(db);
    const total = await count(db, sql`SELECT count(*)::int AS n FROM inbox_items WHERE org_id = ${org!.id}`);

    const base = `/api/orgs/${org!.id}/inbox`;
    const page3 = async () => {
      let cursor = (await get(`${base}/items?limit=50`)).nextCursor;
      cursor = (await get(`${base}/items?limit=50&cursor=${cursor}`)).nextCursor;
      return `${base}/items?limit=50&cursor=${cursor}`;
    };
    const queries: [string, string][] = [
      ['urgent first (default), page 1', `${base}/items?limit=50`],
      ['newest first, page 1', `${base}/items?sort=newest&limit=50`],
      ['urgent first, page 3 (cursor)', await page3()],
      ['state=open', `${base}/items?state=open&limit=50`],
      ['assignee=me', `${base}/items?assignee=me&limit=50`],
      ['label=terugbellen', `${base}/items?label=terugbellen&limit=50`],
      ['category=crisis', `${base}/items?category=crisis&limit=50`],
      [`channel + state=waiting`, `${base}/items?channelId=${others[0]!.id}&state=waiting&limit=50`],
      ['unread counts (menu badge)', `${base}/unread`],
      // The floor on this machine at this moment: the same HTTP path reading one row.
      ['reference: GET settings (one row)', `${base}/settings`],
    ];
    const lines: string[] = [];
    for (const [label, url] of queries) {
      for (let i = 0; i < 3; i++) await get(url); // warm
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        await get(url);
        times.push(performance.now() - s);
      }
      lines.push(`${label.padEnd(34)} p50_ms=${pct(times, 50).toFixed(1)} p95_ms=${pct(times, 95).toFixed(1)}`);
    }
    console.log(
      `inbox benchmark on PostgreSQL (${new Date().toISOString().slice(0, 10)}), ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, burner threads ${LOAD}`,
    );
    console.log(
      `ingest through the engine: items=${stored} distinct=${distinct} pages=${pages} seconds=${ingestSeconds.toFixed(1)} rate=${Math.round(stored / ingestSeconds)}/s`,
    );
    const perItem = (c: { node: number; server: number }, n: number) =>
      `node=${((c.node * 1000) / n).toFixed(0)} µs server=${((c.server * 1000) / n).toFixed(0)} µs total=${(((c.node + c.server) * 1000) / n).toFixed(0)} µs`;
    console.log(`CPU per item during the ingest (burners left out; the API probe's share included): ${perItem(ingestCpu, stored)}`);
    console.log(`round trips during the ingest: ${trips.total} (${(trips.total / pages).toFixed(2)} per page, the probe's and the bench's own included)`);
    if (process.env.BENCH_TRACE) for (const [kind, n] of [...trips.kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${kind}`);
    console.log(`bare reference (plain INSERT of 80): items=${INGEST} seconds=${bareSeconds.toFixed(1)} rate=${Math.round(INGEST / bareSeconds)}/s`);
    console.log(`CPU per item, bare reference: ${perItem(bareCpu, INGEST)}`);
    console.log(`ingest / bare: ${(stored / ingestSeconds / (INGEST / bareSeconds)).toFixed(2)}`);
    console.log(
      `API during ingest (GET settings every 50 ms): n=${probes.length} p50_ms=${pct(probes, 50).toFixed(1)} p95_ms=${pct(probes, 95).toFixed(1)} max_ms=${Math.max(...probes).toFixed(1)}`,
    );
    console.log(`list over items=${total} (HTTP in-process, ${RUNS} runs each):`);
    for (const l of lines) console.log(`  ${l}`);
    await database.close();
  } finally {
    await fake.stop();
    await cluster.stop();
    await burners.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
