// The inbox list: every channel's reactions in one list, newest first or urgent first, with
// filters, paged by keyset (never cut off: a next cursor whenever more follow). Each order walks
// its own index (migration 0020), so a page costs the same with a hundred thousand items.
import { and, arrayContains, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { decodeInboxCursor, encodeInboxCursor, type InboxList, type InboxListInput } from '../../contracts/inbox';
import { channels, inboxItems, inboxReads, users } from '../../db/schema';
import type { Authorized } from '../org-scope';
import { itemColumns, itemJoins, toItem } from './item-row';

export async function listInboxItems(scope: Authorized<'inbox.read'>, q: InboxListInput): Promise<InboxList> {
  const where: (SQL | undefined)[] = [eq(inboxItems.orgId, scope.orgId)];
  if (q.channelId) where.push(eq(inboxItems.channelId, q.channelId));
  if (q.state) where.push(eq(inboxItems.state, q.state));
  if (q.category) where.push(eq(inboxItems.category, q.category));
  if (q.label) where.push(arrayContains(inboxItems.labels, [q.label]));
  if (q.assignee === 'none') where.push(isNull(inboxItems.assigneeId));
  else if (q.assignee) where.push(eq(inboxItems.assigneeId, q.assignee === 'me' ? scope.userId : q.assignee));
  const cursor = q.cursor ? decodeInboxCursor(q.cursor) : null;
  const urgentFirst = q.sort === 'urgent';
  if (cursor) {
    const at = sql`${cursor.at}::timestamptz`;
    const id = sql`${cursor.id}::uuid`;
    where.push(
      urgentFirst
        ? sql`(${inboxItems.urgent}, ${inboxItems.writtenAt}, ${inboxItems.id}) < (${cursor.urgent}::boolean, ${at}, ${id})`
        : sql`(${inboxItems.writtenAt}, ${inboxItems.id}) < (${at}, ${id})`,
    );
  }
  const order = urgentFirst ? [desc(inboxItems.urgent), desc(inboxItems.writtenAt), desc(inboxItems.id)] : [desc(inboxItems.writtenAt), desc(inboxItems.id)];
  const joins = itemJoins(scope.userId);
  const rows = await scope.db
    .select(itemColumns())
    .from(inboxItems)
    .innerJoin(channels, joins.channel)
    .leftJoin(users, joins.assignee)
    .leftJoin(inboxReads, joins.read)
    .where(and(...where))
    .orderBy(...order)
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > q.limit && last ? encodeInboxCursor({ urgent: last.item.urgent, at: last.item.writtenAt.toISOString(), id: last.item.id }) : null,
  };
}
