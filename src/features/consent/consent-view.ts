// One consent as the API shows it.
import { and, eq } from 'drizzle-orm';
import type { Consent } from '../../contracts/consent';
import { channels, consentPeople, consents, users } from '../../db/schema';
import type { OrgScope } from '../org-scope';
import { consentState, dayOf, lastDayOf } from './consent-period';

type ConsentRow = typeof consents.$inferSelect;

/** The consent rows selected with their channel's and recorder's names. */
export function consentQuery(scope: OrgScope) {
  return scope.db
    .select({ c: consents, channelName: channels.name, recorderName: users.name, personName: consentPeople.name })
    .from(consents)
    .innerJoin(consentPeople, eq(consentPeople.id, consents.personId))
    .leftJoin(channels, and(eq(channels.id, consents.channelId), eq(channels.orgId, consents.orgId)))
    .leftJoin(users, eq(users.id, consents.recordedBy));
}

export function consentView(
  scope: OrgScope,
  { c, channelName, recorderName }: { c: ConsentRow; channelName: string | null; recorderName: string | null },
  now = new Date(),
): Consent {
  return {
    id: c.id,
    personId: c.personId,
    channel: c.channelId ? { id: c.channelId, name: channelName ?? '' } : null,
    purpose: c.purpose as Consent['purpose'],
    validFrom: dayOf(c.validFrom, scope.timeZone),
    validUntil: c.validUntil ? lastDayOf(c.validUntil, scope.timeZone) : null,
    fileId: c.fileId,
    recordedBy: c.recordedBy ? { id: c.recordedBy, name: recorderName ?? '' } : null,
    recordedAt: c.recordedAt.toISOString(),
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    state: consentState(c, now),
  };
}
