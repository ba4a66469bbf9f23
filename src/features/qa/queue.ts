// An hour's queue: the inbox items on its channel that carry its hashtag or mention our account,
// written within its window (from a little before the start). Collected as the inbox stores them
// (the poll calls `collectQuestions` in the transaction that stores the page) and again when the
// queue is read (an hour planned after its first questions arrived). A collected item gets the
// inbox label "spreekuur", so the inbox can filter and badge it. The queue's order: a crisis
// first, then the oldest first; paged by keyset.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { QaQuestion, QaQueue, QaQuestionState } from '../../contracts/qa-hour';
import type { Db } from '../../db/client';
import { channels, inboxItems, inboxReads, inboxReplies, type qaHours, qaQuestions, users } from '../../db/schema';
import { AppError } from '../errors';
import { replyViews } from '../inbox/item-view';
import { itemColumns, itemJoins, toItem } from '../inbox/item-row';
import type { Authorized, OrgScope } from '../org-scope';
import { findHour, mayWork } from './hour-view';

/** Questions written this long before the start still count (people ask early). */
export const EARLY_SLACK_MINUTES = 15;
export const QA_LABEL = 'spreekuur';

/**
 * Puts the matching items into the queues of the hours whose window holds them: of one hour, or
 * (from the poll) of every hour on a channel, limited to the items just stored.
 */
export async function collectQuestions(db: Db, which: { hourId: string; orgId: string } | { channelId: string; itemIds: string[] }): Promise<number> {
  if ('itemIds' in which && !which.itemIds.length) return 0;
  const filter =
    'hourId' in which
      ? sql`h.id = ${which.hourId} AND h.org_id = ${which.orgId}`
      : sql`h.channel_id = ${which.channelId} AND i.id IN (${sql.join(
          which.itemIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  const result = await db.execute(sql`
    WITH added AS (
      INSERT INTO qa_questions (qa_hour_id, item_id, org_id)
      SELECT h.id, i.id, h.org_id
      FROM qa_hours h
      JOIN inbox_items i ON i.channel_id = h.channel_id AND i.org_id = h.org_id
      JOIN channels c ON c.id = h.channel_id
      WHERE ${filter}
        AND i.written_at >= h.starts_at - make_interval(mins => ${EARLY_SLACK_MINUTES})
        AND i.written_at <= h.ends_at
        AND (
          i.text ~* ('#' || h.hashtag || '([^[:alnum:]_]|$)')
          OR i.kind = 'mention'
          OR (coalesce(c.settings->>'handle', '') <> '' AND strpos(lower(i.text), '@' || lower(c.settings->>'handle')) > 0)
        )
      ON CONFLICT DO NOTHING
      RETURNING item_id
    )
    UPDATE inbox_items SET labels = array_append(labels, ${QA_LABEL}::text)
    WHERE id IN (SELECT item_id FROM added) AND NOT (${QA_LABEL}::text = ANY(labels))
    RETURNING id`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}

interface QueueCursor {
  urgent: boolean;
  at: string;
  id: string;
}
const encode = (c: QueueCursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(raw: string): QueueCursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as QueueCursor;
    if (typeof c.urgent === 'boolean' && !Number.isNaN(Date.parse(c.at)) && /^[0-9a-f-]{36}$/i.test(c.id)) return c;
  } catch {}
  throw new AppError(422, 'qa_bad_cursor', {}, [{ path: 'cursor', message: 'expected the nextCursor of an earlier page' }]);
}

/** Loads questions of an hour (all of them, or these items) in the queue's order. */
async function loadQuestions(scope: OrgScope, hour: typeof qaHours.$inferSelect, extra: SQL[], limit: number) {
  const joins = itemJoins(scope.userId);
  return scope.db
    .select({ ...itemColumns(), state: qaQuestions.state, replyId: qaQuestions.replyId })
    .from(qaQuestions)
    .innerJoin(inboxItems, eq(inboxItems.id, qaQuestions.itemId))
    .innerJoin(channels, joins.channel)
    .leftJoin(users, joins.assignee)
    .leftJoin(inboxReads, joins.read)
    .where(and(eq(qaQuestions.qaHourId, hour.id), eq(qaQuestions.orgId, scope.orgId), ...extra))
    .orderBy(desc(inboxItems.urgent), asc(inboxItems.writtenAt), asc(inboxItems.id))
    .limit(limit);
}

/** Medical questions (as triaged, or as a person corrected the category) are only moved to private. */
export const privateOnly = (category: string) => category === 'medical';

async function toQuestions(scope: OrgScope, hour: typeof qaHours.$inferSelect, rows: Awaited<ReturnType<typeof loadQuestions>>): Promise<QaQuestion[]> {
  const replyIds = rows.flatMap((r) => (r.replyId ? [r.replyId] : []));
  const replyRows = replyIds.length
    ? await scope.db
        .select()
        .from(inboxReplies)
        .where(and(eq(inboxReplies.orgId, scope.orgId), inArray(inboxReplies.id, replyIds)))
    : [];
  const replies = new Map((await replyViews(scope.db, scope, replyRows, hour.channelId)).map((r) => [r.id, r]));
  return rows.map((r) => ({
    item: toItem(r),
    state: r.state as QaQuestionState,
    privateOnly: privateOnly(r.item.category),
    reply: (r.replyId && replies.get(r.replyId)) || null,
  }));
}

export function assertMayWork(scope: OrgScope, hour: typeof qaHours.$inferSelect): void {
  if (!mayWork(scope, hour)) throw new AppError(403, 'qa_not_host_or_moderator');
}

export async function qaQueue(scope: Authorized<'inbox.read'>, hourId: string, q: { cursor?: string; limit: number }): Promise<QaQueue> {
  const hour = await findHour(scope, hourId);
  assertMayWork(scope, hour);
  const cursor = q.cursor ? decode(q.cursor) : null;
  if (!cursor) await collectQuestions(scope.db, { hourId: hour.id, orgId: scope.orgId });
  // After the cursor in (urgent desc, written asc, id asc).
  const after = cursor
    ? [
        sql`(${inboxItems.urgent} < ${cursor.urgent}::boolean OR (${inboxItems.urgent} = ${cursor.urgent}::boolean AND (${inboxItems.writtenAt}, ${inboxItems.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)))`,
      ]
    : [];
  const rows = await loadQuestions(scope, hour, after, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: await toQuestions(scope, hour, page),
    nextCursor: rows.length > q.limit && last ? encode({ urgent: last.item.urgent, at: last.item.writtenAt.toISOString(), id: last.item.id }) : null,
  };
}

/** One question of the hour, as the queue shows it (after an action). */
export async function qaQuestion(scope: OrgScope, hour: typeof qaHours.$inferSelect, itemId: string): Promise<QaQuestion> {
  const rows = await loadQuestions(scope, hour, [eq(qaQuestions.itemId, itemId)], 1);
  if (!rows.length) throw new AppError(404, 'not_found', { thing: '@thing_qa_question' });
  return (await toQuestions(scope, hour, rows))[0]!;
}
