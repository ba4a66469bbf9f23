// Direct messages through Meta's Messenger Platform, shared by Facebook Page Messenger and
// Instagram Messaging (both answer to the page token: pages_messaging; instagram_manage_messages).
//
// Reading (Conversations API): GET /{page-id}/conversations?platform=messenger|instagram with
// updated_time, newest first, paged down to our mark; then, for each conversation updated since,
// GET /{conversation-id}/messages (id, message, from, created_time, attachments), newest first,
// paged down to the mark. Every message from someone else is an inbox item of kind `message`, its
// conversation the thread; the page's (or Instagram account's) own messages are not reactions.
// The messages have their own mark in the channel's cursor (`dm`): a channel whose grant lacks the
// messaging permission still reads its comments, and says so (`blocked: 'permissions'`).
//
// Not read: message tags, reactions (emoji on a message), the story a story reply answers (its text is
// read as a message), the content of attachments (counted, shown as "[bijlage]"), echoes of what
// was sent from Meta's own inbox (they are the page's own messages). Conversations beyond
// CONVERSATION_PAGES × 25 updated since the last read wait for Webhooks, which are not built here.
//
// Answering (Send API): POST /{page-id}/messages with recipient {id: PSID or IGSID},
// messaging_type RESPONSE and the text. Meta takes a standard answer only within 24 hours of the
// person's last message. Past them, an installation whose app Meta granted the Human Agent
// permission (META_HUMAN_AGENT) sends it with messaging_type MESSAGE_TAG and tag HUMAN_AGENT, up to
// 7 days after the person's last message: every answer here is written (or chosen) and sent by a
// person in the inbox, which is what the tag is for. Beyond that, or without the setting, we refuse
// before calling. No other tag is used.
// The Send API has no idempotency key: an unknown outcome is settled by findMessage, which reads
// the conversation for our message with the same text.
import type { PublishOutcome } from '../channel-adapter';
import { ChannelReadError, type ChannelAccess, type InboundItem, type ReadingBlocked, type ReplyRequest } from '../reading';
import { GraphError, graphCall, graphFailure, metaConfig, requireMetaConfig } from './graph';
import { advance, graphRead, graphReadError, isNew, lacksPermission, permissionOutcome, sameText, type TimeMark } from './graph-read';

/** Meta's standard messaging window: 24 hours after the person's last message. */
export const MESSAGE_WINDOW_MS = 24 * 3_600_000;
/** The HUMAN_AGENT tag's window: 7 days after the person's last message. */
export const HUMAN_AGENT_WINDOW_MS = 7 * 86_400_000;

/** How long past the person's last message a human agent's answer may go out here (null: the app lacks the permission). */
export const humanAgentWindowMs = (): number | null => (metaConfig()?.humanAgent ? HUMAN_AGENT_WINDOW_MS : null);
const CONVERSATION_PAGES = 4;
const MESSAGE_PAGES = 4;
const MESSAGE_FIELDS = 'id,message,from,created_time,attachments{id}';
/** A conversation id as Graph gives them (t_…, or Instagram's base64): it becomes part of a path. */
const GRAPH_ID = /^[A-Za-z0-9_=-]{1,200}$/;
/** Graph's answer for a message outside the window: (#10) with these subcodes (Messenger, Instagram), or 10900-ish codes. */
const OUTSIDE_WINDOW = new Set([2018278, 2534022]);

export interface MessengerAccount {
  network: 'Facebook' | 'Instagram';
  platform: 'messenger' | 'instagram';
  pageId: string;
  token: string;
  /** Our own id in the conversations (the page, or the Instagram professional account). */
  ourId: string;
}

interface GraphMessage {
  id: string;
  message?: string;
  from?: { id: string; name?: string; username?: string };
  created_time: string;
  attachments?: { data?: unknown[] };
}
interface Paged<T> {
  data: T[];
  paging?: { cursors?: { after?: string }; next?: string };
}

