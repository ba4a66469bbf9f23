import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import { GuardCheckBody, GuardOverrideBody, GuardResultSchema, GuardSettingsSchema } from '../../contracts/guard';
import { PostSchema } from '../../contracts/post';
import { scanText } from '../../guard/scan-text';
import { orgGuardSettings } from '../../features/guard/check-post';
import { overrideGuard } from '../../features/guard/override-guard';
import { updateGuardSettings } from '../../features/guard/update-guard-settings';
import { authorize } from '../../features/org-scope';
import { getPost } from '../../features/posts/post-view';
import { json, jsonBody, route, router } from '../openapi';

export const guardRoutes = router();

guardRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/guard/settings',
    tags: ['guard'],
    request: { params: OrgIdParam },
    responses: { 200: json(GuardSettingsSchema) },
  }),
  async (c) => c.json(await orgGuardSettings(authorize(c.get('scope'), 'post.read')), 200),
);

guardRoutes.openapi(
  route({
    method: 'put',
    path: '/api/orgs/{orgId}/guard/settings',
    tags: ['guard'],
    request: { params: OrgIdParam, ...jsonBody(GuardSettingsSchema) },
    // allow.domains is the organisation's trusted sources (/sources): sent back unchanged or left out.
    responses: { 200: json(GuardSettingsSchema, 'The settings as the guard uses them, allow.domains being the trusted sources') },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'org.manage');
    await updateGuardSettings(scope, c.req.valid('json'));
    return c.json(await orgGuardSettings(scope), 200);
  },
);

guardRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/guard/check',
    tags: ['guard'],
    request: { params: OrgIdParam, ...jsonBody(GuardCheckBody) },
    responses: { 200: json(GuardResultSchema) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'post.read');
    const { text, kind, lang } = c.req.valid('json');
    return c.json(scanText(text, { kind, lang, org: await orgGuardSettings(scope) }), 200);
  },
);

guardRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts/{id}/guard-override',
    tags: ['guard'],
    request: { params: OrgItemParam, ...jsonBody(GuardOverrideBody) },
    responses: { 200: json(PostSchema) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'post.overrideGuard');
    const { id } = c.req.valid('param');
    await overrideGuard(scope, id, c.req.valid('json').reason);
    return c.json(await getPost(authorize(c.get('scope'), 'post.read'), id), 200);
  },
);
