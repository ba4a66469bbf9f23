// Reading reactions from Mastodon and answering them (docs.joinmastodon.org/methods/notifications,
// /methods/statuses). Mentions arrive as notifications (a reply to us mentions us too), and since
// Mastodon 4.5 quotes of our statuses too (type "quote", the quoting status attached, its `quote`
// naming the status quoted: entities/Notification, entities/Quote, entities/ShallowQuote; older
// instances simply have none);
// `min_id` pages forward from the cursor, oldest unseen first (the page Link rel="prev" names),
// so the engine can store a page and move the cursor to its newest id before asking for more.
// A reply's thread is its root status, found through the status context. Answers are statuses
// with in_reply_to_id and an Idempotency-Key from our reply's id; a private answer is a direct
// status (visibility "direct") that mentions the person.
import type { PublishOutcome } from '../channel-adapter';
import { apiCall, errorOutcome, retryAfterMs, TransportFailure, transportOutcome, type ApiAnswer } from '../oauth/api-call';
import { ChannelReadError, type ChannelAccess, type InboundItem, type InboundPage, type ReplyRequest } from '../reading';
import { instanceOf, parseCredentials } from './mastodon-account';
import { statusText } from './status-text';

const NETWORK = 'Mastodon';
// The largest page the notifications API gives (docs: limit, max 80).
const PAGE = 80;

export interface MastodonStatus {
  id: string;
  in_reply_to_id: string | null;
  visibility: string;
  content: string;
  language: string | null;
  url: string | null;
  uri: string;
  created_at: string;
  account: { id: string; acct: string; display_name: string };
  /** A Quote (quoted_status) or, nested deeper, a ShallowQuote (quoted_status_id); since 4.4. */
  quote?: { state?: string; quoted_status?: { id: string } | null; quoted_status_id?: string | null } | null;
}

interface MastodonNotification {
  id: string;
  type: string;
  status?: MastodonStatus | null;
}

/** Mastodon ids are decimal strings of growing size: compare by length, then text. */
const newer = (a: string, b: string) => (a.length !== b.length ? a.length > b.length : a > b);

export async function read(req: ChannelAccess, url: string, token: string): Promise<ApiAnswer> {
  let answer: ApiAnswer;
  try {
    answer = await apiCall(req.net, url, { token });
  } catch (error) {
    if (error instanceof TransportFailure) {
      throw new ChannelReadError(`${NETWORK} could not be reached`, { retryable: error.stage !== 'refused', channelProblem: error.stage === 'refused' });
    }
    throw error;
  }
  if (answer.status === 200) return answer;
  if (answer.status === 401 || answer.status === 403) {
    throw new ChannelReadError(`${NETWORK}: koppeling ingetrokken of verlopen, opnieuw koppelen`, { retryable: false, channelProblem: true });
  }
  if (answer.status === 429) {
    const wait = retryAfterMs(answer.headers);
    throw new ChannelReadError(`${NETWORK} is rate-limiting this account`, { retryable: true, ...(wait !== undefined && { retryAfterMs: wait }) });
  }
  throw new ChannelReadError(`${NETWORK} answered ${answer.status}`, { retryable: answer.status >= 500 });
}

export async function fetchMastodonInbound(req: ChannelAccess & { cursor: string | null }): Promise<InboundPage> {
  const credentials = parseCredentials(req.credentials);
  if (!credentials) throw new ChannelReadError(`${NETWORK}: niet gekoppeld, opnieuw koppelen`, { retryable: false, channelProblem: true });
  const instance = instanceOf(req.settings);
  const query = new URLSearchParams([
    ['types[]', 'mention'],
    ['types[]', 'quote'],
    ['limit', String(PAGE)],
  ]);
  // No cursor yet: the newest page, so a new channel starts with recent reactions, not its whole past.
  if (req.cursor) query.set('min_id', req.cursor);
  const answer = await read(req, `${instance}/api/v1/notifications?${query}`, credentials.accessToken);
  const notifications = Array.isArray(answer.body) ? (answer.body as MastodonNotification[]) : [];
  let cursor = req.cursor;
  for (const n of notifications) if (cursor === null || newer(n.id, cursor)) cursor = n.id;
  const roots = new Map<string, string>();
  const items: InboundItem[] = [];
  const seen = new Map<string, InboundItem>();
  // Oldest first, as they happened.
  for (const n of [...notifications].reverse()) {
    const s = n.status;
    if ((n.type !== 'mention' && n.type !== 'quote') || !s) continue;
    const quoted = n.type === 'quote' ? (s.quote?.quoted_status?.id ?? s.quote?.quoted_status_id ?? null) : null;
    const kind = s.visibility === 'direct' ? 'message' : s.in_reply_to_id ? 'reply' : n.type === 'quote' ? 'quote' : 'mention';
    // A status that quotes and mentions us notifies twice: one item, the stronger kind (as on Bluesky).
    const earlier = seen.get(s.id);
    if (earlier) {
      if (kind === 'quote' && earlier.kind === 'mention') Object.assign(earlier, { kind, parentExternalId: quoted });
      continue;
    }
    const item: InboundItem = {
      externalId: s.id,
      kind,
      // A reply belongs to its root's thread; a mention or a quote starts its own.
      threadExternalId: s.in_reply_to_id ? await rootOf(req, instance, credentials.accessToken, s, roots) : s.id,
      // What it answers directly: the status replied to, or for a quote the status quoted.
      parentExternalId: quoted ?? s.in_reply_to_id,
      author: { externalId: s.account.id, handle: s.account.acct, displayName: s.account.display_name || null },
      text: statusText(s.content),
      lang: s.language,
      url: s.url ?? s.uri ?? null,
      createdAt: new Date(s.created_at).toISOString(),
    };
    seen.set(s.id, item);
    items.push(item);
  }
  return { items, cursor };
}

