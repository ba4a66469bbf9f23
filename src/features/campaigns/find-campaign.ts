// One campaign of the organisation, or 404: the lookup every campaign function starts from.
import { and, eq } from 'drizzle-orm';
import { campaigns } from '../../db/schema';
import { notFound } from '../errors';
import type { OrgScope } from '../org-scope';
import type { CampaignRow } from './campaign-view';

export async function findCampaign(scope: OrgScope, id: string): Promise<CampaignRow> {
  const [row] = await scope.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.orgId, scope.orgId), eq(campaigns.id, id)));
  if (!row) throw notFound('campaign');
  return row;
}
