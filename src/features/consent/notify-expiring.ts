// Once per consent, two weeks before it ends, the people who manage the register are told.
// The claim is one UPDATE … RETURNING, so two workers never tell twice.
import { and, gt, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { consents, organisations } from '../../db/schema';
import { notify } from '../notifications/notify';
import { lastDayOf } from './consent-period';
import { eq } from 'drizzle-orm';

export const EXPIRY_NOTICE_DAYS = 14;

export async function notifyExpiringConsents(db: Db, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + EXPIRY_NOTICE_DAYS * 86_400_000);
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(consents)
      .set({ expiryNotifiedAt: now })
      .where(and(isNull(consents.withdrawnAt), isNull(consents.expiryNotifiedAt), gt(consents.validUntil, now), lte(consents.validUntil, horizon)))
      .returning({ orgId: consents.orgId, personId: consents.personId, validUntil: consents.validUntil });
    for (const c of claimed) {
      const [org] = await tx.select({ zone: organisations.timeZone }).from(organisations).where(eq(organisations.id, c.orgId));
      await notify(tx, {
        orgId: c.orgId,
        kind: 'consent_expiring',
        permission: 'consent.manage',
        params: { personId: c.personId, date: lastDayOf(c.validUntil!, org?.zone ?? 'Europe/Amsterdam') },
      });
    }
    return claimed.length;
  });
}
