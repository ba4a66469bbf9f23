// Data-protection requests (AVG): find everything about one person, export it, erase what may be erased.
import { OrgIdParam } from '../../contracts/common';
import { DsrEraseBody, DsrEraseResultSchema, DsrQuery, DsrResultSchema } from '../../contracts/dsr';
import { recordAudit } from '../../features/audit/record-audit';
import { erasePersonData } from '../../features/dsr/erase-person-data';
import { findPersonData } from '../../features/dsr/find-person-data';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const dsrRoutes = router();

dsrRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/dsr',
    tags: ['dsr'],
    request: { params: OrgIdParam, query: DsrQuery },
    responses: { 200: json(DsrResultSchema, 'Everything found about the person (each list capped; totals given)') },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'org.manage');
    const result = await findPersonData(scope, c.req.valid('query').q);
    await recordAudit(scope.db, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'dsr.searched',
      detail: { found: result.members.total + result.consentPeople.total + result.posts.total },
    });
    return c.json(result, 200);
  },
);

dsrRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/dsr/export',
    tags: ['dsr'],
    request: { params: OrgIdParam, query: DsrQuery },
    responses: { 200: json(DsrResultSchema, 'The same as a JSON file to hand over') },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'org.manage');
    const result = await findPersonData(scope, c.req.valid('query').q);
    await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'dsr.exported', detail: {} });
    c.header('content-disposition', 'attachment; filename="inzage.json"');
    c.header('cache-control', 'private, no-store');
    return c.json(result, 200);
  },
);

dsrRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/dsr/erase',
    tags: ['dsr'],
    request: { params: OrgIdParam, ...jsonBody(DsrEraseBody) },
    responses: { 200: json(DsrEraseResultSchema, 'What was erased and what is kept, with the reason') },
  }),
  async (c) => {
    const body = c.req.valid('json');
    const { mediaDir } = c.get('deps');
    return c.json(await erasePersonData(authorize(c.get('scope'), 'org.manage'), body.q, body.confirm, { mediaDir }), 200);
  },
);
