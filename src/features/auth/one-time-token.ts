// One-time links (password reset, invitation): 32 random bytes for the person, only a SHA-256 of
// them in the database, so a leaked table cannot be turned into working links.
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** Why a stored link no longer works (unknown, used, expired), as the error the person sees. */
export function assertLinkUsable(link: { usedAt: Date | null; expiresAt: Date } | undefined): void {
  if (!link) throw new AppError(404, 'link_unknown');
  if (link.usedAt) throw new AppError(410, 'link_used');
  if (link.expiresAt < new Date()) throw new AppError(410, 'link_expired');
}
