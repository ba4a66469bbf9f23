// Reading comments on the Page's posts and answering them (Graph API: Page Feed, Object Comments,
// Comment; Messenger Platform "Private Replies"). The page token needs pages_read_engagement and
// pages_read_user_content to read comments, pages_manage_engagement to answer them, and
// pages_messaging for a private answer (META_SCOPES).
//
// Reading: GET /{page-id}/feed?fields=id,updated_time gives the page's newest posts; a post's
// updated_time moves when someone comments on it, so only posts updated since our mark are read:
// GET /{post-id}/comments with filter=stream (replies to comments too, each naming its `parent`) and
// order=reverse_chronological, paged down to the mark. Comments on posts older than the page's 25
// newest are not seen by reading: they come through the `feed` webhook, whose comment is stored as it
// arrives with the same ids (src/features/inbox/meta-webhook.ts). Visitor posts on the page are not read.
// Our own comments (from the page) are not reactions.
//
// Threads: every comment on a post belongs to that post's thread (linked to our post); a reply's
// parent is the comment it answers. Answering: POST /{comment-id}/comments; Facebook nests one
// level deep, so an answer to a reply goes under the comment it replied to. A private answer is a
// Messenger message to the commenter (../meta/private-reply.ts: POST /{page-id}/messages,
// recipient.comment_id): one per comment, within 7 days of it. Graph has no idempotency key: an unknown outcome is settled by
// findReply (our comment among the answers, or for a private answer the comment's
// can_reply_privately, which Facebook turns off once it has one).
import type { PublishOutcome } from '../channel-adapter';
import { graphCall, graphFailure, requireMetaConfig } from '../meta/graph';
import { sendPrivateReply } from '../meta/private-reply';
import { advance, decodeMark, decodeSubMark, encodeMark, graphRead, isNew, permissionOutcome, sameText, withSubMark } from '../meta/graph-read';
import { findMessage, type MessengerAccount, readMessagesIfAllowed, sendMessage } from '../meta/messenger';
import { ChannelReadError, type ChannelAccess, type InboundItem, type InboundPage, type ReplyRequest } from '../reading';

const NETWORK = 'Facebook';
/** The page's newest posts looked at per read. */
const POSTS = 25;
/** Pages of 100 comments read per post and read (a backlog beyond waits for the next read). */
const COMMENT_PAGES = 5;
const COMMENT_FIELDS = 'id,message,from{id,name},created_time,parent{id},permalink_url';

