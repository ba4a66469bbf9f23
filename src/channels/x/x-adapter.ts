// X (API v2). Connecting: OAuth 2.0 authorisation code with PKCE against the installation's X app
// (X_CLIENT_ID / X_CLIENT_SECRET; a confidential client, so the token endpoint gets Basic auth),
// scopes with offline.access for a refresh token. Access tokens live two hours: the engine
// refreshes them before expiry through `oauth.refresh` (the refresh token rotates on each use, so
// only a caller that stores the answer may refresh; publish never does).
//
// The refresh runs leased in src/features/channels/token-refresh.ts.
//
// Posts: POST /2/tweets; images via POST /2/media/upload, alt text via POST /2/media/metadata;
// a video through the chunked upload (POST /2/media/upload with command INIT, APPEND per 4 MB
// segment, FINALIZE, then GET ?command=STATUS until processing_info.state is "succeeded");
// a text longer than 280 weighted characters becomes a thread (reply.in_reply_to_tweet_id).
// X has no idempotency key: a lost answer is "unknown" and findPublished reads the account's
// recent posts to find ours. Reading and answering reactions: x-inbound.ts.
import { ConnectError, type ChannelAdapter, type Connection, type PublishMedia, type PublishOutcome, type PublishRequest } from '../channel-adapter';
import { apiCall, errorOutcome, TransportFailure, transportOutcome, type ApiAnswer } from '../oauth/api-call';
import { GrantRevoked, readTokenAnswer, type OAuthContext, type OAuthFlow } from '../oauth/oauth-flow';
import { authorizeUrl, createPkce } from '../oauth/pkce';
import type { Outbound } from '../../net/safe-fetch';
import { splitIntoPosts } from '../bluesky/thread';
import { findUrls, X_MAX_WEIGHTED_LENGTH, X_PART_LIMITS } from './weighted-length';
import { isVideo, mediaProblem, typesOf, VIDEO_TYPES, type MediaRule } from '../media-rules';
import { mediaPolling, pollPause } from '../media-polling';
import { apiBaseOf, parseCredentials, type XCredentials } from './x-account';
import { fetchXInbound, findXReply, replyOnX } from './x-inbound';

export { X_PART_LIMITS };

const NETWORK = 'X';
const SCOPES = 'tweet.read tweet.write users.read media.write offline.access';
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** docs.x.com media best practices: images up to 5 MB; video MP4 or MOV, 0.5 to 140 s, up to 512 MB. */
export const X_MEDIA_RULES: MediaRule[] = [
  { kind: 'image', types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], maxBytes: MAX_IMAGE_BYTES },
  { kind: 'video', types: VIDEO_TYPES, maxBytes: 512 * 1024 * 1024, minDurationMs: 500, maxDurationMs: 140_000 },
];
export const X_MEDIA_TYPES = typesOf(X_MEDIA_RULES);
/** APPEND takes at most 5 MB per segment. */
const X_SEGMENT_BYTES = 4 * 1024 * 1024;
/** Refresh when less than this is left (the engine's lease runs every few minutes). */
export const X_REFRESH_MARGIN_MS = 15 * 60 * 1000;

interface XConfig {
  clientId: string;
  clientSecret: string;
  apiBase: string;
  authorizeBase: string;
}

/** Installation configuration; the URLs are overridable only so tests can point at the contract server. */
export function xConfig(env: Record<string, string | undefined>): XConfig {
  const clientId = env.X_CLIENT_ID ?? '';
  if (!clientId) throw new ConnectError('X is not configured on this installation (X_CLIENT_ID)');
  return {
    clientId,
    clientSecret: env.X_CLIENT_SECRET ?? '',
    apiBase: (env.X_API_URL ?? 'https://api.x.com').replace(/\/+$/, ''),
    authorizeBase: env.X_AUTHORIZE_URL ?? 'https://x.com/i/oauth2/authorize',
  };
}

