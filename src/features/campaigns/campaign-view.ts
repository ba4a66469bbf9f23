// A campaign as the API shows it: its fields, the event in the organisation's zone, and how far
// each phase of the worksheet is filled in (counted from its posts and tasks).
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { CampaignView } from '../../contracts/campaign';
import { CampaignAftercare, CampaignExecution, CampaignPreparation } from '../../contracts/campaign';
import type { Db } from '../../db/client';
import { campaignTasks, type campaigns, posts } from '../../db/schema';
import { hashtagAdvice, worksheetProgress } from '../../domain/campaign-worksheet';
import { toLocal } from '../../domain/local-time';
import type { OrgScope } from '../org-scope';

export type CampaignRow = typeof campaigns.$inferSelect;

/** Stored answers read back through their schema: a field a later version dropped is left out, not shown. */
const answers = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, v: unknown): T => {
  const parsed = schema.safeParse(v);
  return (parsed.success ? parsed.data : {}) as T;
};

async function countsOf(db: Db, orgId: string, ids: string[]) {
  if (!ids.length) return new Map<string, { posts: number; tasks: number; openTasks: number }>();
  const postCounts = await db
    .select({ id: posts.campaignId, n: count() })
    .from(posts)
    .where(and(eq(posts.orgId, orgId), inArray(posts.campaignId, ids)))
    .groupBy(posts.campaignId);
  const taskCounts = await db
    .select({ id: campaignTasks.campaignId, n: count(), open: sql<number>`count(*) filter (where ${isNull(campaignTasks.doneAt)})::int` })
    .from(campaignTasks)
    .where(and(eq(campaignTasks.orgId, orgId), inArray(campaignTasks.campaignId, ids)))
    .groupBy(campaignTasks.campaignId);
  return new Map(
    ids.map((id) => {
      const t = taskCounts.find((r) => r.id === id);
      return [id, { posts: postCounts.find((r) => r.id === id)?.n ?? 0, tasks: t?.n ?? 0, openTasks: t?.open ?? 0 }];
    }),
  );
}

export async function campaignViews(scope: OrgScope, rows: CampaignRow[]): Promise<CampaignView[]> {
  const counts = await countsOf(
    scope.db,
    scope.orgId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const n = counts.get(r.id) ?? { posts: 0, tasks: 0, openTasks: 0 };
    const preparation = answers(CampaignPreparation, r.preparation);
    const execution = answers(CampaignExecution, r.execution);
    const aftercare = answers(CampaignAftercare, r.aftercare);
    return {
      id: r.id,
      name: r.name,
      route: r.route as CampaignView['route'],
      phase: r.phase as CampaignView['phase'],
      colour: r.colour,
      hashtag: r.hashtag,
      hashtagAdvice: hashtagAdvice(r.hashtag),
      eventAt: r.eventAt?.toISOString() ?? null,
      eventLocal: r.eventAt ? toLocal(r.eventAt, scope.timeZone) : null,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      goalMetric: r.goalMetric as CampaignView['goalMetric'],
      goalTarget: r.goalTarget,
      preparation,
      execution,
      aftercare,
      progress: worksheetProgress({ ...r, preparation, execution, aftercare }, n),
      postCount: n.posts,
      openTasks: n.openTasks,
      templateId: r.templateId,
      closedAt: r.closedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function campaignView(scope: OrgScope, row: CampaignRow): Promise<CampaignView> {
  const [view] = await campaignViews(scope, [row]);
  return view!;
}
