// One-time links (password reset, invitation): 32 random bytes for the person, only a SHA-256 of
// them in the database, so a leaked table cannot be turned into working links.
import { createHash, randomBytes } from 'node:crypto';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}
