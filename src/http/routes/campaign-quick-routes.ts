// The quick route and campaign templates (issue 16). Thin: validate, authorise, call one domain
// function. Registered before the campaign routes, so "quick" is never read as a campaign's id.
import {
  CampaignTemplateListSchema,
  CampaignTemplatePageQuery,
  CampaignTemplateSchema,
  QuickCampaignBody,
  QuickCampaignResult,
  QuickPlanQuery,
  QuickPlanSchema,
  RenameTemplateBody,
  SaveTemplateBody,
} from '../../contracts/campaign-quick';
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import { deleteTemplate, getTemplate, listTemplates, renameTemplate, saveCampaignAsTemplate } from '../../features/campaigns/campaign-templates';
import { createQuickCampaign, planQuick } from '../../features/campaigns/quick-campaign';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const campaignQuickRoutes = router();
const tags = ['campaigns'];
const base = '/api/orgs/{orgId}';

campaignQuickRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/campaigns/quick/plan`,
    tags,
    request: { params: OrgIdParam, query: QuickPlanQuery },
    responses: { 200: json(QuickPlanSchema, "The quick route's suggested times for an event, in the organisation's zone") },
  }),
  async (c) => {
    const q = c.req.valid('query');
    return c.json(await planQuick(authorize(c.get('scope'), 'post.read'), q.eventLocal, q.templateId), 200);
  },
);

campaignQuickRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/campaigns/quick`,
    tags,
    request: { params: OrgIdParam, ...jsonBody(QuickCampaignBody) },
    responses: { 201: json(QuickCampaignResult, 'The campaign and its three posts, each submitted for approval; nothing is made when one is refused') },
  }),
  async (c) => c.json(await createQuickCampaign(authorize(c.get('scope'), 'post.write'), c.req.valid('json'), c.get('lang')), 201),
);

campaignQuickRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/campaign-templates`,
    tags,
    request: { params: OrgIdParam, query: CampaignTemplatePageQuery },
    responses: { 200: json(CampaignTemplateListSchema, 'A page of templates, newest first; the defaults are added on first use') },
  }),
  async (c) => c.json(await listTemplates(authorize(c.get('scope'), 'post.read'), c.req.valid('query')), 200),
);

campaignQuickRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/campaign-templates/{id}`,
    tags,
    request: { params: OrgItemParam },
    responses: { 200: json(CampaignTemplateSchema) },
  }),
  async (c) => c.json(await getTemplate(authorize(c.get('scope'), 'post.read'), c.req.valid('param').id), 200),
);

campaignQuickRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/campaigns/{id}/template`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(SaveTemplateBody) },
    responses: { 201: json(CampaignTemplateSchema, 'The campaign saved as a template (without dates, people or results)') },
  }),
  async (c) => c.json(await saveCampaignAsTemplate(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id, c.req.valid('json').name), 201),
);

campaignQuickRoutes.openapi(
  route({
    method: 'patch',
    path: `${base}/campaign-templates/{id}`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(RenameTemplateBody) },
    responses: { 200: json(CampaignTemplateSchema, 'The template renamed') },
  }),
  async (c) => c.json(await renameTemplate(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id, c.req.valid('json').name), 200),
);

campaignQuickRoutes.openapi(
  route({
    method: 'delete',
    path: `${base}/campaign-templates/{id}`,
    tags,
    request: { params: OrgItemParam },
    responses: { 204: { description: 'Deleted; campaigns started from it keep their answers' } },
  }),
  async (c) => {
    await deleteTemplate(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);
