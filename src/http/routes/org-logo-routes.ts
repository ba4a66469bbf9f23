// The organisation's logo: admins upload (POST, multipart field `file`), replace and remove it;
// every member may see it (it is on the cover of the board's report).
import { z } from '@hono/zod-openapi';
import { OrgIdParam } from '../../contracts/common';
import { LogoSchema } from '../../contracts/organisation';
import { AppError, notFound } from '../../features/errors';
import { authorize } from '../../features/org-scope';
import { findLogo, removeLogo, setLogo } from '../../features/organisation/organisation-logo';
import { logoBodyLimit } from '../middleware/body-limit';
import { json, route, router } from '../openapi';

export const orgLogoRoutes = router();

orgLogoRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/logo',
    tags: ['organisation'],
    request: { params: OrgIdParam },
    responses: { 200: { description: 'The logo', content: { 'image/*': { schema: z.any() } } } },
    description: '404 when the organisation has no logo.',
  }),
  async (c) => {
    const logo = await findLogo(c.get('scope'));
    if (!logo) throw notFound('logo');
    return c.body(new Uint8Array(logo.bytes), 200, {
      'content-type': logo.mimeType,
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    });
  },
);

// The size limit is enforced while reading, before the whole body is in memory.
orgLogoRoutes.post('/api/orgs/:orgId/logo', logoBodyLimit);

orgLogoRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/logo',
    tags: ['organisation'],
    request: { params: OrgIdParam },
    responses: { 200: json(LogoSchema, 'Stored (replaces any earlier logo)') },
    description: 'multipart/form-data with `file`: a PNG or JPEG of at most 1 MB (413 logo_too_large, 415 logo_type_refused).',
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'org.manage');
    const form = await c.req.parseBody().catch(() => {
      throw new AppError(400, 'file_missing');
    });
    const file = form.file instanceof File ? form.file : undefined;
    return c.json(await setLogo(scope, file), 200);
  },
);

orgLogoRoutes.openapi(
  route({
    method: 'delete',
    path: '/api/orgs/{orgId}/logo',
    tags: ['organisation'],
    request: { params: OrgIdParam },
    responses: { 204: { description: 'Removed' } },
  }),
  async (c) => {
    await removeLogo(authorize(c.get('scope'), 'org.manage'));
    return c.body(null, 204);
  },
);
