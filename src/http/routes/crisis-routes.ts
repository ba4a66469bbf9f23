import { CrisisStateSchema, HeldDecisionBody, PauseBody } from '../../contracts/crisis';
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import { PostSchema } from '../../contracts/post';
import { crisisState, pauseOrganisation, resumeOrganisation } from '../../features/crisis/crisis-mode';
import { decideHeldPost } from '../../features/crisis/decide-held-post';
import { authorize } from '../../features/org-scope';
import { getPost } from '../../features/posts/post-view';
import { json, jsonBody, route, router } from '../openapi';

export const crisisRoutes = router();

crisisRoutes.openapi(
  route({ method: 'get', path: '/api/orgs/{orgId}/crisis', tags: ['crisis'], request: { params: OrgIdParam }, responses: { 200: json(CrisisStateSchema) } }),
  async (c) => c.json(await crisisState(authorize(c.get('scope'), 'post.read')), 200),
);

crisisRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/crisis/pause',
    tags: ['crisis'],
    request: { params: OrgIdParam, ...jsonBody(PauseBody) },
    responses: { 200: json(CrisisStateSchema) },
  }),
  async (c) => {
    await pauseOrganisation(authorize(c.get('scope'), 'crisis.switch'), c.req.valid('json').reason);
    return c.json(await crisisState(authorize(c.get('scope'), 'post.read')), 200);
  },
);

crisisRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/crisis/resume',
    tags: ['crisis'],
    request: { params: OrgIdParam },
    responses: { 200: json(CrisisStateSchema) },
  }),
  async (c) => {
    await resumeOrganisation(authorize(c.get('scope'), 'crisis.switch'));
    return c.json(await crisisState(authorize(c.get('scope'), 'post.read')), 200);
  },
);

crisisRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts/{id}/held',
    tags: ['crisis'],
    request: { params: OrgItemParam, ...jsonBody(HeldDecisionBody) },
    responses: { 200: json(PostSchema) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await decideHeldPost(authorize(c.get('scope'), 'post.schedule'), id, c.req.valid('json'));
    return c.json(await getPost(authorize(c.get('scope'), 'post.read'), id), 200);
  },
);
