// Measuring benchmark on PostgreSQL: seeds the size with generate_series (1,000 channels
// in 100 organisations, 200,000 published posts over two years, 50 snapshots each = 10 million
// snapshot rows, and their newest snapshot in post_figures_latest), then times
//  - the overview of one organisation and one quarter (loadOverview: every query the API runs, without HTTP),
//  - a post's growth curve (loadPostMetrics),
//  - ingestion through recordSnapshots (the engine's own writer: series row + newest row, batches of 1,000).
// `npm run bench:metrics` (a throwaway cluster, test/support/pg-cluster.ts) or with DATABASE_URL;
// `npm run bench:metrics -- 0.1` seeds a tenth of the size (scale argument or BENCH_SCALE).
import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { authorize, systemScope } from '../src/features/org-scope.ts';
import { loadOverview } from '../src/features/metrics/load-overview.ts';
import { loadPostMetrics } from '../src/features/metrics/load-post-metrics.ts';
import { recordSnapshots, type SnapshotRow } from '../src/features/metrics/record-snapshots.ts';
import { startPgCluster } from '../test/support/pg-cluster.ts';

const SCALE = Number(process.argv[2] ?? process.env.BENCH_SCALE ?? 1);
const ORGS = 100;
const CHANNELS = Math.max(ORGS, Math.round(1000 * SCALE));
const POSTS = Math.round(200_000 * SCALE);
const PER_POST = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const INGEST_ROWS = Number(process.env.BENCH_INGEST ?? 50_000);

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

