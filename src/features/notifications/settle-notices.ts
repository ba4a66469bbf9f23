// A notice about a problem that has since been put right is settled for everyone who got it: marked
// read, so the bell no longer counts it, left out of a daily digest it still waited for, and its mail of
// its own withdrawn while still unsent, so nobody reads later of a problem that is gone. A mail already
// sent, failed, or held right now by a worker's lease stays: it was true when it was written (and the
// worker may be handing it to the server). The bell shows such a notice read.
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { NotificationKind } from '../../contracts/notification';
import type { Db } from '../../db/client';
import { mailOutbox, notifications } from '../../db/schema';

/** The notices of `kind` in the organisation whose params include `params`; answers how many were settled. */
export async function settleNotices(db: Db, n: { orgId: string; kind: NotificationKind; params: Record<string, string> }, now = new Date()): Promise<number> {
  const these = and(eq(notifications.orgId, n.orgId), eq(notifications.kind, n.kind), sql`${notifications.params} @> ${JSON.stringify(n.params)}::jsonb`);
  // One transaction (a savepoint inside the caller's): the mails go only with the notices settled.
  return db.transaction(async (tx) => {
    // Locked, so a worker's claim (FOR UPDATE SKIP LOCKED) passes them by; a claim that came first wins
    // (the lease is rechecked once its lock is released) and its mail stays. Lease times as claimMail reads them.
    const unsent = await tx
      .select({ noticeId: notifications.id, mailId: mailOutbox.id })
      .from(notifications)
      .innerJoin(mailOutbox, eq(mailOutbox.id, notifications.mailId))
      .where(
        and(
          these,
          isNull(mailOutbox.sentAt),
          isNull(mailOutbox.failedAt),
          or(isNull(mailOutbox.leaseOwner), isNull(mailOutbox.leaseExpiresAt), lt(mailOutbox.leaseExpiresAt, sql`now()`)),
        ),
      )
      .for('update', { of: mailOutbox });
    const withdrawn = unsent.map((u) => u.noticeId);
    if (unsent.length) {
      await tx.delete(mailOutbox).where(
        inArray(
          mailOutbox.id,
          unsent.map((u) => u.mailId),
        ),
      );
    }
    const mailGone = withdrawn.length
      ? sql`${notifications.mail} = 'digest' OR ${inArray(notifications.id, withdrawn)}`
      : sql`${notifications.mail} = 'digest'`;
    const settled = await tx
      .update(notifications)
      .set({
        readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)`,
        mail: sql`CASE WHEN ${mailGone} THEN 'none' ELSE ${notifications.mail} END`,
      })
      .where(
        and(these, or(isNull(notifications.readAt), eq(notifications.mail, 'digest'), withdrawn.length ? inArray(notifications.id, withdrawn) : undefined)),
      )
      .returning({ id: notifications.id });
    return settled.length;
  });
}
