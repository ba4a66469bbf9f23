// X API v2's contract (docs.x.com): OAuth 2.0 authorisation code with PKCE (confidential client:
// Basic auth at the token endpoint), rotating refresh tokens (offline.access), /2/users/me,
// media upload v2 and metadata (alt text), the chunked upload for video (INIT, APPEND, FINALIZE,
// STATUS with processing_info: pending → in_progress → succeeded | failed), POST/DELETE /2/tweets with reply.in_reply_to_tweet_id,
// the user's recent tweets; the mentions timeline (newest first, since_id, pagination_token,
// tweet.fields conversation_id/referenced_tweets, expansions author_id with includes.users);
// 401 for unknown tokens, 429 with x-rate-limit-reset (epoch seconds).
import { randomBytes } from 'node:crypto';
import { loginPage } from './fake-http';
import { bearer, type FakeReply, type FakeRequest, s256, startFakeNetwork } from './fake-network';

export const X_TEST_CLIENT = { id: 'zorgpost-client', secret: 'zorgpost-secret' };

export const X_USER_ID = '2244994945';

export interface FakeTweet {
  id: string;
  text: string;
  mediaIds: string[];
  inReplyTo: string | null;
  /** Someone else's post (a reaction); absent: ours. */
  author?: { id: string; username: string; name: string };
  quoted?: string | null;
  conversationId?: string;
  mentionsUs?: boolean;
  lang?: string;
  createdAt?: string;
}

