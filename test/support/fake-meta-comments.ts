// A contract server for the Graph API calls the inbox makes on Facebook Pages and Instagram (the
// version the adapters pin, GRAPH_VERSION): the page feed with updated_time; a post's comments
// (filter=stream names each reply's `parent`; order=reverse_chronological; cursor paging with
// `next`); answering a comment (POST /{comment-id}/comments; comments nest one level deep); a
// private answer (POST /{page-id}/messages with recipient.comment_id: once per comment, within
// 7 days, else (#10) subcode 2018278 or 10900); a comment's can_reply_privately; our media with
// comments_count; a media's comments with their replies; /replies; /tags; /mentions (a tag, a
// caption mention, or a comment mention with comment_id); the mentioned_comment and mentioned_media
// fields of the IG user (what the `mentions` webhook names). Errors in
// Graph's shape; rate limits (code 32 with X-Business-Use-Case-Usage); a revoked token (190).
// Direct messages (conversations and the Send API): fake-meta-messages.ts. Anything else fails the test.
import { GRAPH_VERSION } from '../../src/channels/meta/graph';
import { type FakeAnswer, type FakeRequest, startFake } from './fake-http';
import { type FakeConversation, handleMessages, type MessagesState, type Platform } from './fake-meta-messages';

export const FB_PAGE = { id: '1001', name: 'Ziekenhuis Oost', token: 'page-token-1001' };
export const IG = { id: '17841400000000001', username: 'ziekenhuisoost' };

const graphError = (status: number, code: number, message: string, subcode?: number, headers?: Record<string, string>): FakeAnswer => ({
  status,
  json: { error: { message, type: 'OAuthException', code, ...(subcode && { error_subcode: subcode }), fbtrace_id: 'Afake' } },
  headers,
});

export interface FakeComment {
  id: string;
  /** The post or media it is on. */
  on: string;
  parent: string | null;
  /** Facebook: the commenter; Instagram: the username. */
  from: { id: string; name: string };
  message: string;
  created: number;
  private: { text: string; id: string }[];
}

const fbTime = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+0000');

