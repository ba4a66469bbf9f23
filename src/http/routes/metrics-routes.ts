// Measuring: the overview of a period beside another, a post's growth curve, exports and the
// monthly report subscription. Everyone in the organisation may read its figures (metrics.read).
import { z } from '@hono/zod-openapi';
import { OrgIdParam } from '../../contracts/common';
import { ExportFormatParam, MetricsOverviewSchema, MetricsQuery, PostMetricsParam, PostMetricsSchema, ReportSubscriptionSchema } from '../../contracts/metrics';
import { exportCsv, exportJson } from '../../features/metrics/export-figures';
import { loadOverview } from '../../features/metrics/load-overview';
import { loadPostMetrics } from '../../features/metrics/load-post-metrics';
import { reportPdf } from '../../features/metrics/report-pdf';
import { reportSubscription, setReportSubscription } from '../../features/metrics/report-subscription';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const metricsRoutes = router();

metricsRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/metrics/overview',
    tags: ['metrics'],
    request: { params: OrgIdParam, query: MetricsQuery },
    responses: {
      200: json(MetricsOverviewSchema, 'Figures of a period beside the compared period, per channel and label, top and bottom posts, best times, lead time'),
    },
  }),
  async (c) => c.json(await loadOverview(authorize(c.get('scope'), 'metrics.read'), c.req.valid('query')), 200),
);

metricsRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/metrics/posts/{postId}',
    tags: ['metrics'],
    request: { params: PostMetricsParam },
    responses: { 200: json(PostMetricsSchema, "A post's growth curve per channel") },
  }),
  async (c) => c.json(await loadPostMetrics(authorize(c.get('scope'), 'metrics.read'), c.req.valid('param').postId), 200),
);

metricsRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/metrics/export/{format}',
    tags: ['metrics'],
    request: { params: ExportFormatParam, query: MetricsQuery },
    responses: {
      200: {
        description: 'Every figure of the period: one row per published post variant (CSV), or the overview with those rows (JSON)',
        content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.object({}).passthrough() } },
      },
    },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'metrics.read');
    const q = c.req.valid('query');
    const name = `zorgpost-cijfers-${q.from}-${q.to}`;
    if (c.req.valid('param').format === 'csv') {
      return c.body(await exportCsv(scope, q), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      });
    }
    c.header('content-disposition', `attachment; filename="${name}.json"`);
    return c.json(await exportJson(scope, q), 200);
  },
);

metricsRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/metrics/report-subscription',
    tags: ['metrics'],
    request: { params: OrgIdParam },
    responses: { 200: json(ReportSubscriptionSchema, 'Whether this person gets the monthly report by e-mail') },
  }),
  async (c) => c.json(await reportSubscription(authorize(c.get('scope'), 'metrics.read')), 200),
);

metricsRoutes.openapi(
  route({
    method: 'put',
    path: '/api/orgs/{orgId}/metrics/report-subscription',
    tags: ['metrics'],
    request: { params: OrgIdParam, ...jsonBody(ReportSubscriptionSchema) },
    responses: { 200: json(ReportSubscriptionSchema, 'Saved') },
  }),
  async (c) => c.json(await setReportSubscription(authorize(c.get('scope'), 'metrics.read'), c.req.valid('json').subscribed), 200),
);

metricsRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/metrics/report',
    tags: ['metrics'],
    request: { params: OrgIdParam, query: MetricsQuery },
    responses: {
      200: { description: 'The report for a board member as PDF (pdfmake, made on the server)', content: { 'application/pdf': { schema: z.string() } } },
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const pdf = await reportPdf(authorize(c.get('scope'), 'metrics.read'), q, c.get('lang'));
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="zorgpost-rapport-${q.from}-${q.to}.pdf"`,
    });
  },
);
