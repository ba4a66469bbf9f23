// Assembles the HTTP application: API routes, public feeds, the OpenAPI document and the
// web app. Routes are thin; the work happens in src/features.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../features/errors';
import { configureMail } from '../features/notifications/mail-config';
import type { AppDeps, AppEnv } from './env';
import { handleError, handleNotFound } from './errors';
import { apiBodyLimit } from './middleware/body-limit';
import { requireSession, withLang, withOrgScope, withSession } from './middleware/session';
import { auditRoutes } from './routes/audit-routes';
import { checklistRoutes } from './routes/checklist-routes';
import { dsrRoutes } from './routes/dsr-routes';
import { accessRoutes } from './routes/access-routes';
import { authRoutes } from './routes/auth-routes';
import { channelRoutes } from './routes/channel-routes';
import { channelOAuthRoutes } from './routes/channel-oauth-routes';
import { consentRoutes } from './routes/consent-routes';
import { notificationRoutes } from './routes/notification-routes';
import { crisisRoutes } from './routes/crisis-routes';
import { feedRoutes } from './routes/feed-routes';
import { metaWebhookRoutes } from './routes/meta-webhook-routes';
import { publicMediaRoutes } from './routes/public-media-routes';
import { guardRoutes } from './routes/guard-routes';
import { homeRoutes } from './routes/home-routes';
import { mediaRoutes } from './routes/media-routes';
import { opsRoutes } from './routes/ops-routes';
import { orgRoutes } from './routes/org-routes';
import { orgLogoRoutes } from './routes/org-logo-routes';
import { postBulkRoutes } from './routes/post-bulk-routes';
import { postRoutes } from './routes/post-routes';
import { queueRoutes } from './routes/queue-routes';
import { approvalChainRoutes } from './routes/approval-chain-routes';
import { inboxDutyRoutes } from './routes/inbox-duty-routes';
import { inboxRoutes } from './routes/inbox-routes';
import { listeningRoutes } from './routes/listening-routes';
import { metricsRoutes } from './routes/metrics-routes';
import { calendarFeedRoutes, calendarRoutes } from './routes/calendar-routes';
import { curationRoutes } from './routes/curation-routes';
import { campaignRoutes } from './routes/campaign-routes';
import { campaignTaskRoutes } from './routes/campaign-task-routes';
import { campaignViewRoutes } from './routes/campaign-view-routes';
import { qaRoutes } from './routes/qa-routes';
import { campaignQuickRoutes } from './routes/campaign-quick-routes';

export function createApp(deps: AppDeps) {
  configureMail(deps.config);
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use('*', requestId());
  app.notFound(handleNotFound);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      // HSTS means something only over https; on plain http it would pin a name to https wrongly.
      strictTransportSecurity: deps.config.publicUrl.startsWith('https://'),
      // A route that sets one of these headers itself (e.g. public feed media) keeps its value.
      overwrite: false,
    }),
  );
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', withLang);
  // gzip or deflate for text answers over 1 KB (JSON, HTML, scripts, styles) when the client asks;
  // images and other already-compressed files are left as they are.
  app.use('*', compress());
  // Everything that is not a hashed asset answers with an ETag; an unchanged answer (a month the
  // calendar already has, a feed a reader polls) costs a 304 without a body. Weak tags: the same
  // content may travel gzip-encoded or not. API answers are per person: a browser keeps them,
  // shared caches do not, and the browser asks again each time (no-cache) with If-None-Match.
  app.use('/api/*', async (c, next) => {
    await next();
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && !c.res.headers.has('cache-control')) c.header('Cache-Control', 'private, no-cache');
  });
  app.use('/api/*', etag({ weak: true }));
  app.use('/feeds/*', etag({ weak: true }));
  app.use('/calendar/*', etag({ weak: true }));

  app.route('/', opsRoutes(deps));

  app.use('/api/*', apiBodyLimit, withSession);
  app.use('/api/orgs/:orgId', requireSession, withOrgScope);
  app.use('/api/orgs/:orgId/*', requireSession, withOrgScope);
  for (const routes of [
    authRoutes,
    accessRoutes,
    orgRoutes,
    orgLogoRoutes,
    channelRoutes,
    channelOAuthRoutes,
    mediaRoutes,
    postBulkRoutes,
    postRoutes,
    guardRoutes,
    crisisRoutes,
    queueRoutes,
    auditRoutes,
    homeRoutes,
    consentRoutes,
    notificationRoutes,
    approvalChainRoutes,
    checklistRoutes,
    dsrRoutes,
    inboxRoutes,
    listeningRoutes,
    inboxDutyRoutes,
    metricsRoutes,
    calendarRoutes,
    curationRoutes,
    campaignQuickRoutes,
    campaignRoutes,
    campaignTaskRoutes,
    campaignViewRoutes,
    qaRoutes,
  ])
    app.route('/', routes);
  // Built on the first request (every route is registered by then) and kept: it never changes
  // while the process runs, and building it costs about 20 ms.
  let openapiJson: string | undefined;
  app.get('/api/openapi.json', (c) => {
    openapiJson ??= JSON.stringify(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: { title: 'Zorgpost API', version: '0.1.0', description: 'See docs/api.md for conventions (session cookie, X-CSRF-Token).' },
      }),
    );
    return c.body(openapiJson, 200, { 'content-type': 'application/json; charset=UTF-8' });
  });
  app.all('/api/*', () => {
    throw new AppError(404, 'not_found', { thing: '@thing_route' });
  });

  app.route('/', feedRoutes);
  // Meta's webhook deliveries: outside /api (no session, no CSRF), signed with the app secret instead.
  app.route('/', metaWebhookRoutes);
  app.route('/', publicMediaRoutes);
  app.route('/', calendarFeedRoutes);

  const webDir = deps.webDir;
  if (webDir && existsSync(path.join(webDir, 'index.html'))) {
    // Vite names every asset after its content hash: a changed file has a new name, so browsers
    // may keep each one for a year without asking again.
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webDir) }));
    // A missing asset is a 404, never the web app's page under an asset's name.
    app.get('/assets/*', (c) => handleNotFound(c));
    // Any other path belongs to the single-page app, which has its own router. Read per request
    // (a small file) so a rebuilt web app is served without restarting.
    app.get('*', etag({ weak: true }), async (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(await readFile(path.join(webDir, 'index.html'), 'utf8'));
    });
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
