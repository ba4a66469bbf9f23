// Meta's Webhooks (Graph API "Webhooks": Getting Started, Event Notifications; the Page `feed` and
// `messages` fields, Instagram `comments`, `mentions` and `messages`), without I/O:
//   - the signature: X-Hub-Signature-256 is "sha256=" and the hex HMAC-SHA256 of the raw body with
//     the app secret, checked in constant time before anything is parsed;
//   - the verify token of the subscription handshake, compared in constant time;
//   - the body turned into what the inbox does with it: nudge a channel's poll (a comment on a Page
//     post or on our Instagram media, a message), record an Instagram @mention (the only way to
//     learn of one: polling cannot see mentions in other people's captions and comments), or take a
//     comment the delivery carries whole (Page `feed` item=comment verb add/edited: comment_id,
//     post_id, parent_id, message, from{id,name}, created_time; Instagram `comments`/`live_comments`:
//     id, text, from{id,username}, media{id}, parent_id) as an inbox item with the poll's ids, so
//     comments on posts older than the poll's newest 25 reach the inbox too. The page's (account's)
//     own comments are not reactions. A removed comment (verb remove) changes nothing: the inbox has
//     no "deleted" state, and what was said stays what the team saw and answered.
// Meta batches changes (entry[].changes[], entry[].messaging[]); a delivery may repeat or arrive
// out of order, so nothing here depends on order or on being seen once. What we do not know
// (another object, another field, a reaction) is ignored: Meta retries anything but a 2xx for hours.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { InboundItem } from '../reading';

export type MetaWebhookEvent =
  | { kind: 'nudge'; network: 'facebook' | 'instagram'; accountId: string }
  | { kind: 'mention'; igUserId: string; mediaId: string; commentId: string | null }
  /** A comment carried whole by the delivery; `edited`: its text was changed after it was written. */
  | { kind: 'comment'; network: 'facebook' | 'instagram'; accountId: string; edited: boolean; item: InboundItem };

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
/** Unix seconds (Meta's created_time and entry.time); a number in a string is taken too. */
const unixTime = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d{1,13}$/)
    .transform(Number),
]);
const change = z.object({ field: z.string().max(100), value: z.unknown() });
const body = z.object({
  object: z.string().max(100),
  entry: z
    .array(
      z.object({
        id: graphId,
        // When the change happened; an odd value is not a reason to refuse the delivery.
        time: unixTime.optional().catch(undefined),
        changes: z.array(change).max(MAX_MENTIONS_PER_DELIVERY).optional(),
        messaging: z.array(z.unknown()).max(MAX_MENTIONS_PER_DELIVERY).optional(),
        standby: z.array(z.unknown()).max(MAX_MENTIONS_PER_DELIVERY).optional(),
      }),
    )
    .max(MAX_MENTIONS_PER_DELIVERY),
});
const feedValue = z.object({ item: z.string().optional(), verb: z.string().optional() });
const mentionValue = z.object({ media_id: graphId, comment_id: graphId.optional() });
/** A Page comment's and post's ids: "{page}_{post}" and "{post}_{comment}" (numeric parts joined by _). */
const fbId = z.union([z.string().regex(/^\d{1,40}(_\d{1,40}){0,2}$/), z.number().int().nonnegative().transform(String)]);
const text = z.string().max(100_000);
const fbComment = z.object({
  item: z.literal('comment'),
  verb: z.enum(['add', 'edited']),
  comment_id: fbId,
  post_id: fbId,
  parent_id: fbId.optional(),
  message: text.optional(),
  from: z.object({ id: graphId, name: z.string().max(1000).optional() }).optional(),
  created_time: unixTime.optional(),
});
const igComment = z.object({
  id: graphId,
  text: text.optional(),
  from: z.object({ id: graphId, username: z.string().max(1000).optional() }).optional(),
  media: z.object({ id: graphId }),
  parent_id: graphId.optional(),
});

