// What monitoring reads: /healthz (the process answers), /readyz (it can do its work) and
// /metrics (Prometheus, only with METRICS_TOKEN set and sent as a bearer token).
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { routePath } from 'hono/route';
import { createMetrics } from '../../features/ops/metrics';
import { checkReadiness } from '../../features/ops/readiness';
import type { AppDeps, AppEnv } from '../env';
import { log } from '../../log/logger';

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export function opsRoutes(deps: AppDeps) {
  const metrics = createMetrics(deps.db);
  const routes = new Hono<AppEnv>();

  routes.use('*', async (c, next) => {
    const end = metrics.httpDuration.startTimer();
    await next();
    // After next() the route index is that of the last handler that ran: the pattern that answered.
    const route = routePath(c);
    const seconds = end({ method: c.req.method, route, status: String(c.res.status) });
    log.info({ reqId: c.get('requestId'), method: c.req.method, route, status: c.res.status, ms: Math.round(seconds * 1000) }, 'request');
  });

  routes.get('/healthz', (c) => c.json({ status: 'ok' }));

  routes.get('/readyz', async (c) => {
    const readiness = await checkReadiness(deps.db);
    return c.json({ status: readiness.ready ? 'ready' : 'not_ready', ...readiness.checks }, readiness.ready ? 200 : 503);
  });

  routes.get('/metrics', async (c) => {
    const token = deps.config.METRICS_TOKEN;
    // Without a configured token the endpoint does not exist: metrics are never public by accident.
    if (!token) return c.json({ error: { code: 'not_found', message: 'Not found' } }, 404);
    const given = c.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
    if (!sameToken(given, token)) return c.json({ error: { code: 'unauthorised', message: 'Bearer token required' } }, 401, { 'www-authenticate': 'Bearer' });
    return c.body(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType });
  });
  return routes;
}
