// Every /api request body is limited before it is read: a Content-Length over the limit is refused
// at once, and a streamed (chunked) body is counted while it arrives and refused when it passes
// the limit. File uploads (images, signed consent forms) have their own, larger limit
// (MEDIA_MAX_BYTES): `uploadBodyLimit` on their routes.
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../features/errors';
import { LOGO_MAX_BYTES } from '../../features/organisation/organisation-logo';
import type { AppEnv } from '../env';

const UPLOADS = [/^\/api\/orgs\/[^/]+\/media\/?$/, /^\/api\/orgs\/[^/]+\/consent\/people\/[^/]+\/files\/?$/, /^\/api\/orgs\/[^/]+\/logo\/?$/];

/** The API's limit (API_BODY_MAX_BYTES) on any body: also for a public endpoint outside /api (webhooks). */
export const apiSizedBody = createMiddleware<AppEnv>(async (c, next) => {
  const max = c.get('deps').config.API_BODY_MAX_BYTES;
  return bodyLimit({
    maxSize: max,
    onError: () => {
      throw new AppError(413, 'body_too_large', { max: Math.floor(max / 1024) });
    },
  })(c, next);
});

export const apiBodyLimit = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'POST' && UPLOADS.some((u) => u.test(c.req.path))) return next();
  return apiSizedBody(c, next);
});

/** An upload route's own limit: the file plus room for the form's other fields, enforced while reading. */
export const uploadBodyLimit = createMiddleware<AppEnv>(async (c, next) => {
  const max = c.get('deps').config.MEDIA_MAX_BYTES;
  return bodyLimit({
    maxSize: max + 64 * 1024,
    onError: () => {
      throw new AppError(413, 'file_too_large', { size: `> ${(max / 1048576).toFixed(1)}`, max: (max / 1048576).toFixed(1) });
    },
  })(c, next);
});

/** The media library's upload: images (MEDIA_MAX_BYTES) or videos (MEDIA_VIDEO_MAX_BYTES), whichever is larger. */
export const mediaBodyLimit = createMiddleware<AppEnv>(async (c, next) => {
  const { MEDIA_MAX_BYTES, MEDIA_VIDEO_MAX_BYTES } = c.get('deps').config;
  const max = Math.max(MEDIA_MAX_BYTES, MEDIA_VIDEO_MAX_BYTES);
  return bodyLimit({
    maxSize: max + 64 * 1024,
    onError: () => {
      throw new AppError(413, 'file_too_large', { size: `> ${(max / 1048576).toFixed(1)}`, max: (max / 1048576).toFixed(1) });
    },
  })(c, next);
});

/** The organisation logo's own limit (1 MB), enforced while reading like `uploadBodyLimit`. */
export const logoBodyLimit = createMiddleware<AppEnv>(async (c, next) =>
  bodyLimit({
    maxSize: LOGO_MAX_BYTES + 64 * 1024,
    onError: () => {
      throw new AppError(413, 'logo_too_large', { size: '> 1.0' });
    },
  })(c, next),
);
