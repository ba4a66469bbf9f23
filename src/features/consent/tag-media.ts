// Says who an image shows: the people of the register tagged in it, and whether it shows people
// at all (an image that does, with nobody tagged, gets a reminder from the guard).
import { and, eq, inArray } from 'drizzle-orm';
import type { MediaPeople, TagMediaInput } from '../../contracts/consent';
import { consentPeople, media, mediaPeople } from '../../db/schema';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';

/** Who an image shows (its "shows people" mark and the tagged people). */
export async function mediaPeopleOf(scope: Authorized<'media.read'>, mediaId: string): Promise<MediaPeople> {
  const [m] = await scope.db
    .select({ showsPeople: media.showsPeople })
    .from(media)
    .where(and(eq(media.id, mediaId), eq(media.orgId, scope.orgId)));
  if (!m) throw notFound('media');
  return { showsPeople: m.showsPeople, people: (await tagsOf(scope, [mediaId])).get(mediaId) ?? [] };
}

/** Replaces the image's tags; every person must belong to the organisation. */
export async function tagMedia(scope: Authorized<'media.write'>, mediaId: string, input: TagMediaInput): Promise<void> {
  const [m] = await scope.db
    .select({ id: media.id })
    .from(media)
    .where(and(eq(media.id, mediaId), eq(media.orgId, scope.orgId)));
  if (!m) throw notFound('media');
  await scope.db.transaction((tx) => writeTags(tx, scope, mediaId, input));
}

export async function writeTags(tx: Db, scope: OrgScope, mediaId: string, input: TagMediaInput): Promise<void> {
  const ids = [...new Set(input.personIds)];
  if (ids.length) {
    const found = await tx
      .select({ id: consentPeople.id })
      .from(consentPeople)
      .where(and(inArray(consentPeople.id, ids), eq(consentPeople.orgId, scope.orgId)));
    if (found.length !== ids.length)
      throw new AppError(422, 'validation_failed', {}, [{ path: 'personIds', message: 'unknown person in the consent register' }]);
  }
  await tx.delete(mediaPeople).where(and(eq(mediaPeople.mediaId, mediaId), eq(mediaPeople.orgId, scope.orgId)));
  if (ids.length) await tx.insert(mediaPeople).values(ids.map((personId) => ({ mediaId, personId, orgId: scope.orgId })));
  await tx
    .update(media)
    .set({ showsPeople: input.showsPeople || ids.length > 0 })
    .where(and(eq(media.id, mediaId), eq(media.orgId, scope.orgId)));
  await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId || null, action: 'media.tagged', detail: { mediaId, people: ids.length } });
}

/** The people tagged in each of these images. */
export async function tagsOf(scope: OrgScope, mediaIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const out = new Map<string, { id: string; name: string }[]>();
  if (!mediaIds.length) return out;
  const rows = await scope.db
    .select({ mediaId: mediaPeople.mediaId, id: consentPeople.id, name: consentPeople.name })
    .from(mediaPeople)
    .innerJoin(consentPeople, eq(consentPeople.id, mediaPeople.personId))
    .where(and(inArray(mediaPeople.mediaId, mediaIds), eq(mediaPeople.orgId, scope.orgId)))
    .orderBy(consentPeople.name);
  for (const r of rows) out.set(r.mediaId, [...(out.get(r.mediaId) ?? []), { id: r.id, name: r.name }]);
  return out;
}
