// What an organisation still had to mail someone who leaves it, taken back in the removal's transaction:
// its own mails not yet sent, and a digest not yet sent that holds any of its notices. Such a digest is
// withdrawn whole (a mail cannot be cut); the other organisations' notices in it wait again, and the
// person's digest is due again, so they come at the next sweep without this organisation's part.
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailOutbox, notifications, notificationSettings } from '../../db/schema';

/** Answers how many mails were withdrawn. */
export async function withdrawMail(tx: Db, orgId: string, userId: string): Promise<number> {
  const unsent = and(eq(mailOutbox.userId, userId), isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt));
  const digests = (
    await tx
      .selectDistinct({ id: mailOutbox.id })
      .from(mailOutbox)
      .innerJoin(notifications, eq(notifications.digestMailId, mailOutbox.id))
      .where(and(unsent, eq(notifications.orgId, orgId), eq(notifications.userId, userId)))
  ).map((d) => d.id);
  if (digests.length) {
    await tx
      .update(notifications)
      .set({ mail: sql`CASE WHEN ${notifications.orgId} = ${orgId} THEN 'none' ELSE 'digest' END`, digestMailId: null })
      .where(and(eq(notifications.userId, userId), inArray(notifications.digestMailId, digests)));
    await tx.update(notificationSettings).set({ lastDigestAt: null }).where(eq(notificationSettings.userId, userId));
  }
  const gone = await tx
    .delete(mailOutbox)
    .where(and(unsent, digests.length ? or(eq(mailOutbox.orgId, orgId), inArray(mailOutbox.id, digests)) : eq(mailOutbox.orgId, orgId)))
    .returning({ id: mailOutbox.id });
  return gone.length;
}
