// One inbox item as the API shows it, from one joined row: the list and the conversation view
// select the same columns through `itemColumns` and shape them with `toItem`.
import { and, eq, sql } from 'drizzle-orm';
import type { InboxItem } from '../../contracts/inbox';
import { channels, inboxItems, inboxReads, users } from '../../db/schema';

export const itemColumns = () => ({
  item: inboxItems,
  channelName: channels.name,
  channelType: channels.type,
  assigneeName: users.name,
  unread: sql<boolean>`${inboxReads.itemId} is null`,
  nearing: sql<boolean>`(${inboxItems.firstResponseAt} is null and ${inboxItems.state} <> 'done' and ${inboxItems.warnAt} <= now())`,
  overdue: sql<boolean>`(${inboxItems.firstResponseAt} is null and ${inboxItems.state} <> 'done' and ${inboxItems.dueAt} <= now())`,
});

/** The joins `itemColumns` needs; reads are the asking person's. */
export const itemJoins = (userId: string) => ({
  channel: eq(channels.id, inboxItems.channelId),
  assignee: eq(users.id, inboxItems.assigneeId),
  read: and(eq(inboxReads.itemId, inboxItems.id), eq(inboxReads.userId, userId)),
});

type Row = {
  item: typeof inboxItems.$inferSelect;
  channelName: string;
  channelType: string;
  assigneeName: string | null;
  unread: boolean;
  nearing: boolean;
  overdue: boolean;
};

export function toItem(r: Row): InboxItem {
  const i = r.item;
  return {
    id: i.id,
    channel: { id: i.channelId, name: r.channelName, type: r.channelType },
    kind: i.kind as InboxItem['kind'],
    author: { handle: i.authorHandle, name: i.authorName },
    text: i.text,
    attachments: i.attachments,
    lang: i.lang,
    url: i.url,
    writtenAt: i.writtenAt.toISOString(),
    receivedAt: i.receivedAt.toISOString(),
    postId: i.postId,
    category: i.category as InboxItem['category'],
    urgent: i.urgent,
    sentiment: i.sentiment as InboxItem['sentiment'],
    sentimentScore: i.sentimentScore,
    state: i.state as InboxItem['state'],
    assignee: i.assigneeId && r.assigneeName ? { id: i.assigneeId, name: r.assigneeName } : null,
    labels: i.labels,
    unread: Boolean(r.unread),
    firstResponseAt: i.firstResponseAt?.toISOString() ?? null,
    dueAt: i.dueAt?.toISOString() ?? null,
    nearingTarget: Boolean(r.nearing),
    overdue: Boolean(r.overdue),
  };
}
