// Signed consent forms: checked by their bytes (PDF or an image), encrypted with the installation's
// secret key and written owner-only into the data folder, so a copied folder without the key
// reveals no signatures. Row after file, file removed when the row fails: nothing half-stored.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { and, eq } from 'drizzle-orm';
import type { ConsentFile } from '../../contracts/consent';
import { consentFiles } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import type { SecretBox } from '../secrets';
import { findPerson } from './people';

export const FORM_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Forms live beside the media folder: <data>/consent-forms/<org>/<uuid>. */
export const formsDir = (mediaDir: string) => path.join(path.dirname(mediaDir), 'consent-forms');

export async function storeConsentFile(
  scope: Authorized<'consent.manage'>,
  personId: string,
  file: File | undefined,
  opts: { mediaDir: string; maxBytes: number; secrets: SecretBox },
): Promise<ConsentFile> {
  const person = await findPerson(scope, personId);
  if (!file) throw new AppError(422, 'file_missing');
  if (file.size > opts.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new AppError(413, 'file_too_large', { size: mb(file.size), max: mb(opts.maxBytes) });
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !FORM_TYPES.includes(type.mime)) throw new AppError(415, 'consent_form_type_refused');
  const storageKey = path.join(scope.orgId, randomUUID());
  const target = path.join(formsDir(opts.mediaDir), storageKey);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  await writeFile(target, opts.secrets.sealBytes(bytes), { mode: 0o600 });
  try {
    return await scope.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(consentFiles)
        .values({
          orgId: scope.orgId,
          personId: person.id,
          fileName: formName(file.name),
          mimeType: type.mime,
          sizeBytes: bytes.length,
          storageKey,
          uploadedBy: scope.userId,
        })
        .returning();
      await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'consent.form_uploaded', detail: { personId: person.id, fileId: row!.id } });
      return { id: row!.id, fileName: row!.fileName, mimeType: row!.mimeType, sizeBytes: row!.sizeBytes, createdAt: row!.createdAt.toISOString() };
    });
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
}

export async function readConsentFile(
  scope: Authorized<'consent.manage'>,
  fileId: string,
  opts: { mediaDir: string; secrets: SecretBox },
): Promise<{ bytes: Buffer; mimeType: string; fileName: string }> {
  const [row] = await scope.db
    .select()
    .from(consentFiles)
    .where(and(eq(consentFiles.id, fileId), eq(consentFiles.orgId, scope.orgId)));
  if (!row) throw new AppError(404, 'not_found', { thing: '@thing_consent_file' });
  const sealed = await readFile(path.join(formsDir(opts.mediaDir), row.storageKey));
  return { bytes: opts.secrets.openBytes(sealed), mimeType: row.mimeType, fileName: row.fileName };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The uploaded file's own name, as a label: no folders, no control characters. */
function formName(name: string): string {
  return path.basename(name).replace(CONTROL, '').slice(0, 200) || 'formulier';
}
