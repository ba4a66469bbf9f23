// The Messenger Platform part of the Graph contract server (fake-meta-comments.ts): a page's
// conversations on Messenger and Instagram (GET /{page-id}/conversations?platform=…, newest
// updated first, cursor paging with `next`), a conversation's messages (newest first; `from` as
// Messenger gives it — id, name, email — or Instagram — id, username; attachments), and the Send API
// (POST /{page-id}/messages with recipient.id, messaging_type RESPONSE and message.text): refused
// with (#10) and subcode 2018278 (Messenger) or 2534022 (Instagram) more than 24 hours after the
// person's last message. The one message tag played is HUMAN_AGENT (messaging_type MESSAGE_TAG, tag
// HUMAN_AGENT): taken up to 7 days after the person's last message when the app has the Human Agent
// permission (`humanAgentGranted`), refused with (#10) otherwise (Meta's wording for an app without
// it is not documented; the inbox treats any (#10) on a tagged send as the tag refused). Any other
// tag or messaging type fails the test.
import type { FakeAnswer, FakeRequest } from './fake-http';

export type Platform = 'messenger' | 'instagram';

export interface FakeMessage {
  id: string;
  from: { id: string; name: string };
  text: string;
  created: number;
  attachments: number;
  /** The message tag it was sent with (ours only). */
  tag?: string;
}

export interface FakeConversation {
  id: string;
  platform: Platform;
  person: { id: string; name: string };
  messages: FakeMessage[];
  /** Its messages come back garbled: an entry without a time or sender, and one with an unreadable time. */
  garbled?: boolean;
}

export interface MessagesState {
  conversations: FakeConversation[];
  /** The page token lacks pages_messaging / instagram_manage_messages: only the messaging calls are refused. */
  noMessagingPermission: boolean;
  /** The app may not message at all (Graph error 3, no access to the Messenger Platform): conversations are refused. */
  noMessagingCapability?: boolean;
  /** The next send is made but its answer is lost. */
  loseNextMessage: boolean;
  /** Meta granted the app the Human Agent permission: HUMAN_AGENT-tagged answers are taken within 7 days. */
  humanAgentGranted?: boolean;
}

type Err = (status: number, code: number, message: string, subcode?: number) => FakeAnswer;
type Pager = <T>(all: T[], req: FakeRequest, limit: number) => unknown;

const fbTime = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+0000');
const updatedOf = (c: FakeConversation) => Math.max(0, ...c.messages.map((m) => m.created));

export function handleMessages(
  state: MessagesState,
  req: FakeRequest,
  path: string,
  p: (k: string) => string | null,
  ctx: { pageId: string; ours: Record<Platform, { id: string; name: string }>; error: Err; paged: Pager; nextId: () => string },
): FakeAnswer | null | undefined {
  const refused = () => ctx.error(403, 200, '(#200) Requires pages_messaging permission to manage the object');
  const [id, edge] = path.split('/') as [string, string | undefined];
  if (req.method === 'GET' && path === `${ctx.pageId}/conversations`) {
    const platform = p('platform');
    if ((platform !== 'messenger' && platform !== 'instagram') || p('fields') !== 'id,updated_time') return null;
    if (state.noMessagingPermission) return refused();
    if (state.noMessagingCapability) return ctx.error(400, 3, '(#3) Application does not have the capability to make this API call.');
    const data = state.conversations
      .filter((c) => c.platform === platform && c.messages.length)
      .sort((a, b) => updatedOf(b) - updatedOf(a))
      .map((c) => ({ id: c.id, updated_time: fbTime(updatedOf(c)) }));
    return { status: 200, json: ctx.paged(data, req, Number(p('limit') ?? 25)) };
  }
  const conversation = state.conversations.find((c) => c.id === id);
  if (req.method === 'GET' && conversation && edge === 'messages') {
    if (state.noMessagingPermission) return refused();
    if (conversation.garbled) return { status: 200, json: { data: [{ id: 'm_odd' }, { id: 'm_odder', created_time: 'gisteren', from: { id: 'x' } }, null] } };
    const fields = p('fields') ?? '';
    const data = [...conversation.messages]
      .sort((a, b) => b.created - a.created)
      .map((m) => ({
        id: m.id,
        created_time: fbTime(m.created),
        ...(fields.includes('message') && { message: m.text }),
        ...(fields.includes('from') &&
          (conversation.platform === 'messenger'
            ? { from: { id: m.from.id, name: m.from.name, email: `${m.from.id}@facebook.com` } }
            : { from: { id: m.from.id, username: m.from.name } })),
        ...(fields.includes('attachments') &&
          m.attachments && { attachments: { data: Array.from({ length: m.attachments }, (_, i) => ({ id: `${m.id}-a${i}` })) } }),
      }));
    return { status: 200, json: ctx.paged(data, req, Number(p('limit') ?? 25)) };
  }
  if (req.method === 'POST' && path === `${ctx.pageId}/messages`) {
    const recipient = JSON.parse(p('recipient') ?? '{}') as { id?: string };
    if (!recipient.id) return undefined; // a private answer to a comment: the comments part plays it
    const tagged = p('messaging_type') === 'MESSAGE_TAG' && p('tag') === 'HUMAN_AGENT';
    if (!tagged && (p('tag') || p('messaging_type') !== 'RESPONSE')) return null;
    if (state.noMessagingPermission) return refused();
    const to = state.conversations.find((c) => c.person.id === recipient.id);
    const text = (JSON.parse(p('message') ?? '{}') as { text?: string }).text;
    if (!to || !text) return ctx.error(400, 100, '(#100) No matching user found');
    const last = Math.max(0, ...to.messages.filter((m) => m.from.id === to.person.id).map((m) => m.created));
    const outside = () => ctx.error(400, 10, '(#10) This message is sent outside of allowed window.', to.platform === 'messenger' ? 2018278 : 2534022);
    if (tagged && !state.humanAgentGranted) return ctx.error(400, 10, '(#10) Application does not have permission to use the HUMAN_AGENT tag.');
    if (Date.now() - last > (tagged ? 7 * 86_400_000 : 24 * 3_600_000)) return outside();
    const sent: FakeMessage = {
      id: `m_${ctx.nextId()}`,
      from: ctx.ours[to.platform],
      text,
      created: Date.now(),
      attachments: 0,
      ...(tagged && { tag: 'HUMAN_AGENT' }),
    };
    to.messages.push(sent);
    if (state.loseNextMessage) {
      state.loseNextMessage = false;
      return ctx.error(500, 2, 'An unexpected error has occurred. Please retry your request later.');
    }
    return { status: 200, json: { recipient_id: recipient.id, message_id: sent.id } };
  }
  return undefined;
}
