// The daily digest: for each person who chose it, once per day (from 07:00, Amsterdam time) one
// mail lists every notification that waited for it, across their organisations. The person's
// settings row is locked while the digest is put together, so two workers never both send it.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { NotificationKind } from '../../contracts/notification';
import type { Db } from '../../db/client';
import { mailOutbox, notifications, notificationSettings, organisations, users } from '../../db/schema';
import { mailConfig } from './mail-config';
import { digestMail, linkOf, titleOf } from './notification-text';

const ZONE = 'Europe/Amsterdam';
export const DIGEST_HOUR = 7;

/** A digest is due when it is past 07:00 and none was sent yet today. */
export function digestDue(lastDigestAt: Date | null, now: Date): boolean {
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  if (local.hour < DIGEST_HOUR) return false;
  return !lastDigestAt || DateTime.fromJSDate(lastDigestAt, { zone: ZONE }).toISODate()! < local.toISODate()!;
}

/** Puts due digests in the outbox; returns how many. */
export async function enqueueDigests(db: Db, now = new Date()): Promise<number> {
  if (!mailConfig()) return 0;
  const waiting = await db.selectDistinct({ userId: notifications.userId }).from(notifications).where(eq(notifications.mail, 'digest'));
  let queued = 0;
  for (const { userId } of waiting) {
    const done = await db.transaction(async (tx) => {
      const [s] = await tx.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)).for('update');
      if (!s || !digestDue(s.lastDigestAt, now)) return false;
      const items = await tx
        .select({ n: notifications, org: organisations.name })
        .from(notifications)
        .innerJoin(organisations, eq(organisations.id, notifications.orgId))
        .where(and(eq(notifications.userId, userId), eq(notifications.mail, 'digest')))
        .orderBy(asc(notifications.createdAt));
      if (!items.length) return false;
      const [person] = await tx.select().from(users).where(eq(users.id, userId));
      if (!person) return false;
      const lang = person.locale === 'en' ? 'en' : 'nl';
      const text = digestMail(lang, {
        name: person.name,
        orgs: [...new Set(items.map((i) => i.org))].join(', '),
        items: items.map(({ n }) => {
          const kind = n.kind as NotificationKind;
          return { title: titleOf(lang, kind, n.params), link: linkOf(kind, n.postId, n.params), at: n.createdAt };
        }),
      });
      // About one organisation it names it, as a single mail does; across several, its notices say which it holds
      // (withdraw-mail.ts takes it back when the person leaves one of them).
      const orgIds = new Set(items.map(({ n }) => n.orgId));
      const [queued] = await tx
        .insert(mailOutbox)
        .values({ userId, orgId: orgIds.size === 1 ? items[0]!.n.orgId : null, toAddress: person.email, lang, ...text })
        .returning({ id: mailOutbox.id });
      await tx
        .update(notifications)
        .set({ mail: 'digested', digestMailId: queued!.id })
        .where(
          inArray(
            notifications.id,
            items.map(({ n }) => n.id),
          ),
        );
      await tx.update(notificationSettings).set({ lastDigestAt: now }).where(eq(notificationSettings.userId, userId));
      return true;
    });
    if (done) queued++;
  }
  return queued;
}