async function tokenCall(net: Outbound, config: XConfig, params: Record<string, string>): Promise<XCredentials> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (config.clientSecret) headers.authorization = `Basic ${Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64')}`;
  const res = await net.fetch(`${config.apiBase}/2/oauth2/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams({ ...params, client_id: config.clientId }),
  });
  const body = await readTokenAnswer(res, NETWORK);
  const seconds = typeof body.expires_in === 'number' ? body.expires_in : 7200;
  return {
    accessToken: String(body.access_token),
    refreshToken: String(body.refresh_token ?? params.refresh_token ?? ''),
    expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
  };
}

const oauth: OAuthFlow<Connection> = {
  async begin(_input, state, ctx) {
    const config = xConfig(ctx.env);
    const pkce = createPkce();
    return {
      authorizeUrl: authorizeUrl(config.authorizeBase, { clientId: config.clientId, redirectUri: ctx.redirectUri, scope: SCOPES, state, pkce }),
      pending: { verifier: pkce.verifier },
    };
  },
  async finish(pending, code, ctx) {
    const config = xConfig(ctx.env);
    let credentials: XCredentials;
    try {
      credentials = await tokenCall(ctx.net, config, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: ctx.redirectUri,
        code_verifier: String(pending.verifier),
      });
    } catch (error) {
      throw new ConnectError((error as Error).message);
    }
    const me = await apiCall(ctx.net, `${config.apiBase}/2/users/me`, { token: credentials.accessToken });
    const user = (me.body.data ?? {}) as { id?: string; username?: string };
    if (me.status !== 200 || !user.id) throw new ConnectError(`X did not accept the new token (HTTP ${me.status})`);
    // tokenExpiresAt: when the engine's leased refresh (features/channels/token-refresh.ts) is due.
    return {
      settings: { apiBase: config.apiBase, userId: user.id, username: user.username, tokenExpiresAt: credentials.expiresAt },
      credentials: { ...credentials },
    };
  },
  async refresh(raw, ctx: Omit<OAuthContext, 'redirectUri'>) {
    const current = parseCredentials(raw);
    if (!current?.refreshToken) throw new GrantRevoked('X: no refresh token, opnieuw koppelen');
    return { ...(await tokenCall(ctx.net, xConfig(ctx.env), { grant_type: 'refresh_token', refresh_token: current.refreshToken })) };
  },
};

/** The access token expires within the margin: the engine's refresh should run first. */
export function xNeedsRefresh(credentials: Record<string, unknown> | null, now = Date.now()): boolean {
  const c = parseCredentials(credentials);
  return !!c && Date.parse(c.expiresAt) - now < X_REFRESH_MARGIN_MS;
}

class Stop extends Error {
  constructor(readonly outcome: PublishOutcome) {
    super('stop');
  }
}

function checkMedia(media: PublishMedia[]): string | null {
  if (media.length > 4) return `X takes at most 4 images (got ${media.length})`;
  for (const m of media) {
    if (!X_MEDIA_TYPES.includes(m.mimeType)) return `X does not take ${m.mimeType} files`;
    if (!m.altText.trim()) return 'images need alt text';
  }
  return mediaProblem(NETWORK, X_MEDIA_RULES, media)?.reason ?? null;
}

async function call(net: Outbound, url: string, init: Parameters<typeof apiCall>[2], safe: boolean): Promise<ApiAnswer> {
  try {
    return await apiCall(net, url, init);
  } catch (error) {
    if (error instanceof TransportFailure) throw new Stop(transportOutcome(NETWORK, error, safe));
    throw error;
  }
}

async function uploadImage(net: Outbound, base: string, token: string, m: PublishMedia): Promise<string> {
  const bytes = await m.read();
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    throw new Stop({
      kind: 'failed',
      retryable: false,
      reason: `image is larger than X's 5 MB limit (${bytes.byteLength} bytes)`,
      code: 'image_too_large',
      params: { maxKb: 5120 },
    });
  }
  const form = new FormData();
  form.set('media', new Blob([new Uint8Array(bytes)], { type: m.mimeType }), m.id);
  form.set('media_category', 'tweet_image');
  form.set('media_type', m.mimeType);
  // Uploads and metadata are never shown on their own: any failure here is safe to retry.
  const uploaded = await call(net, `${base}/2/media/upload`, { method: 'POST', token, form }, true);
  const id = (uploaded.body.data as { id?: string } | undefined)?.id;
  if (uploaded.status !== 200 && uploaded.status !== 201) throw new Stop(imageFailure(uploaded));
  if (!id) throw new Stop({ kind: 'failed', retryable: true, reason: 'X answered an upload without a media id', code: 'network_busy' });
  const meta = await call(
    net,
    `${base}/2/media/metadata`,
    { method: 'POST', token, json: { id, metadata: { alt_text: { text: m.altText.trim().slice(0, 1000) } } } },
    true,
  );
  if (meta.status !== 200) throw new Stop(imageFailure(meta));
  return id;
}

