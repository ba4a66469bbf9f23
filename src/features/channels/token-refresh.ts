// Refreshes OAuth access tokens before they expire (LinkedIn's live 60 days; X's two hours).
// Facebook and Instagram page tokens and Mastodon tokens do not expire: nothing to refresh.
// A channel is claimed with a lease like a post or a mail (FOR UPDATE SKIP LOCKED): two workers
// never refresh the same token, which matters because a refresh token may be single use — a
// second refresh with it would end the grant. A worker that dies mid-refresh loses its lease when
// it runs out and another worker takes over.
//
// A grant the network refuses (revoked, expired refresh token) marks the channel "opnieuw
// koppelen" (last_error, the code the web app translates) once; the channel is then skipped until
// someone reconnects it, so a dead grant never becomes a retry loop.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { channels } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { SecretBox } from '../secrets';
import { log } from '../../log/logger';
import type { Outbound } from '../../net/safe-fetch';
import { LinkedInError, refreshLinkedInToken, requireLinkedInConfig, type LinkedInGrant } from '../../channels/linkedin/linkedin-api';
import { GrantRevoked } from '../../channels/oauth/oauth-flow';
import { X_REFRESH_MARGIN_MS, xAdapter } from '../../channels/x/x-adapter';

/** Refresh a LinkedIn token this long before it expires. */
export const REFRESH_AHEAD_MS = 7 * 86_400_000;
export const REFRESH_LEASE_MS = 120_000;

/** The network refused the grant itself: only reconnecting helps. */
export class GrantGone extends Error {}

export type Refresher = (credentials: Record<string, unknown>, net: Outbound) => Promise<{ credentials: Record<string, unknown>; expiresAt: Date }>;

async function refreshLinkedIn(credentials: Record<string, unknown>, net: Outbound) {
  const current = credentials as unknown as LinkedInGrant;
  if (!current.refreshToken) {
    // Apps without LinkedIn's refresh-token programme: the person signs in again before day 60.
    if (new Date(current.expiresAt).getTime() <= Date.now()) throw new GrantGone('LinkedIn access token expired and there is no refresh token');
    return null;
  }
  try {
    const fresh = await refreshLinkedInToken(net, requireLinkedInConfig(), current.refreshToken);
    const next: LinkedInGrant = {
      ...fresh,
      refreshToken: fresh.refreshToken ?? current.refreshToken,
      refreshExpiresAt: fresh.refreshExpiresAt ?? current.refreshExpiresAt,
    };
    return { credentials: next as unknown as Record<string, unknown>, expiresAt: new Date(next.expiresAt) };
  } catch (error) {
    if (error instanceof LinkedInError && (error.grantGone || error.status === 400)) throw new GrantGone(`LinkedIn refused the refresh: ${error.message}`);
    throw error;
  }
}

/** X: the refresh token rotates on every use, so the answer must be stored before anyone refreshes again (the lease). */
async function refreshX(credentials: Record<string, unknown>, net: Outbound) {
  try {
    const next = await xAdapter.oauth.refresh!(credentials, { net, env: process.env });
    return { credentials: next, expiresAt: new Date(String(next.expiresAt)) };
  } catch (error) {
    if (error instanceof GrantRevoked) throw new GrantGone(error.message);
    throw error;
  }
}

type RefreshFn = (c: Record<string, unknown>, net: Outbound) => Promise<Awaited<ReturnType<Refresher>> | null>;

/** Per channel type, how its token is refreshed and how long before expiry. One line per network. */
const refreshers: Record<string, { refresh: RefreshFn; aheadMs: number }> = {
  linkedin: { refresh: refreshLinkedIn, aheadMs: REFRESH_AHEAD_MS },
  // X's access tokens live two hours; the worker runs this once a minute.
  x: { refresh: refreshX, aheadMs: X_REFRESH_MARGIN_MS },
};

export interface RefreshDeps {
  secrets: SecretBox;
  net: Outbound;
}

/** Claims channels whose token expires within REFRESH_AHEAD_MS and that no other worker holds. */
async function claimDue(db: Db, worker: string, limit: number): Promise<string[]> {
  const expiry = sql`COALESCE(token_expires_at, (settings->>'tokenExpiresAt')::timestamptz)`;
  const due = sql.join(
    Object.entries(refreshers).map(([type, r]) => sql`(type = ${type} AND ${expiry} < ${new Date(Date.now() + r.aheadMs).toISOString()}::timestamptz)`),
    sql` OR `,
  );
  const result = await db.execute(sql`
    UPDATE channels SET refresh_lease_owner = ${worker}, refresh_lease_until = now() + ${`${REFRESH_LEASE_MS} milliseconds`}::interval
    WHERE id IN (
      SELECT id FROM channels
      WHERE (${due})
        AND active AND credentials IS NOT NULL AND last_error IS NULL
        AND (refresh_lease_until IS NULL OR refresh_lease_until < now())
      ORDER BY COALESCE(token_expires_at, (settings->>'tokenExpiresAt')::timestamptz) LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

/** Refreshes what is due; answers what happened, for the log and the tests. */
export async function refreshDueTokens(db: Db, worker: string, deps: RefreshDeps, limit = 20): Promise<{ refreshed: number; revoked: number; failed: number }> {
  const tally = { refreshed: 0, revoked: 0, failed: 0 };
  for (const id of await claimDue(db, worker, limit)) {
    const mine = and(eq(channels.id, id), eq(channels.refreshLeaseOwner, worker));
    const [row] = await db.select().from(channels).where(mine);
    if (!row?.credentials) continue;
    const release = { refreshLeaseOwner: null, refreshLeaseUntil: null };
    try {
      const fresh = await refreshers[row.type]!.refresh(deps.secrets.open(row.credentials), deps.net);
      if (!fresh) {
        await db.update(channels).set(release).where(mine);
        continue;
      }
      const settings = { ...row.settings, tokenExpiresAt: fresh.expiresAt.toISOString() };
      await db
        .update(channels)
        .set({ credentials: deps.secrets.seal(fresh.credentials), settings, tokenExpiresAt: fresh.expiresAt, ...release })
        .where(mine);
      tally.refreshed++;
    } catch (error) {
      if (error instanceof GrantGone) {
        // The same coded reason the engine writes when a network refuses a post for a revoked grant.
        await db
          .update(channels)
          .set({ lastError: `system:failure:grant_revoked:${row.type}:${row.name}`, ...release })
          .where(mine);
        await recordAudit(db, { orgId: row.orgId, actorId: null, action: 'channel.grant_refused', detail: { channelId: row.id, type: row.type } });
        log.warn({ channelId: row.id, type: row.type }, 'token refresh refused: channel needs reconnecting');
        tally.revoked++;
      } else {
        // Network trouble: the lease runs out and the next round tries again, well before expiry.
        log.warn({ channelId: row.id, type: row.type, error: (error as Error).message }, 'token refresh failed, will retry');
        tally.failed++;
      }
    }
  }
  return tally;
}
