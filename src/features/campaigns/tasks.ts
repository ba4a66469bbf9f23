// A campaign's tasks: who makes which message for which platform and when it must be ready. The
// owner must be a member and the channel the organisation's; the deadline is read and shown in
// the organisation's time zone. A changed deadline is reminded of again.
import { and, eq, sql } from 'drizzle-orm';
import type { CampaignTaskInput, CampaignTaskPatchInput, CampaignTaskView } from '../../contracts/campaign-task';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import { campaignTasks, channels, memberships, posts, users } from '../../db/schema';
import { resolveLocalTime, toLocal } from '../../domain/local-time';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { findCampaign } from './campaigns';

type TaskRow = typeof campaignTasks.$inferSelect;

/** Refuses (422) an owner who is not a member, or a channel of another organisation. */
async function checkTaskReferences(scope: OrgScope, input: CampaignTaskPatchInput) {
  if (input.ownerId) {
    const [m] = await scope.db
      .select({ id: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, input.ownerId)));
    if (!m) throw new AppError(422, 'campaign_not_member', {}, [{ path: 'ownerId', message: 'campaign_not_member' }]);
  }
  if (input.channelId) {
    const [ch] = await scope.db
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.orgId, scope.orgId), eq(channels.id, input.channelId)));
    if (!ch) throw new AppError(422, 'unknown_channel', { id: input.channelId }, [{ path: 'channelId', message: 'unknown_channel' }]);
  }
}

function columnsOf(scope: OrgScope, input: CampaignTaskPatchInput) {
  const dueAt = input.dueLocal === undefined ? undefined : input.dueLocal ? resolveLocalTime(input.dueLocal, scope.timeZone).utc : null;
  return {
    ...(input.title !== undefined && { title: input.title }),
    ...(input.channelId !== undefined && { channelId: input.channelId }),
    ...(input.moment !== undefined && { moment: input.moment }),
    ...(input.ownerId !== undefined && { ownerId: input.ownerId, remindedAt: null }),
    ...(dueAt !== undefined && { dueAt, remindedAt: null }),
    ...(input.done !== undefined && { doneAt: input.done ? new Date() : null }),
  };
}

const taskSelection = {
  t: campaignTasks,
  ownerName: users.name,
  postStatus: posts.status,
  sortAt: sql<string>`to_char(coalesce(${campaignTasks.dueAt}, '9999-12-31T00:00:00Z'::timestamptz) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};

function taskView(scope: OrgScope, r: { t: TaskRow; ownerName: string | null; postStatus: string | null }): CampaignTaskView {
  const t = r.t;
  return {
    id: t.id,
    campaignId: t.campaignId,
    title: t.title,
    channelId: t.channelId,
    moment: t.moment as CampaignTaskView['moment'],
    ownerId: t.ownerId,
    ownerName: r.ownerName,
    dueAt: t.dueAt?.toISOString() ?? null,
    dueLocal: t.dueAt ? toLocal(t.dueAt, scope.timeZone) : null,
    postId: t.postId,
    postStatus: (r.postStatus as CampaignTaskView['postStatus']) ?? null,
    done: t.doneAt !== null,
    doneAt: t.doneAt?.toISOString() ?? null,
    remindedAt: t.remindedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
  };
}

function selectTasks(scope: OrgScope) {
  return scope.db
    .select(taskSelection)
    .from(campaignTasks)
    .leftJoin(users, eq(users.id, campaignTasks.ownerId))
    .leftJoin(posts, and(eq(posts.id, campaignTasks.postId), eq(posts.orgId, scope.orgId)));
}

export async function findTask(scope: OrgScope, campaignId: string, taskId: string): Promise<TaskRow> {
  const [row] = await scope.db
    .select()
    .from(campaignTasks)
    .where(and(eq(campaignTasks.orgId, scope.orgId), eq(campaignTasks.campaignId, campaignId), eq(campaignTasks.id, taskId)));
  if (!row) throw notFound('campaign_task');
  return row;
}

export async function getTask(scope: OrgScope, campaignId: string, taskId: string): Promise<CampaignTaskView> {
  const [row] = await selectTasks(scope).where(
    and(eq(campaignTasks.orgId, scope.orgId), eq(campaignTasks.campaignId, campaignId), eq(campaignTasks.id, taskId)),
  );
  if (!row) throw notFound('campaign_task');
  return taskView(scope, row);
}

/** One page of the campaign's tasks, soonest deadline first (those without one last). */
export async function listTasks(
  scope: Authorized<'post.read'>,
  campaignId: string,
  query: { cursor?: string; limit: number },
): Promise<{ items: CampaignTaskView[]; nextCursor: string | null }> {
  await findCampaign(scope, campaignId);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const sortKey = sql`coalesce(${campaignTasks.dueAt}, '9999-12-31T00:00:00Z'::timestamptz)`;
  const rows = await selectTasks(scope)
    .where(
      and(
        eq(campaignTasks.orgId, scope.orgId),
        eq(campaignTasks.campaignId, campaignId),
        cursor?.at ? sql`(${sortKey}, ${campaignTasks.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(sortKey, campaignTasks.id)
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => taskView(scope, r)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.sortAt, id: last.t.id }) : null,
  };
}

export async function createTask(scope: Authorized<'post.write'>, campaignId: string, input: CampaignTaskInput): Promise<CampaignTaskView> {
  await findCampaign(scope, campaignId);
  await checkTaskReferences(scope, input);
  const [row] = await scope.db
    .insert(campaignTasks)
    .values({ orgId: scope.orgId, campaignId, ...columnsOf(scope, input), title: input.title })
    .returning({ id: campaignTasks.id });
  await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.task_created', detail: { campaignId, taskId: row!.id } });
  return getTask(scope, campaignId, row!.id);
}

export async function updateTask(
  scope: Authorized<'post.write'>,
  campaignId: string,
  taskId: string,
  input: CampaignTaskPatchInput,
): Promise<CampaignTaskView> {
  await checkTaskReferences(scope, input);
  const columns = columnsOf(scope, input);
  if (!Object.keys(columns).length) return getTask(scope, campaignId, taskId);
  const [row] = await scope.db
    .update(campaignTasks)
    .set(columns)
    .where(and(eq(campaignTasks.orgId, scope.orgId), eq(campaignTasks.campaignId, campaignId), eq(campaignTasks.id, taskId)))
    .returning({ id: campaignTasks.id });
  if (!row) throw notFound('campaign_task');
  if (input.done !== undefined)
    await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.task_done', detail: { campaignId, taskId, done: input.done } });
  return getTask(scope, campaignId, taskId);
}

export async function deleteTask(scope: Authorized<'post.write'>, campaignId: string, taskId: string): Promise<void> {
  const [gone] = await scope.db
    .delete(campaignTasks)
    .where(and(eq(campaignTasks.orgId, scope.orgId), eq(campaignTasks.campaignId, campaignId), eq(campaignTasks.id, taskId)))
    .returning({ id: campaignTasks.id });
  if (!gone) throw notFound('campaign_task');
  await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.task_deleted', detail: { campaignId, taskId } });
}
