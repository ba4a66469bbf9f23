// The process roles: `serve` runs web, API and the publishing worker in one process;
// `web` and `worker` run one role each when an installation outgrows one machine.
import { serve } from '@hono/node-server';
import type { Config } from '../config/config';
import { startWorker } from '../features/publishing/worker';
import { startNotificationWorker } from '../features/notifications/mail-worker';
import { startMetricsWorker } from '../features/metrics/metrics-worker';
import { startCurationWorker } from '../features/curation/curation-worker';
import { startFeedRequestFlush } from '../features/metrics/feed-request-counter';
import { createApp } from '../http/app';
import type { AppDeps } from '../http/env';
import path from 'node:path';
import { loadSecretKey } from '../features/secrets';
import { log } from '../log/logger';
import { boot } from './boot';
import { keepStatisticsCurrent } from '../db/statistics';
import { describeError } from '../db/describe-error';
import { startScheduledBackups } from './scheduled-backups';

export type Role = 'all' | 'web' | 'worker';

export async function runProcess(config: Config, role: Role, opts: { beforeStart?: (deps: AppDeps) => Promise<void> } = {}) {
  const started = performance.now();
  const { database, deps } = await boot(config);
  await opts.beforeStart?.(deps);
  const worker = role === 'web' ? null : await startWorker(database, deps);
  const notifier = role === 'web' ? null : startNotificationWorker(database);
  const measurer = role === 'web' ? null : startMetricsWorker(database, deps);
  const curator = role === 'web' ? null : startCurationWorker(database, deps);
  // Feed requests are counted where feeds are served, and written once a minute.
  const feedCounts =
    role === 'worker' ? null : startFeedRequestFlush(database.db, (error) => log.warn({ err: describeError(error) }, 'feed counts not written'));
  let server: ReturnType<typeof serve> | null = null;
  if (role !== 'worker') {
    server = serve({ fetch: createApp(deps).fetch, port: config.PORT, hostname: config.HOST });
    await new Promise<void>((resolve) => server!.once('listening', () => resolve()));
  }
  // The embedded database can only be read by the process that serves it: that process backs it up.
  const dataDir = path.resolve(config.ZORGPOST_DATA);
  const backups =
    role === 'all' && database.kind === 'pglite' && config.BACKUP_HOURS > 0
      ? startScheduledBackups(database.db, {
          dir: path.join(dataDir, 'backups'),
          everyHours: config.BACKUP_HOURS,
          keep: config.BACKUP_KEEP,
          mediaDir: deps.mediaDir,
          secretKey: loadSecretKey(config.ZORGPOST_SECRET, dataDir),
          log: (line) => log.info({ backup: true }, line),
        })
      : null;
  // The embedded database has no autovacuum: this process keeps its statistics current.
  const statistics =
    role !== 'web' && database.kind === 'pglite'
      ? keepStatisticsCurrent(database.db, { onError: (error) => log.warn({ err: describeError(error) }, 'ANALYZE failed') })
      : null;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const what = role === 'worker' ? `worker ${worker!.id}` : `on ${config.publicUrl}`;
  console.log(`Zorgpost is ready ${what} (${database.kind}, ${seconds} s)`);

  const shutdown = async () => {
    server?.close();
    backups?.stop();
    statistics?.stop();
    await worker?.stop();
    await notifier?.stop();
    await measurer?.stop();
    await curator?.stop();
    await feedCounts?.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