/** The messages written to us since `mark`, oldest first, and the mark after them. */
export async function readMessages(req: ChannelAccess, account: MessengerAccount, mark: TimeMark): Promise<{ items: InboundItem[]; mark: TimeMark }> {
  const config = requireMetaConfig();
  const get = <T>(path: string, params: Record<string, string | undefined>) =>
    graphRead(account.network, () => graphCall<T>(req.net, config, 'GET', path, { access_token: account.token, ...params }));
  const updated: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < CONVERSATION_PAGES; page++) {
    const answer = await get<Paged<{ id: string; updated_time: string }>>(`${account.pageId}/conversations`, {
      platform: account.platform,
      fields: 'id,updated_time',
      limit: '25',
      after,
    });
    // An odd answer (no list, a conversation without a time) reads as nothing, not as a failure of the whole read.
    const data = Array.isArray(answer.data) ? answer.data : [];
    const fresh = data.filter((c) => typeof c?.id === 'string' && GRAPH_ID.test(c.id) && Date.parse(c.updated_time) >= mark.at);
    updated.push(...fresh.map((c) => c.id));
    // Newest first: a page that reaches the mark is the last one needed.
    after = answer.paging?.next ? answer.paging.cursors?.after : undefined;
    if (fresh.length < data.length || !after) break;
  }
  const items: InboundItem[] = [];
  for (const conversation of updated) {
    let next: string | undefined;
    for (let page = 0; page < MESSAGE_PAGES; page++) {
      const answer = await get<Paged<GraphMessage>>(`${conversation}/messages`, { fields: MESSAGE_FIELDS, limit: '50', after: next });
      const data = Array.isArray(answer.data) ? answer.data : [];
      // A message without an id or a readable time cannot be kept once: it is left out (its time also fails isNew).
      const fresh = data.filter((m) => typeof m?.id === 'string' && isNew(mark, m.id, Date.parse(m.created_time)));
      for (const m of fresh) if (m.from?.id && m.from.id !== account.ourId) items.push(toItem(conversation, m));
      next = answer.paging?.next ? answer.paging.cursors?.after : undefined;
      if (fresh.length < data.length || !next) break;
    }
  }
  items.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return {
    items,
    mark: advance(
      mark,
      items.map((i) => ({ id: i.externalId, at: Date.parse(i.createdAt) })),
    ),
  };
}

function toItem(conversation: string, m: GraphMessage): InboundItem {
  // Messenger names the person (absent when hidden from apps); Instagram gives the username.
  const handle = m.from?.username ?? m.from?.name ?? '';
  const attachments = m.attachments?.data?.length ?? 0;
  return {
    externalId: m.id,
    kind: 'message',
    threadExternalId: conversation,
    parentExternalId: null,
    author: { externalId: m.from?.id ?? '', handle, displayName: m.from?.name ?? null },
    text: typeof m.message === 'string' ? m.message : '',
    lang: null,
    url: null,
    createdAt: new Date(m.created_time).toISOString(),
    ...(attachments > 0 && { attachments }),
  };
}

/**
 * Reads the messages unless Meta refuses them for good while the grant stands (the messaging permission
 * missing, or the app not allowed to message, Graph error 3): then the rest of the channel's reading goes
 * on, the messages' mark stays where it was and the page says why (`blocked`). A passing fault or a grant
 * that is gone fails the whole read, as for comments.
 */
export async function readMessagesIfAllowed(
  req: ChannelAccess,
  account: MessengerAccount,
  mark: TimeMark,
): Promise<{ items: InboundItem[]; mark: TimeMark; blocked?: ReadingBlocked }> {
  if (!account.pageId) return { items: [], mark, blocked: 'permissions' };
  try {
    return await readMessages(req, account, mark);
  } catch (error) {
    const read = error instanceof ChannelReadError ? error : graphReadError(account.network, error);
    if (read.opts.retryable || read.opts.channelProblem) throw read;
    return { items: [], mark, blocked: read.opts.blocked ?? 'other' };
  }
}

