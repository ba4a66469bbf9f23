// The pre-publication checklist: the organisation's questions and what approvers confirmed on a post.
import { ChecklistSchema, PostChecklistSchema, SaveChecklistBody } from '../../contracts/checklist';
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import { getChecklist, saveChecklist } from '../../features/checklist/checklist';
import { postChecklist } from '../../features/checklist/post-checklist';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const checklistRoutes = router();

checklistRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/checklist',
    tags: ['checklist'],
    request: { params: OrgIdParam },
    responses: { 200: json(ChecklistSchema, 'The questions every approver confirms') },
  }),
  async (c) => c.json(await getChecklist(authorize(c.get('scope'), 'post.read')), 200),
);

checklistRoutes.openapi(
  route({
    method: 'put',
    path: '/api/orgs/{orgId}/checklist',
    tags: ['checklist'],
    request: { params: OrgIdParam, ...jsonBody(SaveChecklistBody) },
    responses: { 200: json(ChecklistSchema, 'Saved (replaces the whole list)') },
  }),
  async (c) => c.json(await saveChecklist(authorize(c.get('scope'), 'org.manage'), c.req.valid('json')), 200),
);

checklistRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/posts/{id}/checklist',
    tags: ['checklist'],
    request: { params: OrgItemParam },
    responses: { 200: json(PostChecklistSchema, 'The questions and every confirmation given for this post') },
  }),
  async (c) => c.json(await postChecklist(authorize(c.get('scope'), 'post.read'), c.req.valid('param').id), 200),
);
