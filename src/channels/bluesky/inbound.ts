// Reactions to the account for the inbox: replies, mentions and quotes, read from
// app.bsky.notification.listNotifications (the AppView, through the account's PDS).
//
// Notifications come newest first, ordered by their `indexedAt` (the AppView's sort time). A call
// pages down until it reaches what the previous call saw, marked in our cursor: the newest
// sort time seen, and the items seen within OVERLAP of it, because a record that arrives late
// with an earlier creation time sorts below newer ones and would otherwise be stepped over. At
// most INBOUND_PAGING.maxPages pages per call; a longer backlog is handed out over the following calls (the
// cursor remembers where to go on). Items are keyed by their at:// URI; a repeat of an item
// (beyond MAX_SEEN, or after an invalid cursor) is harmless to an idempotent store.
import { createHash } from 'node:crypto';
import type { AppBskyFeedPost, AppBskyNotificationListNotifications } from '@atproto/api';
import { log } from '../../log/logger';
import type { ChannelAccess, InboundItem, InboundPage } from '../reading';
import { parseAtUri, postUrl } from './records';
import { withReadSession } from './read-session';

/** listNotifications answers at most 100 per page; 10 pages per call bound one call's work. */
export const INBOUND_PAGING = { pageSize: 100, maxPages: 10 };
const OVERLAP_MS = 10 * 60_000;
const MAX_SEEN = 500;
const REASONS = ['reply', 'quote', 'mention'] as const;
type Reason = (typeof REASONS)[number];

/** Where the previous calls got to: the newest sort time seen and the items seen near it. */
interface Mark {
  /** Epoch ms of the newest notification seen. */
  at: number;
  /** Short hashes of the URIs seen with a sort time within OVERLAP_MS of `at`. */
  seen: string[];
}

interface CursorState {
  v: 1;
  mark: Mark | null;
  /** A backlog still being paged: the AppView's cursor, and the mark to keep once it is done. */
  resume?: { page: string; next: Mark | null };
}

function seenKey(uri: string): string {
  return createHash('sha256').update(uri).digest('base64url').slice(0, 12);
}

function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

function decodeCursor(cursor: string | null): CursorState {
  if (!cursor) return { v: 1, mark: null };
  try {
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorState;
    if (state?.v === 1 && (state.mark === null || (Number.isFinite(state.mark.at) && Array.isArray(state.mark.seen)))) return state;
  } catch {
    // fall through
  }
  log.warn('bluesky inbound cursor not understood; reading from the newest notification again');
  return { v: 1, mark: null };
}

type Notification = AppBskyNotificationListNotifications.Notification;

function quotedUri(embed: AppBskyFeedPost.Record['embed']): string | null {
  if (!embed || typeof embed !== 'object') return null;
  const e = embed as { $type?: string; record?: { uri?: string; record?: { uri?: string } } };
  if (e.$type === 'app.bsky.embed.record') return e.record?.uri ?? null;
  if (e.$type === 'app.bsky.embed.recordWithMedia') return e.record?.record?.uri ?? null;
  return null;
}

function isoOr(value: unknown, fallback: string): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return new Date(Number.isNaN(time) ? Date.parse(fallback) : time).toISOString();
}

/** The inbox item of one notification, or null when it is not a reply, mention or quote. */
export function inboundItemOf(n: Notification): InboundItem | null {
  if (!(REASONS as readonly string[]).includes(n.reason)) return null;
  const record = n.record as Partial<AppBskyFeedPost.Record>;
  if (typeof record?.text !== 'string') return null;
  const replyRef = record.reply;
  const quoted = n.reason === 'quote' ? quotedUri(record.embed) : null;
  return {
    externalId: n.uri,
    kind: n.reason as Reason,
    // A reply belongs to the thread of its root; a mention or quote starts its own (unless it is itself a reply).
    threadExternalId: replyRef?.root?.uri ?? n.uri,
    // What it answers directly: the post replied to, or for a quote the post quoted.
    parentExternalId: quoted ?? replyRef?.parent?.uri ?? null,
    author: { externalId: n.author.did, handle: n.author.handle, displayName: n.author.displayName?.trim() || null },
    text: record.text,
    lang: record.langs?.[0] ?? null,
    url: postUrl(n.author.handle, parseAtUri(n.uri).rkey),
    createdAt: isoOr(record.createdAt, n.indexedAt),
  };
}

/** One record may notify for several reasons (a reply that also mentions us): keep the strongest. */
const PRECEDENCE: Record<string, number> = { reply: 3, quote: 2, mention: 1 };

/** `paging` is for tests (small pages); the adapter uses INBOUND_PAGING. */
export async function fetchInbound(req: ChannelAccess & { cursor: string | null }, paging = INBOUND_PAGING): Promise<InboundPage> {
  const state = decodeCursor(req.cursor);
  const stop = state.mark;
  const stopSeen = new Set(stop?.seen ?? []);
  const resuming = state.resume !== undefined;

  return withReadSession(req, 'notifications', async (session) => {
    const items = new Map<string, InboundItem>();
    // Everything listed this call, for the next mark.
    const listed: { key: string; at: number }[] = [];
    let page: string | undefined = state.resume?.page;
    let done = false;
    for (let i = 0; i < paging.maxPages && !done; i++) {
      const { data } = await session.agent.app.bsky.notification.listNotifications({
        limit: paging.pageSize,
        cursor: page,
        reasons: [...REASONS],
        // Not only the accounts the organisation follows.
        priority: false,
      });
      for (const n of data.notifications) {
        const at = Date.parse(n.indexedAt);
        if (stop && at < stop.at - OVERLAP_MS) {
          done = true;
          break;
        }
        const key = seenKey(n.uri);
        listed.push({ key, at });
        if (stopSeen.has(key)) continue;
        const item = inboundItemOf(n);
        if (!item) continue;
        const earlier = items.get(item.externalId);
        if (!earlier || PRECEDENCE[item.kind]! > PRECEDENCE[earlier.kind]!) items.set(item.externalId, item);
      }
      page = data.cursor;
      if (!page) done = true;
    }

    const next = resuming ? extendMark(state.resume!.next ?? null, listed) : markOf(listed, stop);
    const cursor: CursorState = done ? { v: 1, mark: next ?? stop } : { v: 1, mark: stop, resume: { page: page!, next: next ?? stop } };
    return { items: [...items.values()], cursor: encodeCursor(cursor), more: !done };
  });
}

/** A backlog's later pages may still reach into the overlap of the mark its first call made. */
function extendMark(mark: Mark | null, listed: { key: string; at: number }[]): Mark | null {
  if (!mark) return markOf(listed, null);
  const more = listed.filter((l) => l.at >= mark.at - OVERLAP_MS).map((l) => l.key);
  return { at: mark.at, seen: [...new Set([...mark.seen, ...more])].slice(0, MAX_SEEN) };
}

/** The mark after this call: its newest sort time, and what was seen within the overlap of it. */
function markOf(listed: { key: string; at: number }[], previous: Mark | null): Mark | null {
  if (listed.length === 0) return previous;
  const at = Math.max(previous?.at ?? 0, ...listed.map((l) => l.at).filter(Number.isFinite));
  const seen = listed.filter((l) => l.at >= at - OVERLAP_MS).map((l) => l.key);
  return { at, seen: [...new Set(seen)].slice(0, MAX_SEEN) };
}
