// Reading comments on our Instagram media and the media we are tagged in, and answering them
// (Instagram API with Facebook Login: IG User Media, IG Media Comments, IG Comment Replies, IG User
// Tags, IG User Mentions). The page token needs instagram_manage_comments (META_SCOPES).
//
// Reading: GET /{ig-user-id}/media?fields=id,comments_count gives our newest media; only those
// whose comment count changed since the last read are read again: GET /{ig-media-id}/comments
// with each comment's replies (one level: Instagram nests no deeper), kept when newer than the
// mark. Comments on media older than our 25 newest are not seen by reading: they come through the
// `comments` webhook, whose comment is stored as it arrives with the same ids (src/features/inbox/meta-webhook.ts).
// Mentions: media we are tagged in come from GET /{ig-user-id}/tags; @mentions in other people's
// captions and comments are announced only by the `mentions` webhook (its media or comment id is
// needed to read them), so polling cannot see them: src/features/inbox/meta-webhook.ts records them
// and the worker reads each with instagram-mentions.ts. Direct messages (Instagram Messaging through the
// page: instagram_manage_messages) are read and answered in ../meta/messenger.ts within Meta's
// 24-hour window, their mark kept in the same cursor (`dm`). A comment (or a reply) on our media can
// be answered privately once, within 7 days of it (Private Replies through the linked page,
// ../meta/private-reply.ts); a tag or @mention on someone else's media cannot.
//
// Threads: comments on one of our media belong to that media's thread (linked to our post); a
// reply's parent is its comment. A tag starts its own thread. Answering a comment: POST
// /{ig-comment-id}/replies (an answer to a reply goes under its comment); answering a tag: POST
// /{ig-user-id}/mentions with the media id (Instagram takes this where our @name is in the caption
// and refuses otherwise; the person then sees Instagram's reason), and for an @mention in a comment
// (announced by the `mentions` webhook, instagram-mentions.ts) with the media and the comment id. No idempotency key: findReply
// reads the comment's replies for ours.
import type { PublishOutcome } from '../channel-adapter';
import { graphCall, graphFailure, requireMetaConfig } from '../meta/graph';
import { advance, decodeMark, decodeSubMark, encodeMark, graphRead, isNew, permissionOutcome, sameText, withSubMark } from '../meta/graph-read';
import { findMessage, type MessengerAccount, readMessagesIfAllowed, sendMessage } from '../meta/messenger';
import { sendPrivateReply } from '../meta/private-reply';
import { ChannelReadError, type ChannelAccess, type InboundItem, type InboundPage, type ReplyRequest } from '../reading';

const NETWORK = 'Instagram';
const MEDIA = 25;
const COMMENT_PAGES = 5;
const REPLY_FIELDS = 'id,text,timestamp,username,from{id,username}';
const COMMENT_FIELDS = `${REPLY_FIELDS},replies{${REPLY_FIELDS}}`;

interface IgComment {
  id: string;
  text?: string;
  timestamp: string;
  username?: string;
  from?: { id: string; username?: string };
  replies?: { data: IgComment[] };
}
interface Paged<T> {
  data: T[];
  paging?: { cursors?: { after?: string }; next?: string };
}

function pageToken(credentials: Record<string, unknown> | null): string {
  const token = credentials?.pageToken;
  if (typeof token !== 'string' || !token)
    throw new ChannelReadError(`${NETWORK}: niet gekoppeld, opnieuw koppelen`, { retryable: false, channelProblem: true });
  return token;
}

const author = (c: { username?: string; from?: { id: string; username?: string } }) => {
  const handle = c.from?.username ?? c.username ?? '';
  return { externalId: c.from?.id ?? handle, handle, displayName: null };
};

export async function fetchInstagramInbound(req: ChannelAccess & { cursor: string | null }): Promise<InboundPage> {
  const token = pageToken(req.credentials);
  const config = requireMetaConfig();
  const igUser = String(req.settings.igUserId);
  const ours = String(req.settings.username ?? '');
  const cursor = decodeMark(req.cursor);
  const get = <T>(path: string, params: Record<string, string | undefined>) =>
    graphRead(NETWORK, () => graphCall<T>(req.net, config, 'GET', path, { access_token: token, ...params }));

  const media = await get<Paged<{ id: string; comments_count?: number }>>(`${igUser}/media`, { fields: 'id,comments_count', limit: String(MEDIA) });
  const found: InboundItem[] = [];
  const keep = (c: IgComment, item: Omit<InboundItem, 'externalId' | 'author' | 'text' | 'lang' | 'url' | 'createdAt'>) => {
    if (!isNew(cursor, c.id, Date.parse(c.timestamp)) || (c.from?.username ?? c.username) === ours) return;
    found.push({ ...item, externalId: c.id, author: author(c), text: c.text ?? '', lang: null, url: null, createdAt: new Date(c.timestamp).toISOString() });
  };
  const counts: Record<string, number> = {};
  for (const m of media.data) {
    counts[m.id] = m.comments_count ?? 0;
    if ((m.comments_count ?? 0) === (cursor.counts[m.id] ?? 0)) continue;
    let after: string | undefined;
    for (let page = 0; page < COMMENT_PAGES; page++) {
      const comments = await get<Paged<IgComment>>(`${m.id}/comments`, { fields: COMMENT_FIELDS, limit: '50', after });
      for (const c of comments.data) {
        keep(c, { kind: 'comment', threadExternalId: m.id, parentExternalId: m.id });
        for (const r of c.replies?.data ?? []) keep(r, { kind: 'reply', threadExternalId: m.id, parentExternalId: c.id });
      }
      after = comments.paging?.next ? comments.paging.cursors?.after : undefined;
      if (!after) break;
    }
  }
  const tags = await get<Paged<{ id: string; caption?: string; username?: string; timestamp: string; permalink?: string }>>(`${igUser}/tags`, {
    fields: 'id,caption,username,timestamp,permalink',
    limit: '25',
  });
  for (const t of tags.data) {
    if (!isNew(cursor, t.id, Date.parse(t.timestamp))) continue;
    found.push({
      externalId: t.id,
      kind: 'mention',
      threadExternalId: t.id,
      parentExternalId: null,
      author: author(t),
      text: t.caption ?? '',
      lang: null,
      url: t.permalink ?? null,
      createdAt: new Date(t.timestamp).toISOString(),
    });
  }
  found.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const mark = advance(
    cursor,
    found.map((i) => ({ id: i.externalId, at: Date.parse(i.createdAt) })),
  );
  const dm = await readMessagesIfAllowed(req, messenger(req.settings, token), decodeSubMark(req.cursor, 'dm'));
  const items = [...found, ...dm.items].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return { items, cursor: withSubMark(encodeMark(mark, counts), 'dm', dm.mark), more: false, ...(dm.blocked && { blocked: dm.blocked }) };
}