interface FbComment {
  id: string;
  message?: string;
  from?: { id: string; name?: string };
  created_time: string;
  parent?: { id: string };
  permalink_url?: string;
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

export async function fetchFacebookInbound(req: ChannelAccess & { cursor: string | null }): Promise<InboundPage> {
  const token = pageToken(req.credentials);
  const config = requireMetaConfig();
  const pageId = String(req.settings.pageId);
  const mark = decodeMark(req.cursor);
  const feed = await graphRead(NETWORK, () =>
    graphCall<Paged<{ id: string; updated_time: string }>>(req.net, config, 'GET', `${pageId}/feed`, {
      access_token: token,
      fields: 'id,updated_time',
      limit: String(POSTS),
    }),
  );
  const found: InboundItem[] = [];
  for (const post of feed.data.filter((p) => Date.parse(p.updated_time) >= mark.at)) {
    let after: string | undefined;
    for (let page = 0; page < COMMENT_PAGES; page++) {
      const answer = await graphRead(NETWORK, () =>
        graphCall<Paged<FbComment>>(req.net, config, 'GET', `${post.id}/comments`, {
          access_token: token,
          fields: COMMENT_FIELDS,
          filter: 'stream',
          order: 'reverse_chronological',
          limit: '100',
          after,
        }),
      );
      const fresh = answer.data.filter((c) => isNew(mark, c.id, Date.parse(c.created_time)));
      for (const c of fresh) if (c.from?.id !== pageId) found.push(toItem(post.id, c));
      // Newest first: a page that reaches the mark is the last one needed.
      after = answer.paging?.next ? answer.paging.cursors?.after : undefined;
      if (fresh.length < answer.data.length || !after) break;
    }
  }
  found.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const next = advance(
    mark,
    found.map((i) => ({ id: i.externalId, at: Date.parse(i.createdAt) })),
  );
  const dm = await readMessagesIfAllowed(req, messenger(req.settings, token), decodeSubMark(req.cursor, 'dm'));
  const items = [...found, ...dm.items].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  // Everything up to now is read (a longer backlog on one post waits for the next read).
  return { items, cursor: withSubMark(encodeMark(next), 'dm', dm.mark), more: false, ...(dm.blocked && { blocked: dm.blocked }) };
}

const messenger = (settings: Record<string, unknown>, token: string): MessengerAccount => {
  const pageId = String(settings.pageId);
  return { network: NETWORK, platform: 'messenger', pageId, token, ourId: pageId };
};

function toItem(postId: string, c: FbComment): InboundItem {
  const name = c.from?.name ?? null;
  return {
    externalId: c.id,
    kind: c.parent ? 'reply' : 'comment',
    threadExternalId: postId,
    parentExternalId: c.parent?.id ?? postId,
    // Facebook has no handles: the name is what the page sees (absent when the person hides it from apps).
    author: { externalId: c.from?.id ?? '', handle: name ?? '', displayName: name },
    text: c.message ?? '',
    lang: null,
    url: c.permalink_url ?? null,
    createdAt: new Date(c.created_time).toISOString(),
  };
}

/** Facebook nests one level deep: an answer to a reply goes under the comment that reply answered. */
const answeredComment = (to: ReplyRequest['to']) =>
  to.kind === 'reply' && to.parentExternalId && to.parentExternalId !== to.threadExternalId ? to.parentExternalId : to.externalId;

export async function replyOnFacebook(req: ReplyRequest): Promise<PublishOutcome> {
  const config = requireMetaConfig();
  const token = typeof req.credentials?.pageToken === 'string' ? req.credentials.pageToken : '';
  if (!token) return { kind: 'failed', retryable: false, channelProblem: true, reason: `${NETWORK}: niet gekoppeld, opnieuw koppelen`, code: 'grant_revoked' };
  const pageId = String(req.settings.pageId);
  // A direct message is answered in its conversation (always privately); a comment privately through Private Replies.
  if (req.to.kind === 'message') return sendMessage(req, messenger(req.settings, token));
  if (req.private) return sendPrivateReply(req, { network: NETWORK, pageId, token });
  try {
    const created = await graphCall<{ id: string }>(req.net, config, 'POST', `${answeredComment(req.to)}/comments`, { access_token: token, message: req.text });
    return { kind: 'published', externalId: created.id, externalUrl: `https://www.facebook.com/${created.id}` };
  } catch (error) {
    return permissionOutcome(NETWORK, error) ?? graphFailure(NETWORK, error, 'create');
  }
}

/** Whether an answer whose outcome was unknown arrived (null: certainly not; throws: cannot tell). */
export async function findFacebookReply(req: ReplyRequest): Promise<{ externalId: string; externalUrl: string | null } | null> {
  const config = requireMetaConfig();
  const token = pageToken(req.credentials);
  const pageId = String(req.settings.pageId);
  if (req.to.kind === 'message') return findMessage(req, messenger(req.settings, token));
  if (req.private) {
    const comment = await graphRead(NETWORK, () =>
      graphCall<{ can_reply_privately?: boolean }>(req.net, config, 'GET', req.to.externalId, { access_token: token, fields: 'can_reply_privately' }),
    );
    if (comment.can_reply_privately === true) return null;
    // Answered privately already — by us or from the page's own inbox — or the 7 days passed: a person looks.
    throw new ChannelReadError('Facebook cannot tell whether this private answer arrived', { retryable: false });
  }
  const answers = await graphRead(NETWORK, () =>
    graphCall<Paged<FbComment>>(req.net, config, 'GET', `${answeredComment(req.to)}/comments`, {
      access_token: token,
      fields: COMMENT_FIELDS,
      filter: 'stream',
      order: 'reverse_chronological',
      limit: '100',
    }),
  );
  const hit = answers.data.find((c) => c.from?.id === pageId && sameText(c.message, req.text));
  return hit ? { externalId: hit.id, externalUrl: `https://www.facebook.com/${hit.id}` } : null;
}
