import { z } from '@hono/zod-openapi';
import { OrgIdParam, OrgItemParam, Uuid } from '../../contracts/common';
import { RepeatBody, RepeatResultSchema } from '../../contracts/post';
import { QueueBody, QueueItemBody, QueueSchema } from '../../contracts/queue';
import { authorize } from '../../features/org-scope';
import { repeatPost } from '../../features/posts/repeat-post';
import { fillQueues } from '../../features/queues/fill-queues';
import { addQueueItem, createQueue, getQueue, listQueues, removeQueueItem, updateQueue } from '../../features/queues/queues';
import { json, jsonBody, route, router } from '../openapi';

export const queueRoutes = router();

queueRoutes.openapi(
  route({ method: 'get', path: '/api/orgs/{orgId}/queues', tags: ['queues'], request: { params: OrgIdParam }, responses: { 200: json(z.array(QueueSchema)) } }),
  async (c) => c.json(await listQueues(authorize(c.get('scope'), 'post.read')), 200),
);

queueRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/queues',
    tags: ['queues'],
    request: { params: OrgIdParam, ...jsonBody(QueueBody) },
    responses: { 201: json(QueueSchema, 'Created') },
  }),
  async (c) => {
    const id = await createQueue(authorize(c.get('scope'), 'post.schedule'), c.req.valid('json'));
    await fillQueues(c.get('deps').db, { queueId: id });
    return c.json(await getQueue(authorize(c.get('scope'), 'post.read'), id), 201);
  },
);

queueRoutes.openapi(
  route({ method: 'get', path: '/api/orgs/{orgId}/queues/{id}', tags: ['queues'], request: { params: OrgItemParam }, responses: { 200: json(QueueSchema) } }),
  async (c) => c.json(await getQueue(authorize(c.get('scope'), 'post.read'), c.req.valid('param').id), 200),
);

queueRoutes.openapi(
  route({
    method: 'put',
    path: '/api/orgs/{orgId}/queues/{id}',
    tags: ['queues'],
    request: { params: OrgItemParam, ...jsonBody(QueueBody) },
    responses: { 200: json(QueueSchema) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await updateQueue(authorize(c.get('scope'), 'post.schedule'), id, c.req.valid('json'));
    await fillQueues(c.get('deps').db, { queueId: id });
    return c.json(await getQueue(authorize(c.get('scope'), 'post.read'), id), 200);
  },
);

queueRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/queues/{id}/items',
    tags: ['queues'],
    request: { params: OrgItemParam, ...jsonBody(QueueItemBody) },
    responses: { 200: json(QueueSchema) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await addQueueItem(authorize(c.get('scope'), 'post.schedule'), id, c.req.valid('json').postId);
    await fillQueues(c.get('deps').db, { queueId: id });
    return c.json(await getQueue(authorize(c.get('scope'), 'post.read'), id), 200);
  },
);

queueRoutes.openapi(
  route({
    method: 'delete',
    path: '/api/orgs/{orgId}/queues/{id}/items/{postId}',
    tags: ['queues'],
    request: { params: OrgItemParam.extend({ postId: Uuid }) },
    responses: { 200: json(QueueSchema) },
  }),
  async (c) => {
    const { id, postId } = c.req.valid('param');
    await removeQueueItem(authorize(c.get('scope'), 'post.schedule'), id, postId);
    return c.json(await getQueue(authorize(c.get('scope'), 'post.read'), id), 200);
  },
);

queueRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts/{id}/repeat',
    tags: ['posts'],
    request: { params: OrgItemParam, ...jsonBody(RepeatBody) },
    responses: { 201: json(RepeatResultSchema, 'Repeats created') },
  }),
  async (c) => c.json({ created: await repeatPost(authorize(c.get('scope'), 'post.schedule'), c.req.valid('param').id, c.req.valid('json')) }, 201),
);
