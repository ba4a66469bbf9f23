import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from '@hono/zod-openapi';
import { hasUnstorableText, OrgIdParam, OrgItemParam } from '../../contracts/common';
import { AltText, MediaListQuery, MediaPageSchema, MediaSchema, UpdateMediaBody, UploadMediaBody } from '../../contracts/media';
import { AppError } from '../../features/errors';
import { mediaBodyLimit } from '../middleware/body-limit';
import { authorize } from '../../features/org-scope';
import { findMedia, listMedia, storeMedia } from '../../features/media/store-media';
import { updateAltText } from '../../features/media/update-alt-text';
import { translate } from '../../i18n/messages';
import { TagMediaBody, type TagMediaInput } from '../../contracts/consent';
import { json, jsonBody, route, router } from '../openapi';

export const mediaRoutes = router();

/** Who the uploaded image shows: `showsPeople` and comma-separated `personIds` (consent register). */
function peopleOf(form: Record<string, unknown>, lang: 'nl' | 'en'): TagMediaInput | undefined {
  const ids =
    typeof form.personIds === 'string'
      ? form.personIds
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  const shows = form.showsPeople === 'true';
  if (!ids.length && !shows) return undefined;
  const parsed = TagMediaBody.safeParse({ personIds: ids, showsPeople: shows });
  if (!parsed.success) throw new AppError(422, 'validation_failed', {}, [{ path: 'personIds', message: translate(lang, 'validation_failed') }]);
  return parsed.data;
}

mediaRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/media',
    tags: ['media'],
    request: { params: OrgIdParam, query: MediaListQuery },
    responses: { 200: json(MediaPageSchema, 'One page of images, newest first; follow nextCursor until it is null') },
  }),
  async (c) => c.json(await listMedia(authorize(c.get('scope'), 'media.read'), c.req.valid('query')), 200),
);

// The size limit is enforced while reading, before the whole body is in memory.
mediaRoutes.post('/api/orgs/:orgId/media', mediaBodyLimit);

mediaRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/media',
    tags: ['media'],
    request: { params: OrgIdParam },
    responses: { 201: json(MediaSchema, 'Stored'), 413: json(MediaSchema, 'Too large'), 415: json(MediaSchema, 'Not an image') },
    description: `multipart/form-data with ${Object.keys(UploadMediaBody.shape).join(' and ')}`,
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'media.write');
    const form = await c.req.parseBody().catch(() => {
      throw new AppError(400, 'file_missing');
    });
    const rawAlt = typeof form.altText === 'string' ? form.altText : '';
    if (hasUnstorableText(rawAlt))
      throw new AppError(422, 'validation_failed', {}, [{ path: 'altText', message: translate(c.get('lang'), 'text_unstorable') }]);
    const altText = AltText.safeParse(rawAlt);
    if (!altText.success) throw new AppError(422, 'alt_text_required');
    const file = form.file instanceof File ? form.file : undefined;
    const people = peopleOf(form, c.get('lang'));
    const { mediaDir, config } = c.get('deps');
    return c.json(
      await storeMedia(
        scope,
        { file, altText: altText.data, people },
        { mediaDir, maxBytes: config.MEDIA_MAX_BYTES, maxVideoBytes: config.MEDIA_VIDEO_MAX_BYTES },
      ),
      201,
    );
  },
);

mediaRoutes.openapi(
  route({
    method: 'patch',
    path: '/api/orgs/{orgId}/media/{id}',
    tags: ['media'],
    request: { params: OrgItemParam, ...jsonBody(UpdateMediaBody) },
    responses: { 200: json(MediaSchema) },
    description:
      'A new alt text is an edit of every post the image is attached to: a submitted, approved, scheduled or failed post goes back to draft and needs approval again (403 media_in_others_post when that is not yours to edit); 409 media_published when a post with the image has been (or is being) published.',
  }),
  async (c) => c.json(await updateAltText(authorize(c.get('scope'), 'media.write'), c.req.valid('param').id, c.req.valid('json').altText), 200),
);

mediaRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/media/{id}/file',
    tags: ['media'],
    request: { params: OrgItemParam },
    responses: { 200: { description: 'The image', content: { 'image/*': { schema: z.any() } } } },
  }),
  async (c) => {
    const m = await findMedia(authorize(c.get('scope'), 'media.read'), c.req.valid('param').id);
    const bytes = await readFile(path.join(c.get('deps').mediaDir, m.storageKey));
    return c.body(new Uint8Array(bytes), 200, { 'content-type': m.mimeType, 'cache-control': 'private, max-age=3600', 'x-content-type-options': 'nosniff' });
  },
);