/** The chunked upload of a video; answers the media id once X has processed it. */
async function uploadVideo(net: Outbound, base: string, token: string, m: PublishMedia): Promise<string> {
  const bytes = await m.read();
  const command = (fields: Record<string, string | Blob>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    // Nothing is shown until the post names the media: every step is safe to retry.
    return call(net, `${base}/2/media/upload`, { method: 'POST', token, form }, true);
  };
  const init = await command({ command: 'INIT', media_type: m.mimeType, total_bytes: String(bytes.byteLength), media_category: 'tweet_video' });
  const id = (init.body.data as { id?: string } | undefined)?.id;
  if (init.status >= 300) throw new Stop(imageFailure(init));
  if (!id) throw new Stop({ kind: 'failed', retryable: true, reason: 'X answered INIT without a media id', code: 'network_busy' });
  for (let at = 0, segment = 0; at < bytes.byteLength; at += X_SEGMENT_BYTES, segment++) {
    const chunk = new Blob([new Uint8Array(bytes.subarray(at, at + X_SEGMENT_BYTES))], { type: 'application/octet-stream' });
    const appended = await command({ command: 'APPEND', media_id: id, segment_index: String(segment), media: chunk });
    if (appended.status >= 300) throw new Stop(imageFailure(appended));
  }
  let answer = await command({ command: 'FINALIZE', media_id: id });
  if (answer.status >= 300) throw new Stop(imageFailure(answer));
  for (let poll = 0; ; poll++) {
    const info = (answer.body.data as { processing_info?: { state?: string; check_after_secs?: number; error?: { message?: string } } } | undefined)
      ?.processing_info;
    // No processing_info: the media is ready as it is.
    if (!info || info.state === 'succeeded') break;
    if (info.state === 'failed') {
      throw new Stop({
        kind: 'failed',
        retryable: false,
        reason: `X could not process the video: ${info.error?.message ?? 'no reason given'}`,
        code: 'video_processing_failed',
      });
    }
    if (poll >= mediaPolling.maxPolls) throw new Stop({ kind: 'failed', retryable: true, reason: 'X is still processing the video', code: 'network_busy' });
    await pollPause(info.check_after_secs !== undefined ? info.check_after_secs * 1000 : undefined);
    answer = await call(net, `${base}/2/media/upload?command=STATUS&media_id=${encodeURIComponent(id)}`, { token }, true);
    if (answer.status !== 200) throw new Stop(imageFailure(answer));
  }
  const meta = await call(
    net,
    `${base}/2/media/metadata`,
    { method: 'POST', token, json: { id, metadata: { alt_text: { text: m.altText.trim().slice(0, 1000) } } } },
    true,
  );
  if (meta.status !== 200) throw new Stop(imageFailure(meta));
  return id;
}

function imageFailure(answer: ApiAnswer): PublishOutcome {
  const outcome = errorOutcome(NETWORK, answer, ' (image)');
  if (outcome.kind === 'unknown') return { kind: 'failed', retryable: true, reason: outcome.reason, code: 'network_busy' };
  return outcome.kind === 'failed' && outcome.code === 'post_refused' ? { ...outcome, code: 'image_refused' } : outcome;
}

async function publish(req: PublishRequest): Promise<PublishOutcome> {
  const credentials = parseCredentials(req.credentials);
  if (!credentials) return { kind: 'failed', retryable: false, channelProblem: true, reason: 'X: niet gekoppeld, opnieuw koppelen', code: 'grant_revoked' };
  if (Date.parse(credentials.expiresAt) <= Date.now()) {
    // The refresh did not run in time; it may still (nothing was sent).
    return { kind: 'failed', retryable: true, retryAfterMs: 60_000, reason: 'X access token expired; waiting for the refresh', code: 'session_expired' };
  }
  const refused = checkMedia(req.media);
  if (refused) return { kind: 'failed', retryable: false, reason: refused, code: 'media_refused' };
  const parts = splitIntoPosts(req.text, X_PART_LIMITS);
  if (parts.length === 1 && !parts[0] && req.media.length === 0)
    return { kind: 'failed', retryable: false, reason: 'nothing to post (empty text)', code: 'text_required' };
  const base = apiBaseOf(req.channel.settings);
  const username = String(req.channel.settings.username ?? 'i');
  try {
    const mediaIds: string[] = [];
    for (const m of req.media) mediaIds.push(await (isVideo(m.mimeType) ? uploadVideo : uploadImage)(req.net, base, credentials.accessToken, m));
    const ids: string[] = [];
    for (const [index, text] of parts.entries()) {
      const where = parts.length > 1 ? ` (thread part ${index + 1} of ${parts.length})` : '';
      const answer = await call(
        req.net,
        `${base}/2/tweets`,
        {
          method: 'POST',
          token: credentials.accessToken,
          json: {
            text,
            ...(index === 0 && mediaIds.length ? { media: { media_ids: mediaIds } } : {}),
            ...(ids.length ? { reply: { in_reply_to_tweet_id: ids.at(-1) } } : {}),
          },
        },
        false,
      );
      const id = (answer.body.data as { id?: string } | undefined)?.id;
      if (answer.status !== 201 && answer.status !== 200) {
        const outcome = errorOutcome(NETWORK, answer, where);
        // Earlier parts are out and X cannot deduplicate: a resend would repeat them.
        if (index > 0 && outcome.kind !== 'published' && !(outcome.kind === 'failed' && outcome.channelProblem)) {
          return {
            kind: 'unknown',
            reason: `X thread partly published: ${outcome.reason}`,
            code: 'thread_partial',
            params: { part: index + 1, parts: parts.length },
          };
        }
        return outcome;
      }
      if (!id) return { kind: 'unknown', reason: 'X answered without a post id', code: 'no_confirmation' };
      ids.push(id);
    }
    return { kind: 'published', externalId: ids.join(','), externalUrl: `https://x.com/${username}/status/${ids[0]}` };
  } catch (error) {
    if (error instanceof Stop) return error.outcome;
    throw error;
  }
}

