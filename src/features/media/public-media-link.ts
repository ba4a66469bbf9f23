// A public, unguessable, time-limited address of one media file, for networks that fetch images
// themselves (Instagram's image_url). The token is the media id and an expiry sealed with the
// installation's key (AES-256-GCM: authenticated, so it cannot be forged, altered or guessed);
// the file is served at /media/public/{token} until the expiry, to anyone holding the address.
import { isPublicAddress } from '../../net/public-address';
import type { SecretBox } from '../secrets';

/** Long enough for Instagram to fetch the image during one publication attempt; a retry gets a new one. */
export const PUBLIC_MEDIA_TTL_MS = 2 * 60 * 60 * 1000;

/** The public address of a file, or undefined when the installation has no public address (PUBLIC_URL). */
export function publicMediaUrl(secrets: SecretBox, publicUrl: string | undefined, mediaId: string, now = Date.now()): string | undefined {
  if (!publicUrl || !isPublicAddress(publicUrl)) return undefined;
  const token = Buffer.from(secrets.seal({ m: mediaId, e: now + PUBLIC_MEDIA_TTL_MS })).toString('base64url');
  return `${publicUrl.replace(/\/+$/, '')}/media/public/${token}`;
}

/** The media id a token names, or null when it is forged, damaged or expired. */
export function openPublicMediaToken(secrets: SecretBox, token: string, now = Date.now()): string | null {
  if (token.length > 1000) return null;
  try {
    const { m, e } = secrets.open(Buffer.from(token, 'base64url').toString('utf8')) as { m?: unknown; e?: unknown };
    return typeof m === 'string' && typeof e === 'number' && e > now ? m : null;
  } catch {
    return null;
  }
}
