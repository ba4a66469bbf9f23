import { OrgIdParam } from '../../contracts/common';
import { ApprovalChainBody, ApprovalChainsSchema } from '../../contracts/approval-chain';
import { getApprovalChains, setApprovalChain } from '../../features/approvals/approval-chains';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const approvalChainRoutes = router();

approvalChainRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/approval-chains',
    tags: ['approvals'],
    request: { params: OrgIdParam },
    responses: { 200: json(ApprovalChainsSchema) },
  }),
  async (c) => c.json(await getApprovalChains(authorize(c.get('scope'), 'post.read')), 200),
);

approvalChainRoutes.openapi(
  route({
    method: 'put',
    path: '/api/orgs/{orgId}/approval-chains',
    tags: ['approvals'],
    request: { params: OrgIdParam, ...jsonBody(ApprovalChainBody) },
    responses: { 200: json(ApprovalChainsSchema) },
  }),
  async (c) => {
    await setApprovalChain(authorize(c.get('scope'), 'org.manage'), c.req.valid('json'));
    return c.json(await getApprovalChains(authorize(c.get('scope'), 'post.read')), 200);
  },
);
