// Sends answers to inbox items at their time, once. A reply is claimed with a lease (status
// "sending", FOR UPDATE SKIP LOCKED) before the network is called; a worker that dies while
// sending loses the lease and another takes it over, which resends only where the network
// deduplicates (the adapter is idempotent: Mastodon's Idempotency-Key from the reply's id) and
// otherwise asks a person to look. Nothing leaves while the organisation is in crisis mode.
import { and, eq, sql } from 'drizzle-orm';
import { adapterFor } from '../../channels/registry';
import type { Db } from '../../db/client';
import { channels, inboxItems, inboxReplies } from '../../db/schema';
import { log } from '../../log/logger';
import { markChannelProblem, throttleChannel } from '../publishing/engine-steps';
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from '../publishing/retry-policy';
import type { InboxDeps } from './poll-channels';

interface Claimed {
  id: string;
  takenOver: boolean;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Due planned replies and replies whose sender's lease ran out; `only`: just this reply (reply now). */
export async function claimDueReplies(db: Db, worker: string, limit = 20, only?: string): Promise<Claimed[]> {
  const result = await db.execute(sql`
    WITH due AS (
      SELECT r.id, r.status = 'sending' AS taken_over FROM inbox_replies r
      WHERE ((r.status = 'planned' AND r.due_at <= now()) OR (r.status = 'sending' AND r.lease_expires_at < now()))
        AND (SELECT o.paused_at FROM organisations o WHERE o.id = r.org_id) IS NULL
        ${only ? sql`AND r.id = ${only}` : sql``}
      ORDER BY r.due_at LIMIT ${limit}
      FOR UPDATE OF r SKIP LOCKED
    )
    UPDATE inbox_replies r SET status = 'sending', lease_owner = ${worker},
      lease_expires_at = now() + ${`${LEASE_MS} milliseconds`}::interval, attempts = r.attempts + 1
    FROM due WHERE r.id = due.id
    RETURNING r.id, due.taken_over`);
  return rowsOf<{ id: string; taken_over: boolean }>(result).map((r) => ({ id: r.id, takenOver: r.taken_over }));
}

export type SendResult = 'sent' | 'retry' | 'failed' | 'lost';

export async function sendClaimedReply(db: Db, claimed: Claimed, worker: string, deps: InboxDeps): Promise<SendResult> {
  const mine = and(eq(inboxReplies.id, claimed.id), eq(inboxReplies.leaseOwner, worker));
  const [row] = await db
    .select({ reply: inboxReplies, item: inboxItems, channel: channels })
    .from(inboxReplies)
    .innerJoin(inboxItems, eq(inboxItems.id, inboxReplies.itemId))
    .innerJoin(channels, eq(channels.id, inboxItems.channelId))
    .where(mine);
  if (!row) return 'lost';
  const { reply, item, channel } = row;
  const adapter = adapterFor(channel.type);
  const fail = async (reason: string) => {
    await db.update(inboxReplies).set({ status: 'failed', failure: reason, leaseOwner: null, leaseExpiresAt: null }).where(mine);
    return 'failed' as const;
  };
  if (!adapter?.reply) return fail('system:cannot_reply');
  if (claimed.takenOver && !adapter.idempotent) return fail('system:unconfirmed');
  const outcome = await adapter
    .reply({
      settings: channel.settings,
      credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null,
      net: deps.net,
      replyId: reply.id,
      to: { externalId: item.externalId, threadExternalId: item.threadKey, authorHandle: item.authorHandle },
      text: reply.text,
      private: reply.private,
    })
    .catch((error: unknown) => ({ kind: 'unknown' as const, reason: error instanceof Error ? error.message : String(error) }));
  if (outcome.kind === 'published') {
    const done = await db.transaction(async (tx) => {
      const [sent] = await tx
        .update(inboxReplies)
        .set({
          status: 'sent',
          externalId: outcome.externalId,
          externalUrl: outcome.externalUrl,
          sentAt: sql`now()`,
          leaseOwner: null,
          leaseExpiresAt: null,
          failure: null,
        })
        .where(mine)
        .returning({ id: inboxReplies.id });
      if (!sent) return false;
      // The first answer counts for the response time; the item then waits for the person.
      await tx
        .update(inboxItems)
        .set({
          firstResponseAt: sql`coalesce(${inboxItems.firstResponseAt}, now())`,
          state: sql`case when ${inboxItems.state} = 'open' then 'waiting' else ${inboxItems.state} end`,
          updatedAt: sql`now()`,
        })
        .where(eq(inboxItems.id, item.id));
      return true;
    });
    return done ? 'sent' : 'lost';
  }
  if (outcome.kind === 'unknown') {
    log.warn({ replyId: reply.id, channelId: channel.id }, 'inbox reply outcome unknown');
    return fail(adapter.idempotent ? `system:unknown:${outcome.reason}`.slice(0, 500) : 'system:unconfirmed');
  }
  if (outcome.channelProblem) await markChannelProblem(db, channel.id, `system:failure:${outcome.code ?? 'grant_revoked'}:${channel.type}:${channel.name}`);
  if (outcome.retryable && outcome.retryAfterMs) await throttleChannel(db, channel.id, new Date(Date.now() + outcome.retryAfterMs));
  if (outcome.retryable && reply.attempts < MAX_ATTEMPTS) {
    await db
      .update(inboxReplies)
      .set({
        status: 'planned',
        dueAt: new Date(Date.now() + retryDelayMs(reply.attempts, outcome.retryAfterMs)),
        failure: outcome.reason.slice(0, 500),
        leaseOwner: null,
        leaseExpiresAt: null,
      })
      .where(mine);
    return 'retry';
  }
  return fail(outcome.reason.slice(0, 500));
}

/** One turn: sends what is due. */
export async function sendDueReplies(db: Db, worker: string, deps: InboxDeps, limit = 20): Promise<Record<SendResult, number>> {
  const tally: Record<SendResult, number> = { sent: 0, retry: 0, failed: 0, lost: 0 };
  for (const c of await claimDueReplies(db, worker, limit)) tally[await sendClaimedReply(db, c, worker, deps)]++;
  return tally;
}
