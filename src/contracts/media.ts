import { z } from '@hono/zod-openapi';
import { CursorParam, hasUnstorableText, Uuid } from './common';

export const MediaSchema = z
  .object({
    id: Uuid,
    fileName: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    altText: z.string(),
    url: z.string(),
    createdAt: z.iso.datetime(),
    /** The uploader said the image shows people (the guard reminds when nobody is tagged). */
    showsPeople: z.boolean(),
    /** As shown (a turned JPEG counts turned); null for files stored before they were measured. */
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    /** Videos: the duration in milliseconds. */
    durationMs: z.number().int().nullable(),
    /** The people of the consent register tagged in it (in lists and on upload). */
    people: z.array(z.object({ id: Uuid, name: z.string() })).optional(),
  })
  .openapi('Media');
export type Media = z.infer<typeof MediaSchema>;

export const MEDIA_PAGE_MAX = 500;
export const MediaListQuery = z.object({
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(MEDIA_PAGE_MAX).optional(),
});
export type MediaListInput = z.infer<typeof MediaListQuery>;

export const MediaPageSchema = z
  .object({
    /** Newest first. */
    items: z.array(MediaSchema),
    /** Pass as `cursor` for the next page; null when this page is the last. */
    nextCursor: z.string().nullable(),
  })
  .openapi('MediaPage');

export const AltText = z
  .string()
  .trim()
  .min(1, 'alt text is required')
  .max(1000)
  .refine((s) => !hasUnstorableText(s), 'contains U+0000 or a lone surrogate');

/** multipart/form-data: `file` (JPEG, PNG, GIF or WebP image, MP4 or QuickTime video) and `altText`; optionally `showsPeople`
 *  ("true") and `personIds` (comma-separated ids from the consent register). */
export const UploadMediaBody = z
  .object({
    file: z.any().openapi({ type: 'string', format: 'binary' }),
    altText: AltText,
    showsPeople: z.enum(['true', 'false']).optional(),
    personIds: z.string().max(2000).optional(),
  })
  .openapi('UploadMediaBody');

export const UpdateMediaBody = z.object({ altText: AltText }).openapi('UpdateMediaBody');
