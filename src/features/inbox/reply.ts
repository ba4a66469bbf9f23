// Answering an inbox item: the text passes the privacy guard as a reply (patient confirmation,
// individual medical advice), waits for approval when the organisation wants that, and is sent
// by the engine at its time; an answer for now is sent at once, under the same lease.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { inboxSettingsOf } from '../../contracts/inbox-settings';
import type { InboxReply, InboxReplyInput } from '../../contracts/inbox';
import { adapterFor } from '../../channels/registry';
import { channels, inboxReplies, organisations } from '../../db/schema';
import { scanText } from '../../guard/scan-text';
import type { GuardResult } from '../../guard/types';
import { type Lang, translate } from '../../i18n/messages';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import { orgGuardSettings } from '../guard/check-post';
import { guardBlocks } from '../guard/guard-blocks';
import { notify } from '../notifications/notify';
import type { Authorized, OrgScope } from '../org-scope';
import { findItem, replyViews } from './item-view';
import { answerWindow, lastMessageAt } from './message-window';
import { plannedReplyTime } from './planned-reply-time';
import { lockItem, privateReplyRefused, privateReplyState } from './private-reply';
import type { InboxDeps } from './poll-channels';
import { chainFor, replyHash, replyProgress } from './reply-approval';
import { claimDueReplies, sendClaimedReply } from './send-replies';

/** The guard on an answer; the organisation's own phone number (the inbox setting templates fill in) is never a private one. */
export async function checkReplyText(scope: OrgScope, text: string): Promise<GuardResult> {
  const [guard, [org]] = await Promise.all([
    orgGuardSettings(scope),
    scope.db.select({ settings: organisations.inboxSettings }).from(organisations).where(eq(organisations.id, scope.orgId)),
  ]);
  const phone = inboxSettingsOf(org?.settings).phone;
  const settings = phone ? { ...guard, allow: { ...guard.allow, phones: [...(guard.allow?.phones ?? []), phone] } } : guard;
  return scanText(text, { kind: 'reply', org: settings });
}

async function view(scope: OrgScope, replyId: string): Promise<InboxReply> {
  const [row] = await scope.db
    .select({ reply: inboxReplies, channelId: sql<string>`(select channel_id from inbox_items where id = ${inboxReplies.itemId})` })
    .from(inboxReplies)
    .where(and(eq(inboxReplies.id, replyId), eq(inboxReplies.orgId, scope.orgId)));
  if (!row) throw notFound('inbox_reply');
  return (await replyViews(scope.db, scope, [row.reply], row.channelId))[0]!;
}

/** Sends a reply that is due now in this request (the worker would take it within a minute otherwise). */
async function sendIfDue(scope: OrgScope, replyId: string, deps: InboxDeps) {
  const worker = `api:${replyId}`;
  for (const claimed of await claimDueReplies(scope.db, worker, 1, replyId)) await sendClaimedReply(scope.db, claimed, worker, deps);
}

