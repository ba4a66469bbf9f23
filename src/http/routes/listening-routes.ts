// Listening: the organisation's queries (managers write them), what each found, its figures per
// hour or day, a run on demand, and the early-warning alerts. Thin: validate, authorise, call one
// domain function. Reading uses the inbox's permission (everyone reads), writing the inbox managers'.
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import {
  ListeningAlertListSchema,
  ListeningChartQuery,
  ListeningChartSchema,
  ListeningPageQuery,
  ListeningQueryBody,
  ListeningQuerySchema,
  ListeningResultListSchema,
} from '../../contracts/listening';
import { z } from '@hono/zod-openapi';
import { authorize } from '../../features/org-scope';
import { createQuery, deleteQuery, getQuery, listQueries, updateQuery } from '../../features/listening/queries';
import { listAlerts, listResults, queryChart } from '../../features/listening/results';
import { runQueryNow } from '../../features/listening/run-now';
import { json, jsonBody, route, router } from '../openapi';

export const listeningRoutes = router();
const tags = ['listening'];
const base = '/api/orgs/{orgId}/listening';

listeningRoutes.openapi(
  route({ method: 'get', path: `${base}/queries`, tags, request: { params: OrgIdParam }, responses: { 200: json(z.array(ListeningQuerySchema)) } }),
  async (c) => c.json(await listQueries(authorize(c.get('scope'), 'inbox.read')), 200),
);

listeningRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/queries`,
    tags,
    request: { params: OrgIdParam, ...jsonBody(ListeningQueryBody) },
    responses: { 201: json(ListeningQuerySchema) },
  }),
  async (c) => c.json(await createQuery(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('json')), 201),
);

listeningRoutes.openapi(
  route({ method: 'get', path: `${base}/queries/{id}`, tags, request: { params: OrgItemParam }, responses: { 200: json(ListeningQuerySchema) } }),
  async (c) => c.json(await getQuery(authorize(c.get('scope'), 'inbox.read'), c.req.valid('param').id), 200),
);

listeningRoutes.openapi(
  route({
    method: 'put',
    path: `${base}/queries/{id}`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(ListeningQueryBody) },
    responses: { 200: json(ListeningQuerySchema) },
  }),
  async (c) => c.json(await updateQuery(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
);

listeningRoutes.openapi(
  route({
    method: 'delete',
    path: `${base}/queries/{id}`,
    tags,
    request: { params: OrgItemParam },
    responses: { 204: { description: 'Deleted with its matches and alerts' } },
  }),
  async (c) => {
    await deleteQuery(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

listeningRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/queries/{id}/run`,
    tags,
    request: { params: OrgItemParam },
    responses: { 200: json(ListeningQuerySchema, 'Read every source now (sources waiting out a failure are skipped); 409 when a worker is reading it') },
  }),
  async (c) => {
    const { secrets, net } = c.get('deps');
    return c.json(await runQueryNow(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('param').id, { secrets, net }), 200);
  },
);

listeningRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/queries/{id}/results`,
    tags,
    request: { params: OrgItemParam, query: ListeningPageQuery },
    responses: { 200: json(ListeningResultListSchema) },
  }),
  async (c) => c.json(await listResults(authorize(c.get('scope'), 'inbox.read'), c.req.valid('param').id, c.req.valid('query')), 200),
);

listeningRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/queries/{id}/chart`,
    tags,
    request: { params: OrgItemParam, query: ListeningChartQuery },
    responses: { 200: json(ListeningChartSchema) },
  }),
  async (c) => c.json(await queryChart(authorize(c.get('scope'), 'inbox.read'), c.req.valid('param').id, c.req.valid('query')), 200),
);

listeningRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/alerts`,
    tags,
    request: { params: OrgIdParam, query: ListeningPageQuery },
    responses: { 200: json(ListeningAlertListSchema) },
  }),
  async (c) => c.json(await listAlerts(authorize(c.get('scope'), 'inbox.read'), c.req.valid('query')), 200),
);
