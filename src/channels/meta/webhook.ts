// Meta's Webhooks (Graph API "Webhooks": Getting Started, Event Notifications; the Page `feed` and
// `messages` fields, Instagram `comments`, `mentions` and `messages`), without I/O:
//   - the signature: X-Hub-Signature-256 is "sha256=" and the hex HMAC-SHA256 of the raw body with
//     the app secret, checked in constant time before anything is parsed;
//   - the verify token of the subscription handshake, compared in constant time;
//   - the body turned into what the inbox does with it: nudge a channel's poll (a comment on a Page
//     post or on our Instagram media, a message), or record an Instagram @mention (the only way to
//     learn of one: polling cannot see mentions in other people's captions and comments).
// Meta batches changes (entry[].changes[], entry[].messaging[]); a delivery may repeat or arrive
// out of order, so nothing here depends on order or on being seen once. What we do not know
// (another object, another field, a reaction) is ignored: Meta retries anything but a 2xx for hours.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export type MetaWebhookEvent =
  | { kind: 'nudge'; network: 'facebook' | 'instagram'; accountId: string }
  | { kind: 'mention'; igUserId: string; mediaId: string; commentId: string | null };

/** At most this many mentions are taken from one delivery (Meta batches up to 1,000 changes). */
export const MAX_MENTIONS_PER_DELIVERY = 1000;

/** True when `header` is "sha256=<hex>" of the HMAC-SHA256 of exactly these bytes with `appSecret`. */
export function validSignature(raw: Uint8Array, header: string | undefined, appSecret: string): boolean {
  const m = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '');
  if (!m) return false;
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return timingSafeEqual(expected, Buffer.from(m[1]!, 'hex'));
}

/** The handshake's verify token against ours, in constant time (hashes: equal lengths whatever was sent). */
export function sameToken(given: string, ours: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(given), h(ours));
}

/** Meta's ids are numeric strings (some sent as numbers). */
const graphId = z.union([z.string().regex(/^\d{1,40}$/), z.number().int().nonnegative().transform(String)]);
const change = z.object({ field: z.string().max(100), value: z.unknown() });
const body = z.object({
  object: z.string().max(100),
  entry: z
    .array(
      z.object({
        id: graphId,
        changes: z.array(change).max(MAX_MENTIONS_PER_DELIVERY).optional(),
        messaging: z.array(z.unknown()).max(MAX_MENTIONS_PER_DELIVERY).optional(),
        standby: z.array(z.unknown()).max(MAX_MENTIONS_PER_DELIVERY).optional(),
      }),
    )
    .max(MAX_MENTIONS_PER_DELIVERY),
});
const feedValue = z.object({ item: z.string().optional(), verb: z.string().optional() });
const mentionValue = z.object({ media_id: graphId, comment_id: graphId.optional() });

export class MetaWebhookShapeError extends Error {}

/**
 * What a (signed, parsed) delivery asks of us. Throws MetaWebhookShapeError when the body is not a
 * Meta delivery at all or a field we act on is malformed (nothing of it is then done).
 */
export function metaWebhookEvents(json: unknown): MetaWebhookEvent[] {
  const parsed = body.safeParse(json);
  if (!parsed.success) throw new MetaWebhookShapeError('not a Meta webhook delivery');
  const network = parsed.data.object === 'page' ? 'facebook' : parsed.data.object === 'instagram' ? 'instagram' : null;
  if (!network) return [];
  const nudges = new Set<string>();
  const mentions = new Map<string, MetaWebhookEvent>();
  for (const entry of parsed.data.entry) {
    // Messenger and Instagram messages arrive as entry.messaging (or standby for another app's thread).
    if (entry.messaging?.length || entry.standby?.length) nudges.add(entry.id);
    for (const c of entry.changes ?? []) {
      if (network === 'facebook' && c.field === 'feed') {
        const value = feedValue.safeParse(c.value);
        if (!value.success) throw new MetaWebhookShapeError('feed change without its value');
        // A comment added or edited on a Page post; reactions, likes and the page's own posts are not read by the inbox.
        if (value.data.item === 'comment' && value.data.verb !== 'remove') nudges.add(entry.id);
      } else if (c.field === 'messages' || (network === 'instagram' && (c.field === 'comments' || c.field === 'live_comments'))) {
        nudges.add(entry.id);
      } else if (network === 'instagram' && c.field === 'mentions') {
        const value = mentionValue.safeParse(c.value);
        if (!value.success) throw new MetaWebhookShapeError('mention without its media id');
        const commentId = value.data.comment_id ?? null;
        const key = `${entry.id}/${value.data.media_id}/${commentId ?? ''}`;
        if (mentions.size < MAX_MENTIONS_PER_DELIVERY) mentions.set(key, { kind: 'mention', igUserId: entry.id, mediaId: value.data.media_id, commentId });
      }
    }
  }
  return [...[...nudges].map((accountId): MetaWebhookEvent => ({ kind: 'nudge', network, accountId })), ...mentions.values()];
}
