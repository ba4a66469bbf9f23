// One media file at its public, expiring address (src/features/media/public-media-link.ts), for
// networks that fetch images themselves (Instagram). No session: the sealed token is the permission.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { media } from '../../db/schema';
import { openPublicMediaToken } from '../../features/media/public-media-link';
import type { AppEnv } from '../env';

export const publicMediaRoutes = new Hono<AppEnv>();

publicMediaRoutes.get('/media/public/:token{[A-Za-z0-9_-]+}', async (c) => {
  const { db, secrets, mediaDir } = c.get('deps');
  const id = openPublicMediaToken(secrets, c.req.param('token'));
  // Forged, damaged and expired tokens look the same: not found.
  const [m] = id ? await db.select().from(media).where(eq(media.id, id)) : [];
  if (!m) return c.body(null, 404, { 'cache-control': 'no-store' });
  const bytes = await readFile(path.join(mediaDir, m.storageKey));
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': m.mimeType,
    'cache-control': 'private, max-age=600',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex',
    'cross-origin-resource-policy': 'cross-origin',
  });
});