async function main() {
  const cluster = process.env.DATABASE_URL ? null : await startPgCluster();
  const database = await openDatabase({ url: process.env.DATABASE_URL ?? cluster!.url });
  const db = database.db;
  try {
    await database.migrate();
    console.log(`scale ${SCALE}: ${ORGS} organisations, ${CHANNELS} channels, ${POSTS} posts, ${POSTS * PER_POST} snapshot rows`);
    let t0 = performance.now();
    await db.execute(sql`INSERT INTO organisations (slug, name) SELECT 'bench-' || i, 'Bench ' || i FROM generate_series(1, ${ORGS}) i`);
    await db.execute(sql`
      INSERT INTO channels (org_id, type, name, slug)
      SELECT o.id, 'mastodon', 'Kanaal ' || c, 'k' || c FROM generate_series(1, ${CHANNELS}) c
      JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n FROM organisations WHERE slug LIKE 'bench-%') o ON o.n = c % ${ORGS}`);
    // Posts spread over the last two years; each on one channel of its organisation.
    await db.execute(sql`
      CREATE TEMP TABLE bench_channels AS SELECT id, org_id, row_number() OVER (ORDER BY id) - 1 AS n FROM channels WHERE slug LIKE 'k%'`);
    await db.execute(sql`
      INSERT INTO posts (org_id, base_text, status, scheduled_at, published_at, labels, created_at)
      SELECT c.org_id, 'Bericht ' || p, 'published', t, t, CASE WHEN p % 3 = 0 THEN ARRAY['griep'] ELSE '{}'::text[] END, t - interval '1 day'
      FROM generate_series(1, ${POSTS}) p
      JOIN bench_channels c ON c.n = p % ${CHANNELS}
      CROSS JOIN LATERAL (SELECT now() - (p::double precision / ${POSTS}) * interval '730 days' AS t) x`);
    await db.execute(sql`
      INSERT INTO post_variants (org_id, post_id, channel_id, external_id, published_at)
      SELECT p.org_id, p.id, (SELECT c.id FROM bench_channels c WHERE c.org_id = p.org_id ORDER BY c.n LIMIT 1), p.id::text, p.published_at
      FROM posts p WHERE p.base_text LIKE 'Bericht %'`);
    console.log(`seeded posts and variants in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    // 50 snapshots per variant (the decaying schedule's order of size), growing counts; in slices for progress.
    const variants = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM post_variants`))[0]!.n;
    await db.execute(sql`CREATE TEMP TABLE bench_variants AS SELECT id, org_id, published_at, row_number() OVER (ORDER BY id) AS n FROM post_variants`);
    const slice = 20_000;
    for (let from = 1; from <= variants; from += slice) {
      await db.execute(sql`
        INSERT INTO post_snapshots (variant_id, at, org_id, likes, reposts, replies, quotes, followers)
        SELECT v.id, v.published_at + s * interval '1 hour', v.org_id, s * (1 + v.n % 7), s * (v.n % 3), s % 5, NULL, 1000 + v.n % 500
        FROM bench_variants v CROSS JOIN generate_series(1, ${PER_POST}) s
        WHERE v.n >= ${from} AND v.n < ${from + slice}`);
      process.stdout.write(`\r  snapshots: ${Math.min(variants, from + slice - 1) * PER_POST} rows`);
    }
    await db.execute(sql`
      INSERT INTO post_figures_latest (variant_id, org_id, post_id, channel_id, published_at, at, likes, reposts, replies, quotes, followers)
      SELECT DISTINCT ON (s.variant_id) s.variant_id, s.org_id, v.post_id, v.channel_id, v.published_at, s.at, s.likes, s.reposts, s.replies, s.quotes, s.followers
      FROM post_snapshots s JOIN post_variants v ON v.id = s.variant_id ORDER BY s.variant_id, s.at DESC`);
    await db.execute(sql`ANALYZE`);
    const seedSeconds = (performance.now() - t0) / 1000;
    console.log(`\nseeded ${variants * PER_POST} snapshot rows and their newest rows in ${seedSeconds.toFixed(1)} s`);

    const orgs = rowsOf<{ id: string; slug: string }>(await db.execute(sql`SELECT id, slug FROM organisations WHERE slug LIKE 'bench-%'`));
    // The last full quarter before now, as a person would pick it.
    const now = new Date();
    const q = Math.floor(now.getUTCMonth() / 3);
    const qStart = new Date(Date.UTC(now.getUTCFullYear(), (q - 1) * 3, 1));
    const qEnd = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 0));
    const query = { from: qStart.toISOString().slice(0, 10), to: qEnd.toISOString().slice(0, 10) };
    const overview: number[] = [];
    let postsInQuarter = 0;
    // Three warm-up answers (plans, connection) are not counted.
    for (let i = -3; i < RUNS; i++) {
      const org = orgs[randomInt(orgs.length)]!;
      const scope = authorize(systemScope(db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' }), 'metrics.read');
      const t = performance.now();
      const answer = await loadOverview(scope, query);
      if (i >= 0) overview.push(performance.now() - t);
      postsInQuarter = answer.totals.posts;
    }
    const postIds = rowsOf<{ id: string; org_id: string }>(await db.execute(sql`SELECT id, org_id FROM posts TABLESAMPLE SYSTEM (1) LIMIT ${RUNS * 5}`));
    const growth: number[] = [];
    let points = 0;
    for (const p of postIds) {
      const scope = authorize(systemScope(db, { id: p.org_id, slug: 'x', timeZone: 'Europe/Amsterdam' }), 'metrics.read');
      const t = performance.now();
      const answer = await loadPostMetrics(scope, p.id);
      growth.push(performance.now() - t);
      points = answer.variants[0]?.points.length ?? 0;
    }
    // Ingestion: new moments for existing variants, as the engine writes them.
    const sample = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM post_variants LIMIT ${INGEST_ROWS}`));
    const at = new Date();
    const batches: SnapshotRow[][] = [];
    for (let i = 0; i < sample.length; i += 1000)
      batches.push(
        sample.slice(i, i + 1000).map((v, j) => ({
          variantId: v.id,
          at,
          likes: j,
          reposts: 1,
          replies: 2,
          quotes: null,
          impressions: null,
          reach: null,
          clicks: null,
          videoViews: null,
          followers: 1200,
        })),
      );
    const t1 = performance.now();
    let written = 0;
    for (const b of batches) written += await recordSnapshots(db, b);
    const perSecond = written / ((performance.now() - t1) / 1000);

    const indexes = rowsOf<{ indexdef: string }>(
      await db.execute(sql`SELECT indexdef FROM pg_indexes WHERE tablename IN ('post_snapshots', 'post_figures_latest') ORDER BY tablename, indexname`),
    );
    const fmt = (v: number) => `${v.toFixed(1)} ms`;
    console.log(
      `\noverview (one organisation, one quarter ${query.from}..${query.to}, ~${postsInQuarter} posts, ${RUNS} runs): p50 ${fmt(quantile(overview, 0.5))}, p95 ${fmt(quantile(overview, 0.95))}`,
    );
    console.log(`growth curve (${postIds.length} posts, ${points} points each): p50 ${fmt(quantile(growth, 0.5))}, p95 ${fmt(quantile(growth, 0.95))}`);
    console.log(`ingestion: ${written} rows in batches of 1,000: ${Math.round(perSecond)} rows/s`);
    console.log('\nindexes used:');
    for (const i of indexes) console.log(`  ${i.indexdef}`);
    const targets = [
      ['overview p95 < 200 ms', quantile(overview, 0.95) < 200],
      ['growth curve p95 < 50 ms', quantile(growth, 0.95) < 50],
      ['ingestion >= 5,000 rows/s', perSecond >= 5000],
    ] as const;
    console.log('\ntargets:');
    for (const [what, met] of targets) console.log(`  ${met ? 'met    ' : 'NOT met'}  ${what}`);
  } finally {
    await database.close();
    await cluster?.stop();
  }
}

await main();
