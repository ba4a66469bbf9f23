// Reads the Instagram @mentions Meta's webhook announced (meta-webhook.ts) and stores each as an
// inbox item of kind `mention` through the ordinary store path (triage, sentiment, response
// targets, crisis announcement, question-hour queue), once per channel and network id. Each row is
// claimed with a lease (FOR UPDATE SKIP LOCKED: two workers never read the same one; a dead worker's
// row is taken over when its lease runs out), and the item is stored and the row closed in one
// transaction that first checks the lease is still ours. A passing failure is tried again after a
// growing wait (the network's own wait when it names one), at most MAX_MENTION_ATTEMPTS times; a
// refusal that no retry cures (the mention is gone, a permission is missing) closes the row as
// failed at once. Closed rows are forgotten after a month: a delivery replayed later is read again
// and stored nothing new (the item is unique per channel and network id).
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { readInstagramMention } from '../../channels/instagram/instagram-mentions';
import { ChannelReadError } from '../../channels/reading';
import type { Db } from '../../db/client';
import { channels, inboxWebhookMentions } from '../../db/schema';
import { log } from '../../log/logger';
import { markChannelProblem } from '../publishing/engine-steps';
import { retryDelayMs } from '../publishing/retry-policy';
import { collectQuestions } from '../qa/queue';
import { announceCrisis } from './announce-crisis';
import type { InboxDeps } from './poll-channels';
import { loadOrgTargets } from './response-targets';
import { storeInbound } from './store-inbound';

export const MAX_MENTION_ATTEMPTS = 6;
const LEASE_MS = 60_000;
const BATCH = 20;
const KEEP_CLOSED_DAYS = 30;

type Claimed = { id: string; org_id: string; channel_id: string; media_id: string; comment_id: string; attempts: number };
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export async function claimWebhookMentions(db: Db, worker: string, limit = BATCH): Promise<Claimed[]> {
  return rowsOf<Claimed>(
    await db.execute(sql`
      UPDATE inbox_webhook_mentions SET lease_owner = ${worker}, lease_expires_at = now() + ${`${LEASE_MS} milliseconds`}::interval
      WHERE id IN (
        SELECT id FROM inbox_webhook_mentions
        WHERE status = 'pending' AND next_attempt_at <= now() AND (lease_expires_at IS NULL OR lease_expires_at < now())
        ORDER BY next_attempt_at LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, org_id, channel_id, media_id, comment_id, attempts`),
  );
}

class LeaseLost extends Error {}

export interface MentionTally {
  /** Read and closed (stored, or nothing left to store: the mention is gone or is our own). */
  done: number;
  retried: number;
  failed: number;
}

async function readOne(db: Db, row: Claimed, worker: string, deps: InboxDeps): Promise<'done' | 'retried' | 'failed' | 'lost'> {
  const mine = and(eq(inboxWebhookMentions.id, row.id), eq(inboxWebhookMentions.leaseOwner, worker));
  const [channel] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.id, row.channel_id), eq(channels.orgId, row.org_id)));
  try {
    if (!channel?.active || channel.type !== 'instagram') throw new ChannelReadError('the channel is no longer connected', { retryable: false });
    const item = await readInstagramMention({
      settings: channel.settings,
      credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null,
      net: deps.net,
      mediaId: row.media_id,
      commentId: row.comment_id || null,
    });
    const org = await loadOrgTargets(db, channel.orgId);
    await db.transaction(async (tx) => {
      const [held] = await tx
        .select({ id: inboxWebhookMentions.id })
        .from(inboxWebhookMentions)
        .where(and(mine, sql`${inboxWebhookMentions.leaseExpiresAt} > now()`))
        .for('update');
      if (!held) throw new LeaseLost();
      const stored = item ? await storeInbound(tx, channel, [item], org) : [];
      await announceCrisis(tx, { itemIds: stored.filter((s) => s.urgent).map((s) => s.id) });
      await collectQuestions(tx, { channelId: channel.id, itemIds: stored.map((s) => s.id) });
      await tx
        .update(inboxWebhookMentions)
        .set({ status: 'done', doneAt: sql`now()`, attempts: row.attempts + 1, lastError: null, leaseOwner: null, leaseExpiresAt: null })
        .where(mine);
    });
    return 'done';
  } catch (error) {
    if (error instanceof LeaseLost) return 'lost';
    const read = error instanceof ChannelReadError ? error : null;
    if (read?.opts.channelProblem && channel) await markChannelProblem(db, channel.id, `system:failure:grant_revoked:${channel.type}:${channel.name}`);
    const attempts = row.attempts + 1;
    const giveUp = (read !== null && !read.opts.retryable) || attempts >= MAX_MENTION_ATTEMPTS;
    await db
      .update(inboxWebhookMentions)
      .set({
        status: giveUp ? 'failed' : 'pending',
        attempts,
        doneAt: giveUp ? sql`now()` : null,
        nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts, read?.opts.retryAfterMs)),
        lastError: ((error as Error).message ?? String(error)).slice(0, 500),
        leaseOwner: null,
        leaseExpiresAt: null,
      })
      .where(mine);
    log.warn({ mentionId: row.id, channelId: row.channel_id, attempts, gaveUp: giveUp }, 'instagram mention could not be read');
    return giveUp ? 'failed' : 'retried';
  }
}

/** One turn: reads the announced mentions that are due, and forgets closed rows older than a month. */
export async function readWebhookMentions(db: Db, worker: string, deps: InboxDeps, limit = BATCH): Promise<MentionTally> {
  const tally: MentionTally = { done: 0, retried: 0, failed: 0 };
  for (const row of await claimWebhookMentions(db, worker, limit)) {
    const outcome = await readOne(db, row, worker, deps);
    if (outcome !== 'lost') tally[outcome]++;
  }
  await db
    .delete(inboxWebhookMentions)
    .where(
      and(inArray(inboxWebhookMentions.status, ['done', 'failed']), lt(inboxWebhookMentions.doneAt, new Date(Date.now() - KEEP_CLOSED_DAYS * 86_400_000))),
    );
  return tally;
}
