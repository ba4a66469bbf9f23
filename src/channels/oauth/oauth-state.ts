// The `state` of an OAuth authorisation: a random value the network hands back on the redirect.
// Stored server-side only as a hash, bound to the person's session and organisation, usable once
// (DELETE ... RETURNING: two callbacks with the same state cannot both win) and expiring after
// ten minutes. What the callback needs later (PKCE verifier, a Mastodon instance's client secret)
// is sealed with the secrets box, never sent to the browser.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { oauthStates } from '../../db/schema';
import type { SecretBox } from '../../features/secrets';

export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;

const hash = (state: string) => createHash('sha256').update(state).digest('hex');

export interface OAuthStateOwner {
  orgId: string;
  /** The session's token hash (SessionUser.tokenHash): another browser cannot finish the flow. */
  sessionHash: string;
}

export async function createOAuthState(
  db: Db,
  secrets: SecretBox,
  owner: OAuthStateOwner & { channelType: string; payload: Record<string, unknown> },
  now = new Date(),
): Promise<string> {
  const state = randomBytes(24).toString('base64url');
  // Expired states of anyone are useless: cleaned up here rather than by a timer.
  await db.delete(oauthStates).where(lt(oauthStates.expiresAt, now));
  await db.insert(oauthStates).values({
    stateHash: hash(state),
    orgId: owner.orgId,
    sessionHash: owner.sessionHash,
    channelType: owner.channelType,
    payload: secrets.seal(owner.payload),
    expiresAt: new Date(now.getTime() + OAUTH_STATE_TTL_MS),
  });
  return state;
}

/** The payload of a valid state for this session and organisation, consumed; null when unknown, used, expired or someone else's. */
export async function consumeOAuthState(
  db: Db,
  secrets: SecretBox,
  state: string,
  owner: OAuthStateOwner,
  now = new Date(),
): Promise<{ channelType: string; payload: Record<string, unknown> } | null> {
  if (!state || state.length > 200) return null;
  const [row] = await db
    .delete(oauthStates)
    .where(
      and(
        eq(oauthStates.stateHash, hash(state)),
        eq(oauthStates.orgId, owner.orgId),
        eq(oauthStates.sessionHash, owner.sessionHash),
        gt(oauthStates.expiresAt, now),
      ),
    )
    .returning();
  return row ? { channelType: row.channelType, payload: secrets.open(row.payload) } : null;
}
