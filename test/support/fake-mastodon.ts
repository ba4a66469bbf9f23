// A Mastodon instance's contract (docs.joinmastodon.org): app registration, OAuth with PKCE,
// account and instance info, media v2 with description (a video answers 202 with url null and
// GET /api/v1/media/:id 206 while processing, 200 with the url, or 422 when processing failed), statuses with Idempotency-Key and
// in_reply_to_id, delete; 401 for unknown or revoked tokens, 429 with X-RateLimit-Reset.
// Reading: mention and quote notifications (types[], since_id, min_id, max_id, limit, a Link header
// with next/prev; a quote's status carries `quote: {state, quoted_status}` as Mastodon 4.5
// documents it), a status's context (ancestors and descendants) and direct statuses. Listening:
// the hashtag timeline and the v2 search for statuses.
import { randomBytes } from 'node:crypto';
import { loginPage } from './fake-http';
import { bearer, type FakeReply, type FakeRequest, s256, startFakeNetwork } from './fake-network';

export interface FakeStatus {
  id: string;
  status: string;
  mediaIds: string[];
  inReplyToId: string | null;
  idempotencyKey: string | null;
  visibility: string;
  /** Another account's status (a mention of ours); ours when absent. */
  account?: { id: string; acct: string; display_name: string };
  language?: string | null;
  createdAt: string;
  /** The status it quotes (Mastodon 4.5 quote posts). */
  quotedId?: string;
}

export interface FakeNotification {
  id: string;
  type: 'mention' | 'quote' | 'favourite' | 'follow';
  statusId: string | null;
}

const cmpId = (a: string, b: string) => (a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0);

