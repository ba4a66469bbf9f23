// What a signed Meta webhook delivery does (src/channels/meta/webhook.ts reads it), inside the
// request and without calling the network:
//   - a comment or message on a Page or Instagram account: every active channel connected to that
//     page id / Instagram user id (in whichever organisation connected it) is read at the next worker
//     turn instead of at its adapter's pace. Only the poll's due time moves: the poll stays what reads
//     (a lost event costs at most the normal wait, a repeated one nothing); a channel being read when
//     the event comes is read again at the next turn. A channel waiting out a network's Retry-After or
//     a back-off after failures keeps waiting.
//   - an Instagram @mention: one row per channel connected to that Instagram account, read and stored
//     by the worker (webhook-mentions.ts). A repeated delivery finds its row and adds none.
// The event only ever touches the channels whose own settings name the account it came for.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { MetaWebhookEvent } from '../../channels/meta/webhook';
import type { Db } from '../../db/client';
import { channels, inboxPollState, inboxWebhookMentions } from '../../db/schema';

/** The channel setting that names the account Meta's entry.id is. */
const ACCOUNT_SETTING = { facebook: 'pageId', instagram: 'igUserId' } as const;

const connectedTo = (type: keyof typeof ACCOUNT_SETTING, accounts: string[]) =>
  and(eq(channels.type, type), eq(channels.active, true), inArray(sql<string>`${channels.settings}->>${ACCOUNT_SETTING[type]}`, accounts));

export interface WebhookTally {
  nudged: number;
  mentions: number;
}

export async function receiveMetaWebhook(db: Db, events: MetaWebhookEvent[]): Promise<WebhookTally> {
  const tally: WebhookTally = { nudged: 0, mentions: 0 };
  for (const type of ['facebook', 'instagram'] as const) {
    const accounts = events.flatMap((e) => (e.kind === 'nudge' && e.network === type ? [e.accountId] : []));
    if (!accounts.length) continue;
    const nudged = await db
      .update(inboxPollState)
      // nudged_at: a read under way when the event came ends with the channel due again (poll-channels.ts).
      .set({ nextPollAt: sql`least(${inboxPollState.nextPollAt}, now())`, nudgedAt: sql`now()` })
      .where(
        and(
          inArray(inboxPollState.channelId, db.select({ id: channels.id }).from(channels).where(connectedTo(type, accounts))),
          eq(inboxPollState.failures, 0),
          sql`(${inboxPollState.retryAfterUntil} IS NULL OR ${inboxPollState.retryAfterUntil} <= now())`,
        ),
      )
      .returning({ id: inboxPollState.channelId });
    tally.nudged += nudged.length;
  }
  const mentions = events.filter((e): e is Extract<MetaWebhookEvent, { kind: 'mention' }> => e.kind === 'mention');
  if (mentions.length) {
    const targets = await db
      .select({ id: channels.id, orgId: channels.orgId, igUserId: sql<string>`${channels.settings}->>'igUserId'` })
      .from(channels)
      .where(connectedTo('instagram', [...new Set(mentions.map((m) => m.igUserId))]));
    const rows = mentions.flatMap((m) =>
      targets.filter((c) => c.igUserId === m.igUserId).map((c) => ({ orgId: c.orgId, channelId: c.id, mediaId: m.mediaId, commentId: m.commentId ?? '' })),
    );
    if (rows.length) {
      const added = await db
        .insert(inboxWebhookMentions)
        .values(rows)
        .onConflictDoNothing({ target: [inboxWebhookMentions.channelId, inboxWebhookMentions.mediaId, inboxWebhookMentions.commentId] })
        .returning({ id: inboxWebhookMentions.id });
      tally.mentions = added.length;
    }
  }
  return tally;
}
