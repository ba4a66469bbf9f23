import { eq } from 'drizzle-orm';
import { z } from '@hono/zod-openapi';
import { OrganisationSchema } from '../../contracts/auth';
import { OrgIdParam } from '../../contracts/common';
import { MemberParam, MemberSchema, UpdateMemberBody, UpdateOrganisationBody } from '../../contracts/organisation';
import { organisations } from '../../db/schema';
import { isValidTimeZone } from '../../domain/local-time';
import { AppError } from '../../features/errors';
import { authorize, type OrgScope } from '../../features/org-scope';
import { organisationView } from '../../features/organisation-view';
import { changeRole, listMembers, removeMember } from '../../features/members/members';
import { json, jsonBody, route, router } from '../openapi';

export const orgRoutes = router();

async function currentOrganisation(scope: OrgScope) {
  const [org] = await scope.db.select().from(organisations).where(eq(organisations.id, scope.orgId));
  return organisationView(org!);
}

orgRoutes.openapi(
  route({ method: 'get', path: '/api/orgs/{orgId}', tags: ['organisation'], request: { params: OrgIdParam }, responses: { 200: json(OrganisationSchema) } }),
  async (c) => c.json(await currentOrganisation(c.get('scope')), 200),
);

orgRoutes.openapi(
  route({
    method: 'patch',
    path: '/api/orgs/{orgId}',
    tags: ['organisation'],
    request: { params: OrgIdParam, ...jsonBody(UpdateOrganisationBody) },
    responses: { 200: json(OrganisationSchema) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'org.manage');
    const body = c.req.valid('json');
    if (body.timeZone && !isValidTimeZone(body.timeZone)) throw new AppError(422, 'time_zone_invalid', { zone: body.timeZone });
    if (body.name || body.timeZone) {
      await scope.db.update(organisations).set(body).where(eq(organisations.id, scope.orgId));
    }
    return c.json(await currentOrganisation(scope), 200);
  },
);

orgRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/members',
    tags: ['people'],
    request: { params: OrgIdParam },
    responses: { 200: json(z.array(MemberSchema)) },
  }),
  async (c) => c.json(await listMembers(authorize(c.get('scope'), 'people.read')), 200),
);

orgRoutes.openapi(
  route({
    method: 'patch',
    path: '/api/orgs/{orgId}/members/{userId}',
    tags: ['people'],
    request: { params: MemberParam, ...jsonBody(UpdateMemberBody) },
    responses: { 200: json(MemberSchema) },
  }),
  async (c) => c.json(await changeRole(authorize(c.get('scope'), 'people.manage'), c.req.valid('param').userId, c.req.valid('json').role), 200),
);

orgRoutes.openapi(
  route({
    method: 'delete',
    path: '/api/orgs/{orgId}/members/{userId}',
    tags: ['people'],
    request: { params: MemberParam },
    responses: { 204: { description: 'Removed' } },
  }),
  async (c) => {
    await removeMember(authorize(c.get('scope'), 'people.manage'), c.req.valid('param').userId);
    return c.body(null, 204);
  },
);
