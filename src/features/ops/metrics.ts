// Prometheus metrics of the installation. Figures about posts are read from the database at
// scrape time, so every web process reports the same numbers whichever worker did the work;
// HTTP latency is this process's own. Counts only: no names, texts or organisation ids.
import { sql } from 'drizzle-orm';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../../db/client';
import { guardBlocks } from '../guard/guard-blocks';
import { liveWorkers } from '../publishing/worker-heartbeat';

type Rows<T> = { rows: T[] };

export function createMetrics(db: Db) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'zorgpost_process_' });

  new Gauge({
    name: 'zorgpost_posts',
    help: 'Posts per status, all organisations',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      const result = (await db.execute(sql`SELECT status, count(*)::int AS n FROM posts GROUP BY status`)) as unknown as Rows<{ status: string; n: number }>;
      for (const r of result.rows) this.set({ status: r.status }, r.n);
    },
  });
  new Gauge({
    name: 'zorgpost_posts_due',
    help: 'Scheduled posts whose time has come and that no worker has sent yet (paused organisations excluded)',
    registers: [registry],
    async collect() {
      const result = (await db.execute(sql`
        SELECT count(*)::int AS n FROM posts p JOIN organisations o ON o.id = p.org_id
        WHERE p.status = 'scheduled' AND p.held_at IS NULL AND o.paused_at IS NULL
          AND coalesce(p.next_attempt_at, p.scheduled_at) <= now()`)) as unknown as Rows<{ n: number }>;
      this.set(result.rows[0]?.n ?? 0);
    },
  });
  new Gauge({
    name: 'zorgpost_publish_lateness_seconds',
    help: 'How late posts published in the last hour left, after their planned time (quantiles)',
    labelNames: ['quantile'],
    registers: [registry],
    async collect() {
      this.reset();
      const result = (await db.execute(sql`
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY s) AS p99
        FROM (SELECT greatest(0, extract(epoch FROM published_at - scheduled_at)) AS s FROM posts
              WHERE status = 'published' AND published_at > now() - interval '1 hour' AND scheduled_at IS NOT NULL) late`)) as unknown as Rows<{
        p50: number | null;
        p99: number | null;
      }>;
      const r = result.rows[0];
      if (r?.p50 != null) this.set({ quantile: '0.5' }, Number(r.p50));
      if (r?.p99 != null) this.set({ quantile: '0.99' }, Number(r.p99));
    },
  });
  new Gauge({
    name: 'zorgpost_workers_alive',
    help: 'Publishing workers that reported in the last three minutes',
    registers: [registry],
    async collect() {
      this.set(await liveWorkers(db));
    },
  });
  registry.registerMetric(guardBlocks);
  const httpDuration = new Histogram({
    name: 'zorgpost_http_request_duration_seconds',
    help: 'HTTP answers of this process by route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, httpDuration };
}

export type Metrics = ReturnType<typeof createMetrics>;
