import { z } from '@hono/zod-openapi';
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import { BulkBody, BulkResultSchema, DuplicateResultSchema, ExportQuery, ImportBody, ImportResultSchema } from '../../contracts/post-bulk';
import { authorize } from '../../features/org-scope';
import { bulkPosts } from '../../features/posts/bulk-posts';
import { duplicatePost } from '../../features/posts/duplicate-post';
import { exportPosts } from '../../features/posts/export-posts';
import { importPosts } from '../../features/posts/import-posts';
import { json, jsonBody, route, router } from '../openapi';

export const postBulkRoutes = router();

postBulkRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts/bulk',
    tags: ['posts'],
    request: { params: OrgIdParam, ...jsonBody(BulkBody) },
    responses: { 200: json(BulkResultSchema, 'What happened to each post; a refused post is left exactly as it was') },
    description: 'Approve, reschedule, queue or cancel several posts. Each post passes the same permission and state rules as the single action.',
  }),
  async (c) => c.json(await bulkPosts(c.get('scope'), c.req.valid('json'), c.get('lang')), 200),
);

postBulkRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts/{id}/duplicate',
    tags: ['posts'],
    request: { params: OrgItemParam },
    responses: { 201: json(DuplicateResultSchema, 'The new draft') },
  }),
  async (c) => c.json({ id: await duplicatePost(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id) }, 201),
);

postBulkRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts/import',
    tags: ['posts'],
    request: { params: OrgIdParam, ...jsonBody(ImportBody) },
    responses: { 200: json(ImportResultSchema, 'The rows checked (dry run) or stored as drafts') },
    description: 'A dry run lists every row problem; a real import of a file with problems answers 422 naming each row and stores nothing.',
  }),
  async (c) => c.json(await importPosts(authorize(c.get('scope'), 'post.write'), c.req.valid('json'), c.get('lang')), 200),
);

postBulkRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/plan.csv',
    tags: ['posts'],
    request: { params: OrgIdParam, query: ExportQuery },
    responses: { 200: { description: 'The planned posts of the period as CSV', content: { 'text/csv': { schema: z.string() } } } },
  }),
  async (c) => {
    const csv = await exportPosts(authorize(c.get('scope'), 'post.read'), c.req.valid('query'));
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="zorgpost-plan.csv"',
      'x-content-type-options': 'nosniff',
    });
  },
);
