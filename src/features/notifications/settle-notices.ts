// A notice about a problem that has since been put right is settled for everyone who got it: marked
// read, so the bell no longer counts it, and left out of a daily digest it still waited for. A mail of
// its own already in the outbox stays: it was true when it was written, and the bell shows it read.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { NotificationKind } from '../../contracts/notification';
import type { Db } from '../../db/client';
import { notifications } from '../../db/schema';

/** The notices of `kind` in the organisation whose params include `params`; answers how many were settled. */
export async function settleNotices(db: Db, n: { orgId: string; kind: NotificationKind; params: Record<string, string> }, now = new Date()): Promise<number> {
  const settled = await db
    .update(notifications)
    .set({
      readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)`,
      mail: sql`CASE WHEN ${notifications.mail} = 'digest' THEN 'none' ELSE ${notifications.mail} END`,
    })
    .where(
      and(
        eq(notifications.orgId, n.orgId),
        eq(notifications.kind, n.kind),
        sql`${notifications.params} @> ${JSON.stringify(n.params)}::jsonb`,
        or(isNull(notifications.readAt), eq(notifications.mail, 'digest')),
      ),
    )
    .returning({ id: notifications.id });
  return settled.length;
}
