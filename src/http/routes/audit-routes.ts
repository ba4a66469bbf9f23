import { AuditChainSchema, AuditListQuery, AuditPageSchema } from '../../contracts/audit';
import { OrgIdParam } from '../../contracts/common';
import { listAudit } from '../../features/audit/list-audit';
import { verifyAuditChain } from '../../features/audit/verify-audit-chain';
import { authorize } from '../../features/org-scope';
import { json, route, router } from '../openapi';

export const auditRoutes = router();

auditRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/audit',
    tags: ['audit'],
    request: { params: OrgIdParam, query: AuditListQuery },
    responses: { 200: json(AuditPageSchema) },
  }),
  async (c) => c.json(await listAudit(authorize(c.get('scope'), 'audit.read'), c.req.valid('query')), 200),
);

auditRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/audit/verify',
    tags: ['audit'],
    request: { params: OrgIdParam },
    responses: { 200: json(AuditChainSchema) },
  }),
  async (c) => c.json(await verifyAuditChain(authorize(c.get('scope'), 'audit.read')), 200),
);