/** A time Meta gave in seconds (some deliveries carry milliseconds), never later than now; absent: now. */
function isoTime(at: number | undefined): string {
  const ms = at === undefined ? Date.now() : at > 1e12 ? at : at * 1000;
  return new Date(Math.min(ms, Date.now())).toISOString();
}

function facebookComment(value: z.infer<typeof fbComment>): InboundItem {
  const name = value.from?.name ?? null;
  // Facebook's parent_id is the post for a comment on it, the comment for an answer to one (as the poll's `parent`).
  const parent = value.parent_id ?? value.post_id;
  return {
    externalId: value.comment_id,
    kind: parent !== value.post_id ? 'reply' : 'comment',
    threadExternalId: value.post_id,
    parentExternalId: parent,
    author: { externalId: value.from?.id ?? '', handle: name ?? '', displayName: name },
    text: value.message ?? '',
    lang: null,
    url: `https://www.facebook.com/${value.comment_id}`,
    createdAt: isoTime(value.created_time),
  };
}

function instagramComment(value: z.infer<typeof igComment>, at: number | undefined): InboundItem {
  const handle = value.from?.username ?? '';
  return {
    externalId: value.id,
    kind: value.parent_id ? 'reply' : 'comment',
    threadExternalId: value.media.id,
    parentExternalId: value.parent_id ?? value.media.id,
    author: { externalId: value.from?.id ?? handle, handle, displayName: null },
    text: value.text ?? '',
    lang: null,
    url: null,
    // Instagram's comment event carries no time of its own: the entry's (when the change happened) stands for it.
    createdAt: isoTime(at),
  };
}

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
  const comments = new Map<string, MetaWebhookEvent>();
  const keepComment = (accountId: string, edited: boolean, item: InboundItem) => {
    // The page's (account's) own comments are not reactions.
    if (item.author.externalId === accountId) return;
    const key = `${accountId}/${item.externalId}`;
    // Several changes to one comment in a delivery: one event, the last text, edited if any change was an edit.
    const before = comments.get(key);
    const wasEdited = before?.kind === 'comment' && before.edited;
    if (before || comments.size < MAX_MENTIONS_PER_DELIVERY) comments.set(key, { kind: 'comment', network, accountId, edited: edited || wasEdited, item });
  };
  for (const entry of parsed.data.entry) {
    // Messenger and Instagram messages arrive as entry.messaging (or standby for another app's thread).
    if (entry.messaging?.length || entry.standby?.length) nudges.add(entry.id);
    for (const c of entry.changes ?? []) {
      if (network === 'facebook' && c.field === 'feed') {
        const value = feedValue.safeParse(c.value);
        if (!value.success) throw new MetaWebhookShapeError('feed change without its value');
        // A comment added or edited on a Page post; reactions, likes and the page's own posts are not read by the inbox.
        if (value.data.item === 'comment' && value.data.verb !== 'remove') nudges.add(entry.id);
        // One that names its comment is taken whole; a malformed one is refused with the delivery.
        if (value.data.item === 'comment' && (value.data.verb === 'add' || value.data.verb === 'edited') && hasKey(c.value, 'comment_id')) {
          const comment = fbComment.safeParse(c.value);
          if (!comment.success) throw new MetaWebhookShapeError('feed comment malformed');
          keepComment(entry.id, comment.data.verb === 'edited', facebookComment(comment.data));
        }
      } else if (network === 'instagram' && (c.field === 'comments' || c.field === 'live_comments')) {
        nudges.add(entry.id);
        const comment = igComment.safeParse(c.value);
        if (!comment.success) throw new MetaWebhookShapeError('comment without its id or media');
        keepComment(entry.id, false, instagramComment(comment.data, entry.time));
      } else if (c.field === 'messages') {
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
  return [...[...nudges].map((accountId): MetaWebhookEvent => ({ kind: 'nudge', network, accountId })), ...mentions.values(), ...comments.values()];
}

const hasKey = (value: unknown, key: string) => typeof value === 'object' && value !== null && key in value;
