// The answer window of direct messages: a network that has one (Meta: 24 hours after the person's
// last message, `messageWindowMs`) takes a standard answer only inside it. The person's last
// message is the newest one of theirs in the conversation as read into the inbox.
import { and, eq, max } from 'drizzle-orm';
import type { ReadingCapabilities } from '../../channels/channel-adapter';
import type { Db } from '../../db/client';
import { inboxItems } from '../../db/schema';

type Item = Pick<typeof inboxItems.$inferSelect, 'orgId' | 'channelId' | 'threadKey' | 'authorExternalId' | 'kind'>;

/** When the item's author last wrote in its conversation (null: not a direct message). */
export async function lastMessageAt(db: Db, item: Item): Promise<Date | null> {
  if (item.kind !== 'message') return null;
  const [row] = await db
    .select({ at: max(inboxItems.writtenAt) })
    .from(inboxItems)
    .where(
      and(
        eq(inboxItems.orgId, item.orgId),
        eq(inboxItems.channelId, item.channelId),
        eq(inboxItems.threadKey, item.threadKey),
        eq(inboxItems.kind, 'message'),
        eq(inboxItems.authorExternalId, item.authorExternalId),
      ),
    );
  return row?.at ? new Date(row.at) : null;
}

/** Whether an answer at `at` falls outside the network's window (never for a network without one, or an item that is no message). */
export function outsideWindow(adapter: Pick<ReadingCapabilities, 'messageWindowMs'>, item: Pick<Item, 'kind'>, last: Date | null, at: Date): boolean {
  if (item.kind !== 'message' || !adapter.messageWindowMs) return false;
  return !last || at.getTime() > last.getTime() + adapter.messageWindowMs;
}
