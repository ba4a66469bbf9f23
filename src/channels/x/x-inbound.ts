// Reading reactions from X and answering them (API v2, docs.x.com). Reactions are the account's
// mentions timeline, GET /2/users/:id/mentions: replies to our posts mention us, and so do quotes
// that name us; each post carries conversation_id (the root of its thread, so a thread stays
// together) and referenced_tweets (replied_to / quoted), the authors come in includes.users.
// The timeline is newest first: with since_id it pages backwards (pagination_token) down to what
// we saw. Our cursor keeps that since_id while a backlog is paged, and moves to the newest id only
// when the backlog is done, so a page stored is never stepped over. Without a cursor only the
// newest page is read (a new channel starts with recent reactions, not its past; X keeps 800).
// Rate limits: 429 with x-rate-limit-reset (epoch seconds) is kept as the retry time; the adapter's
// pace (two minutes) stays within the Basic tier's 10 mention reads per 15 minutes per user.
//
// Answers are posts with reply.in_reply_to_tweet_id. X has no idempotency key: an answer lost in
// flight is "unknown", and findReply reads our own recent posts for one replying to the item with
// the same words. Direct messages are not read or sent: the DM endpoints need the dm.read and
// dm.write scopes and an access level above Basic, so privateReplies is false for X.
import type { PublishOutcome } from '../channel-adapter';
import { apiCall, errorOutcome, retryAfterMs, TransportFailure, transportOutcome, type ApiAnswer } from '../oauth/api-call';
import { ChannelReadError, type ChannelAccess, type InboundItem, type InboundPage, type ReplyRequest } from '../reading';
import { apiBaseOf, parseCredentials } from './x-account';
import { findUrls } from './weighted-length';

const NETWORK = 'X';
/** The mentions timeline gives at most 100 posts a page. */
const PAGE = 100;
const TWEET_FIELDS = 'author_id,conversation_id,created_at,lang,referenced_tweets,in_reply_to_user_id';

interface XPost {
  id: string;
  text: string;
  author_id?: string;
  conversation_id?: string;
  created_at?: string;
  lang?: string;
  referenced_tweets?: { type: 'replied_to' | 'quoted' | 'retweeted'; id: string }[];
}
interface XUser {
  id: string;
  username: string;
  name?: string;
}

/** Where reading got to: the newest id stored, and a backlog being paged (its token and the newest id it started at). */
interface Cursor {
  v: 1;
  since: string | null;
  resume?: { token: string; newest: string };
}

function decode(cursor: string | null): Cursor {
  if (!cursor) return { v: 1, since: null };
  try {
    const c = JSON.parse(cursor) as Cursor;
    if (c?.v === 1 && (c.since === null || /^\d+$/.test(c.since))) return c;
  } catch {
    // fall through: read the newest page again (the store is idempotent)
  }
  return { v: 1, since: null };
}
const encode = (c: Cursor) => JSON.stringify(c);

function access(req: ChannelAccess): { token: string; base: string; userId: string } {
  const credentials = parseCredentials(req.credentials);
  if (!credentials) throw new ChannelReadError(`${NETWORK}: niet gekoppeld, opnieuw koppelen`, { retryable: false, channelProblem: true });
  // The leased refresh (features/channels/token-refresh.ts) renews it before this; if it has not yet, wait for it.
  if (Date.parse(credentials.expiresAt) <= Date.now())
    throw new ChannelReadError(`${NETWORK} access token expired; waiting for the refresh`, { retryable: true, retryAfterMs: 60_000 });
  return { token: credentials.accessToken, base: apiBaseOf(req.settings), userId: String(req.settings.userId ?? '') };
}

async function read(req: ChannelAccess, url: string, token: string): Promise<ApiAnswer> {
  let answer: ApiAnswer;
  try {
    answer = await apiCall(req.net, url, { token });
  } catch (error) {
    if (error instanceof TransportFailure)
      throw new ChannelReadError(`${NETWORK} could not be reached`, { retryable: error.stage !== 'refused', channelProblem: error.stage === 'refused' });
    throw error;
  }
  if (answer.status === 200) return answer;
  if (answer.status === 401)
    throw new ChannelReadError(`${NETWORK}: koppeling ingetrokken of verlopen, opnieuw koppelen`, { retryable: false, channelProblem: true });
  if (answer.status === 429) {
    const wait = retryAfterMs(answer.headers);
    throw new ChannelReadError(`${NETWORK} is rate-limiting this account`, { retryable: true, ...(wait !== undefined && { retryAfterMs: wait }) });
  }
  // 403: the app's access level does not include this endpoint; reconnecting does not change that.
  throw new ChannelReadError(`${NETWORK} answered ${answer.status}: ${String(answer.body.detail ?? answer.body.title ?? '')}`, {
    retryable: answer.status >= 500,
  });
}