export async function startFakeMetaComments() {
  const state = {
    revoked: false,
    /** The page token was granted before the inbox permissions were asked. */
    noInboxPermission: false,
    rateLimited: 0,
    /** Page posts (newest last) with the time they were last updated. */
    posts: [] as { id: string; created: number; updated: number }[],
    media: [] as { id: string; created: number }[],
    tags: [] as { id: string; caption: string; username: string; created: number }[],
    /** @mentions of our account in others' captions and comments, which only the `mentions` webhook names. */
    mentionedMedia: new Map<string, { id: string; caption: string; username: string; created: number }>(),
    mentionedComments: new Map<string, { id: string; mediaId: string; text: string; username: string; created: number }>(),
    /** The next mention reads answer 500 (a passing fault). */
    mentionReadFaults: 0,
    comments: new Map<string, FakeComment>(),
    /** The next answering call is made but its answer is lost (a 500 after the fact). */
    loseNextAnswer: false,
    conversations: [] as FakeConversation[],
    noMessagingPermission: false as boolean,
    noMessagingCapability: false as boolean,
    loseNextMessage: false as boolean,
    humanAgentGranted: false as boolean,
  };
  const messages: MessagesState = state;
  let n = 0;
  const nextId = () => String(++n + 7000);
  /** Our account's answer under a media or a comment, as Instagram stores it. */
  const igAnswer = (on: string, parent: string | null, message: string): FakeAnswer => {
    const c: FakeComment = { id: nextId(), on, parent, from: { id: IG.id, name: IG.username }, message, created: Date.now(), private: [] };
    state.comments.set(c.id, c);
    return { status: 200, json: { id: c.id } };
  };

  const list = (on: string, top: boolean) =>
    [...state.comments.values()].filter((c) => c.on === on && (!top || c.parent === null)).sort((a, b) => b.created - a.created || (b.id > a.id ? 1 : -1));
  const fbComment = (c: FakeComment, fields: string) => ({
    id: c.id,
    message: c.message,
    created_time: fbTime(c.created),
    ...(fields.includes('from') && { from: { id: c.from.id, name: c.from.name } }),
    ...(fields.includes('parent') && c.parent && { parent: { id: c.parent } }),
    ...(fields.includes('permalink_url') && { permalink_url: `https://www.facebook.com/${c.id}` }),
  });
  const igComment = (c: FakeComment) => ({
    id: c.id,
    text: c.message,
    timestamp: fbTime(c.created),
    username: c.from.name,
    from: { id: c.from.id, username: c.from.name },
  });
  const paged = <T>(all: T[], req: FakeRequest, limit: number) => {
    const start = Number(req.url.searchParams.get('after') ?? '0');
    const page = all.slice(start, start + limit);
    const more = start + limit < all.length;
    return {
      data: page,
      paging: {
        cursors: { before: String(start), after: String(start + limit) },
        ...(more && { next: `${req.url.origin}${req.url.pathname}?after=${start + limit}` }),
      },
    };
  };

  const handle = async (req: FakeRequest): Promise<FakeAnswer | null> => {
    const m = new RegExp(`^/${GRAPH_VERSION.replace('.', '\\.')}/(.+)$`).exec(req.url.pathname);
    if (!m) return null;
    const path = m[1]!;
    const form = req.method === 'POST' ? new URLSearchParams(await req.body.text()) : req.url.searchParams;
    const p = (k: string) => form.get(k);
    if (p('access_token') !== FB_PAGE.token) return graphError(400, 190, 'Invalid OAuth access token.');
    if (state.revoked) return graphError(400, 190, 'Error validating access token: The user has not authorized application app-1.', 458);
    if (state.rateLimited > 0) {
      state.rateLimited--;
      const usage = JSON.stringify({
        [FB_PAGE.id]: [{ type: 'pages', call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: 7 }],
      });
      return graphError(400, 32, 'Page request limit reached', undefined, { 'x-business-use-case-usage': usage });
    }
    if (state.noInboxPermission)
      return graphError(403, 200, '(#200) This endpoint requires the pages_read_user_content permission or the Page Public Content Access feature.');
    const fields = p('fields') ?? '';
    const limit = Number(p('limit') ?? 25);
    const [id, edge] = path.split('/') as [string, string | undefined];
    const dm = handleMessages(messages, req, path, p, {
      pageId: FB_PAGE.id,
      ours: { messenger: { id: FB_PAGE.id, name: FB_PAGE.name }, instagram: { id: IG.id, name: IG.username } },
      error: graphError,
      paged,
      nextId,
    });
    if (dm !== undefined) return dm;

    if (req.method === 'GET' && path === `${FB_PAGE.id}/feed` && fields === 'id,updated_time') {
      const data = [...state.posts].reverse().map((post) => ({ id: post.id, updated_time: fbTime(post.updated) }));
      return { status: 200, json: paged(data, req, limit) };
    }
    if (req.method === 'GET' && edge === 'comments' && state.posts.some((post) => post.id === id)) {
      if (p('filter') !== 'stream' || p('order') !== 'reverse_chronological') return null;
      return {
        status: 200,
        json: paged(
          list(id, false).map((c) => fbComment(c, fields)),
          req,
          limit,
        ),
      };
    }
    if (req.method === 'GET' && edge === 'comments' && state.comments.has(id)) {
      if (p('filter') !== 'stream') return null;
      const answers = [...state.comments.values()].filter((c) => c.parent === id).sort((a, b) => b.created - a.created);
      return {
        status: 200,
        json: paged(
          answers.map((c) => fbComment(c, fields)),
          req,
          limit,
        ),
      };
    }
    if (req.method === 'POST' && edge === 'comments' && state.comments.has(id)) {
      const parent = state.comments.get(id)!;
      if (parent.parent) return graphError(400, 100, '(#100) Comments can only be one level deep');
      if (!p('message')) return graphError(400, 100, '(#100) Missing message');
      const c: FakeComment = {
        id: `${parent.on}_${nextId()}`,
        on: parent.on,
        parent: id,
        from: { id: FB_PAGE.id, name: FB_PAGE.name },
        message: p('message')!,
        created: Date.now(),
        private: [],
      };
      state.comments.set(c.id, c);
      if (state.loseNextAnswer) {
        state.loseNextAnswer = false;
        return graphError(500, 2, 'An unexpected error has occurred. Please retry your request later.');
      }
      return { status: 200, json: { id: c.id } };
    }
    if (req.method === 'POST' && path === `${FB_PAGE.id}/messages`) {
      const recipient = JSON.parse(p('recipient') ?? '{}') as { comment_id?: string };
      const message = JSON.parse(p('message') ?? '{}') as { text?: string };
      const c = state.comments.get(recipient.comment_id ?? '');
      if (!c || !message.text) return graphError(400, 100, '(#100) Invalid parameter');
      if (c.private.length) return graphError(400, 10900, 'Activity already replied to');
      if (Date.now() - c.created > 7 * 86_400_000) return graphError(400, 10, '(#10) This message is sent outside of allowed window.', 2018278);
      const sent = { id: `m_${nextId()}`, text: message.text };
      c.private.push(sent);
      return { status: 200, json: { recipient_id: `psid-${c.from.id}`, message_id: sent.id } };
    }
    if (req.method === 'GET' && !edge && state.comments.has(id) && fields === 'can_reply_privately') {
      const c = state.comments.get(id)!;
      return { status: 200, json: { id, can_reply_privately: c.private.length === 0 && Date.now() - c.created <= 7 * 86_400_000 } };
    }

    // Instagram.
    if (req.method === 'GET' && path === `${IG.id}/media` && fields === 'id,comments_count') {
      const data = [...state.media].reverse().map((media) => ({ id: media.id, comments_count: list(media.id, false).length }));
      return { status: 200, json: paged(data, req, limit) };
    }
    if (req.method === 'GET' && edge === 'comments' && state.media.some((media) => media.id === id)) {
      if (!fields.includes('replies{')) return null;
      const data = list(id, true).map((c) => ({
        ...igComment(c),
        replies: { data: [...state.comments.values()].filter((r) => r.parent === c.id).map(igComment) },
      }));
      return { status: 200, json: paged(data, req, limit) };
    }
    if (edge === 'replies' && state.comments.has(id)) {
      const parent = state.comments.get(id)!;
      if (req.method === 'GET') return { status: 200, json: { data: [...state.comments.values()].filter((r) => r.parent === id).map(igComment) } };
      if (req.method !== 'POST') return null;
      if (parent.parent) return graphError(400, 100, 'Invalid parameter: cannot reply to a reply', 2534023);
      return igAnswer(parent.on, id, p('message') ?? '');
    }
    if (req.method === 'GET' && path === `${IG.id}/tags`) {
      const data = [...state.tags].reverse().map((t) => ({
        id: t.id,
        caption: t.caption,
        username: t.username,
        timestamp: fbTime(t.created),
        permalink: `https://www.instagram.com/p/T${t.id}/`,
      }));
      return { status: 200, json: paged(data, req, limit) };
    }
    // IG User Mentioned Comment / Mentioned Media: the fields the inbox asks for, nothing else.
    if (req.method === 'GET' && path === IG.id && /^mentioned_(comment|media)\./.test(fields)) {
      if (state.mentionReadFaults > 0) {
        state.mentionReadFaults--;
        return graphError(500, 2, 'An unexpected error has occurred. Please retry your request later.');
      }
      const gone = graphError(400, 100, 'Unsupported get request. Object does not exist, cannot be loaded due to missing permissions.', 33);
      const mc = /^mentioned_comment\.comment_id\((\d+)\)\{id,text,timestamp,username,media\{id,permalink\}\}$/.exec(fields);
      if (mc) {
        const c = state.mentionedComments.get(mc[1]!);
        if (!c) return gone;
        return {
          status: 200,
          json: {
            mentioned_comment: {
              id: c.id,
              text: c.text,
              timestamp: fbTime(c.created),
              username: c.username,
              media: { id: c.mediaId, permalink: `https://www.instagram.com/p/M${c.mediaId}/` },
            },
            id: IG.id,
          },
        };
      }
      const mm = /^mentioned_media\.media_id\((\d+)\)\{id,caption,timestamp,username,permalink\}$/.exec(fields);
      if (!mm) return null;
      const media = state.mentionedMedia.get(mm[1]!);
      if (!media) return gone;
      return {
        status: 200,
        json: {
          mentioned_media: {
            id: media.id,
            caption: media.caption,
            timestamp: fbTime(media.created),
            username: media.username,
            permalink: `https://www.instagram.com/p/M${media.id}/`,
          },
          id: IG.id,
        },
      };
    }
    if (req.method === 'POST' && path === `${IG.id}/mentions` && p('comment_id')) {
      const mentioned = state.mentionedComments.get(p('comment_id')!);
      if (!mentioned || mentioned.mediaId !== p('media_id')) return graphError(400, 100, 'Invalid comment_id');
      return igAnswer(mentioned.mediaId, mentioned.id, p('message') ?? '');
    }
    if (req.method === 'POST' && path === `${IG.id}/mentions` && state.mentionedMedia.has(p('media_id') ?? '')) {
      return igAnswer(p('media_id')!, null, p('message') ?? '');
    }
    if (req.method === 'POST' && path === `${IG.id}/mentions`) {
      const tag = state.tags.find((t) => t.id === p('media_id'));
      if (!tag) return graphError(400, 100, 'Invalid media_id');
      if (!tag.caption.includes(`@${IG.username}`)) return graphError(400, 100, 'The user was not mentioned in the caption', 2207010);
      return igAnswer(tag.id, null, p('message') ?? '');
    }
    return null;
  };

  const server = await startFake(handle);
  return {
    ...server,
    state,
    env: { META_APP_ID: 'app-1', META_APP_SECRET: 'app-secret', META_GRAPH_URL: server.url, META_DIALOG_URL: server.url },
    post(ageMs = 0) {
      const post = { id: `${FB_PAGE.id}_${nextId()}`, created: Date.now() - ageMs, updated: Date.now() - ageMs };
      state.posts.push(post);
      return post.id;
    },
    media() {
      const media = { id: nextId(), created: Date.now() };
      state.media.push(media);
      return media.id;
    },
    /** Someone comments on a post or media (or answers a comment, `parent`); `at` sets when. */
    comment(on: string, who: string, message: string, opts: { parent?: string; at?: number; fromId?: string } = {}): FakeComment {
      const c: FakeComment = {
        id: on.includes('_') ? `${on.split('_')[0]}_${nextId()}` : nextId(),
        on,
        parent: opts.parent ?? null,
        from: { id: opts.fromId ?? `u-${who}`, name: who },
        message,
        created: opts.at ?? Date.now(),
        private: [],
      };
      state.comments.set(c.id, c);
      const post = state.posts.find((x) => x.id === on);
      if (post) post.updated = Math.max(post.updated, c.created);
      return c;
    },
    /** Someone @mentions our account in a comment on their own media (what the `mentions` webhook announces). */
    mentionInComment(username: string, text: string) {
      const m = { id: nextId(), mediaId: nextId(), text, username, created: Date.now() };
      state.mentionedComments.set(m.id, m);
      return m;
    },
    /** Someone @mentions our account in the caption of their media. */
    mentionInCaption(username: string, caption: string) {
      const m = { id: nextId(), caption, username, created: Date.now() };
      state.mentionedMedia.set(m.id, m);
      return m;
    },
    /** A conversation with a person on Messenger or Instagram (the person's id is their PSID or IGSID). */
    conversation(platform: Platform, person: string) {
      const c: FakeConversation = {
        id: `t_${nextId()}`,
        platform,
        person: { id: `${platform === 'messenger' ? 'psid' : 'igsid'}-${nextId()}`, name: person },
        messages: [],
      };
      state.conversations.push(c);
      return c;
    },
    /** The person writes (or, with `ours`, the page); `at` sets when. */
    message(c: FakeConversation, text: string, opts: { at?: number; ours?: boolean; attachments?: number } = {}) {
      const from = opts.ours ? (c.platform === 'messenger' ? { id: FB_PAGE.id, name: FB_PAGE.name } : { id: IG.id, name: IG.username }) : c.person;
      const m = { id: `m_${nextId()}`, from, text, created: opts.at ?? Date.now(), attachments: opts.attachments ?? 0 };
      c.messages.push(m);
      return m;
    },
    tag(username: string, caption: string) {
      const t = { id: nextId(), caption, username, created: Date.now() };
      state.tags.push(t);
      return t;
    },
  };
}
export type FakeMetaComments = Awaited<ReturnType<typeof startFakeMetaComments>>;
