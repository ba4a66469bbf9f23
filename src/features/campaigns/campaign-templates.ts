// Campaign templates: an organisation saves a campaign's worksheet to reuse it (without its dates,
// its people and its one-off results; for the quick route its three texts and their times relative
// to the event), pages through, renames and deletes them, and starts a campaign from one. Two
// defaults are added on first use. Names are unique per organisation, whatever their case.
import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { CampaignPatchInput } from '../../contracts/campaign';
import { CampaignTemplateContent, type CampaignTemplateContentValue, type CampaignTemplateView } from '../../contracts/campaign-quick';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import type { Db } from '../../db/client';
import { campaignTemplates, channels, inboxTemplates, posts } from '../../db/schema';
import { offsetsOf } from '../../domain/quick-campaign-plan';
import { toLocal } from '../../domain/local-time';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { findCampaign } from './find-campaign';
import { seedDefaultTemplates } from './seed-templates';

type TemplateRow = typeof campaignTemplates.$inferSelect;

function view(r: TemplateRow): CampaignTemplateView {
  const parsed = CampaignTemplateContent.safeParse(r.content);
  return {
    id: r.id,
    name: r.name,
    route: r.route as CampaignTemplateView['route'],
    content: parsed.success ? parsed.data : {},
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const nameTaken = () => new AppError(409, 'campaign_template_name_taken', {}, [{ path: 'name', message: 'campaign_template_name_taken' }]);

async function writing<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
      const pg = e as { code?: string; constraint?: string; message?: string };
      if (pg.code === '23505' && `${pg.constraint ?? pg.message}`.includes('campaign_templates_org_name_idx')) throw nameTaken();
    }
    throw error;
  }
}

export async function findTemplate(scope: OrgScope, id: string): Promise<TemplateRow> {
  const [row] = await scope.db
    .select()
    .from(campaignTemplates)
    .where(and(eq(campaignTemplates.orgId, scope.orgId), eq(campaignTemplates.id, id)));
  if (!row) throw notFound('campaign_template');
  return row;
}

export async function getTemplate(scope: Authorized<'post.read'>, id: string): Promise<CampaignTemplateView> {
  return view(await findTemplate(scope, id));
}