function toItem(post: XPost, users: Map<string, XUser>): InboundItem {
  const replied = post.referenced_tweets?.find((r) => r.type === 'replied_to')?.id ?? null;
  const quoted = post.referenced_tweets?.find((r) => r.type === 'quoted')?.id ?? null;
  const author = users.get(post.author_id ?? '');
  return {
    externalId: post.id,
    kind: replied ? 'reply' : quoted ? 'quote' : 'mention',
    // The conversation's root: for a reply to our post, our post. A quote starts its own conversation.
    threadExternalId: post.conversation_id ?? post.id,
    parentExternalId: replied ?? quoted,
    author: { externalId: post.author_id ?? '', handle: author?.username ?? post.author_id ?? '', displayName: author?.name ?? null },
    text: post.text,
    lang: post.lang && post.lang !== 'und' && post.lang !== 'zxx' ? post.lang : null,
    url: author ? `https://x.com/${author.username}/status/${post.id}` : `https://x.com/i/web/status/${post.id}`,
    createdAt: new Date(post.created_at ?? Date.now()).toISOString(),
  };
}

export async function fetchXInbound(req: ChannelAccess & { cursor: string | null }): Promise<InboundPage> {
  const { token, base, userId } = access(req);
  const cursor = decode(req.cursor);
  const query = new URLSearchParams({
    max_results: String(PAGE),
    'tweet.fields': TWEET_FIELDS,
    expansions: 'author_id,referenced_tweets.id',
    'user.fields': 'username,name',
  });
  if (cursor.since) query.set('since_id', cursor.since);
  if (cursor.resume) query.set('pagination_token', cursor.resume.token);
  const answer = await read(req, `${base}/2/users/${encodeURIComponent(userId)}/mentions?${query}`, token);
  const posts = Array.isArray(answer.body.data) ? (answer.body.data as XPost[]) : [];
  const includes = (answer.body.includes ?? {}) as { users?: XUser[] };
  const meta = (answer.body.meta ?? {}) as { newest_id?: string; next_token?: string };
  const users = new Map((includes.users ?? []).map((u) => [u.id, u]));
  // Oldest first, as they happened; our own posts (a thread of ours mentioning us) are not reactions.
  const items = posts
    .filter((p) => p.author_id !== userId)
    .reverse()
    .map((p) => toItem(p, users));
  const newest = cursor.resume?.newest ?? meta.newest_id ?? cursor.since;
  // A first read takes the newest page only; with a mark, older pages down to it follow.
  if (cursor.since && meta.next_token) {
    return { items, cursor: encode({ v: 1, since: cursor.since, resume: { token: meta.next_token, newest: newest! } }), more: true };
  }
  return { items, cursor: newest ? encode({ v: 1, since: newest }) : req.cursor, more: false };
}

export async function replyOnX(req: ReplyRequest): Promise<PublishOutcome> {
  const credentials = parseCredentials(req.credentials);
  if (!credentials)
    return { kind: 'failed', retryable: false, channelProblem: true, reason: `${NETWORK}: niet gekoppeld, opnieuw koppelen`, code: 'grant_revoked' };
  if (req.private) return { kind: 'failed', retryable: false, reason: 'X direct messages are not available to this app (they need elevated access)' };
  if (Date.parse(credentials.expiresAt) <= Date.now())
    return { kind: 'failed', retryable: true, retryAfterMs: 60_000, reason: 'X access token expired; waiting for the refresh', code: 'session_expired' };
  const base = apiBaseOf(req.settings);
  let answer: ApiAnswer;
  try {
    answer = await apiCall(req.net, `${base}/2/tweets`, {
      method: 'POST',
      token: credentials.accessToken,
      json: { text: req.text, reply: { in_reply_to_tweet_id: req.to.externalId } },
    });
  } catch (error) {
    // Nothing deduplicates on X: an answer lost in flight is unknown, settled by findReply.
    if (error instanceof TransportFailure) return transportOutcome(NETWORK, error, false);
    throw error;
  }
  const id = (answer.body.data as { id?: string } | undefined)?.id;
  if ((answer.status === 201 || answer.status === 200) && id) {
    return { kind: 'published', externalId: id, externalUrl: `https://x.com/${String(req.settings.username ?? 'i')}/status/${id}` };
  }
  if (answer.status === 201 || answer.status === 200) return { kind: 'unknown', reason: 'X answered without a post id', code: 'no_confirmation' };
  return errorOutcome(NETWORK, answer);
}

/** Words as compared: links become t.co on X, and a reply's text may begin with the handles it answers. */
function comparable(text: string): string {
  let out = '';
  let at = 0;
  const t = text.normalize('NFC');
  for (const u of findUrls(t)) {
    out += `${t.slice(at, u.start)}<url>`;
    at = u.end;
  }
  return (out + t.slice(at))
    .replace(/^(\s*@\w+)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether an answer whose outcome was unknown is on X: among our 100 newest posts, one replying to
 * the item with the same words. Answers are settled within hours, long before 100 newer posts of ours.
 */
export async function findXReply(req: ReplyRequest): Promise<{ externalId: string; externalUrl: string | null } | null> {
  const { token, base, userId } = access(req);
  const query = new URLSearchParams({ max_results: '100', 'tweet.fields': 'referenced_tweets' });
  const answer = await read(req, `${base}/2/users/${encodeURIComponent(userId)}/tweets?${query}`, token);
  const want = comparable(req.text);
  const hit = ((answer.body.data ?? []) as XPost[]).find(
    (p) => p.referenced_tweets?.some((r) => r.type === 'replied_to' && r.id === req.to.externalId) && comparable(p.text) === want,
  );
  return hit ? { externalId: hit.id, externalUrl: `https://x.com/${String(req.settings.username ?? 'i')}/status/${hit.id}` } : null;
}
