// Backup benchmark: how long `writeBackup` holds an embedded database, and how long a restore
// takes, for an organisation with BENCH_POSTS posts (10,000 by default; one variant and two
// history rows each). Prints the median of three runs and the file size.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { restoreBackup } from '../src/features/ops/restore-backup.ts';
import { writeBackup } from '../src/features/ops/write-backup.ts';

const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = await mkdtemp(path.join(os.tmpdir(), 'zp-bench-backup-'));
const source = await openDatabase({});
await source.migrate();
await source.db.execute(sql`
  WITH o AS (INSERT INTO organisations (slug, name) VALUES ('bench', 'Bench') RETURNING id),
       c AS (INSERT INTO channels (org_id, type, name, slug) SELECT id, 'website', 'Nieuws', 'nieuws' FROM o RETURNING id, org_id),
       p AS (INSERT INTO posts (org_id, base_text, status, scheduled_at)
             SELECT o.id, 'Bericht ' || g || ': onze open dag is zaterdag van 10 tot 16 uur, iedereen is welkom.', 'scheduled', now() + (g || ' minutes')::interval
             FROM o, generate_series(1, ${POSTS}) g RETURNING id, org_id),
       v AS (INSERT INTO post_variants (org_id, post_id, channel_id) SELECT p.org_id, p.id, c.id FROM p, c)
  INSERT INTO post_events (org_id, post_id, action, to_status) SELECT org_id, id, a, 'scheduled' FROM p, (VALUES ('created'), ('schedule')) x(a)`);

const backupMs: number[] = [];
const restoreMs: number[] = [];
let bytes = 0;
for (let run = 0; run < 3; run++) {
  const file = path.join(dir, `b${run}.tar.gz`);
  let t0 = performance.now();
  await writeBackup(source.db, { mediaDir: path.join(dir, 'media'), secretKey: 'bench', file });
  backupMs.push(performance.now() - t0);
  bytes = (await stat(file)).size;
  const target = await openDatabase({});
  await target.migrate();
  t0 = performance.now();
  await restoreBackup(file, { db: target.db, mediaDir: path.join(dir, `media-${run}`) });
  restoreMs.push(performance.now() - t0);
  await target.close();
}
await source.close();
await rm(dir, { recursive: true, force: true });
console.log(
  `posts=${POSTS} rows=${POSTS * 4 + 2} backup_median_ms=${median(backupMs).toFixed(0)} restore_median_ms=${median(restoreMs).toFixed(0)} file_kb=${(bytes / 1024).toFixed(0)} (embedded PGlite, 3 runs)`,
);
