// What an inbox row costs the PostgreSQL server to insert, and which part the indexes and foreign keys
// take: the ingest's statement (a page of 80 as one JSON parameter, ON CONFLICT DO NOTHING) into
// inbox_items as shipped and into copies without its foreign keys, without the GIN index on labels too,
// and with only the primary key and the unique (channel, network id). Three alternated rounds of 10,000
// rows each; server CPU time from /proc (bench/cpu-time.ts). Run: npx tsx bench/inbox-insert-cost.ts
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { channels, organisations } from '../src/db/schema.ts';
import { startPgCluster } from '../test/support/pg-cluster.ts';
import { serverCpuMs } from './cpu-time.ts';
import { INBOX_TEXTS as texts } from './inbox-texts.ts';

const N = 10_000;
const cluster = await startPgCluster();
try {
  const database = await openDatabase({ url: cluster.url });
  await database.migrate();
  const db = database.db;
  const [org] = await db.insert(organisations).values({ slug: 'x', name: 'X' }).returning();
  const dataDir = path.join(cluster.dir, 'data');
  const [ch] = await db.insert(channels).values({ orgId: org!.id, type: 'webhook', name: 'w', slug: 'w' }).returning();
  await db.execute(sql`CREATE TABLE t_nofk (LIKE inbox_items INCLUDING ALL)`);
  await db.execute(sql`CREATE TABLE t_nogin (LIKE inbox_items INCLUDING ALL)`);
  await db.execute(
    sql.raw(
      `DROP INDEX ${((await db.execute(sql`SELECT indexname FROM pg_indexes WHERE tablename = 't_nogin' AND indexdef LIKE '%USING gin%'`)) as unknown as { rows: { indexname: string }[] }).rows[0]!.indexname}`,
    ),
  );
  await db.execute(sql`CREATE TABLE t_min (LIKE inbox_items INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
  await db.execute(sql`ALTER TABLE t_min ADD PRIMARY KEY (id)`);
  await db.execute(sql`CREATE UNIQUE INDEX ON t_min (channel_id, external_id)`);
  const cols =
    'org_id, channel_id, external_id, kind, thread_key, parent_external_id, author_external_id, author_handle, author_name, text, attachments, lang, url, written_at, received_at, post_id, category, urgent, sentiment, sentiment_score, due_at, warn_at';
  const types =
    'org_id uuid, channel_id uuid, external_id text, kind text, thread_key text, parent_external_id text, author_external_id text, author_handle text, author_name text, text text, attachments smallint, lang text, url text, written_at timestamptz, received_at timestamptz, post_id uuid, category text, urgent boolean, sentiment text, sentiment_score real, due_at timestamptz, warn_at timestamptz';
  const totals = new Map<string, number[]>();
  let n = 0;
  const run = async (table: string, label: string) => {
    const cpu0 = serverCpuMs(dataDir);
    for (let i = 0; i < N; i += 80) {
      const rows = Array.from({ length: 80 }, (_, j) => ({
        org_id: org!.id,
        channel_id: ch!.id,
        external_id: `e${n + i + j}`,
        kind: 'mention',
        thread_key: `e${i + j}`,
        parent_external_id: null,
        author_external_id: `a${(i + j) % 997}`,
        author_handle: `p${(i + j) % 997}@zorg.social`,
        author_name: 'P',
        text: `${texts[(i + j) % texts.length]} (${i + j})`,
        attachments: 0,
        lang: 'nl',
        url: `https://zorg.social/@p/${i + j}`,
        written_at: new Date(),
        received_at: new Date(),
        post_id: null,
        category: 'question',
        urgent: false,
        sentiment: 'neutral',
        sentiment_score: 0,
        due_at: new Date(),
        warn_at: new Date(),
      }));
      await db.execute(
        sql`INSERT INTO ${sql.raw(table)} (${sql.raw(cols)}) SELECT ${sql.raw(cols)} FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(${sql.raw(types)}) ON CONFLICT (channel_id, external_id) DO NOTHING RETURNING id, category, urgent`,
      );
    }
    totals.set(label, [...(totals.get(label) ?? []), ((serverCpuMs(dataDir) - cpu0) * 1000) / N]);
  };
  for (let round = 0; round < 3; round++) {
    await run('inbox_items', 'as shipped: 10 secondary indexes, GIN on labels, 3 foreign keys');
    await run('t_nofk', 'the same without the foreign keys');
    await run('t_nogin', 'without foreign keys and the GIN index');
    await run('t_min', 'primary key and unique (channel, network id) only');
    n += N;
  }
  for (const [label, xs] of totals)
    console.log(
      `${label.padEnd(66)} server CPU per row: ${xs.map((x) => x.toFixed(0)).join(' / ')} µs → median ${[...xs].sort((a, b) => a - b)[1]!.toFixed(0)}`,
    );
  await database.close();
} finally {
  await cluster.stop();
}
