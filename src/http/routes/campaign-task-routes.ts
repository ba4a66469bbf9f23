// A campaign's execution: its tasks (who makes what for which platform, by when), a draft made
// from a task, and the campaign's posts before, during and after the event. Thin routes.
import { z } from '@hono/zod-openapi';
import {
  CampaignPostListSchema,
  CampaignTaskBody,
  CampaignTaskItemParam,
  CampaignTaskListSchema,
  CampaignTaskPageQuery,
  CampaignTaskPatch,
  CampaignTaskSchema,
} from '../../contracts/campaign-task';
import { OrgItemParam, Uuid } from '../../contracts/common';
import { listCampaignPosts } from '../../features/campaigns/campaign-posts';
import { draftFromTask } from '../../features/campaigns/task-draft';
import { createTask, deleteTask, listTasks, updateTask } from '../../features/campaigns/tasks';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const campaignTaskRoutes = router();
const tags = ['campaigns'];
const tasks = '/api/orgs/{orgId}/campaigns/{id}/tasks';

campaignTaskRoutes.openapi(
  route({
    method: 'get',
    path: tasks,
    tags,
    request: { params: OrgItemParam, query: CampaignTaskPageQuery },
    responses: { 200: json(CampaignTaskListSchema, 'Soonest deadline first') },
  }),
  async (c) => c.json(await listTasks(authorize(c.get('scope'), 'post.read'), c.req.valid('param').id, c.req.valid('query')), 200),
);

campaignTaskRoutes.openapi(
  route({ method: 'post', path: tasks, tags, request: { params: OrgItemParam, ...jsonBody(CampaignTaskBody) }, responses: { 201: json(CampaignTaskSchema) } }),
  async (c) => c.json(await createTask(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id, c.req.valid('json')), 201),
);

campaignTaskRoutes.openapi(
  route({
    method: 'patch',
    path: `${tasks}/{taskId}`,
    tags,
    request: { params: CampaignTaskItemParam, ...jsonBody(CampaignTaskPatch) },
    responses: { 200: json(CampaignTaskSchema, 'A changed owner or deadline is reminded of again') },
  }),
  async (c) => {
    const { id, taskId } = c.req.valid('param');
    return c.json(await updateTask(authorize(c.get('scope'), 'post.write'), id, taskId, c.req.valid('json')), 200);
  },
);

campaignTaskRoutes.openapi(
  route({ method: 'delete', path: `${tasks}/{taskId}`, tags, request: { params: CampaignTaskItemParam }, responses: { 204: { description: 'Deleted' } } }),
  async (c) => {
    const { id, taskId } = c.req.valid('param');
    await deleteTask(authorize(c.get('scope'), 'post.write'), id, taskId);
    return c.body(null, 204);
  },
);

campaignTaskRoutes.openapi(
  route({
    method: 'post',
    path: `${tasks}/{taskId}/draft`,
    tags,
    request: { params: CampaignTaskItemParam },
    responses: {
      201: json(z.object({ postId: Uuid }).openapi('CampaignTaskDraft'), "A draft in the campaign on the task's channel, planned at its deadline"),
    },
  }),
  async (c) => {
    const { id, taskId } = c.req.valid('param');
    return c.json(await draftFromTask(authorize(c.get('scope'), 'post.write'), id, taskId), 201);
  },
);

campaignTaskRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/campaigns/{id}/posts',
    tags,
    request: { params: OrgItemParam, query: CampaignTaskPageQuery },
    responses: { 200: json(CampaignPostListSchema, "The campaign's posts in planned order, each before, during or after the event") },
  }),
  async (c) => c.json(await listCampaignPosts(authorize(c.get('scope'), 'post.read'), c.req.valid('param').id, c.req.valid('query')), 200),
);
