// The reading list: the items of every trusted source, newest first, paged by keyset (never cut
// off: a next cursor whenever more follow), filtered by source or state; an item marked read or
// dismissed (for the whole organisation: the list is shared work).
import { and, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import type { ReadingItem, ReadingListInput, ReadingPage } from '../../contracts/curation';
import type { Db } from '../../db/client';
import { sourceItems, trustedSources } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { seedDefaultSources } from './seed-sources';

const columns = {
  item: sourceItems,
  sourceName: trustedSources.name,
  at: sql<string>`to_char(${sourceItems.sortAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};
type Row = { item: typeof sourceItems.$inferSelect; sourceName: string };

export function toReadingItem({ item, sourceName }: Row): ReadingItem {
  return {
    id: item.id,
    sourceId: item.sourceId,
    sourceName,
    title: item.title,
    url: item.url,
    summary: item.summary,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    state: item.state as ReadingItem['state'],
    draftPostId: item.draftPostId,
  };
}

export async function listReading(scope: OrgScope, q: ReadingListInput): Promise<ReadingPage> {
  await seedDefaultSources(scope.db, scope.orgId);
  const where: (SQL | undefined)[] = [eq(sourceItems.orgId, scope.orgId)];
  if (q.sourceId) where.push(eq(sourceItems.sourceId, q.sourceId));
  where.push(q.state ? eq(sourceItems.state, q.state) : ne(sourceItems.state, 'dismissed'));
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  if (cursor?.at) where.push(sql`(${sourceItems.sortAt}, ${sourceItems.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  const rows = await scope.db
    .select(columns)
    .from(sourceItems)
    .innerJoin(trustedSources, and(eq(trustedSources.id, sourceItems.sourceId), eq(trustedSources.orgId, sourceItems.orgId)))
    .where(and(...where))
    .orderBy(desc(sourceItems.sortAt), desc(sourceItems.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(toReadingItem),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ at: last.at, id: last.item.id }) : null,
  };
}

/** One item of the organisation's reading list (locked for update inside a transaction). */
export async function findReadingItem(db: Db, scope: OrgScope, id: string, lock = false): Promise<Row> {
  const query = db
    .select(columns)
    .from(sourceItems)
    .innerJoin(trustedSources, and(eq(trustedSources.id, sourceItems.sourceId), eq(trustedSources.orgId, sourceItems.orgId)))
    .where(and(eq(sourceItems.id, id), eq(sourceItems.orgId, scope.orgId)));
  const [row] = lock ? await query.for('update', { of: sourceItems }) : await query;
  if (!row) throw notFound('reading_item');
  return row;
}

export async function setReadingState(scope: Authorized<'post.write'>, id: string, state: ReadingItem['state']): Promise<ReadingItem> {
  return scope.db.transaction(async (tx) => {
    const row = await findReadingItem(tx, scope, id, true);
    if (row.item.state !== state) {
      await tx
        .update(sourceItems)
        .set({ state })
        .where(and(eq(sourceItems.id, id), eq(sourceItems.orgId, scope.orgId)));
      await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'reading.marked', detail: { itemId: id, state } });
    }
    return toReadingItem({ ...row, item: { ...row.item, state } });
  });
}
