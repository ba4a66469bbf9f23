// The answer window of direct messages: a network that has one (Meta: 24 hours after the person's
// last message, `messageWindowMs`) takes a standard answer only inside it; past it, where the
// installation may (`taggedMessageWindowMs`: Meta's HUMAN_AGENT tag, 7 days), a staff member's own
// answer. The person's last message is the newest one of theirs in the conversation as read into the inbox.
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

/** The window an answer at `at` falls in: standard (the network's own), human_agent (past it, as a staff member's answer
 *  where the installation may: Meta's HUMAN_AGENT tag) or closed; `until` is when that window ends. Null: no window here. */
export interface AnswerWindow {
  kind: 'standard' | 'human_agent' | 'closed';
  until: Date | null;
  /** The longest window this installation has for the network (ms): the tagged one where allowed, else the standard. */
  longestMs: number;
}

export function answerWindow(
  adapter: Pick<ReadingCapabilities, 'messageWindowMs' | 'taggedMessageWindowMs'>,
  item: Pick<Item, 'kind'>,
  last: Date | null,
  at: Date,
): AnswerWindow | null {
  if (item.kind !== 'message' || !adapter.messageWindowMs) return null;
  const tagged = adapter.taggedMessageWindowMs?.() ?? null;
  const longestMs = Math.max(adapter.messageWindowMs, tagged ?? 0);
  if (!last) return { kind: 'closed', until: null, longestMs };
  const standard = new Date(last.getTime() + adapter.messageWindowMs);
  if (at.getTime() <= standard.getTime()) return { kind: 'standard', until: standard, longestMs };
  if (tagged && at.getTime() <= last.getTime() + tagged) return { kind: 'human_agent', until: new Date(last.getTime() + tagged), longestMs };
  return { kind: 'closed', until: new Date(last.getTime() + longestMs), longestMs };
}
