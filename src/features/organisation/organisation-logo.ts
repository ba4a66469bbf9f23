// The organisation's logo: a PNG or JPEG of at most 1 MB, checked by its bytes (not its name),
// kept in organisation_logos, one per organisation. Every change is in the audit trail.
import { fileTypeFromBuffer } from 'file-type';
import { eq } from 'drizzle-orm';
import { organisationLogos } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';

export const LOGO_MAX_BYTES = 1024 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
type LogoType = (typeof LOGO_TYPES)[number];
const isLogoType = (mime: string): mime is LogoType => (LOGO_TYPES as readonly string[]).includes(mime);

export interface Logo {
  mimeType: string;
  bytes: Buffer;
  updatedAt: Date;
}

export async function setLogo(scope: Authorized<'org.manage'>, file: File | undefined): Promise<{ mimeType: LogoType; sizeBytes: number }> {
  if (!file) throw new AppError(422, 'file_missing');
  if (file.size > LOGO_MAX_BYTES) throw new AppError(413, 'logo_too_large', { size: (file.size / 1048576).toFixed(1) });
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  const mime = type?.mime ?? '';
  if (!isLogoType(mime)) throw new AppError(415, 'logo_type_refused');
  await scope.db.transaction(async (tx) => {
    const row = { orgId: scope.orgId, mimeType: mime, bytes, updatedAt: new Date() };
    await tx.insert(organisationLogos).values(row).onConflictDoUpdate({ target: organisationLogos.orgId, set: row });
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'organisation.logo_changed',
      detail: { change: 'set', mimeType: mime, sizeBytes: bytes.length },
    });
  });
  return { mimeType: mime, sizeBytes: bytes.length };
}

export async function removeLogo(scope: Authorized<'org.manage'>): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const gone = await tx.delete(organisationLogos).where(eq(organisationLogos.orgId, scope.orgId)).returning({ orgId: organisationLogos.orgId });
    if (!gone.length) throw notFound('logo');
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'organisation.logo_changed', detail: { change: 'removed' } });
  });
}

/** The logo of the scope's organisation, or undefined when it has none. */
export async function findLogo(scope: OrgScope): Promise<Logo | undefined> {
  const [row] = await scope.db
    .select({ mimeType: organisationLogos.mimeType, bytes: organisationLogos.bytes, updatedAt: organisationLogos.updatedAt })
    .from(organisationLogos)
    .where(eq(organisationLogos.orgId, scope.orgId));
  return row;
}
