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
//   - a comment the delivery carries whole (src/channels/meta/webhook.ts): stored at once, in one
//     transaction, in every channel connected to that page or account, through the poll's own path
//     (storeInbound: triage, sentiment, targets; the crisis announcement and the question-hour queue
//     after it) and with the poll's network id, so whichever comes second stores nothing. An edit of a
//     comment already stored changes its text, triage and sentiment only while nothing answers it (an
//     answer, sent or on its way, was written to the text as it stood); an item that was urgent stays urgent,
//     and a category a person set (category_set_at) stays with its urgency and due time (a crisis the edit
//     adds still makes it urgent). A new triage's due time counts from the arrival, and a warning given for
//     the old one comes again for the new (response-targets.ts retargeted).
// The event only ever touches the channels whose own settings name the account it came for.
import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { MetaWebhookEvent } from '../../channels/meta/webhook';
import type { InboundItem } from '../../channels/reading';
import type { Db } from '../../db/client';
import { channels, inboxItems, inboxPollState, inboxReplies, inboxWebhookMentions } from '../../db/schema';
import { sentimentOf } from '../../sentiment/sentiment';
import { triageText } from '../../triage/triage';
import { collectQuestions } from '../qa/queue';
import { announceCrisis } from './announce-crisis';
import { dueTimes, loadOrgTargets, type OrgTargets, retargeted } from './response-targets';
import { storeInbound } from './store-inbound';

/** The channel setting that names the account Meta's entry.id is. */
const ACCOUNT_SETTING = { facebook: 'pageId', instagram: 'igUserId' } as const;

const connectedTo = (type: keyof typeof ACCOUNT_SETTING, accounts: string[]) =>
  and(eq(channels.type, type), eq(channels.active, true), inArray(sql<string>`${channels.settings}->>${ACCOUNT_SETTING[type]}`, accounts));

export interface WebhookTally {
  nudged: number;
  mentions: number;
  /** Comments stored as new inbox items (one per channel they reached). */
  stored: number;
  /** Stored comments whose edit changed their text. */
  edited: number;
}

type CommentEvent = Extract<MetaWebhookEvent, { kind: 'comment' }>;

export async function receiveMetaWebhook(db: Db, events: MetaWebhookEvent[]): Promise<WebhookTally> {
  const tally: WebhookTally = { nudged: 0, mentions: 0, stored: 0, edited: 0 };
  const comments = events.filter((e): e is CommentEvent => e.kind === 'comment');
  if (comments.length) Object.assign(tally, await storeComments(db, comments));
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

/** The comments a delivery carried, stored in each channel connected to their page or account (all or none). */
async function storeComments(db: Db, events: CommentEvent[]): Promise<Pick<WebhookTally, 'stored' | 'edited'>> {
  const out = { stored: 0, edited: 0 };
  const targets: { id: string; orgId: string; type: keyof typeof ACCOUNT_SETTING; account: string; username: string | null }[] = [];
  for (const type of ['facebook', 'instagram'] as const) {
    const accounts = [...new Set(events.flatMap((e) => (e.network === type ? [e.accountId] : [])))];
    if (!accounts.length) continue;
    const rows = await db
      .select({
        id: channels.id,
        orgId: channels.orgId,
        account: sql<string>`${channels.settings}->>${ACCOUNT_SETTING[type]}`,
        username: sql<string | null>`${channels.settings}->>'username'`,
      })
      .from(channels)
      .where(connectedTo(type, accounts));
    targets.push(...rows.map((r) => ({ ...r, type })));
  }
  if (!targets.length) return out;
  await db.transaction(async (tx) => {
    const orgs = new Map<string, OrgTargets>();
    for (const channel of targets) {
      const mine = events.filter(
        // Our own account's comments are not reactions (by id in the parser; Instagram's username here too).
        (e) => e.network === channel.type && e.accountId === channel.account && !(channel.username && e.item.author.handle === channel.username),
      );
      if (!mine.length) continue;
      if (!orgs.has(channel.orgId)) orgs.set(channel.orgId, await loadOrgTargets(tx, channel.orgId));
      const org = orgs.get(channel.orgId)!;
      const stored = await storeInbound(
        tx,
        channel,
        mine.map((e) => e.item),
        org,
      );
      out.stored += stored.length;
      const urgent = stored.filter((s) => s.urgent).map((s) => s.id);
      const touched = stored.map((s) => s.id);
      for (const e of mine.filter((m) => m.edited)) {
        const changed = await applyEdit(tx, channel, e.item, org);
        if (!changed) continue;
        out.edited++;
        touched.push(changed.id);
        if (changed.urgent) urgent.push(changed.id);
      }
      // The people on duty hear of a crisis at once (once per item: announceCrisis marks it).
      await announceCrisis(tx, { itemIds: urgent });
      await collectQuestions(tx, { channelId: channel.id, itemIds: touched });
    }
  });
  return out;
}

/**
 * An edited comment already in the inbox takes its new text, triage and sentiment (the triage only while no
 * person set the category) — unless something answers
 * it (sent, planned or waiting for approval) or the text is the same. Answers the row changed, if one was.
 */
async function applyEdit(db: Db, channel: { id: string; orgId: string }, item: InboundItem, org: OrgTargets) {
  const [row] = await db
    .select({
      id: inboxItems.id,
      text: inboxItems.text,
      lang: inboxItems.lang,
      urgent: inboxItems.urgent,
      receivedAt: inboxItems.receivedAt,
    })
    .from(inboxItems)
    .where(and(eq(inboxItems.orgId, channel.orgId), eq(inboxItems.channelId, channel.id), eq(inboxItems.externalId, item.externalId)));
  if (!row || row.text === item.text) return null;
  const lang = row.lang === 'nl' || row.lang === 'en' ? row.lang : undefined;
  const triage = triageText(item.text, lang);
  const mood = sentimentOf(item.text, triage.lang);
  // A person's category (and the urgency and due time that came with it) stands over the new triage,
  // except that a crisis the edit adds (the text before it was none) still makes the item urgent: the
  // person judged the old text. A crisis they dismissed that the edit keeps stays dismissed. Decided in
  // the statement (category_set_at), so a correction made meanwhile is not overwritten either.
  const crisis = (t: { urgent: boolean; category: string }) => t.urgent || t.category === 'crisis';
  const added = crisis(triage) && !crisis(triageText(row.text, lang));
  const byTriage = sql`${inboxItems.categorySetAt} IS NULL`;
  const due = dueTimes(triage.category, row.receivedAt, org);
  const [changed] = await db
    .update(inboxItems)
    .set({
      text: item.text,
      sentiment: mood.sentiment,
      sentimentScore: mood.score,
      // Never quietly less urgent: a crisis edited away is still seen.
      urgent: sql`${inboxItems.urgent} OR CASE WHEN ${byTriage} THEN ${crisis(triage)}::boolean ELSE ${added}::boolean END`,
      category: sql`CASE WHEN ${byTriage} THEN ${triage.category}::text ELSE ${inboxItems.category} END`,
      ...retargeted(due, byTriage),
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(inboxItems.id, row.id),
        eq(inboxItems.orgId, channel.orgId),
        notExists(db.select({ id: inboxReplies.id }).from(inboxReplies).where(eq(inboxReplies.itemId, inboxItems.id))),
      ),
    )
    .returning({ id: inboxItems.id, urgent: inboxItems.urgent });
  return changed ?? null;
}
