// Campaigns: the worksheet's careful and quick routes. Thin: validate, authorise, call one domain
// function. Everyone reads campaigns; those who write posts write them.
import { z } from '@hono/zod-openapi';
import { CampaignBody, CampaignListSchema, CampaignPageQuery, CampaignPatch, CampaignResultsSchema, CampaignSchema } from '../../contracts/campaign';
import { campaignResults } from '../../features/campaigns/campaign-results';
import { OrgIdParam, OrgItemParam, Uuid } from '../../contracts/common';
import { createCampaign, deleteCampaign, getCampaign, listCampaigns, setPostCampaign, updateCampaign } from '../../features/campaigns/campaigns';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const campaignRoutes = router();
const tags = ['campaigns'];
const base = '/api/orgs/{orgId}/campaigns';

campaignRoutes.openapi(
  route({ method: 'get', path: base, tags, request: { params: OrgIdParam, query: CampaignPageQuery }, responses: { 200: json(CampaignListSchema) } }),
  async (c) => c.json(await listCampaigns(authorize(c.get('scope'), 'post.read'), c.req.valid('query')), 200),
);

campaignRoutes.openapi(
  route({ method: 'post', path: base, tags, request: { params: OrgIdParam, ...jsonBody(CampaignBody) }, responses: { 201: json(CampaignSchema) } }),
  async (c) => c.json(await createCampaign(authorize(c.get('scope'), 'post.write'), c.req.valid('json')), 201),
);

campaignRoutes.openapi(
  route({ method: 'get', path: `${base}/{id}`, tags, request: { params: OrgItemParam }, responses: { 200: json(CampaignSchema) } }),
  async (c) => c.json(await getCampaign(authorize(c.get('scope'), 'post.read'), c.req.valid('param').id), 200),
);

campaignRoutes.openapi(
  route({
    method: 'patch',
    path: `${base}/{id}`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(CampaignPatch) },
    responses: { 200: json(CampaignSchema, "The campaign after the change; a phase's answers are merged into the saved ones") },
  }),
  async (c) => c.json(await updateCampaign(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id, c.req.valid('json')), 200),
);

campaignRoutes.openapi(
  route({
    method: 'delete',
    path: `${base}/{id}`,
    tags,
    request: { params: OrgItemParam },
    responses: { 204: { description: 'Deleted with its tasks; its posts stay' } },
  }),
  async (c) => {
    await deleteCampaign(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

campaignRoutes.openapi(
  route({
    method: 'put',
    path: '/api/orgs/{orgId}/posts/{id}/campaign',
    tags,
    request: { params: OrgItemParam, ...jsonBody(z.object({ campaignId: Uuid.nullable() }).strict()) },
    responses: { 204: { description: 'The post is in the campaign (or in none)' } },
  }),
  async (c) => {
    await setPostCampaign(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id, c.req.valid('json').campaignId);
    return c.body(null, 204);
  },
);

campaignRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/{id}/results`,
    tags,
    request: { params: OrgItemParam },
    responses: { 200: json(CampaignResultsSchema, "The newest measured figures of the campaign's posts and its reactions, against the goal") },
  }),
  async (c) => c.json(await campaignResults(authorize(c.get('scope'), 'metrics.read'), c.req.valid('param').id), 200),
);
