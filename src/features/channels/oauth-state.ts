// The `state` of an OAuth authorisation: a random value the network hands back on the redirect.
// Stored server-side only as a hash, bound to the person's session and organisation, usable once
// (DELETE ... RETURNING: two callbacks with the same state cannot both win) and expiring after
// ten minutes. What the callback needs later (PKCE verifier, a Mastodon instance's client secret)
// is sealed with the secrets box, never sent to the browser.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { oauthStates } from '../../db/schema';
import type { SecretBox } from '../secrets';

export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;

const hash = (state: string) => createHash('sha256').update(state).digest('hex');

export interface OAuthStateOwner {
  orgId: string;
  /** The session's token hash (SessionUser.tokenHash): another browser cannot finish the flow. */
  sessionHash: string;
}

/** A fresh state value: the adapter puts it in the authorise URL before it is stored. */
export const newOAuthState = () => randomBytes(24).toString('base64url');

export async function createOAuthState(
  db: Db,
  secrets: SecretBox,
  owner: OAuthStateOwner & { channelType: string; payload: Record<string, unknown> },
  state: string,
  now = new Date(),
): Promise<void> {
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
}

/**
 * The payload of a valid state for this session, consumed; null when unknown, used, expired or
 * another session's. The callback address is the same for every organisation (it is registered
 * with the network), so the organisation comes from the state; the caller checks the person's
 * permission in it again.
 */
export async function consumeOAuthState(
  db: Db,
  secrets: SecretBox,
  state: string,
  owner: { sessionHash: string; orgId?: string },
  now = new Date(),
): Promise<{ orgId: string; channelType: string; payload: Record<string, unknown> } | null> {
  if (!state || state.length > 200) return null;
  const [row] = await db
    .delete(oauthStates)
    .where(matching(state, owner, now))
    .returning();
  return row ? { orgId: row.orgId, channelType: row.channelType, payload: secrets.open(row.payload) } : null;
}

function matching(state: string, owner: { sessionHash: string; orgId?: string }, now: Date) {
  return and(
    eq(oauthStates.stateHash, hash(state)),
    eq(oauthStates.sessionHash, owner.sessionHash),
    owner.orgId ? eq(oauthStates.orgId, owner.orgId) : undefined,
    gt(oauthStates.expiresAt, now),
  );
}

/** The payload of a valid state of this session and organisation, left in place (the page choice screen reads it). */
export async function peekOAuthState(
  db: Db,
  secrets: SecretBox,
  state: string,
  owner: { sessionHash: string; orgId: string },
  now = new Date(),
): Promise<{ orgId: string; channelType: string; payload: Record<string, unknown> } | null> {
  if (!state || state.length > 200) return null;
  const [row] = await db
    .select()
    .from(oauthStates)
    .where(matching(state, owner, now));
  return row ? { orgId: row.orgId, channelType: row.channelType, payload: secrets.open(row.payload) } : null;
}
