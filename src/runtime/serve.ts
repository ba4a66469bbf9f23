// `zorgpost serve`: web, API and scheduler in one process.
import { serve } from '@hono/node-server';
import type { Config } from '../config/config';
import { startScheduler } from '../features/publishing/scheduler';
import { createApp } from '../http/app';
import { boot } from './boot';

export async function runServer(config: Config, opts: { beforeListen?: (deps: Awaited<ReturnType<typeof boot>>['deps']) => Promise<void> } = {}) {
  const started = performance.now();
  const { database, deps } = await boot(config);
  await opts.beforeListen?.(deps);
  const app = createApp(deps);
  const scheduler = startScheduler(deps.db, deps, config.SCHEDULER_INTERVAL_MS);
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Zorgpost is ready on ${config.publicUrl} (${database.kind}, ${seconds} s)`);

  const shutdown = async () => {
    server.close();
    await scheduler.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