/** Links are shortened to t.co in what X returns: compare texts without them. */
const comparable = (text: string) => {
  let out = '';
  let at = 0;
  for (const u of findUrls(text)) {
    out += `${text.normalize('NFC').slice(at, u.start)}<url>`;
    at = u.end;
  }
  return (out + text.normalize('NFC').slice(at)).replace(/\s+/g, ' ').trim();
};

/** Reconciliation: our first part among the account's recent posts (X has no idempotency key). */
async function findPublished(req: Omit<PublishRequest, 'text' | 'media'> & { text?: string }) {
  const credentials = parseCredentials(req.credentials);
  if (!credentials) throw new GrantRevoked('X: niet gekoppeld, opnieuw koppelen');
  // Without the text "not found" could not be told from "cannot tell": never report absent then.
  if (!req.text) throw new Error('X reconciliation needs the post text');
  const base = apiBaseOf(req.channel.settings);
  const userId = String(req.channel.settings.userId ?? '');
  const answer = await apiCall(req.net, `${base}/2/users/${encodeURIComponent(userId)}/tweets?max_results=20`, { token: credentials.accessToken });
  if (answer.status === 401) throw new GrantRevoked('X: koppeling ingetrokken of verlopen, opnieuw koppelen');
  if (answer.status !== 200) throw new Error(`X could not be read (HTTP ${answer.status})`);
  const want = comparable(splitIntoPosts(req.text, X_PART_LIMITS)[0] ?? '');
  const hit = ((answer.body.data ?? []) as { id: string; text: string }[]).find((t) => comparable(t.text) === want);
  return hit ? { externalId: hit.id, externalUrl: `https://x.com/${String(req.channel.settings.username ?? 'i')}/status/${hit.id}` } : null;
}

async function remove(req: { externalId: string; settings: Record<string, unknown>; credentials: Record<string, unknown> | null; net: Outbound }) {
  const credentials = parseCredentials(req.credentials);
  if (!credentials) throw new GrantRevoked('X: niet gekoppeld, opnieuw koppelen');
  const base = apiBaseOf(req.settings);
  for (const id of req.externalId.split(',').reverse()) {
    const answer = await apiCall(req.net, `${base}/2/tweets/${encodeURIComponent(id)}`, { method: 'DELETE', token: credentials.accessToken });
    if (answer.status === 401) throw new GrantRevoked('X: koppeling ingetrokken of verlopen, opnieuw koppelen');
    if (answer.status !== 200 && answer.status !== 404) throw new Error(`X did not delete post ${id} (HTTP ${answer.status})`);
  }
}

export const xAdapter: ChannelAdapter & { oauth: OAuthFlow<Connection> } = {
  type: 'x',
  limits: { maxLength: 5000, partLength: X_MAX_WEIGHTED_LENGTH, maxMedia: 4, mediaTypes: X_MEDIA_TYPES, requiresAltText: true, media: X_MEDIA_RULES },
  needsCredentials: true,
  idempotent: false,
  publicFeed: false,
  connectFields: [],
  async connect() {
    throw new ConnectError('X is connected through its login page (OAuth), not a form');
  },
  oauth,
  publish,
  // The engine passes the whole publish request (with its text); without a text it throws
  // (cannot tell), so the post stays unconfirmed for a person instead of being resent.
  async findPublished(req) {
    return findPublished(req);
  },
  remove,
  // Mentions, replies and quotes (x-inbound.ts); no direct messages (they need access above Basic).
  fetchInbound: fetchXInbound,
  reply: replyOnX,
  findReply: findXReply,
  privateReplies: false,
  // Every two minutes: the Basic tier allows 10 mention reads per 15 minutes per user.
  inboundPollMs: 2 * 60_000,
  links: () => [],
};

export { findPublished as findXPost };
