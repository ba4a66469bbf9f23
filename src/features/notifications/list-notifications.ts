// A person's own notifications in one organisation, newest first, paged; the unread count for the
// bell; marking read. Nobody sees another person's notifications: every query filters on both ids.
import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import type { Notification, NotificationKind, NotificationListInput, NotificationPage } from '../../contracts/notification';
import { notifications } from '../../db/schema';
import type { Lang } from '../../i18n/messages';
import { AppError } from '../errors';
import type { OrgScope } from '../org-scope';
import { detailOf, linkOf, titleOf } from './notification-text';

const mine = (scope: OrgScope) => and(eq(notifications.userId, scope.userId), eq(notifications.orgId, scope.orgId))!;

export async function unreadCount(scope: OrgScope): Promise<number> {
  const [row] = await scope.db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(scope), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(scope: OrgScope, query: NotificationListInput, lang: Lang): Promise<NotificationPage> {
  const filters: SQL[] = [mine(scope)];
  if (query.unread === 'true') filters.push(isNull(notifications.readAt));
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    if (!cursor?.at) throw new AppError(422, 'validation_failed', {}, [{ path: 'cursor', message: 'expected the nextCursor of an earlier page' }]);
    filters.push(sql`(${notifications.createdAt}, ${notifications.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  }
  const rows = await scope.db
    .select({ n: notifications, at: sql<string>`to_char(${notifications.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
    .from(notifications)
    .where(and(...filters))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ n }) => view(n, lang)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.at, id: last.n.id }) : null,
    unread: await unreadCount(scope),
  };
}

function view(n: typeof notifications.$inferSelect, lang: Lang): Notification {
  const kind = n.kind as NotificationKind;
  return {
    id: n.id,
    kind,
    title: titleOf(lang, kind, n.params),
    postId: n.postId,
    link: linkOf(kind, n.postId, n.params),
    detail: detailOf(lang, kind, n.params),
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

export async function markRead(scope: OrgScope, ids: string[] | undefined): Promise<number> {
  const filters: SQL[] = [mine(scope), isNull(notifications.readAt)];
  if (ids) filters.push(inArray(notifications.id, ids));
  await scope.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...filters));
  return unreadCount(scope);
}
