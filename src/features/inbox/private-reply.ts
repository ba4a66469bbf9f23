// A private answer to a public item (a comment answered with a direct message to its writer), where
// the network bounds it (the adapter's `privateReplyLimits`; Meta's Private Replies: comments only,
// within 7 days of the comment, one per comment). Checked when an answer is made (a clear 422 naming
// why), again under a lock on the item when it is stored (two people answering at once make one),
// and shown by the conversation view so the screen offers it only while it can go out.
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { ReadingCapabilities } from '../../channels/channel-adapter';
import type { InboundItem } from '../../channels/reading';
import type { Db } from '../../db/client';
import { inboxReplies, type inboxItems } from '../../db/schema';
import { AppError } from '../errors';
import { type Lang, translate } from '../../i18n/messages';

type Item = Pick<typeof inboxItems.$inferSelect, 'id' | 'orgId' | 'kind' | 'writtenAt'>;

/** Why a private answer cannot go out: this kind of item has none, the time has passed, or the one allowed is taken. */
export type PrivateReplyUnavailable = 'kind' | 'window' | 'used';

export interface PrivateReplyState {
  /** Until when it can go out; null: no time limit (or none at all for this kind). */
  until: Date | null;
  unavailable: PrivateReplyUnavailable | null;
}

/** An earlier private answer that is sent or on its way — or that the network refused as one too many. */
async function taken(db: Db, item: Item): Promise<boolean> {
  const [row] = await db
    .select({ id: inboxReplies.id })
    .from(inboxReplies)
    .where(
      and(
        eq(inboxReplies.orgId, item.orgId),
        eq(inboxReplies.itemId, item.id),
        eq(inboxReplies.private, true),
        or(ne(inboxReplies.status, 'failed'), eq(inboxReplies.failure, 'system:private_reply_used')),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Whether a private answer to this item can go out at `at`; null where the network has none or the item is a direct message. */
export async function privateReplyState(
  db: Db,
  adapter: Pick<ReadingCapabilities, 'privateReplies' | 'privateReplyLimits'>,
  item: Item,
  at = new Date(),
): Promise<PrivateReplyState | null> {
  if (!adapter.privateReplies || item.kind === 'message') return null;
  const limits = adapter.privateReplyLimits;
  if (!limits) return { until: null, unavailable: null };
  if (!limits.kinds.includes(item.kind as InboundItem['kind'])) return { until: null, unavailable: 'kind' };
  const until = new Date(item.writtenAt.getTime() + limits.withinMs);
  if (limits.oncePerItem && (await taken(db, item))) return { until, unavailable: 'used' };
  return { until, unavailable: at.getTime() > until.getTime() ? 'window' : null };
}

/** Locks the item's row until the transaction ends: two private answers to it are decided one after the other. */
export async function lockItem(db: Db, item: Item): Promise<void> {
  await db.execute(sql`SELECT id FROM inbox_items WHERE id = ${item.id} AND org_id = ${item.orgId} FOR UPDATE`);
}

const KEYS = {
  kind: 'inbox_private_reply_kind',
  window: 'inbox_private_reply_window_closed',
  used: 'inbox_private_reply_used',
} as const;

/** The 422 that names why (in the person's language), on the field to change. */
export function privateReplyRefused(why: PrivateReplyUnavailable, opts: { planned: boolean; days: number; lang: Lang }): AppError {
  const params = { days: opts.days };
  return new AppError(422, KEYS[why], params, [
    { path: why === 'window' && opts.planned ? 'at' : 'private', message: translate(opts.lang, KEYS[why], params) },
  ]);
}
