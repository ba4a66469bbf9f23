// Campaigns: create, read, page through, change (each phase's answers merged into what is saved,
// so the worksheet saves field by field) and delete. Everyone reads; those who write posts write
// campaigns. Every id a campaign refers to must belong to the organisation.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { CampaignInput, CampaignPatchInput, CampaignView } from '../../contracts/campaign';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import { campaignTemplates, campaigns, channels, consentPeople, inboxTemplates, memberships, posts } from '../../db/schema';
import { resolveLocalTime } from '../../domain/local-time';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { type CampaignRow, campaignView, campaignViews } from './campaign-view';
import { templateStart } from './campaign-templates';
import { findCampaign } from './find-campaign';

export { findCampaign };

const missing = (wanted: string[], found: { id: string }[]) => wanted.find((id) => !found.some((f) => f.id === id));

/** Refuses (422) any channel, person, template or consent-register entry outside the organisation. */
async function checkReferences(scope: OrgScope, input: CampaignPatchInput & { templateId?: string | null }) {
  const { db, orgId } = scope;
  const channelIds = input.preparation?.platforms ?? [];
  if (channelIds.length) {
    const id = missing(
      channelIds,
      await db
        .select({ id: channels.id })
        .from(channels)
        .where(and(eq(channels.orgId, orgId), inArray(channels.id, channelIds))),
    );
    if (id) throw new AppError(422, 'unknown_channel', { id });
  }
  const people = input.aftercare?.responders ?? [];
  if (people.length) {
    const found = await db
      .select({ id: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, people)));
    if (missing(people, found)) throw new AppError(422, 'campaign_not_member');
  }
  const replyTemplates = input.aftercare?.replyTemplateIds ?? [];
  if (replyTemplates.length) {
    const id = missing(
      replyTemplates,
      await db
        .select({ id: inboxTemplates.id })
        .from(inboxTemplates)
        .where(and(eq(inboxTemplates.orgId, orgId), inArray(inboxTemplates.id, replyTemplates))),
    );
    if (id) throw new AppError(422, 'campaign_unknown_reply_template', { id });
  }
  const registered = (input.preparation?.people ?? []).flatMap((p) => (p.consentPersonId ? [p.consentPersonId] : []));
  if (registered.length) {
    const id = missing(
      registered,
      await db
        .select({ id: consentPeople.id })
        .from(consentPeople)
        .where(and(eq(consentPeople.orgId, orgId), inArray(consentPeople.id, registered))),
    );
    if (id) throw new AppError(422, 'campaign_unknown_consent_person', { id });
  }
  if (input.templateId) {
    const [t] = await db
      .select({ id: campaignTemplates.id })
      .from(campaignTemplates)
      .where(and(eq(campaignTemplates.orgId, orgId), eq(campaignTemplates.id, input.templateId)));
    if (!t) throw new AppError(422, 'campaign_unknown_template', { id: input.templateId });
  }
}

/** The columns a create or a change sets (answers merged over the saved ones). */
function columnsOf(scope: OrgScope, input: CampaignPatchInput, saved?: CampaignRow) {
  const startsOn = input.startsOn !== undefined ? input.startsOn : saved?.startsOn;
  const endsOn = input.endsOn !== undefined ? input.endsOn : saved?.endsOn;
  if (startsOn && endsOn && endsOn < startsOn) throw new AppError(422, 'campaign_ends_before_start');
  return {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.colour !== undefined && { colour: input.colour }),
    ...(input.hashtag !== undefined && { hashtag: input.hashtag }),
    ...(input.eventLocal !== undefined && { eventAt: input.eventLocal ? resolveLocalTime(input.eventLocal, scope.timeZone).utc : null }),
    ...(input.startsOn !== undefined && { startsOn: input.startsOn }),
    ...(input.endsOn !== undefined && { endsOn: input.endsOn }),
    ...(input.goalMetric !== undefined && { goalMetric: input.goalMetric }),
    ...(input.goalTarget !== undefined && { goalTarget: input.goalTarget }),
    ...(input.phase !== undefined && { phase: input.phase, closedAt: input.phase === 'closed' ? (saved?.closedAt ?? new Date()) : null }),
    ...(input.preparation && { preparation: { ...saved?.preparation, ...input.preparation } }),
    ...(input.execution && { execution: { ...saved?.execution, ...input.execution } }),
    ...(input.aftercare && { aftercare: { ...saved?.aftercare, ...input.aftercare } }),
  };
}

