// Sends answers to inbox items at their time, once. A reply is claimed with a lease (status
// "sending", FOR UPDATE SKIP LOCKED) before the network is called. A send that may have reached
// the network without our knowing — an unknown outcome (a timeout, an error after the request
// left), or a worker that died while sending — is never resent blindly nor dropped: as with posts
// (publishing's unknown → unconfirmed → reconcile), the reply becomes "unconfirmed" and the next
// turns settle it by reading the network (the adapter's findReply: found → sent, absent → sent
// now: Bluesky reads the record key derived from the reply id, Mastodon the replies to the status
// answered), or, for an adapter that cannot read, by resending where the network deduplicates
// (idempotent). Where neither is possible a person is asked to look: an answer given up for good
// (failed, or unconfirmed after every check) is told to the item's assignee, else the people on
// duty (the bell, and mail as they chose). Nothing leaves while
// the organisation is in crisis mode.
import { and, eq, sql } from 'drizzle-orm';
import { adapterFor } from '../../channels/registry';
import type { InboundItem } from '../../channels/reading';
import type { Db } from '../../db/client';
import { channels, inboxItems, inboxReplies } from '../../db/schema';
import { log } from '../../log/logger';
import { markChannelProblem, throttleChannel } from '../publishing/engine-steps';
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from '../publishing/retry-policy';
import { notify } from '../notifications/notify';
import { peopleOnDuty } from './duty-rota';
import { lastMessageAt } from './message-window';
import type { InboxDeps } from './poll-channels';

interface Claimed {
  id: string;
  /** An earlier send may have reached the network (its worker died, or its outcome was unknown). */
  takenOver: boolean;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Due planned replies, unconfirmed ones due for a check, and replies whose sender's lease ran out; `only`: just this reply (reply now). */
export async function claimDueReplies(db: Db, worker: string, limit = 20, only?: string): Promise<Claimed[]> {
  const result = await db.execute(sql`
    WITH due AS (
      SELECT r.id, r.status <> 'planned' AS taken_over FROM inbox_replies r
      WHERE (((r.status = 'planned' OR r.status = 'unconfirmed') AND r.due_at <= now()) OR (r.status = 'sending' AND r.lease_expires_at < now()))
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

export type SendResult = 'sent' | 'retry' | 'unconfirmed' | 'failed' | 'lost';

type Mine = ReturnType<typeof and>;

/** Sent: stored with the network's id; the first answer counts for the response time and the item then waits for the person. */
async function markSent(db: Db, mine: Mine, itemId: string, outcome: { externalId: string; externalUrl: string | null }): Promise<SendResult> {
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
    await tx
      .update(inboxItems)
      .set({
        firstResponseAt: sql`coalesce(${inboxItems.firstResponseAt}, now())`,
        state: sql`case when ${inboxItems.state} = 'open' then 'waiting' else ${inboxItems.state} end`,
        updatedAt: sql`now()`,
      })
      .where(eq(inboxItems.id, itemId));
    return true;
  });
  return done ? 'sent' : 'lost';
}

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
  /** Given up for good: the person the item is assigned to (else the people on duty) hears of it, with the mark. */
  const fail = async (reason: string) => {
    await db.transaction(async (tx) => {
      const [failed] = await tx
        .update(inboxReplies)
        .set({ status: 'failed', failure: reason, leaseOwner: null, leaseExpiresAt: null })
        .where(mine)
        .returning({ id: inboxReplies.id });
      if (!failed) return;
      const userIds = item.assigneeId ? [item.assigneeId] : (await peopleOnDuty(tx, item.orgId)).userIds;
      await notify(tx, {
        orgId: item.orgId,
        kind: 'inbox_reply_failed',
        params: { itemId: item.id, replyId: reply.id, channel: channel.name, unconfirmed: reason === 'system:unconfirmed' ? 'yes' : 'no' },
        userIds,
      });
    });
    return 'failed' as const;
  };
  if (!adapter?.reply) return fail('system:cannot_reply');
  const request = {
    settings: channel.settings,
    credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null,
    net: deps.net,
    replyId: reply.id,
    to: {
      externalId: item.externalId,
      threadExternalId: item.threadKey,
      authorHandle: item.authorHandle,
      kind: item.kind as InboundItem['kind'],
      parentExternalId: item.parentExternalId,
      authorExternalId: item.authorExternalId,
      // A direct message's answer window runs from the person's last message (the adapter refuses outside it).
      lastMessageAt: (await lastMessageAt(db, item))?.toISOString(),
      // A private answer to a comment may be bounded in time from the comment (Meta: 7 days).
      writtenAt: item.writtenAt.toISOString(),
    },
    text: reply.text,
    private: reply.private,
  };
  /** Stays unconfirmed and is looked at again later; after MAX_ATTEMPTS a person is asked. */
  const unconfirmed = async (reason: string) => {
    if (reply.attempts >= MAX_ATTEMPTS) return fail('system:unconfirmed');
    await db
      .update(inboxReplies)
      .set({
        status: 'unconfirmed',
        dueAt: new Date(Date.now() + retryDelayMs(reply.attempts)),
        failure: reason.slice(0, 500),
        leaseOwner: null,
        leaseExpiresAt: null,
      })
      .where(mine);
    return 'unconfirmed' as const;
  };
  if (claimed.takenOver) {
    // It may be on the network already: read before sending again.
    if (adapter.findReply) {
      const found = await adapter.findReply(request).catch((error: unknown) => error as Error);
      if (found instanceof Error) return unconfirmed(`system:unknown:${found.message}`);
      if (found) return markSent(db, mine, item.id, found);
      // Certainly absent: sending now cannot make a second copy.
    } else if (!adapter.idempotent) return fail('system:unconfirmed');
  }
  const outcome = await adapter
    .reply(request)
    .catch((error: unknown) => ({ kind: 'unknown' as const, reason: error instanceof Error ? error.message : String(error) }));
  if (outcome.kind === 'published') return markSent(db, mine, item.id, outcome);
  if (outcome.kind === 'unknown') {
    log.warn({ replyId: reply.id, channelId: channel.id }, 'inbox reply outcome unknown');
    if (!adapter.findReply && !adapter.idempotent) return fail('system:unconfirmed');
    return unconfirmed(`system:unknown:${outcome.reason}`);
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
  const tally: Record<SendResult, number> = { sent: 0, retry: 0, unconfirmed: 0, failed: 0, lost: 0 };
  for (const c of await claimDueReplies(db, worker, limit)) tally[await sendClaimedReply(db, c, worker, deps)]++;
  return tally;
}
