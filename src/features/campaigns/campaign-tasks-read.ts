// Reading a campaign's tasks for its overview page: one page at a time, by deadline, the tasks
// without a deadline last. Only reads; tasks are written elsewhere (the execution page).
import { and, asc, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { CampaignTask } from '../../contracts/campaign-overview';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import { campaignTasks, channels, users } from '../../db/schema';
import { toLocal } from '../../domain/local-time';
import type { Authorized } from '../org-scope';
import { findCampaign } from './campaigns';

const US = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

export async function listCampaignTasks(
  scope: Authorized<'post.read'>,
  campaignId: string,
  query: { cursor?: string; limit: number },
): Promise<{ items: CampaignTask[]; nextCursor: string | null }> {
  const c = await findCampaign(scope, campaignId);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const filters: (SQL | undefined)[] = [eq(campaignTasks.orgId, scope.orgId), eq(campaignTasks.campaignId, c.id)];
  if (cursor?.at)
    filters.push(or(sql`(${campaignTasks.dueAt}, ${campaignTasks.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`, isNull(campaignTasks.dueAt)));
  else if (cursor) filters.push(and(isNull(campaignTasks.dueAt), gt(campaignTasks.id, cursor.id)));
  const rows = await scope.db
    .select({
      t: campaignTasks,
      at: sql<string | null>`to_char(${campaignTasks.dueAt} at time zone 'UTC', ${sql.raw(US)})`,
      channelName: channels.name,
      ownerName: users.name,
    })
    .from(campaignTasks)
    .leftJoin(channels, and(eq(channels.id, campaignTasks.channelId), eq(channels.orgId, scope.orgId)))
    .leftJoin(users, eq(users.id, campaignTasks.ownerId))
    .where(and(...filters))
    .orderBy(sql`${campaignTasks.dueAt} asc nulls last`, asc(campaignTasks.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ t, channelName, ownerName }) => ({
      id: t.id,
      title: t.title,
      moment: t.moment as CampaignTask['moment'],
      channel: t.channelId && channelName !== null ? { id: t.channelId, name: channelName } : null,
      owner: t.ownerId && ownerName !== null ? { id: t.ownerId, name: ownerName } : null,
      dueAt: t.dueAt?.toISOString() ?? null,
      dueLocal: t.dueAt ? toLocal(t.dueAt, scope.timeZone) : null,
      postId: t.postId,
      doneAt: t.doneAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.at, id: last.t.id }) : null,
  };
}