/**
 * Creates a campaign. With a template, its route and answers are the starting point (minus
 * channels and reply templates the organisation no longer has); the request's own fields win.
 */
export async function createCampaign(scope: Authorized<'post.write'>, input: CampaignInput): Promise<CampaignView> {
  await checkReferences(scope, input);
  const start = input.templateId ? await templateStart(scope, input.templateId) : null;
  const fields: CampaignPatchInput = { ...start?.fields, ...input };
  const [row] = await scope.db
    .insert(campaigns)
    .values({
      orgId: scope.orgId,
      route: input.route ?? start?.route ?? 'careful',
      templateId: input.templateId ?? null,
      createdBy: scope.userId,
      name: input.name,
      ...columnsOf(scope, fields),
    })
    .returning();
  await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.created', detail: { campaignId: row!.id, route: row!.route } });
  return campaignView(scope, row!);
}

export async function getCampaign(scope: Authorized<'post.read'>, id: string): Promise<CampaignView> {
  return campaignView(scope, await findCampaign(scope, id));
}

export async function updateCampaign(scope: Authorized<'post.write'>, id: string, input: CampaignPatchInput): Promise<CampaignView> {
  await checkReferences(scope, input);
  // The row is locked while the answers merge, so two pages saving at once both keep their fields.
  const row = await scope.db.transaction(async (tx) => {
    const [saved] = await tx
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.orgId, scope.orgId), eq(campaigns.id, id)))
      .for('update');
    if (!saved) throw notFound('campaign');
    const [changed] = await tx
      .update(campaigns)
      .set({ ...columnsOf(scope, input, saved), updatedAt: new Date() })
      .where(and(eq(campaigns.orgId, scope.orgId), eq(campaigns.id, id)))
      .returning();
    return changed!;
  });
  if (input.phase)
    await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.phase', detail: { campaignId: id, phase: input.phase } });
  return campaignView(scope, row);
}

/** Deletes the campaign and its tasks; its posts stay, outside any campaign. */
export async function deleteCampaign(scope: Authorized<'post.write'>, id: string): Promise<void> {
  const [gone] = await scope.db
    .delete(campaigns)
    .where(and(eq(campaigns.orgId, scope.orgId), eq(campaigns.id, id)))
    .returning({ id: campaigns.id });
  if (!gone) throw notFound('campaign');
  await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.deleted', detail: { campaignId: id } });
}

/** One page of campaigns, newest first (keyset on created_at, id). */
export async function listCampaigns(
  scope: Authorized<'post.read'>,
  query: { cursor?: string; limit: number; phase?: CampaignView['phase'] },
): Promise<{ items: CampaignView[]; nextCursor: string | null }> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const filters: SQL[] = [eq(campaigns.orgId, scope.orgId)];
  if (query.phase) filters.push(eq(campaigns.phase, query.phase));
  if (cursor?.at) filters.push(sql`(${campaigns.createdAt}, ${campaigns.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  const rows = await scope.db
    .select({ c: campaigns, at: sql<string>`to_char(${campaigns.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
    .from(campaigns)
    .where(and(...filters))
    .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await campaignViews(
      scope,
      page.map((r) => r.c),
    ),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.at, id: last.c.id }) : null,
  };
}

/** Puts a post in a campaign (or takes it out with null); both must belong to the organisation. */
export async function setPostCampaign(scope: Authorized<'post.write'>, postId: string, campaignId: string | null): Promise<void> {
  if (campaignId) await findCampaign(scope, campaignId);
  const [row] = await scope.db
    .update(posts)
    .set({ campaignId, updatedAt: new Date() })
    .where(and(eq(posts.orgId, scope.orgId), eq(posts.id, postId)))
    .returning({ id: posts.id });
  if (!row) throw notFound('post');
}
