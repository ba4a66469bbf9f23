// The campaign's posts for its execution page: each before, during or after the event (the task's
// moment when a task made it, else its planned day against the event's day in the org's zone).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { TASK_MOMENTS } from '../../contracts/campaign';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import type { PostStatus } from '../../domain/post-lifecycle';
import { campaignTasks, posts } from '../../db/schema';
import { toLocal } from '../../domain/local-time';
import type { Authorized } from '../org-scope';
import { findCampaign } from './campaigns';

type Moment = (typeof TASK_MOMENTS)[number];

/** Before, during (the event's day) or after the event; a post without a planned time counts as before. */
export function momentOf(planned: Date | null, event: Date | null, zone: string): Moment {
  if (!planned || !event) return 'before';
  const day = toLocal(planned, zone).slice(0, 10);
  const eventDay = toLocal(event, zone).slice(0, 10);
  return day < eventDay ? 'before' : day === eventDay ? 'during' : 'after';
}

export async function listCampaignPosts(scope: Authorized<'post.read'>, campaignId: string, query: { cursor?: string; limit: number }) {
  const c = await findCampaign(scope, campaignId);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const sortKey = sql`coalesce(${posts.scheduledAt}, ${posts.publishedAt}, '9999-12-31T00:00:00Z'::timestamptz)`;
  const rows = await scope.db
    .select({
      p: { id: posts.id, status: posts.status, baseText: posts.baseText, scheduledAt: posts.scheduledAt, publishedAt: posts.publishedAt },
      taskMoment: sql<string | null>`(SELECT t.moment FROM ${campaignTasks} t WHERE t.org_id = ${scope.orgId} AND t.post_id = ${posts.id} LIMIT 1)`,
      sortAt: sql<string>`to_char(${sortKey} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(posts)
    .where(
      and(
        eq(posts.orgId, scope.orgId),
        eq(posts.campaignId, c.id),
        cursor?.at ? sql`(${sortKey}, ${posts.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(sortKey, asc(posts.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ p, taskMoment }) => ({
      id: p.id,
      status: p.status as PostStatus,
      text: p.baseText,
      scheduledAt: p.scheduledAt?.toISOString() ?? null,
      scheduledLocal: p.scheduledAt ? toLocal(p.scheduledAt, scope.timeZone) : null,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      moment: (taskMoment as Moment | null) ?? momentOf(p.scheduledAt ?? p.publishedAt, c.eventAt, scope.timeZone),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.sortAt, id: last.p.id }) : null,
  };
}