/** `loginPage`: the authorize step answers the instance's consent page (a button back to Zorgpost) instead of redirecting at once. */
export async function startFakeMastodon(opts: { maxCharacters?: number; maxMedia?: number; loginPage?: boolean } = {}) {
  const apps = new Map<string, { secret: string; redirect: string }>();
  const codes = new Map<string, { clientId: string; challenge: string; redirect: string }>();
  const tokens = new Set<string>();
  const media = new Map<string, { description: string; type: string; pollsLeft: number; failure?: string }>();
  /** How the next video's processing goes: polls answered 206, then 200 or (with a failure) 422. */
  const videoPlan: { polls: number; failure?: string } = { polls: 0 };
  const statuses = new Map<string, FakeStatus>();
  const keys = new Map<string, string>();
  /** Replies for the next POST /api/v1/statuses calls, before the normal behaviour. */
  const statusScript: FakeReply[] = [];
  /** Replies for the next GET /api/v1/notifications calls, before the normal behaviour. */
  const notificationScript: FakeReply[] = [];
  const notifications: FakeNotification[] = [];
  let next = 100;
  // Measuring (issue 14): counts per status as GET /api/v1/statuses shows them, the account's
  // followers, and replies for the next read calls (e.g. 429 with X-RateLimit-Reset).
  const counts = new Map<string, { favourites: number; reblogs: number; replies: number }>();
  const account = { followers: 0 };
  const readScript: FakeReply[] = [];
  const countsOf = (id: string) => counts.get(id) ?? { favourites: 0, reblogs: 0, replies: 0 };
  const unauthorized: FakeReply = { status: 401, json: { error: 'The access token is invalid' } };
  const authed = (req: FakeRequest) => {
    const t = bearer(req);
    return t !== null && tokens.has(t);
  };

  /** Notifications are only ever appended with a growing id, so the list is in ascending order and a
   *  page is found by a binary search on its bounds and a walk of the page's length (filtering and
   *  sorting every notification per request cost the inbox benchmark ≈ 25–35 µs per item). */
  let ascendingUpTo = 0;
  const ascending = () => {
    for (; ascendingUpTo < notifications.length; ascendingUpTo++)
      if (ascendingUpTo > 0 && cmpId(notifications[ascendingUpTo - 1]!.id, notifications[ascendingUpTo]!.id) >= 0) return false;
    return true;
  };
  /** The first index whose id is above `id` (`orEqual`: at or above). */
  const firstAbove = (id: string, orEqual: boolean) => {
    let lo = 0;
    let hi = notifications.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = cmpId(notifications[mid]!.id, id);
      if (c > 0 || (orEqual && c === 0)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const notificationPage = (types: string[], limit: number, since: string | null, min: string | null, max: string | null) => {
    const wanted = (n: FakeNotification) => !types.length || types.includes(n.type);
    if (!Number.isInteger(limit) || limit <= 0 || !ascending()) {
      // Any other limit (slice's own reading of it) or an order the helpers never make: the whole list.
      const list = notifications
        .filter(wanted)
        .filter((n) => (!since || cmpId(n.id, since) > 0) && (!min || cmpId(n.id, min) > 0) && (!max || cmpId(n.id, max) < 0))
        .sort((a, b) => cmpId(b.id, a.id));
      return min ? list.slice(-limit) : list.slice(0, limit);
    }
    const from = Math.max(since ? firstAbove(since, false) : 0, min ? firstAbove(min, false) : 0);
    const to = max ? firstAbove(max, true) : notifications.length;
    const page: FakeNotification[] = [];
    if (min) {
      for (let i = from; i < to && page.length < limit; i++) if (wanted(notifications[i]!)) page.push(notifications[i]!);
      return page.reverse();
    }
    for (let i = to - 1; i >= from && page.length < limit; i--) if (wanted(notifications[i]!)) page.push(notifications[i]!);
    return page;
  };

  const fake = await startFakeNetwork({
    'POST /api/v1/apps': (req) => {
      if (!req.body.client_name || !req.body.redirect_uris) return { status: 422, json: { error: 'Validation failed' } };
      const id = randomBytes(8).toString('hex');
      const secret = randomBytes(16).toString('hex');
      apps.set(id, { secret, redirect: String(req.body.redirect_uris) });
      return { status: 200, json: { id: '1', name: req.body.client_name, client_id: id, client_secret: secret, redirect_uri: req.body.redirect_uris } };
    },
    // Plays the login page: the person approves at once and is sent back with a code.
    'GET /oauth/authorize': (req) => {
      const app = apps.get(req.query.get('client_id') ?? '');
      if (!app || req.query.get('redirect_uri') !== app.redirect || req.query.get('code_challenge_method') !== 'S256' || !req.query.get('code_challenge')) {
        return { status: 400, json: { error: 'invalid_request' } };
      }
      const code = randomBytes(8).toString('hex');
      codes.set(code, { clientId: req.query.get('client_id')!, challenge: req.query.get('code_challenge')!, redirect: app.redirect });
      if (opts.loginPage) return loginPage('Mastodon', app.redirect, { code, state: req.query.get('state') ?? '' });
      const back = new URL(app.redirect);
      back.searchParams.set('code', code);
      back.searchParams.set('state', req.query.get('state') ?? '');
      return { status: 302, headers: { location: back.toString() } };
    },
    'POST /oauth/token': (req) => {
      const b = req.body as Record<string, string>;
      const grant = codes.get(b.code ?? '');
      const app = apps.get(b.client_id ?? '');
      if (
        b.grant_type !== 'authorization_code' ||
        !grant ||
        !app ||
        app.secret !== b.client_secret ||
        grant.redirect !== b.redirect_uri ||
        s256(b.code_verifier ?? '') !== grant.challenge
      ) {
        return { status: 400, json: { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid' } };
      }
      codes.delete(b.code!);
      const token = randomBytes(16).toString('hex');
      tokens.add(token);
      return { status: 200, json: { access_token: token, token_type: 'Bearer', scope: 'read write', created_at: 1 } };
    },
    'GET /api/v1/accounts/verify_credentials': (req) => {
      if (!authed(req)) return unauthorized;
      return { status: 200, json: { id: '42', username: 'zorg', acct: 'zorg', url: `${fake.url}/@zorg`, followers_count: account.followers } };
    },
    // Several statuses at once (Mastodon 4.3+); unknown ids are left out of the answer.
    'GET /api/v1/statuses': (req) => {
      if (!authed(req)) return unauthorized;
      const scripted = readScript.shift();
      if (scripted) return scripted;
      const ids = req.query.getAll('id[]');
      if (ids.length === 0 || ids.length > 20) return { status: 422, json: { error: 'Validation failed' } };
      return { status: 200, json: ids.filter((id) => statuses.has(id)).map((id) => view(statuses.get(id)!)) };
    },
    'GET /api/v1/statuses/:id': (req) => {
      if (!authed(req)) return unauthorized;
      const s = statuses.get(req.path.split('/').pop()!);
      return s ? { status: 200, json: view(s) } : { status: 404, json: { error: 'Record not found' } };
    },
    'GET /api/v2/instance': () => ({
      status: 200,
      json: {
        domain: '127.0.0.1',
        configuration: {
          statuses: { max_characters: opts.maxCharacters ?? 500, max_media_attachments: opts.maxMedia ?? 4, characters_reserved_per_url: 23 },
          media_attachments: {
            supported_mime_types: ['image/jpeg', 'image/png', 'video/mp4', 'video/quicktime'],
            image_size_limit: 16777216,
            video_size_limit: 103809024,
          },
        },
      },
    }),
    'POST /api/v2/media': (req) => {
      if (!authed(req)) return unauthorized;
      const file = req.body.file as Blob | undefined;
      if (!file) return { status: 422, json: { error: 'Validation failed: File is missing' } };
      const id = String(next++);
      const video = file.type.startsWith('video/');
      media.set(id, {
        description: String(req.body.description ?? ''),
        type: file.type,
        pollsLeft: video ? videoPlan.polls : 0,
        failure: video ? videoPlan.failure : undefined,
      });
      // A video is processed in the background: 202 and no url yet.
      if (video)
        return { status: 202, json: { id, type: 'video', url: null, preview_url: `${fake.url}/media/${id}/small`, description: req.body.description ?? null } };
      return { status: 200, json: { id, type: 'image', url: `${fake.url}/media/${id}`, description: req.body.description ?? null } };
    },
    'GET /api/v1/media/:id': (req) => {
      if (!authed(req)) return unauthorized;
      const id = req.path.split('/').pop()!;
      const m = media.get(id);
      if (!m) return { status: 404, json: { error: 'Record not found' } };
      if (m.pollsLeft > 0) {
        m.pollsLeft--;
        return { status: 206, json: { id, type: 'video', url: null } };
      }
      if (m.failure) return { status: 422, json: { error: m.failure } };
      return { status: 200, json: { id, type: 'video', url: `${fake.url}/media/${id}.mp4`, description: m.description } };
    },
    'POST /api/v1/statuses': (req) => {
      if (!authed(req)) return unauthorized;
      const scripted = statusScript.shift();
      if (scripted) return scripted;
      const key = req.headers['idempotency-key'] ? String(req.headers['idempotency-key']) : null;
      const known = key && keys.get(key);
      if (known) return { status: 200, json: view(statuses.get(known)!) };
      const b = req.body as { status?: string; media_ids?: string[]; in_reply_to_id?: string; visibility?: string };
      if (b.visibility && !['public', 'unlisted', 'private', 'direct'].includes(b.visibility))
        return { status: 422, json: { error: 'Validation failed: Visibility' } };
      if (!b.status && !b.media_ids?.length) return { status: 422, json: { error: "Validation failed: Text can't be blank" } };
      if ([...(b.status ?? '')].length > (opts.maxCharacters ?? 500) + 200) return { status: 422, json: { error: 'Validation failed: Text character limit' } };
      if (b.in_reply_to_id && !statuses.has(b.in_reply_to_id)) return { status: 404, json: { error: 'Record not found' } };
      for (const m of b.media_ids ?? []) if (!media.has(m)) return { status: 422, json: { error: 'Validation failed: media' } };
      // Media still processing (or failed) cannot be attached yet.
      if ((b.media_ids ?? []).some((m) => media.get(m)!.pollsLeft > 0 || media.get(m)!.failure))
        return { status: 422, json: { error: 'Cannot attach files that have not finished processing. Try again in a moment!' } };
      const s: FakeStatus = {
        id: String(next++),
        status: b.status ?? '',
        mediaIds: b.media_ids ?? [],
        inReplyToId: b.in_reply_to_id ?? null,
        idempotencyKey: key,
        visibility: b.visibility ?? 'public',
        createdAt: new Date().toISOString(),
      };
      statuses.set(s.id, s);
      if (key) keys.set(key, s.id);
      return { status: 200, json: view(s) };
    },
    'GET /api/v1/notifications': (req) => {
      if (!authed(req)) return unauthorized;
      const scripted = notificationScript.shift();
      if (scripted) return scripted;
      const types = req.query.getAll('types[]');
      const limit = Math.min(Number(req.query.get('limit') ?? 40) || 40, 80);
      const since = req.query.get('since_id');
      const min = req.query.get('min_id');
      const max = req.query.get('max_id');
      // min_id: the page immediately newer than it; otherwise the newest page.
      const list = notificationPage(types, limit, since, min, max);
      const headers: Record<string, string> = {};
      if (list.length) {
        const base = `${fake.url}/api/v1/notifications?limit=${limit}${types.map((t) => `&types[]=${t}`).join('')}`;
        headers.link = `<${base}&max_id=${list.at(-1)!.id}>; rel="next", <${base}&min_id=${list[0]!.id}>; rel="prev"`;
      }
      return {
        status: 200,
        headers,
        json: list.map((n) => ({ id: n.id, type: n.type, created_at: new Date().toISOString(), status: n.statusId ? view(statuses.get(n.statusId)!) : null })),
      };
    },
    'GET /api/v1/statuses/:id/context': (req) => {
      if (!authed(req)) return unauthorized;
      const id = req.path.split('/')[4]!;
      const s = statuses.get(id);
      if (!s) return { status: 404, json: { error: 'Record not found' } };
      const ancestors: FakeStatus[] = [];
      for (let p = s.inReplyToId ? statuses.get(s.inReplyToId) : undefined; p; p = p.inReplyToId ? statuses.get(p.inReplyToId) : undefined)
        ancestors.unshift(p);
      const descendants = [...statuses.values()].filter((d) => d.inReplyToId === id);
      return { status: 200, json: { ancestors: ancestors.map(view), descendants: descendants.map(view) } };
    },
    // Listening (issue 15): the hashtag timeline and the v2 search for statuses, newest first,
    // public statuses only; `readScript` answers first when it holds a reply (e.g. 429).
    'GET /api/v1/timelines/tag/:tag': (req) => {
      if (!authed(req)) return unauthorized;
      const scripted = readScript.shift();
      if (scripted) return scripted;
      const tag = decodeURIComponent(req.path.split('/').pop()!).toLowerCase();
      const found = [...statuses.values()].filter((st) => st.visibility === 'public' && new RegExp(`#${tag}\\b`, 'i').test(st.status));
      return {
        status: 200,
        json: found
          .sort((a, b) => cmpId(b.id, a.id))
          .slice(0, Number(req.query.get('limit') ?? 20))
          .map(view),
      };
    },
    'GET /api/v2/search': (req) => {
      if (!authed(req)) return unauthorized;
      const scripted = readScript.shift();
      if (scripted) return scripted;
      const q = (req.query.get('q') ?? '').toLowerCase();
      if (!q) return { status: 400, json: { error: 'Missing q' } };
      const wanted = req.query.get('type');
      const found =
        wanted && wanted !== 'statuses' ? [] : [...statuses.values()].filter((st) => st.visibility === 'public' && st.status.toLowerCase().includes(q));
      return {
        status: 200,
        json: {
          accounts: [],
          hashtags: [],
          statuses: found
            .sort((a, b) => cmpId(b.id, a.id))
            .slice(0, Number(req.query.get('limit') ?? 20))
            .map(view),
        },
      };
    },
    'DELETE /api/v1/statuses/:id': (req) => {
      if (!authed(req)) return unauthorized;
      const id = req.path.split('/').pop()!;
      const s = statuses.get(id);
      if (!s) return { status: 404, json: { error: 'Record not found' } };
      statuses.delete(id);
      return { status: 200, json: { ...view(s), text: s.status } };
    },
  });
  const ours = { id: '42', acct: 'zorg', display_name: 'Zorg' };
  const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const view = (s: FakeStatus): Record<string, unknown> => ({
    id: s.id,
    uri: `${fake.url}/users/${(s.account ?? ours).acct}/statuses/${s.id}`,
    url: `${fake.url}/@${(s.account ?? ours).acct}/${s.id}`,
    content: `<p>${escapeHtml(s.status).replace(/\n/g, '<br>')}</p>`,
    in_reply_to_id: s.inReplyToId,
    visibility: s.visibility,
    language: s.language ?? null,
    created_at: s.createdAt,
    account: s.account ?? ours,
    media_attachments: s.mediaIds.map((id) => ({ id, description: media.get(id)?.description })),
    favourites_count: countsOf(s.id).favourites,
    reblogs_count: countsOf(s.id).reblogs,
    replies_count: countsOf(s.id).replies,
    // Quote (Mastodon 4.5): the quoted status in full, itself without a nested quote.
    ...(s.quotedId && { quote: { state: 'accepted', quoted_status: view({ ...statuses.get(s.quotedId)!, quotedId: undefined }) } }),
  });

  return {
    ...fake,
    apps,
    media,
    videoPlan,
    statuses,
    statusScript,
    notifications,
    notificationScript,
    counts,
    account,
    readScript,
    /** The person revokes Zorgpost's access on the instance. */
    revokeAll: () => tokens.clear(),
    /** A token as if an OAuth connect had happened (engine tests that connect no channel first). */
    issueToken() {
      const token = randomBytes(16).toString('hex');
      tokens.add(token);
      return token;
    },
    /** Another account mentions ours (or answers one of our statuses): a status and a mention notification. */
    mention(input: { acct: string; text: string; inReplyToId?: string; visibility?: string; language?: string; displayName?: string }): FakeStatus {
      const s: FakeStatus = {
        id: String(next++),
        status: input.text,
        mediaIds: [],
        inReplyToId: input.inReplyToId ?? null,
        idempotencyKey: null,
        visibility: input.visibility ?? 'public',
        account: { id: `acc-${input.acct}`, acct: input.acct, display_name: input.displayName ?? input.acct },
        language: input.language ?? null,
        createdAt: new Date().toISOString(),
      };
      statuses.set(s.id, s);
      notifications.push({ id: String(next++), type: 'mention', statusId: s.id });
      return s;
    },
    /** Another account quotes one of our statuses (Mastodon 4.5): a status with `quote` and a quote notification; `alsoMentions`: a mention notification too. */
    quote(input: { acct: string; text: string; quotedId: string; alsoMentions?: boolean; language?: string }): FakeStatus {
      const s: FakeStatus = {
        id: String(next++),
        status: input.text,
        mediaIds: [],
        inReplyToId: null,
        idempotencyKey: null,
        visibility: 'public',
        account: { id: `acc-${input.acct}`, acct: input.acct, display_name: input.acct },
        language: input.language ?? null,
        createdAt: new Date().toISOString(),
        quotedId: input.quotedId,
      };
      statuses.set(s.id, s);
      notifications.push({ id: String(next++), type: 'quote', statusId: s.id });
      if (input.alsoMentions) notifications.push({ id: String(next++), type: 'mention', statusId: s.id });
      return s;
    },
    /** Our statuses that answer a given one. */
    answersTo: (id: string) => [...statuses.values()].filter((s) => s.inReplyToId === id && !s.account),
  };
}
export type FakeMastodon = Awaited<ReturnType<typeof startFakeMastodon>>;
