// Every /api request body is limited before it is read: a Content-Length over the limit is refused
// at once, and a streamed (chunked) body is counted while it arrives and refused when it passes
// the limit. Media uploads have their own, larger limit (MEDIA_MAX_BYTES) on their route.
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../features/errors';
import type { AppEnv } from '../env';

const MEDIA_UPLOAD = /^\/api\/orgs\/[^/]+\/media\/?$/;

export const apiBodyLimit = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'POST' && MEDIA_UPLOAD.test(c.req.path)) return next();
  const max = c.get('deps').config.API_BODY_MAX_BYTES;
  return bodyLimit({
    maxSize: max,
    onError: () => {
      throw new AppError(413, 'body_too_large', { max: Math.floor(max / 1024) });
    },
  })(c, next);
});