/** Instagram's direct messages go through the linked page (platform=instagram), to and from the IGSID. */
const messenger = (settings: Record<string, unknown>, token: string): MessengerAccount => ({
  network: NETWORK,
  platform: 'instagram',
  // Channels connected before the page was kept have none: connecting again stores it.
  pageId: typeof settings.pageId === 'string' ? settings.pageId : '',
  token,
  ourId: String(settings.igUserId),
});

/** Instagram nests one level: an answer to a reply goes under the comment it replied to. */
const answeredComment = (to: ReplyRequest['to']) =>
  to.kind === 'reply' && to.parentExternalId && to.parentExternalId !== to.threadExternalId ? to.parentExternalId : to.externalId;

/** A mention in a comment (its id is not its media's, webhooks: instagram-mentions.ts) is answered under that
 *  comment; a caption mention or a tag on the media itself. */
const mentionAnswered = (to: ReplyRequest['to']) =>
  to.externalId !== to.threadExternalId ? { media_id: to.threadExternalId, comment_id: to.externalId } : { media_id: to.externalId };

export async function replyOnInstagram(req: ReplyRequest): Promise<PublishOutcome> {
  const config = requireMetaConfig();
  const token = typeof req.credentials?.pageToken === 'string' ? req.credentials.pageToken : '';
  if (!token) return { kind: 'failed', retryable: false, channelProblem: true, reason: `${NETWORK}: niet gekoppeld, opnieuw koppelen`, code: 'grant_revoked' };
  // A direct message is answered in its conversation; a comment on our media privately through Private Replies.
  if (req.to.kind === 'message') return sendMessage(req, messenger(req.settings, token));
  if (req.private) {
    if (req.to.kind === 'mention')
      return { kind: 'failed', retryable: false, reason: 'Instagram takes a private answer only to a comment on our own media; answer under it' };
    return sendPrivateReply(req, { network: NETWORK, pageId: messenger(req.settings, token).pageId, token });
  }
  try {
    const created =
      req.to.kind === 'mention'
        ? await graphCall<{ id: string }>(req.net, config, 'POST', `${String(req.settings.igUserId)}/mentions`, {
            access_token: token,
            ...mentionAnswered(req.to),
            message: req.text,
          })
        : await graphCall<{ id: string }>(req.net, config, 'POST', `${answeredComment(req.to)}/replies`, { access_token: token, message: req.text });
    return { kind: 'published', externalId: created.id, externalUrl: null };
  } catch (error) {
    return permissionOutcome(NETWORK, error) ?? graphFailure(NETWORK, error, 'create');
  }
}

/** Our answer among the comment's replies (null: certainly absent); an answer to a tag cannot be read back. */
export async function findInstagramReply(req: ReplyRequest): Promise<{ externalId: string; externalUrl: string | null } | null> {
  if (req.to.kind === 'mention') throw new ChannelReadError('Instagram cannot list our comments on media of others', { retryable: false });
  const config = requireMetaConfig();
  const token = pageToken(req.credentials);
  if (req.to.kind === 'message') return findMessage(req, messenger(req.settings, token));
  // Instagram shows no trace of a private answer to a comment that we could read: a person looks.
  if (req.private) throw new ChannelReadError('Instagram cannot tell whether this private answer arrived', { retryable: false });
  const ours = String(req.settings.username ?? '');
  const replies = await graphRead(NETWORK, () =>
    graphCall<Paged<IgComment>>(req.net, config, 'GET', `${answeredComment(req.to)}/replies`, { access_token: token, fields: REPLY_FIELDS }),
  );
  const hit = replies.data.find((r) => (r.from?.username ?? r.username) === ours && sameText(r.text, req.text));
  return hit ? { externalId: hit.id, externalUrl: null } : null;
}
