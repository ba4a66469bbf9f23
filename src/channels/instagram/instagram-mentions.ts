// Reading one Instagram @mention that Meta's `mentions` webhook announced (Instagram API with
// Facebook Login: IG User Mentioned Comment, IG User Mentioned Media). The webhook carries only
// ids; the text is read with the page token (instagram_manage_comments):
//   a comment:  GET /{ig-user-id}?fields=mentioned_comment.comment_id({id}){id,text,timestamp,username,media{id,permalink}}
//   a caption:  GET /{ig-user-id}?fields=mentioned_media.media_id({id}){id,caption,timestamp,username,permalink}
// The item is a `mention`. A caption mention's id is its media's, as a tag read by polling
// (GET /{ig-user-id}/tags) is: the same media tagged and mentioned is stored once. A comment mention
// lives in the thread of the media it is on, answering that media. Answering either goes through
// POST /{ig-user-id}/mentions (instagram-inbound.ts). Meta gives no answer for a mention that is
// gone (deleted, or the account turned private): null, nothing to store.
import { graphCall, requireMetaConfig } from '../meta/graph';
import { graphRead } from '../meta/graph-read';
import { type ChannelAccess, ChannelReadError, type InboundItem } from '../reading';

const NETWORK = 'Instagram';

interface MentionedComment {
  id: string;
  text?: string;
  timestamp: string;
  username?: string;
  media?: { id: string; permalink?: string };
}
interface MentionedMedia {
  id: string;
  caption?: string;
  timestamp: string;
  username?: string;
  permalink?: string;
}

export async function readInstagramMention(req: ChannelAccess & { mediaId: string; commentId: string | null }): Promise<InboundItem | null> {
  const token = req.credentials?.pageToken;
  if (typeof token !== 'string' || !token)
    throw new ChannelReadError(`${NETWORK}: niet gekoppeld, opnieuw koppelen`, { retryable: false, channelProblem: true });
  const config = requireMetaConfig();
  const igUser = String(req.settings.igUserId);
  const ours = String(req.settings.username ?? '');
  const get = <T>(fields: string) => graphRead(NETWORK, () => graphCall<T>(req.net, config, 'GET', igUser, { access_token: token, fields }));
  const author = (username: string | undefined) => ({ externalId: username ?? '', handle: username ?? '', displayName: null });

  if (req.commentId) {
    const { mentioned_comment: c } = await get<{ mentioned_comment?: MentionedComment }>(
      `mentioned_comment.comment_id(${req.commentId}){id,text,timestamp,username,media{id,permalink}}`,
    );
    if (!c || (ours && c.username === ours)) return null;
    const media = c.media?.id ?? req.mediaId;
    return {
      externalId: c.id,
      kind: 'mention',
      threadExternalId: media,
      parentExternalId: media,
      author: author(c.username),
      text: c.text ?? '',
      lang: null,
      url: c.media?.permalink ?? null,
      createdAt: new Date(c.timestamp).toISOString(),
    };
  }
  const { mentioned_media: m } = await get<{ mentioned_media?: MentionedMedia }>(
    `mentioned_media.media_id(${req.mediaId}){id,caption,timestamp,username,permalink}`,
  );
  if (!m || (ours && m.username === ours)) return null;
  return {
    externalId: m.id,
    kind: 'mention',
    threadExternalId: m.id,
    parentExternalId: null,
    author: author(m.username),
    text: m.caption ?? '',
    lang: null,
    url: m.permalink ?? null,
    createdAt: new Date(m.timestamp).toISOString(),
  };
}