/** `loginPage`: the authorize step answers x.com's consent page (a button back to Zorgpost) instead of redirecting at once. */
export async function startFakeX(redirectUri: string, opts: { loginPage?: boolean } = {}) {
  const codes = new Map<string, { challenge: string; scope: string }>();
  const access = new Map<string, number>(); // token → expiry (ms)
  const refresh = new Set<string>();
  const media = new Map<string, { altText: string | null; type: string }>();
  /** Chunked uploads: declared size, received segments, polls left before processing ends. */
  const uploads = new Map<string, { type: string; total: number; segments: Map<number, number>; pollsLeft: number; failure?: string; finalized: boolean }>();
  /** How the next video's processing goes: STATUS polls answered in_progress, then succeeded or failed with this message. */
  const videoPlan: { polls: number; failure?: string } = { polls: 0 };
  const processing = (id: string) => {
    const u = uploads.get(id)!;
    if (u.pollsLeft > 0) return { state: 'in_progress', check_after_secs: 1, progress_percent: 50 };
    return u.failure ? { state: 'failed', error: { code: 1, name: 'InvalidMedia', message: u.failure } } : { state: 'succeeded', progress_percent: 100 };
  };
  const tweets = new Map<string, FakeTweet>();
  const tweetScript: FakeReply[] = [];
  /** Answers the next mentions reads give instead of the timeline (a 429, say). */
  const mentionScript: FakeReply[] = [];
  let next = 1_000;
  const problem = (status: number, title: string, detail: string): FakeReply => ({ status, json: { title, detail, type: 'about:blank', status } });
  const unauthorized = problem(401, 'Unauthorized', 'Unauthorized');
  const authed = (req: FakeRequest) => {
    const t = bearer(req);
    return t !== null && (access.get(t) ?? 0) > Date.now();
  };
  const basicOk = (req: FakeRequest) => req.headers.authorization === `Basic ${Buffer.from(`${X_TEST_CLIENT.id}:${X_TEST_CLIENT.secret}`).toString('base64')}`;
  const issue = (scope: string) => {
    const a = randomBytes(16).toString('hex');
    const r = randomBytes(16).toString('hex');
    access.set(a, Date.now() + 7200_000);
    if (scope.includes('offline.access')) refresh.add(r);
    return { token_type: 'bearer', expires_in: 7200, access_token: a, scope, ...(scope.includes('offline.access') ? { refresh_token: r } : {}) };
  };

  const referenced = (t: FakeTweet) => {
    const refs = [...(t.inReplyTo ? [{ type: 'replied_to', id: t.inReplyTo }] : []), ...(t.quoted ? [{ type: 'quoted', id: t.quoted }] : [])];
    return refs.length ? { referenced_tweets: refs } : {};
  };

  const fake = await startFakeNetwork({
    // Plays x.com's consent page: approves at once.
    'GET /i/oauth2/authorize': (req) => {
      const q = req.query;
      if (
        q.get('client_id') !== X_TEST_CLIENT.id ||
        q.get('redirect_uri') !== redirectUri ||
        q.get('code_challenge_method') !== 'S256' ||
        !q.get('code_challenge') ||
        !q.get('state')
      ) {
        return { status: 400, json: { error: 'invalid_request' } };
      }
      const code = randomBytes(8).toString('hex');
      codes.set(code, { challenge: q.get('code_challenge')!, scope: q.get('scope') ?? '' });
      if (opts.loginPage) return loginPage('X', redirectUri, { state: q.get('state')!, code });
      const back = new URL(redirectUri);
      back.searchParams.set('state', q.get('state')!);
      back.searchParams.set('code', code);
      return { status: 302, headers: { location: back.toString() } };
    },
    'POST /2/oauth2/token': (req) => {
      const b = req.body as Record<string, string>;
      if (!basicOk(req)) return { status: 401, json: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' } };
      if (b.grant_type === 'authorization_code') {
        const grant = codes.get(b.code ?? '');
        if (!grant || b.redirect_uri !== redirectUri || s256(b.code_verifier ?? '') !== grant.challenge) {
          return { status: 400, json: { error: 'invalid_request', error_description: 'Value passed for the authorization code was invalid.' } };
        }
        codes.delete(b.code!);
        return { status: 200, json: issue(grant.scope) };
      }
      if (b.grant_type === 'refresh_token') {
        if (!refresh.delete(b.refresh_token ?? ''))
          return { status: 400, json: { error: 'invalid_grant', error_description: 'Value passed for the token was invalid.' } };
        return { status: 200, json: issue('tweet.read tweet.write users.read media.write offline.access') };
      }
      return { status: 400, json: { error: 'unsupported_grant_type' } };
    },
    'GET /2/users/me': (req) => (authed(req) ? { status: 200, json: { data: { id: X_USER_ID, name: 'Ziekenhuis', username: 'ziekenhuis' } } } : unauthorized),
    'POST /2/media/upload': (req) => {
      if (!authed(req)) return unauthorized;
      const command = req.body.command as string | undefined;
      if (command === 'INIT') {
        const total = Number(req.body.total_bytes);
        if (!String(req.body.media_type ?? '').startsWith('video/') || !(total > 0) || req.body.media_category !== 'tweet_video')
          return problem(400, 'Invalid Request', 'media_type, total_bytes and media_category are required');
        const id = String(next++);
        uploads.set(id, {
          type: String(req.body.media_type),
          total,
          segments: new Map(),
          pollsLeft: videoPlan.polls,
          failure: videoPlan.failure,
          finalized: false,
        });
        return { status: 200, json: { data: { id, media_key: `7_${id}`, expires_after_secs: 86400 } } };
      }
      if (command === 'APPEND') {
        const u = uploads.get(String(req.body.media_id));
        const chunk = req.body.media as Blob | undefined;
        const index = Number(req.body.segment_index);
        if (!u || u.finalized || !chunk || !Number.isInteger(index) || index < 0 || index > 999) return problem(400, 'Invalid Request', 'bad APPEND');
        if (chunk.size > 5 * 1024 * 1024) return problem(400, 'Invalid Request', 'segment larger than 5 MB');
        u.segments.set(index, chunk.size);
        return { status: 204 };
      }
      if (command === 'FINALIZE') {
        const id = String(req.body.media_id);
        const u = uploads.get(id);
        if (!u) return problem(400, 'Invalid Request', 'unknown media id');
        const received = [...u.segments.values()].reduce((a, b) => a + b, 0);
        if (received !== u.total) return problem(400, 'Invalid Request', `File size mismatch: ${received} of ${u.total}`);
        u.finalized = true;
        return {
          status: 200,
          json: { data: { id, media_key: `7_${id}`, size: u.total, expires_after_secs: 86400, processing_info: { state: 'pending', check_after_secs: 1 } } },
        };
      }
      const file = req.body.media as Blob | undefined;
      if (!file || req.body.media_category !== 'tweet_image') return problem(400, 'Invalid Request', 'media and media_category are required');
      const id = String(next++);
      media.set(id, { altText: null, type: String(req.body.media_type ?? file.type) });
      return { status: 200, json: { data: { id, media_key: `3_${id}`, size: file.size, image: { image_type: file.type } } } };
    },
    'GET /2/media/upload': (req) => {
      if (!authed(req)) return unauthorized;
      const id = req.query.get('media_id') ?? '';
      const u = uploads.get(id);
      if (req.query.get('command') !== 'STATUS' || !u?.finalized) return problem(400, 'Invalid Request', 'STATUS needs a finalized media_id');
      const info = processing(id);
      if (u.pollsLeft > 0) u.pollsLeft--;
      else if (!u.failure) media.set(id, { altText: null, type: u.type });
      return { status: 200, json: { data: { id, media_key: `7_${id}`, processing_info: info } } };
    },
    'POST /2/media/metadata': (req) => {
      if (!authed(req)) return unauthorized;
      const b = req.body as { id?: string; metadata?: { alt_text?: { text?: string } } };
      const m = media.get(b.id ?? '');
      if (!m) return problem(400, 'Invalid Request', 'unknown media id');
      m.altText = b.metadata?.alt_text?.text ?? null;
      return { status: 200, json: { data: { id: b.id, associated_metadata: b.metadata } } };
    },
    'POST /2/tweets': (req) => {
      if (!authed(req)) return unauthorized;
      const scripted = tweetScript.shift();
      if (scripted) return scripted;
      const b = req.body as { text?: string; media?: { media_ids?: string[] }; reply?: { in_reply_to_tweet_id?: string } };
      if (!b.text && !b.media?.media_ids?.length) return problem(400, 'Invalid Request', 'text or media is required');
      for (const m of b.media?.media_ids ?? []) if (!media.has(m)) return problem(400, 'Invalid Request', 'unknown media id');
      const parent = b.reply?.in_reply_to_tweet_id;
      if (parent && !tweets.has(parent)) return problem(400, 'Invalid Request', 'reply target does not exist');
      const id = String(next++);
      // X puts the handles of the post answered in front of a reply's text.
      const to = parent ? tweets.get(parent)?.author : undefined;
      const t: FakeTweet = {
        id,
        text: to ? `@${to.username} ${b.text ?? ''}` : (b.text ?? ''),
        mediaIds: b.media?.media_ids ?? [],
        inReplyTo: parent ?? null,
        conversationId: parent ? (tweets.get(parent)?.conversationId ?? parent) : id,
      };
      tweets.set(t.id, t);
      return { status: 201, json: { data: { id: t.id, text: b.text ?? '', edit_history_tweet_ids: [t.id] } } };
    },
    'DELETE /2/tweets/:id': (req) => {
      if (!authed(req)) return unauthorized;
      const id = req.path.split('/').pop()!;
      const existed = tweets.delete(id);
      return { status: 200, json: { data: { deleted: existed } } };
    },
    'GET /2/users/:id/tweets': (req) => {
      if (!authed(req)) return unauthorized;
      const fields = (req.query.get('tweet.fields') ?? '').split(',');
      const data = [...tweets.values()]
        .filter((t) => !t.author)
        .reverse()
        .slice(0, Number(req.query.get('max_results') ?? 10))
        .map((t) => ({ id: t.id, text: t.text, ...(fields.includes('referenced_tweets') && referenced(t)) }));
      return { status: 200, json: { data, meta: { result_count: data.length } } };
    },
    'GET /2/users/:id/mentions': (req) => {
      if (!authed(req)) return unauthorized;
      const scripted = mentionScript.shift();
      if (scripted) return scripted;
      if (req.path !== `/2/users/${X_USER_ID}/mentions`) return problem(403, 'Forbidden', 'not your timeline');
      const max = Number(req.query.get('max_results') ?? 10);
      if (!(max >= 5 && max <= 100)) return problem(400, 'Invalid Request', 'max_results must be 5 to 100');
      const since = req.query.get('since_id');
      const offset = Number(/^p(\d+)$/.exec(req.query.get('pagination_token') ?? 'p0')?.[1] ?? Number.NaN);
      if (!Number.isFinite(offset)) return problem(400, 'Invalid Request', 'pagination_token is invalid');
      const all = [...tweets.values()]
        .filter((t) => t.mentionsUs && (!since || BigInt(t.id) > BigInt(since)))
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
      const page = all.slice(offset, offset + max);
      if (!page.length) return { status: 200, json: { meta: { result_count: 0 } } };
      const fields = (req.query.get('tweet.fields') ?? '').split(',');
      const expand = (req.query.get('expansions') ?? '').split(',');
      const data = page.map((t) => ({
        id: t.id,
        text: t.text,
        edit_history_tweet_ids: [t.id],
        ...(fields.includes('author_id') && { author_id: t.author?.id ?? X_USER_ID }),
        ...(fields.includes('conversation_id') && { conversation_id: t.conversationId ?? t.id }),
        ...(fields.includes('created_at') && { created_at: t.createdAt }),
        ...(fields.includes('lang') && { lang: t.lang ?? 'und' }),
        ...(fields.includes('referenced_tweets') && referenced(t)),
      }));
      const users = expand.includes('author_id')
        ? [...new Map(page.map((t) => [t.author?.id ?? X_USER_ID, t.author ?? { id: X_USER_ID, username: 'ziekenhuis', name: 'Ziekenhuis' }])).values()]
        : [];
      const more = offset + max < all.length;
      return {
        status: 200,
        json: {
          data,
          ...(users.length && { includes: { users } }),
          meta: { result_count: data.length, newest_id: page[0]!.id, oldest_id: page.at(-1)!.id, ...(more && { next_token: `p${offset + max}` }) },
        },
      };
    },
  });
  return {
    ...fake,
    env: { X_CLIENT_ID: X_TEST_CLIENT.id, X_CLIENT_SECRET: X_TEST_CLIENT.secret, X_API_URL: fake.url, X_AUTHORIZE_URL: `${fake.url}/i/oauth2/authorize` },
    media,
    uploads,
    videoPlan,
    tweets,
    tweetScript,
    mentionScript,
    /** Someone else writes a post that mentions us: a reply to `inReplyTo`, a quote of `quoted`, or a plain mention. */
    mention(opts: { username: string; text: string; inReplyTo?: string; quoted?: string; lang?: string }): FakeTweet {
      const id = String(next++);
      const parent = opts.inReplyTo ? tweets.get(opts.inReplyTo) : undefined;
      const t: FakeTweet = {
        id,
        text: opts.text,
        mediaIds: [],
        inReplyTo: opts.inReplyTo ?? null,
        quoted: opts.quoted ?? null,
        author: { id: `u-${opts.username}`, username: opts.username, name: opts.username.toUpperCase() },
        conversationId: parent ? (parent.conversationId ?? parent.id) : id,
        mentionsUs: true,
        lang: opts.lang,
        createdAt: new Date().toISOString(),
      };
      tweets.set(id, t);
      return t;
    },
    revokeAll: () => {
      access.clear();
      refresh.clear();
    },
    /** All access tokens expire now (refresh tokens stay valid). */
    expireAccess: () => {
      for (const k of access.keys()) access.set(k, 0);
    },
  };
}
export type FakeX = Awaited<ReturnType<typeof startFakeX>>;
