// One inbox item with its conversation: the thread as read from the network, our answers in it,
// the internal notes and the templates filled in for it (the one for its category first).
// Opening it marks it read for the person.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { inboxSettingsOf } from '../../contracts/inbox-settings';
import type { InboxItemView, InboxReply } from '../../contracts/inbox';
import { adapterFor } from '../../channels/registry';
import type { Db } from '../../db/client';
import { channels, inboxItems, inboxNotes, inboxReads, inboxReplies, organisations, users } from '../../db/schema';
import { can } from '../../domain/roles';
import { renderTemplate } from '../../domain/reply-templates';
import { notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { itemColumns, itemJoins, toItem } from './item-row';
import { answerWindow, lastMessageAt } from './message-window';
import { privateReplyState } from './private-reply';
import { chainFor, replyProgress } from './reply-approval';
import { loadTemplates } from './templates';

/** The item's row, in this organisation only. */
export async function findItem(scope: OrgScope, id: string) {
  const [row] = await scope.db
    .select()
    .from(inboxItems)
    .where(and(eq(inboxItems.id, id), eq(inboxItems.orgId, scope.orgId)));
  if (!row) throw notFound('inbox_item');
  return row;
}

export async function replyViews(db: Db, scope: OrgScope, rows: (typeof inboxReplies.$inferSelect)[], channelId: string): Promise<InboxReply[]> {
  if (!rows.length) return [];
  const authorIds = [...new Set(rows.flatMap((r) => (r.authorId ? [r.authorId] : [])))];
  const names = authorIds.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, authorIds)) : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const waiting = rows.some((r) => r.status === 'awaiting_approval') ? await chainFor(db, scope.orgId, channelId) : null;
  return rows.map((r) => {
    const progress = waiting && r.status === 'awaiting_approval' ? replyProgress(r, waiting) : null;
    const waitingFor = progress?.current != null ? progress.steps[progress.current]!.waitingFor : [];
    return {
      id: r.id,
      itemId: r.itemId,
      author: r.authorId ? { id: r.authorId, name: nameOf.get(r.authorId) ?? '' } : null,
      text: r.text,
      private: r.private,
      status: r.status as InboxReply['status'],
      dueAt: r.dueAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      url: r.externalUrl,
      failure: r.failure,
      waitingFor,
      canApprove: waitingFor.includes(scope.userId) && can(scope.role, 'post.review'),
    };
  });
}

export async function inboxItemView(scope: Authorized<'inbox.read'>, id: string): Promise<InboxItemView> {
  const item = await findItem(scope, id);
  // Read from now on (before loading, so the answer shows it read).
  await scope.db.insert(inboxReads).values({ userId: scope.userId, itemId: item.id, orgId: scope.orgId }).onConflictDoNothing();
  const joins = itemJoins(scope.userId);
  const [threadRows, notes, [org], templates, [setBy]] = await Promise.all([
    scope.db
      .select(itemColumns())
      .from(inboxItems)
      .innerJoin(channels, joins.channel)
      .leftJoin(users, joins.assignee)
      .leftJoin(inboxReads, joins.read)
      .where(and(eq(inboxItems.orgId, scope.orgId), eq(inboxItems.channelId, item.channelId), eq(inboxItems.threadKey, item.threadKey)))
      .orderBy(asc(inboxItems.writtenAt), asc(inboxItems.id))
      .limit(500),
    scope.db
      .select({ note: inboxNotes, name: users.name })
      .from(inboxNotes)
      .leftJoin(users, eq(users.id, inboxNotes.authorId))
      .where(and(eq(inboxNotes.itemId, item.id), eq(inboxNotes.orgId, scope.orgId)))
      .orderBy(asc(inboxNotes.createdAt)),
    scope.db.select({ name: organisations.name, settings: organisations.inboxSettings }).from(organisations).where(eq(organisations.id, scope.orgId)),
    loadTemplates(scope.db, scope.orgId),
    item.categorySetBy ? scope.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, item.categorySetBy)) : [],
  ]);
  const thread = threadRows.map(toItem);
  const replies = await scope.db
    .select()
    .from(inboxReplies)
    .where(
      and(
        eq(inboxReplies.orgId, scope.orgId),
        inArray(
          inboxReplies.itemId,
          thread.map((t) => t.id),
        ),
      ),
    )
    .orderBy(asc(inboxReplies.createdAt));
  const settings = inboxSettingsOf(org?.settings);
  const [channel] = await scope.db.select({ type: channels.type }).from(channels).where(eq(channels.id, item.channelId));
  const adapter = channel ? adapterFor(channel.type) : undefined;
  const lang = item.lang?.startsWith('en') ? 'en' : 'nl';
  const filled = templates
    .map((t) => ({
      ...t,
      rendered: renderTemplate(t.body, {
        handle: item.authorHandle,
        name: item.authorName,
        organisation: org?.name ?? '',
        phone: settings.phone,
        region: settings.crisisRegion,
        lang: t.lang,
      }),
      suggested: t.purpose === item.category,
    }))
    // The suggestion for this category in the item's language first, then the same language, then the rest.
    .sort((a, b) => score(b) - score(a));
  function score(t: { suggested: boolean; lang: string }) {
    return (t.suggested ? 2 : 0) + (t.lang === lang ? 1 : 0);
  }
  const current = thread.find((t) => t.id === item.id)!;
  const privateReply = adapter?.reply ? await privateReplyState(scope.db, adapter, item) : null;
  const window = adapter?.reply ? answerWindow(adapter, item, await lastMessageAt(scope.db, item), new Date()) : null;
  return {
    item: current,
    thread,
    replies: await replyViews(scope.db, scope, replies, item.channelId),
    notes: notes.map((n) => ({
      id: n.note.id,
      author: n.note.authorId ? { id: n.note.authorId, name: n.name ?? '' } : null,
      body: n.note.body,
      createdAt: n.note.createdAt.toISOString(),
    })),
    templates: filled,
    canReply: Boolean(adapter?.reply),
    // Offered only while one can go out (Meta: a comment, once, within 7 days); a direct message is always answered privately.
    privateReplies: Boolean(adapter?.reply && adapter.privateReplies && !privateReply?.unavailable),
    privateReply: privateReply && { until: privateReply.until?.toISOString() ?? null, unavailable: privateReply.unavailable },
    messageWindowHours: adapter?.messageWindowMs ? Math.round(adapter.messageWindowMs / 3_600_000) : null,
    messageWindow: window && { kind: window.kind, until: window.until?.toISOString() ?? null, hours: Math.round(window.longestMs / 3_600_000) },
    repliesNeedApproval: settings.repliesNeedApproval,
    categorySetBy: setBy ?? null,
    categorySetAt: item.categorySetAt?.toISOString() ?? null,
  };
}