export async function createReply(
  scope: Authorized<'inbox.answer'>,
  itemId: string,
  input: InboxReplyInput,
  deps: InboxDeps,
  lang: Lang,
): Promise<{ reply: InboxReply; guard: GuardResult }> {
  const item = await findItem(scope, itemId);
  const dueAt = plannedReplyTime(input, scope.timeZone);
  const [channel] = await scope.db.select({ type: channels.type }).from(channels).where(eq(channels.id, item.channelId));
  const adapter = channel ? adapterFor(channel.type) : undefined;
  if (!adapter?.reply) throw new AppError(422, 'inbox_cannot_reply');
  // A direct message is answered in its conversation: privately, whatever the form said.
  const isMessage = item.kind === 'message';
  if (input.private && !isMessage && !adapter.privateReplies)
    throw new AppError(422, 'inbox_no_private_reply', {}, [{ path: 'private', message: 'no private answers on this network' }]);
  const window = answerWindow(adapter, item, await lastMessageAt(scope.db, item), dueAt);
  if (window?.kind === 'closed') {
    const hours = Math.round((adapter.messageWindowMs ?? 0) / 3_600_000);
    // Past the human agent's 7 days where the installation has them; past the 24 hours where it has not.
    const tagged = window.longestMs > (adapter.messageWindowMs ?? 0);
    const key = tagged ? 'inbox_message_window_closed_human_agent' : 'inbox_message_window_closed';
    const params: Record<string, number> = tagged ? { days: Math.round(window.longestMs / 86_400_000) } : { hours };
    throw new AppError(422, key, params, [{ path: input.at || input.atLocal ? 'at' : 'text', message: translate(lang, key, params) }]);
  }
  const priv = isMessage || input.private;
  // A private answer to a comment, where the network bounds it (Meta: comments only, once, within 7 days).
  const limits = priv && !isMessage ? adapter.privateReplyLimits : undefined;
  const refusePrivate = async (db: typeof scope.db) => {
    const state = await privateReplyState(db, adapter, item, dueAt);
    if (state?.unavailable)
      throw privateReplyRefused(state.unavailable, {
        planned: Boolean(input.at || input.atLocal),
        days: Math.round((limits?.withinMs ?? 0) / 86_400_000),
        lang,
      });
  };
  if (limits) await refusePrivate(scope.db);
  const guard = await checkReplyText(scope, input.text);
  if (guard.verdict === 'block') {
    guardBlocks.inc({ stage: 'reply' });
    throw new AppError(
      422,
      'guard_blocked',
      {},
      guard.findings.filter((f) => f.severity === 'block').map((f) => ({ path: 'text', message: f.message[lang] })),
    );
  }
  const [org] = await scope.db.select({ settings: organisations.inboxSettings }).from(organisations).where(eq(organisations.id, scope.orgId));
  const needsApproval = inboxSettingsOf(org?.settings).repliesNeedApproval;
  const reply = await scope.db.transaction(async (tx) => {
    // Two people answering privately at once: the second finds the first (once per comment).
    if (limits?.oncePerItem) {
      await lockItem(tx, item);
      await refusePrivate(tx);
    }
    const [row] = await tx
      .insert(inboxReplies)
      .values({
        orgId: scope.orgId,
        itemId: item.id,
        authorId: scope.userId,
        text: input.text,
        private: priv,
        status: needsApproval ? 'awaiting_approval' : 'planned',
        dueAt,
      })
      .returning();
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'inbox.reply',
      detail: {
        itemId: item.id,
        replyId: row!.id,
        private: priv,
        // How it goes out: under the item, as a private answer to a comment, or in a direct conversation.
        mode: isMessage ? 'message' : priv ? 'private_reply' : 'public',
        // A direct message answered past the network's standard window goes out as a human agent's (Meta's HUMAN_AGENT tag).
        ...(window && { window: window.kind }),
        planned: Boolean(input.at || input.atLocal),
        needsApproval,
      },
    });
    if (needsApproval) {
      const progress = replyProgress(row!, await chainFor(tx, scope.orgId, item.channelId));
      const waiting = progress.current != null ? progress.steps[progress.current]!.waitingFor : [];
      await notify(tx, { orgId: scope.orgId, kind: 'inbox_reply_approval', params: { itemId: item.id }, userIds: waiting, actorId: scope.userId });
    }
    return row!;
  });
  if (!needsApproval && dueAt.getTime() <= Date.now()) await sendIfDue(scope, reply.id, deps);
  return { reply: await view(scope, reply.id), guard };
}

export async function approveReply(scope: Authorized<'post.review'>, replyId: string, deps: InboxDeps): Promise<InboxReply> {
  const [row] = await scope.db
    .select({ reply: inboxReplies, channelId: sql<string>`(select channel_id from inbox_items where id = ${inboxReplies.itemId})` })
    .from(inboxReplies)
    .where(and(eq(inboxReplies.id, replyId), eq(inboxReplies.orgId, scope.orgId)));
  if (!row) throw notFound('inbox_reply');
  const { reply } = row;
  if (reply.status !== 'awaiting_approval') throw new AppError(409, 'inbox_reply_not_awaiting');
  if (reply.authorId === scope.userId) throw new AppError(403, 'inbox_reply_own');
  const chain = await chainFor(scope.db, scope.orgId, row.channelId);
  const progress = replyProgress(reply, chain);
  const step = progress.current;
  if (step == null || !progress.steps[step]!.waitingFor.includes(scope.userId)) throw new AppError(403, 'inbox_reply_not_your_step');
  const approvals = [...reply.approvals, { step, userId: scope.userId, contentHash: replyHash(reply.text) }];
  const done = replyProgress({ ...reply, approvals }, chain).current === null;
  await scope.db.transaction(async (tx) => {
    await tx
      .update(inboxReplies)
      .set({ approvals, ...(done && { status: 'planned' }) })
      .where(and(eq(inboxReplies.id, reply.id), eq(inboxReplies.status, 'awaiting_approval')));
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.reply_approve', detail: { replyId: reply.id, step, done } });
  });
  if (done && reply.dueAt.getTime() <= Date.now()) await sendIfDue(scope, reply.id, deps);
  return view(scope, reply.id);
}

/** Withdraws an answer that has not left yet. */
export async function cancelReply(scope: Authorized<'inbox.answer'>, replyId: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(inboxReplies)
      .where(and(eq(inboxReplies.id, replyId), eq(inboxReplies.orgId, scope.orgId), inArray(inboxReplies.status, ['awaiting_approval', 'planned', 'failed'])))
      .returning({ id: inboxReplies.id });
    if (!gone) {
      const [exists] = await tx
        .select({ id: inboxReplies.id })
        .from(inboxReplies)
        .where(and(eq(inboxReplies.id, replyId), eq(inboxReplies.orgId, scope.orgId)));
      if (!exists) throw notFound('inbox_reply');
      throw new AppError(409, 'inbox_reply_not_cancellable');
    }
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.reply_cancel', detail: { replyId } });
  });
}