const windowClosed = (network: string, tagged: boolean): PublishOutcome => ({
  kind: 'failed',
  retryable: false,
  reason: tagged ? 'system:message_window_closed_human_agent' : 'system:message_window_closed',
  code: 'post_refused',
  params: tagged ? { network, days: HUMAN_AGENT_WINDOW_MS / 86_400_000 } : { network, hours: 24 },
});

/** Meta refused the tag itself (the app lacks the Human Agent permission after all): not the grant, not the window we counted. */
const tagRefused = (network: string, error: GraphError): PublishOutcome => ({
  kind: 'failed',
  retryable: false,
  reason: `system:human_agent_refused: ${network} refused the HUMAN_AGENT tag (${error.message}); check that Meta granted the app the Human Agent permission, or unset META_HUMAN_AGENT`,
  code: 'post_refused',
});

/** Answers a direct message to the person's id: a standard answer inside the 24 hours, past them (where allowed) a human agent's. */
export async function sendMessage(req: ReplyRequest, account: MessengerAccount): Promise<PublishOutcome> {
  const recipient = req.to.authorExternalId;
  if (!recipient || !account.pageId)
    return { kind: 'failed', retryable: false, reason: `${account.network}: the person's id is unknown; answer from Meta's own inbox` };
  // Refused before calling: Meta would refuse it too.
  const last = Date.parse(req.to.lastMessageAt ?? '');
  const tagWindow = humanAgentWindowMs();
  const age = Date.now() - last;
  if (!Number.isFinite(last)) return windowClosed(account.network, false);
  const tagged = age > MESSAGE_WINDOW_MS;
  if (tagged && (!tagWindow || age > tagWindow)) return windowClosed(account.network, Boolean(tagWindow));
  try {
    const sent = await graphCall<{ recipient_id?: string; message_id?: string }>(req.net, requireMetaConfig(), 'POST', `${account.pageId}/messages`, {
      access_token: account.token,
      recipient: JSON.stringify({ id: recipient }),
      ...(tagged ? { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } : { messaging_type: 'RESPONSE' }),
      message: JSON.stringify({ text: req.text }),
    });
    if (!sent.message_id) return { kind: 'unknown', reason: `${account.network} answered without a message id`, code: 'no_confirmation' };
    return { kind: 'published', externalId: sent.message_id, externalUrl: null };
  } catch (error) {
    const outside = error instanceof GraphError && error.subcode !== undefined && OUTSIDE_WINDOW.has(error.subcode);
    // A tagged answer Meta refuses (the window by its count, or the tag itself): said as such, never as a lost grant.
    if (tagged && error instanceof GraphError && (outside || lacksPermission(error))) return tagRefused(account.network, error);
    // The window closed while the answer waited (code 10 with its subcode): not a permission the grant lacks.
    if (outside) return windowClosed(account.network, false);
    if (error instanceof GraphError && lacksPermission(error)) return permissionOutcome(account.network, error)!;
    return graphFailure(account.network, error, 'create');
  }
}

/** Our message with this text among the conversation's newest (null: certainly absent; throws: cannot tell). */
export async function findMessage(req: ReplyRequest, account: MessengerAccount): Promise<{ externalId: string; externalUrl: string | null } | null> {
  const config = requireMetaConfig();
  const answer = await graphRead(account.network, () =>
    graphCall<Paged<GraphMessage>>(req.net, config, 'GET', `${req.to.threadExternalId}/messages`, {
      access_token: account.token,
      fields: MESSAGE_FIELDS,
      limit: '100',
    }),
  );
  const data = Array.isArray(answer.data) ? answer.data : [];
  const hit = data.find((m) => typeof m?.id === 'string' && m.from?.id === account.ourId && sameText(m.message, req.text));
  if (hit) return { externalId: hit.id, externalUrl: null };
  // A full page with more behind it may hide ours further back: a person looks.
  if (answer.paging?.next && data.length >= 100)
    throw new ChannelReadError(`${account.network} cannot tell whether this message arrived`, { retryable: false });
  return null;
}