/** The first status of the conversation a reply belongs to. */
async function rootOf(req: ChannelAccess, instance: string, token: string, s: MastodonStatus, known: Map<string, string>): Promise<string> {
  const parent = s.in_reply_to_id!;
  const cached = known.get(parent);
  if (cached) return cached;
  const answer = await read(req, `${instance}/api/v1/statuses/${encodeURIComponent(s.id)}/context`, token);
  const ancestors = Array.isArray(answer.body.ancestors) ? (answer.body.ancestors as { id: string }[]) : [];
  const root = ancestors[0]?.id ?? parent;
  known.set(parent, root);
  return root;
}

export async function replyOnMastodon(req: ReplyRequest): Promise<PublishOutcome> {
  const credentials = parseCredentials(req.credentials);
  if (!credentials)
    return { kind: 'failed', retryable: false, channelProblem: true, reason: `${NETWORK}: niet gekoppeld, opnieuw koppelen`, code: 'grant_revoked' };
  const instance = instanceOf(req.settings);
  // The person is mentioned, or a direct status reaches nobody and a public one no notification.
  const mention = `@${req.to.authorHandle}`;
  const status = req.text.includes(mention) ? req.text : `${mention} ${req.text}`;
  let answer: ApiAnswer;
  try {
    answer = await apiCall(req.net, `${instance}/api/v1/statuses`, {
      method: 'POST',
      token: credentials.accessToken,
      headers: { 'idempotency-key': `zorgpost:reply:${req.replyId}` },
      json: { status, in_reply_to_id: req.to.externalId, visibility: req.private ? 'direct' : 'public' },
    });
  } catch (error) {
    if (error instanceof TransportFailure) return transportOutcome(NETWORK, error, true);
    throw error;
  }
  if (answer.status === 200) {
    return { kind: 'published', externalId: String(answer.body.id), externalUrl: typeof answer.body.url === 'string' ? answer.body.url : null };
  }
  const outcome = errorOutcome(NETWORK, answer);
  // A 5xx with the Idempotency-Key: resending returns the status if it was made.
  if (outcome.kind === 'unknown') return { kind: 'failed', retryable: true, reason: outcome.reason, code: 'network_busy' };
  return outcome;
}

/** Words of a status without its mentions, for comparing what we sent with what the instance shows (it links mentions). */
const wordsOf = (text: string) =>
  text
    .replace(/@[\w.-]+(@[\w.-]+)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether an answer whose outcome was unknown is on the instance: our status among the replies to
 * the status answered, with the same words. The Idempotency-Key makes a resend safe only while the
 * instance remembers it (hours); reading settles it however long ago it was sent.
 */
export async function findMastodonReply(req: ReplyRequest): Promise<{ externalId: string; externalUrl: string | null } | null> {
  const credentials = parseCredentials(req.credentials);
  if (!credentials) throw new ChannelReadError(`${NETWORK}: niet gekoppeld, opnieuw koppelen`, { retryable: false, channelProblem: true });
  const instance = instanceOf(req.settings);
  const ours = String(req.settings.accountId ?? '');
  const answer = await read(req, `${instance}/api/v1/statuses/${encodeURIComponent(req.to.externalId)}/context`, credentials.accessToken);
  const descendants = Array.isArray(answer.body.descendants) ? (answer.body.descendants as MastodonStatus[]) : [];
  const words = wordsOf(req.text);
  const found = descendants.find((s) => s.in_reply_to_id === req.to.externalId && s.account?.id === ours && wordsOf(statusText(s.content)) === words);
  return found ? { externalId: String(found.id), externalUrl: found.url ?? null } : null;
}
