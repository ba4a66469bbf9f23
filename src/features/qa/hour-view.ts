// Question hours as the API shows them: one (who may work its queue) and the list, newest start
// first, paged by keyset (never cut off: a next cursor whenever more follow).
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import type { QaHour, QaHourListInput, QaHourPage } from '../../contracts/qa-hour';
import { channels, qaHours, users } from '../../db/schema';
import { can } from '../../domain/roles';
import { notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';

const hosts = alias(users, 'qa_host');
const moderators = alias(users, 'qa_moderator');

const columns = () => ({
  hour: qaHours,
  channelName: channels.name,
  channelType: channels.type,
  hostName: hosts.name,
  moderatorName: moderators.name,
  questions: sql<number>`(select count(*)::int from qa_questions q where q.qa_hour_id = ${qaHours.id})`,
  answered: sql<number>`(select count(*)::int from qa_questions q where q.qa_hour_id = ${qaHours.id} and q.state = 'answered')`,
});
type Row = {
  hour: typeof qaHours.$inferSelect;
  channelName: string;
  channelType: string;
  hostName: string | null;
  moderatorName: string | null;
  questions: number;
  answered: number;
};

/** The host, the moderator, and whoever manages the inbox work an hour's queue. */
export function mayWork(scope: OrgScope, hour: Pick<typeof qaHours.$inferSelect, 'hostId' | 'moderatorId'>): boolean {
  return scope.userId === hour.hostId || scope.userId === hour.moderatorId || can(scope.role, 'inbox.manage');
}

function toHour(scope: OrgScope, r: Row, now = new Date()): QaHour {
  const h = r.hour;
  return {
    id: h.id,
    channel: { id: h.channelId, name: r.channelName, type: r.channelType },
    title: h.title,
    hashtag: h.hashtag,
    startsAt: h.startsAt.toISOString(),
    endsAt: h.endsAt.toISOString(),
    host: h.hostId ? { id: h.hostId, name: r.hostName ?? '' } : null,
    moderator: h.moderatorId ? { id: h.moderatorId, name: r.moderatorName ?? '' } : null,
    phase: now < h.startsAt ? 'planned' : now < h.endsAt ? 'live' : 'ended',
    announcementPostIds: h.announcementPostIds,
    summaryPostId: h.summaryPostId,
    questions: Number(r.questions),
    answered: Number(r.answered),
    canWork: mayWork(scope, h),
  };
}

function query(scope: OrgScope, where: SQL[]) {
  return scope.db
    .select(columns())
    .from(qaHours)
    .innerJoin(channels, eq(channels.id, qaHours.channelId))
    .leftJoin(hosts, eq(hosts.id, qaHours.hostId))
    .leftJoin(moderators, eq(moderators.id, qaHours.moderatorId))
    .where(and(eq(qaHours.orgId, scope.orgId), ...where));
}

/** The hour's row, in this organisation only. */
export async function findHour(scope: OrgScope, id: string): Promise<typeof qaHours.$inferSelect> {
  const [row] = await scope.db
    .select()
    .from(qaHours)
    .where(and(eq(qaHours.id, id), eq(qaHours.orgId, scope.orgId)));
  if (!row) throw notFound('qa_hour');
  return row;
}

export async function qaHourView(scope: Authorized<'inbox.read'>, id: string): Promise<QaHour> {
  const [row] = await query(scope, [eq(qaHours.id, id)]);
  if (!row) throw notFound('qa_hour');
  return toHour(scope, row);
}

export async function listQaHours(scope: Authorized<'inbox.read'>, q: QaHourListInput): Promise<QaHourPage> {
  const where: SQL[] = [];
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  if (cursor?.at) where.push(sql`(${qaHours.startsAt}, ${qaHours.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  const rows = await query(scope, where)
    .orderBy(desc(qaHours.startsAt), desc(qaHours.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toHour(scope, r)),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ at: last.hour.startsAt.toISOString().replace('Z', '000Z'), id: last.hour.id }) : null,
  };
}
