// Stores an uploaded image or video on local disk after checking what it really is (by its bytes,
// not its name) and how big it is; its width, height and (video) duration are read from the bytes
// for the networks' limits. The row is written only after the file, so nothing half-stored.
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import { MEDIA_PAGE_MAX, type Media, type MediaListInput } from '../../contracts/media';
import { media } from '../../db/schema';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { mediaUrl } from '../posts/post-view';
import { ImageStructureError, stripImageMetadata } from './strip-metadata';
import { imageFacts, stripVideoMetadata, videoFacts } from './media-facts';
import type { TagMediaInput } from '../../contracts/consent';
import { tagsOf, writeTags } from '../consent/tag-media';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
/** MP4 and QuickTime: what every network with video takes (X, Mastodon, LinkedIn, Facebook, Instagram Reels). */
export const VIDEO_TYPES = ['video/mp4', 'video/quicktime'];

type MediaRow = typeof media.$inferSelect;

export function mediaView(scope: OrgScope, m: MediaRow): Media {
  return {
    id: m.id,
    fileName: m.fileName,
    mimeType: m.mimeType,
    sizeBytes: m.sizeBytes,
    altText: m.altText,
    url: mediaUrl(scope, m.id),
    createdAt: m.createdAt.toISOString(),
    showsPeople: m.showsPeople,
    width: m.width,
    height: m.height,
    durationMs: m.durationMs,
  };
}

export async function storeMedia(
  scope: Authorized<'media.write'>,
  input: { file: File | undefined; altText: string; people?: TagMediaInput },
  opts: { mediaDir: string; maxBytes: number; maxVideoBytes?: number },
): Promise<Media> {
  const file = input.file;
  if (!file) throw new AppError(422, 'file_missing');
  const maxVideo = opts.maxVideoBytes ?? opts.maxBytes;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  if (file.size > Math.max(opts.maxBytes, maxVideo))
    throw new AppError(413, 'file_too_large', { size: mb(file.size), max: mb(Math.max(opts.maxBytes, maxVideo)) });
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  const video = !!type && VIDEO_TYPES.includes(type.mime);
  if (!type || (!video && !IMAGE_TYPES.includes(type.mime))) throw new AppError(415, 'file_type_refused');
  // Images and videos have their own limits (MEDIA_MAX_BYTES, MEDIA_VIDEO_MAX_BYTES).
  const max = video ? maxVideo : opts.maxBytes;
  if (file.size > max) throw new AppError(413, video ? 'video_too_large' : 'file_too_large', { size: mb(file.size), max: mb(max) });
  const facts = video ? videoFacts(bytes) : imageFacts(bytes, type.mime);
  if (!facts) throw new AppError(422, video ? 'video_unreadable' : 'image_unreadable');
  const clean = video ? stripVideoMetadata(bytes) : withoutMetadata(bytes, type.mime);

  const storageKey = path.join(scope.orgId, `${randomUUID()}.${type.ext}`);
  const target = path.join(opts.mediaDir, storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, clean);
  try {
    // The image and who it shows are stored together: a refused tag stores no image.
    return await scope.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(media)
        .values({
          orgId: scope.orgId,
          fileName: storableName(file.name),
          mimeType: type.mime,
          sizeBytes: clean.length,
          width: facts.width,
          height: facts.height,
          durationMs: facts.durationMs ?? null,
          altText: input.altText,
          storageKey,
          createdBy: scope.userId,
        })
        .returning();
      if (input.people) await writeTags(tx, scope, row!.id, input.people);
      const people = input.people ? ((await tagsOf({ ...scope, db: tx }, [row!.id])).get(row!.id) ?? []) : [];
      return { ...mediaView(scope, row!), showsPeople: Boolean(input.people?.showsPeople) || people.length > 0, people };
    });
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
}

/** The image without its metadata (EXIF, XMP, text chunks, comments): it would leave unchecked. */
function withoutMetadata(bytes: Buffer, mime: string): Buffer {
  try {
    return stripImageMetadata(bytes, mime);
  } catch (error) {
    if (error instanceof ImageStructureError) throw new AppError(422, 'image_unreadable');
    throw error;
  }
}

export async function findMedia(scope: Authorized<'media.read'>, mediaId: string): Promise<MediaRow> {
  const [row] = await scope.db
    .select()
    .from(media)
    .where(and(eq(media.id, mediaId), eq(media.orgId, scope.orgId)));
  if (!row) throw notFound('media');
  return row;
}

/** The statement for one page of images after the cursor, newest first. Exported for the query-plan test. */
export function mediaPageQuery(scope: OrgScope, cursor: { at: string | null; id: string } | null, limit: number) {
  const filters: SQL[] = [eq(media.orgId, scope.orgId)];
  if (cursor?.at) filters.push(sql`(${media.createdAt}, ${media.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  return scope.db
    .select({ m: media, at: sql<string>`to_char(${media.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
    .from(media)
    .where(and(...filters))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
}

/** One page of the organisation's images, newest first (keyset on created_at, id). */
export async function listMedia(scope: Authorized<'media.read'>, query: MediaListInput = {}): Promise<{ items: Media[]; nextCursor: string | null }> {
  const size = query.limit ?? MEDIA_PAGE_MAX;
  const rows = await mediaPageQuery(scope, query.cursor ? decodeCursor(query.cursor) : null, size + 1);
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  const tags = await tagsOf(
    scope,
    page.map(({ m }) => m.id),
  );
  return {
    items: page.map(({ m }) => ({ ...mediaView(scope, m), people: tags.get(m.id) ?? [] })),
    nextCursor: rows.length > size && last ? encodeCursor({ at: last.at, id: last.m.id }) : null,
  };
}

/** The uploaded file's own name, as a label: no folders, no control characters, no half characters. */
function storableName(name: string): string {
  const clean = path
    .basename(name)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .slice(0, 200);
  return clean || 'upload';
}