/** One page of the organisation's templates, newest first (keyset on created_at, id); the defaults are added on first use. */
export async function listTemplates(
  scope: Authorized<'post.read'>,
  query: { cursor?: string; limit: number },
): Promise<{ items: CampaignTemplateView[]; nextCursor: string | null }> {
  await seedDefaultTemplates(scope.db, scope.orgId);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const filters: SQL[] = [eq(campaignTemplates.orgId, scope.orgId)];
  if (cursor?.at) filters.push(sql`(${campaignTemplates.createdAt}, ${campaignTemplates.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  const rows = await scope.db
    .select({ t: campaignTemplates, at: sql<string>`to_char(${campaignTemplates.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
    .from(campaignTemplates)
    .where(and(...filters))
    .orderBy(desc(campaignTemplates.createdAt), desc(campaignTemplates.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => view(r.t)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.at, id: last.t.id }) : null,
  };
}

/** What of a campaign is worth reusing. */
async function contentOf(scope: OrgScope, campaignId: string): Promise<{ route: string; content: CampaignTemplateContentValue }> {
  const c = await findCampaign(scope, campaignId);
  const { people: _people, ...preparation } = (c.preparation ?? {}) as Record<string, unknown>;
  const aftercare = c.aftercare as { howToAnswer?: string; replyTemplateIds?: string[] };
  const content: CampaignTemplateContentValue = {
    colour: c.colour,
    hashtag: c.hashtag,
    goalMetric: c.goalMetric as CampaignTemplateContentValue['goalMetric'],
    goalTarget: c.goalTarget,
    preparation,
    execution: c.execution,
    aftercare: {
      ...(aftercare.howToAnswer !== undefined && { howToAnswer: aftercare.howToAnswer }),
      ...(aftercare.replyTemplateIds !== undefined && { replyTemplateIds: aftercare.replyTemplateIds }),
    },
  };
  if (c.route === 'quick' && c.eventAt) {
    // The quick route's messages are, in time order, the announcement, during and the look-back.
    const msgs = await scope.db
      .select({ text: posts.baseText, at: posts.scheduledAt })
      .from(posts)
      .where(and(eq(posts.orgId, scope.orgId), eq(posts.campaignId, c.id), isNotNull(posts.scheduledAt)))
      .orderBy(asc(posts.scheduledAt), asc(posts.createdAt))
      .limit(3);
    if (msgs.length === 3) {
      const [a, d, l] = msgs as [{ text: string; at: Date }, { text: string; at: Date }, { text: string; at: Date }];
      const local = (at: Date) => toLocal(at, scope.timeZone);
      content.quick = {
        announcement: a.text,
        during: d.text,
        lookBack: l.text,
        offsets: offsetsOf(local(c.eventAt), { announcement: local(a.at), during: local(d.at), lookBack: local(l.at) }, scope.timeZone),
      };
    }
  }
  const parsed = CampaignTemplateContent.safeParse(content);
  return { route: c.route, content: parsed.success ? parsed.data : {} };
}

export async function saveCampaignAsTemplate(scope: Authorized<'post.write'>, campaignId: string, name: string): Promise<CampaignTemplateView> {
  const { route, content } = await contentOf(scope, campaignId);
  return writing(() =>
    scope.db.transaction(async (tx: Db) => {
      // The defaults first, so a saved template never takes the name a default would get later.
      await seedDefaultTemplates(tx, scope.orgId);
      const [row] = await tx.insert(campaignTemplates).values({ orgId: scope.orgId, name, route, content, createdBy: scope.userId }).returning();
      await recordAudit(tx, {
        orgId: scope.orgId,
        actorId: scope.userId,
        action: 'campaign.template.saved',
        detail: { templateId: row!.id, campaignId, route },
      });
      return view(row!);
    }),
  );
}

export async function renameTemplate(scope: Authorized<'post.write'>, id: string, name: string): Promise<CampaignTemplateView> {
  return writing(async () => {
    const [row] = await scope.db
      .update(campaignTemplates)
      .set({ name, updatedAt: new Date() })
      .where(and(eq(campaignTemplates.orgId, scope.orgId), eq(campaignTemplates.id, id)))
      .returning();
    if (!row) throw notFound('campaign_template');
    await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.template.renamed', detail: { templateId: id } });
    return view(row);
  });
}

/** Deletes a template; campaigns started from it keep their answers (their link is cleared). */
export async function deleteTemplate(scope: Authorized<'post.write'>, id: string): Promise<void> {
  const [gone] = await scope.db
    .delete(campaignTemplates)
    .where(and(eq(campaignTemplates.orgId, scope.orgId), eq(campaignTemplates.id, id)))
    .returning({ id: campaignTemplates.id });
  if (!gone) throw notFound('campaign_template');
  await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.template.deleted', detail: { templateId: id } });
}

/**
 * A new campaign's starting answers from a template: its route and content, with channels and
 * reply templates the organisation no longer has left out. The caller's own fields win.
 */
export async function templateStart(scope: OrgScope, id: string): Promise<{ route: 'careful' | 'quick'; fields: CampaignPatchInput }> {
  const t = view(await findTemplate(scope, id));
  const c = t.content;
  const still = async (ids: string[] | undefined, table: typeof channels | typeof inboxTemplates) => {
    if (!ids?.length) return ids;
    const found = await scope.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.orgId, scope.orgId), inArray(table.id, ids)));
    return ids.filter((x) => found.some((f) => f.id === x));
  };
  const platforms = await still(c.preparation?.platforms, channels);
  const replyTemplateIds = await still(c.aftercare?.replyTemplateIds, inboxTemplates);
  return {
    route: t.route,
    fields: {
      ...(c.colour !== undefined && { colour: c.colour }),
      ...(c.hashtag !== undefined && { hashtag: c.hashtag }),
      ...(c.goalMetric !== undefined && { goalMetric: c.goalMetric }),
      ...(c.goalTarget !== undefined && { goalTarget: c.goalTarget }),
      ...(c.preparation && { preparation: { ...c.preparation, ...(platforms && { platforms }) } }),
      ...(c.execution && { execution: c.execution }),
      ...(c.aftercare && { aftercare: { ...c.aftercare, ...(replyTemplateIds && { replyTemplateIds }) } }),
    },
  };
}
