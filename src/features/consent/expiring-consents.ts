// Consents that end within the coming days (not withdrawn), soonest first.
import { and, asc, eq, gt, isNull, lte } from 'drizzle-orm';
import type { ExpiringList } from '../../contracts/consent';
import { consents } from '../../db/schema';
import type { Authorized } from '../org-scope';
import { consentQuery, consentView } from './consent-view';

export const EXPIRING_LIST_MAX = 200;

export async function expiringConsents(scope: Authorized<'consent.read'>, days: number, now = new Date()): Promise<ExpiringList> {
  const until = new Date(now.getTime() + days * 86_400_000);
  const rows = await consentQuery(scope)
    .where(and(eq(consents.orgId, scope.orgId), isNull(consents.withdrawnAt), gt(consents.validUntil, now), lte(consents.validUntil, until)))
    .orderBy(asc(consents.validUntil), asc(consents.id))
    .limit(EXPIRING_LIST_MAX + 1);
  return {
    items: rows.slice(0, EXPIRING_LIST_MAX).map((r) => ({ consent: consentView(scope, r, now), person: { id: r.c.personId, name: r.personName } })),
    more: rows.length > EXPIRING_LIST_MAX,
  };
}
