// The people of the consent register: add, list (paged by name), and one person with consents,
// signed forms and the images they are tagged in.
import { and, asc, desc, eq, ilike, ne, sql, type SQL } from 'drizzle-orm';
import type { CreatePersonInput, PeoplePage, PeopleQueryInput, PersonDetail, PersonSummary } from '../../contracts/consent';
import { channels, consentFiles, consentPeople, consents, media, mediaPeople, postVariants, takedowns } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { mediaUrl } from '../posts/post-view';
import { consentQuery, consentView } from './consent-view';

type PersonRow = typeof consentPeople.$inferSelect;

export const personNotFound = () => new AppError(404, 'not_found', { thing: '@thing_consent_person' });

export async function findPerson(scope: OrgScope, personId: string): Promise<PersonRow> {
  const [row] = await scope.db
    .select()
    .from(consentPeople)
    .where(and(eq(consentPeople.id, personId), eq(consentPeople.orgId, scope.orgId)));
  if (!row) throw personNotFound();
  return row;
}

export async function createPerson(scope: Authorized<'consent.manage'>, input: CreatePersonInput): Promise<PersonSummary> {
  return scope.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consentPeople)
      .values({ orgId: scope.orgId, name: input.name, kind: input.kind, note: input.note ?? '', createdBy: scope.userId })
      .returning();
    // The name stays out of the trail: the register is the place for it (erasable), the trail is not.
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'consent.person_added', detail: { personId: row!.id, kind: row!.kind } });
    return { id: row!.id, name: row!.name, kind: row!.kind as PersonSummary['kind'], validConsents: 0 };
  });
}

export async function listPeople(scope: Authorized<'consent.read'>, query: PeopleQueryInput): Promise<PeoplePage> {
  const filters: SQL[] = [eq(consentPeople.orgId, scope.orgId)];
  if (query.q) filters.push(ilike(consentPeople.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  // Keyset on (name, id).
  const after = query.cursor ? decodeNameCursor(query.cursor) : null;
  if (after) filters.push(sql`(${consentPeople.name}, ${consentPeople.id}) > (${after.name}, ${after.id}::uuid)`);
  const now = new Date();
  const rows = await scope.db
    .select({
      p: consentPeople,
      // Written out: in a one-table select Drizzle leaves column names unqualified, which inside
      // this subquery would name the consent's own id.
      valid: sql<number>`(select count(*)::int from consents c where c.person_id = consent_people.id and c.withdrawn_at is null
        and c.valid_from <= ${now.toISOString()}::timestamptz and (c.valid_until is null or c.valid_until > ${now.toISOString()}::timestamptz))`,
    })
    .from(consentPeople)
    .where(and(...filters))
    .orderBy(asc(consentPeople.name), asc(consentPeople.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ p, valid }) => ({ id: p.id, name: p.name, kind: p.kind as PersonSummary['kind'], validConsents: Number(valid) })),
    nextCursor: rows.length > query.limit && last ? encodeNameCursor(last.p.name, last.p.id) : null,
  };
}

// The people list pages by name, which the shared time-based cursor cannot carry: its own cursor.
function encodeNameCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id])).toString('base64url');
}
function decodeNameCursor(raw: string): { name: string; id: string } | null {
  try {
    const [name, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof name === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { name, id };
  } catch {}
  throw new AppError(422, 'validation_failed', {}, [{ path: 'cursor', message: 'expected the nextCursor of an earlier page' }]);
}

export async function getPerson(scope: Authorized<'consent.read'>, personId: string): Promise<PersonDetail> {
  const person = await findPerson(scope, personId);
  const [rows, files, tagged, open] = await Promise.all([
    consentQuery(scope)
      .where(and(eq(consents.personId, person.id), eq(consents.orgId, scope.orgId)))
      .orderBy(desc(consents.recordedAt)),
    scope.db
      .select()
      .from(consentFiles)
      .where(and(eq(consentFiles.personId, person.id), eq(consentFiles.orgId, scope.orgId)))
      .orderBy(desc(consentFiles.createdAt)),
    scope.db
      .select({ id: media.id, altText: media.altText })
      .from(mediaPeople)
      .innerJoin(media, eq(media.id, mediaPeople.mediaId))
      .where(and(eq(mediaPeople.personId, person.id), eq(mediaPeople.orgId, scope.orgId)))
      .orderBy(desc(media.createdAt))
      .limit(100),
    // Removals after a withdrawal that are not done yet (retrying) or were given up.
    scope.db
      .select({ t: takedowns, variant: postVariants, channel: { id: channels.id, name: channels.name } })
      .from(takedowns)
      .innerJoin(consents, eq(consents.id, takedowns.consentId))
      .innerJoin(postVariants, eq(postVariants.id, takedowns.variantId))
      .innerJoin(channels, eq(channels.id, postVariants.channelId))
      .where(and(eq(consents.personId, person.id), eq(takedowns.orgId, scope.orgId), ne(takedowns.status, 'done')))
      .orderBy(desc(takedowns.createdAt))
      .limit(100),
  ]);
  return {
    id: person.id,
    name: person.name,
    kind: person.kind as PersonDetail['kind'],
    note: person.note,
    consents: rows.map((r) => consentView(scope, r)),
    files: files.map((f) => ({ id: f.id, fileName: f.fileName, mimeType: f.mimeType, sizeBytes: f.sizeBytes, createdAt: f.createdAt.toISOString() })),
    media: tagged.map((m) => ({ id: m.id, altText: m.altText, url: mediaUrl(scope, m.id) })),
    takedowns: open.map(({ t, variant, channel }) => ({
      id: t.id,
      postId: variant.postId,
      variantId: variant.id,
      channel,
      externalUrl: variant.externalUrl,
      publishedAt: (variant.publishedAt ?? t.createdAt).toISOString(),
      status: t.status === 'failed' ? ('failed' as const) : ('pending' as const),
      attempts: t.attempts,
      lastError: t.lastError,
      nextAttemptAt: t.status === 'pending' ? t.nextAttemptAt.toISOString() : null,
    })),
  };
}
