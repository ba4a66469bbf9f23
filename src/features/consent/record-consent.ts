// Records a consent a person gave: for one channel (or all), one purpose, a period of whole days,
// optionally with the signed form uploaded before.
import { and, eq } from 'drizzle-orm';
import type { Consent, CreateConsentInput } from '../../contracts/consent';
import { channels, consentFiles, consents } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Authorized } from '../org-scope';
import { endOfDay, startOfDay } from './consent-period';
import { consentQuery, consentView } from './consent-view';
import { findPerson } from './people';

export async function recordConsent(scope: Authorized<'consent.manage'>, personId: string, input: CreateConsentInput): Promise<Consent> {
  const person = await findPerson(scope, personId);
  if (input.channelId) {
    const [channel] = await scope.db
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.id, input.channelId), eq(channels.orgId, scope.orgId)));
    if (!channel) throw notFound('channel');
  }
  if (input.fileId) {
    const [file] = await scope.db
      .select({ id: consentFiles.id })
      .from(consentFiles)
      .where(and(eq(consentFiles.id, input.fileId), eq(consentFiles.personId, person.id), eq(consentFiles.orgId, scope.orgId)));
    if (!file) throw new AppError(422, 'validation_failed', {}, [{ path: 'fileId', message: 'not a form uploaded for this person' }]);
  }
  const id = await scope.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consents)
      .values({
        orgId: scope.orgId,
        personId: person.id,
        channelId: input.channelId ?? null,
        purpose: input.purpose,
        validFrom: startOfDay(input.validFrom, scope.timeZone),
        validUntil: input.validUntil ? endOfDay(input.validUntil, scope.timeZone) : null,
        fileId: input.fileId ?? null,
        recordedBy: scope.userId,
      })
      .returning({ id: consents.id });
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'consent.recorded',
      detail: { personId: person.id, consentId: row!.id, channelId: input.channelId ?? null, purpose: input.purpose },
    });
    return row!.id;
  });
  const [row] = await consentQuery(scope).where(and(eq(consents.id, id), eq(consents.orgId, scope.orgId)));
  return consentView(scope, row!);
}
