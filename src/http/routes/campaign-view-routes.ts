// The campaign view (issue 16, point 3): its tasks and its inbox items a page at a time, and its
// one-page PDF summary. Its posts are the post list with ?campaign=, its figures …/results.
import { z } from '@hono/zod-openapi';
import { CampaignInboxPageSchema, CampaignTaskPageSchema, CampaignViewPageQuery } from '../../contracts/campaign-overview';
import { OrgItemParam } from '../../contracts/common';
import { listCampaignInbox } from '../../features/campaigns/campaign-inbox';
import { campaignSummaryPdf } from '../../features/campaigns/campaign-summary-pdf';
import { listCampaignTasks } from '../../features/campaigns/campaign-tasks-read';
import { authorize } from '../../features/org-scope';
import { json, route, router } from '../openapi';

export const campaignViewRoutes = router();
const tags = ['campaigns'];
const base = '/api/orgs/{orgId}/campaigns/{id}';

campaignViewRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/overview/tasks`,
    tags,
    request: { params: OrgItemParam, query: CampaignViewPageQuery },
    responses: { 200: json(CampaignTaskPageSchema, "A page of the campaign's tasks, by deadline") },
  }),
  async (c) => c.json(await listCampaignTasks(authorize(c.get('scope'), 'post.read'), c.req.valid('param').id, c.req.valid('query')), 200),
);

campaignViewRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/inbox`,
    tags,
    request: { params: OrgItemParam, query: CampaignViewPageQuery },
    responses: { 200: json(CampaignInboxPageSchema, "A page of the campaign's reactions (replies to its posts, messages with its hashtag), newest first") },
  }),
  async (c) => c.json(await listCampaignInbox(authorize(c.get('scope'), 'inbox.read'), c.req.valid('param').id, c.req.valid('query')), 200),
);

/** A file name from the campaign's name: letters and digits, the rest a dash. */
const fileName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'campagne';

campaignViewRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/summary.pdf`,
    tags,
    // A download link cannot set Accept-Language: the web app names the language it shows.
    request: { params: OrgItemParam, query: z.object({ lang: z.enum(['nl', 'en']).optional() }) },
    responses: {
      200: {
        description: 'The campaign on one page as PDF: period, goal against result, totals, its posts with their figures, reactions and the look back',
        content: { 'application/pdf': { schema: z.string() } },
      },
    },
  }),
  async (c) => {
    const { pdf, name } = await campaignSummaryPdf(
      authorize(c.get('scope'), 'metrics.read'),
      c.req.valid('param').id,
      c.req.valid('query').lang ?? c.get('lang'),
    );
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileName(name)}.pdf"`,
    });
  },
);
