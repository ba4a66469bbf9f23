// Taking publications off their networks after a consent was withdrawn. Each removal is a row
// (migration 0018): tried at once after the withdrawal, and when the network refuses or cannot be
// reached, tried again by the worker with a lease (one worker at a time) and a growing wait, at
// most MAX_TAKEDOWN_ATTEMPTS times; then it stays "failed" on the consent screen for a person to
// remove by hand. Each attempt is in the audit trail (codes and ids, never the network's words).
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { adapterFor } from '../../channels/registry';
import type { Db } from '../../db/client';
import { channels, postVariants, takedowns } from '../../db/schema';
import type { Outbound } from '../../net/safe-fetch';
import { recordAudit } from '../audit/record-audit';
import type { SecretBox } from '../secrets';

export const MAX_TAKEDOWN_ATTEMPTS = 5;
const LEASE_MS = 2 * 60_000;
const BATCH = 20;

/** The wait before attempt n+1 after n failed ones: 1, 2, 4, 8 minutes… at most an hour. */
export const takedownDelayMs = (failed: number) => Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, failed - 1));

export interface TakedownDeps {
  secrets: SecretBox;
  net: Outbound;
}

export interface TakedownOutcome {
  id: string;
  variantId: string;
  status: 'done' | 'pending' | 'failed';
  error: string | null;
}

type Claimed = { id: string; org_id: string; consent_id: string; variant_id: string; attempts: number; requested_by: string | null };

/** Claims due removals (of one consent, or any) for this worker: a lease, so no two workers try the same. */
async function claim(db: Db, worker: string, consentId?: string): Promise<Claimed[]> {
  const onlyConsent = consentId ? sql`AND consent_id = ${consentId}::uuid` : sql``;
  const result = (await db.execute(sql`
    UPDATE takedowns SET lease_owner = ${worker}, lease_expires_at = now() + ${`${LEASE_MS} milliseconds`}::interval
    WHERE id IN (
      SELECT id FROM takedowns
      WHERE status = 'pending' AND next_attempt_at <= now() AND (lease_expires_at IS NULL OR lease_expires_at < now()) ${onlyConsent}
      ORDER BY next_attempt_at LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, org_id, consent_id, variant_id, attempts, requested_by`)) as unknown as { rows: Claimed[] };
  return result.rows;
}

async function attempt(db: Db, row: Claimed, worker: string, deps: TakedownDeps): Promise<TakedownOutcome> {
  const [target] = await db
    .select({ variant: postVariants, channel: channels })
    .from(postVariants)
    .innerJoin(channels, eq(channels.id, postVariants.channelId))
    .where(and(eq(postVariants.id, row.variant_id), eq(postVariants.orgId, row.org_id)));
  const detail = {
    postId: target?.variant.postId ?? null,
    channelId: target?.channel.id ?? null,
    consentId: row.consent_id,
    attempt: row.attempts + 1,
  };
  const mine = and(eq(takedowns.id, row.id), eq(takedowns.leaseOwner, worker));
  try {
    if (!target) throw new Error('the publication is gone');
    // Already off the network (taken down for another consent): nothing to send.
    if (!target.variant.removedAt) {
      const adapter = adapterFor(target.channel.type);
      if (!adapter) throw new Error(`no adapter for "${target.channel.type}"`);
      await adapter.remove({
        externalId: target.variant.externalId ?? target.variant.postId,
        settings: target.channel.settings,
        credentials: target.channel.credentials ? deps.secrets.open(target.channel.credentials) : null,
        net: deps.net,
      });
    }
    await db.transaction(async (tx) => {
      await tx
        .update(postVariants)
        .set({ removedAt: sql`coalesce(${postVariants.removedAt}, now())` })
        .where(and(eq(postVariants.id, row.variant_id), eq(postVariants.orgId, row.org_id)));
      await tx
        .update(takedowns)
        .set({ status: 'done', doneAt: new Date(), attempts: row.attempts + 1, leaseOwner: null, leaseExpiresAt: null, lastError: null })
        .where(mine);
      await recordAudit(tx, { orgId: row.org_id, actorId: row.requested_by, action: 'post.taken_down', detail });
    });
    return { id: row.id, variantId: row.variant_id, status: 'done', error: null };
  } catch (error) {
    const attempts = row.attempts + 1;
    const final = attempts >= MAX_TAKEDOWN_ATTEMPTS;
    // The network's own words are for the people on the consent screen (they may quote the post), not the trail.
    const message = error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
    await db.transaction(async (tx) => {
      await tx
        .update(takedowns)
        .set({
          status: final ? 'failed' : 'pending',
          attempts,
          nextAttemptAt: new Date(Date.now() + takedownDelayMs(attempts)),
          leaseOwner: null,
          leaseExpiresAt: null,
          lastError: message,
        })
        .where(mine);
      await recordAudit(tx, { orgId: row.org_id, actorId: row.requested_by, action: 'post.takedown_failed', detail: { ...detail, final } });
    });
    return { id: row.id, variantId: row.variant_id, status: final ? 'failed' : 'pending', error: message };
  }
}

/** Tries the due removals: of one consent right after its withdrawal, or all of them (the worker, once a minute). */
export async function runTakedowns(db: Db, deps: TakedownDeps, opts: { consentId?: string; worker?: string } = {}): Promise<TakedownOutcome[]> {
  const worker = opts.worker ?? `takedown-${randomUUID()}`;
  const out: TakedownOutcome[] = [];
  for (const row of await claim(db, worker, opts.consentId)) out.push(await attempt(db, row, worker, deps));
  return out;
}
