// Mastodon, any instance. Connecting registers Zorgpost as an app on the person's instance
// (POST /api/v1/apps), then OAuth authorisation code with PKCE; the client id and secret of that
// instance and the access token are sealed with the channel's credentials. The instance's own
// limits (GET /api/v2/instance: max_characters, max_media_attachments, characters_reserved_per_url)
// are read at connect and kept in the settings.
//
// Exactly once: every status is created with an Idempotency-Key derived from post, channel and
// thread part; Mastodon answers a repeat within an hour with the status it made the first time,
// so a lost answer is resent rather than reported unknown. Threads: each part replies to the
// previous one (in_reply_to_id); externalId lists the parts' ids, comma-separated, for remove.
// Media: POST /api/v2/media answers 200 with a url, or 202 with url null while the instance still
// processes it (videos); GET /api/v1/media/:id then answers 206 until done, 200 with the url, or
// 422 when processing failed — that fails the post with the instance's reason. Video limits come
// from the instance (configuration.media_attachments: image_size_limit, video_size_limit).
import { ConnectError, type ChannelAdapter, type Connection, type PublishMedia, type PublishOutcome, type PublishRequest } from '../channel-adapter';
import { apiCall, errorOutcome, TransportFailure, transportOutcome, type ApiAnswer } from '../oauth/api-call';
import { GrantRevoked, readTokenAnswer, type OAuthFlow } from '../oauth/oauth-flow';
import { authorizeUrl, createPkce } from '../oauth/pkce';
import { refusalIn, type Outbound } from '../../net/safe-fetch';
import { splitIntoPosts } from '../bluesky/thread';
import { instanceOf, parseCredentials } from './mastodon-account';
import { fetchMastodonInbound, findMastodonReply, replyOnMastodon } from './mastodon-inbound';
import { searchMastodon } from './mastodon-search';
import { readMastodonFigures, readMastodonFollowers } from './figures';
import { MASTODON_DEFAULT_MAX_CHARACTERS, MASTODON_URL_LENGTH, mastodonPartLimits } from './status-length';
import { mediaProblem, VIDEO_TYPES, type MediaRule } from '../media-rules';
import { mediaPolling, pollPause } from '../media-polling';

const NETWORK = 'Mastodon';
const SCOPES = 'read write';
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
export const MASTODON_MEDIA_TYPES = [...IMAGE_TYPES, ...VIDEO_TYPES];

interface InstanceLimits {
  maxCharacters: number;
  maxMedia: number;
  urlLength: number;
  /** configuration.media_attachments of the instance; a stock Mastodon 4 takes 16 MB images, 99 MB videos. */
  imageSizeLimit: number;
  videoSizeLimit: number;
}

export function limitsOf(settings: Record<string, unknown>): InstanceLimits {
  const num = (v: unknown, d: number) => (typeof v === 'number' && v > 0 ? v : d);
  return {
    maxCharacters: num(settings.maxCharacters, MASTODON_DEFAULT_MAX_CHARACTERS),
    maxMedia: num(settings.maxMedia, 4),
    urlLength: num(settings.urlLength, MASTODON_URL_LENGTH),
    imageSizeLimit: num(settings.imageSizeLimit, 16 * 1024 * 1024),
    videoSizeLimit: num(settings.videoSizeLimit, 99 * 1024 * 1024),
  };
}

export function mastodonMediaRules(limits: InstanceLimits): MediaRule[] {
  return [
    { kind: 'image', types: IMAGE_TYPES, maxBytes: limits.imageSizeLimit },
    { kind: 'video', types: VIDEO_TYPES, maxBytes: limits.videoSizeLimit },
  ];
}

/** The instance address as typed ("mastodon.nl" or "https://mastodon.nl/"), normalised to its origin. */
export function normaliseInstance(raw: string): string {
  const trimmed = raw.trim();
  const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return url.origin;
}

async function readInstanceLimits(net: Outbound, instance: string): Promise<InstanceLimits> {
  const answer = await apiCall(net, `${instance}/api/v2/instance`);
  const config = (answer.body.configuration ?? {}) as { statuses?: Record<string, unknown>; media_attachments?: Record<string, unknown> };
  return limitsOf({
    maxCharacters: config.statuses?.max_characters,
    maxMedia: config.statuses?.max_media_attachments,
    urlLength: config.statuses?.characters_reserved_per_url,
    imageSizeLimit: config.media_attachments?.image_size_limit,
    videoSizeLimit: config.media_attachments?.video_size_limit,
  });
}

const oauth: OAuthFlow<Connection> = {
  async begin(input, state, ctx) {
    let instance: string;
    try {
      instance = normaliseInstance(input.instance ?? '');
      await ctx.net.check(instance);
    } catch (error) {
      throw new ConnectError(refusalIn(error)?.message ?? 'not an instance address', { unreachable: true, field: 'instance' });
    }
    // One app registration per connect: the redirect URI is this installation's, and a stored
    // registration per instance would be one more secret to manage for little gain.
    let app: ApiAnswer;
    try {
      app = await apiCall(ctx.net, `${instance}/api/v1/apps`, {
        method: 'POST',
        json: { client_name: 'Zorgpost', redirect_uris: ctx.redirectUri, scopes: SCOPES, website: null },
      });
    } catch (error) {
      if (error instanceof TransportFailure) throw new ConnectError(error.message, { unreachable: true, field: 'instance' });
      throw error;
    }
    const clientId = app.body.client_id;
    const clientSecret = app.body.client_secret;
    if (app.status !== 200 || typeof clientId !== 'string' || typeof clientSecret !== 'string') {
      throw new ConnectError(`${instance} did not register the app (HTTP ${app.status})`);
    }
    const pkce = createPkce();
    return {
      authorizeUrl: authorizeUrl(`${instance}/oauth/authorize`, { clientId, redirectUri: ctx.redirectUri, scope: SCOPES, state, pkce }),
      pending: { instance, clientId, clientSecret, verifier: pkce.verifier },
    };
  },

  async finish(pending, code, ctx) {
    const instance = String(pending.instance);
    const res = await ctx.net.fetch(`${instance}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        client_id: String(pending.clientId),
        client_secret: String(pending.clientSecret),
        redirect_uri: ctx.redirectUri,
        scope: SCOPES,
        code_verifier: String(pending.verifier),
      }),
    });
    let token: Record<string, unknown>;
    try {
      token = await readTokenAnswer(res, NETWORK);
    } catch (error) {
      throw new ConnectError((error as Error).message);
    }
    const accessToken = String(token.access_token);
    const me = await apiCall(ctx.net, `${instance}/api/v1/accounts/verify_credentials`, { token: accessToken });
    if (me.status !== 200) throw new ConnectError(`${instance} did not accept the new token (HTTP ${me.status})`);
    const limits = await readInstanceLimits(ctx.net, instance);
    return {
      settings: { instance, acct: me.body.acct, accountId: me.body.id, profileUrl: me.body.url, ...limits },
      credentials: { clientId: String(pending.clientId), clientSecret: String(pending.clientSecret), accessToken },
    };
  },
};

function checkMedia(media: PublishMedia[], limits: InstanceLimits): string | null {
  if (media.length > limits.maxMedia) return `this Mastodon instance takes at most ${limits.maxMedia} images (got ${media.length})`;
  for (const m of media) {
    if (!MASTODON_MEDIA_TYPES.includes(m.mimeType)) return `Mastodon does not take ${m.mimeType} files`;
    if (!m.altText.trim()) return 'images need alt text';
  }
  return mediaProblem(NETWORK, mastodonMediaRules(limits), media)?.reason ?? null;
}

class Stop extends Error {
  constructor(readonly outcome: PublishOutcome) {
    super('stop');
  }
}

async function uploadMedia(net: Outbound, instance: string, token: string, m: PublishMedia): Promise<string> {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(await m.read())], { type: m.mimeType }), `${m.id}`);
  form.set('description', m.altText.trim());
  let answer: ApiAnswer;
  try {
    answer = await apiCall(net, `${instance}/api/v2/media`, { method: 'POST', token, form });
  } catch (error) {
    // An unattached upload is never shown (and cleaned up by the instance): safe to retry.
    if (error instanceof TransportFailure) throw new Stop(transportOutcome(NETWORK, error, true));
    throw error;
  }
  if (answer.status !== 200 && answer.status !== 202) {
    const outcome = errorOutcome(NETWORK, answer, ' (image)');
    if (outcome.kind === 'failed' && outcome.code === 'post_refused') throw new Stop({ ...outcome, code: 'image_refused' });
    // An image refused with 5xx never reached a post: retry.
    throw new Stop(outcome.kind === 'unknown' ? { kind: 'failed', retryable: true, reason: outcome.reason, code: 'network_busy' } : outcome);
  }
  const id = String(answer.body.id);
  // 202: still processing; a status with it is refused until its url is set.
  for (let i = 0; answer.body.url == null; i++) {
    if (i >= mediaPolling.maxPolls) throw new Stop({ kind: 'failed', retryable: true, reason: 'Mastodon is still processing the media', code: 'network_busy' });
    await pollPause();
    try {
      answer = await apiCall(net, `${instance}/api/v1/media/${encodeURIComponent(id)}`, { token });
    } catch (error) {
      if (error instanceof TransportFailure) throw new Stop(transportOutcome(NETWORK, error, true));
      throw error;
    }
    if (answer.status === 422) {
      const why = String(answer.body.error ?? 'no reason given');
      throw new Stop({ kind: 'failed', retryable: false, reason: `Mastodon could not process the media: ${why}`, code: 'video_processing_failed' });
    }
    if (answer.status !== 200 && answer.status !== 206) {
      const outcome = errorOutcome(NETWORK, answer, ' (media)');
      // Nothing is posted while the media is processed: a 5xx here is safe to retry.
      throw new Stop(outcome.kind === 'unknown' ? { kind: 'failed', retryable: true, reason: outcome.reason, code: 'network_busy' } : outcome);
    }
  }
  return id;
}

async function publish(req: PublishRequest): Promise<PublishOutcome> {
  const credentials = parseCredentials(req.credentials);
  if (!credentials)
    return { kind: 'failed', retryable: false, channelProblem: true, reason: `${NETWORK}: niet gekoppeld, opnieuw koppelen`, code: 'grant_revoked' };
  const instance = instanceOf(req.channel.settings);
  const limits = limitsOf(req.channel.settings);
  const refused = checkMedia(req.media, limits);
  if (refused) return { kind: 'failed', retryable: false, reason: refused, code: 'media_refused' };
  const parts = splitIntoPosts(req.text, mastodonPartLimits(limits));
  if (parts.length === 1 && !parts[0] && req.media.length === 0)
    return { kind: 'failed', retryable: false, reason: 'nothing to post (empty text)', code: 'text_required' };

  try {
    const mediaIds: string[] = [];
    for (const m of req.media) mediaIds.push(await uploadMedia(req.net, instance, credentials.accessToken, m));
    const ids: string[] = [];
    let firstUrl: string | null = null;
    for (const [index, status] of parts.entries()) {
      const where = parts.length > 1 ? ` (thread part ${index + 1} of ${parts.length})` : '';
      let answer: ApiAnswer;
      try {
        answer = await apiCall(req.net, `${instance}/api/v1/statuses`, {
          method: 'POST',
          token: credentials.accessToken,
          headers: { 'idempotency-key': `zorgpost:${req.postId}:${req.channel.id}:${index}` },
          json: {
            status,
            visibility: 'public',
            ...(index === 0 && mediaIds.length ? { media_ids: mediaIds } : {}),
            ...(ids.length ? { in_reply_to_id: ids.at(-1) } : {}),
          },
        });
      } catch (error) {
        if (error instanceof TransportFailure) return transportOutcome(NETWORK, error, true);
        throw error;
      }
      if (answer.status !== 200) {
        const outcome = errorOutcome(NETWORK, answer, where);
        // Earlier parts are out; resending is still safe (same keys), but a refusal needs a person.
        if (index > 0 && outcome.kind === 'failed' && !outcome.retryable && !outcome.channelProblem) {
          return {
            kind: 'unknown',
            reason: `Mastodon thread partly published: ${outcome.reason}`,
            code: 'thread_partial',
            params: { part: index + 1, parts: parts.length },
          };
        }
        // 5xx with an Idempotency-Key: resending returns the status if it was made.
        if (outcome.kind === 'unknown') return { kind: 'failed', retryable: true, reason: outcome.reason, code: 'network_busy' };
        return outcome;
      }
      ids.push(String(answer.body.id));
      firstUrl ??= typeof answer.body.url === 'string' ? answer.body.url : null;
    }
    return { kind: 'published', externalId: ids.join(','), externalUrl: firstUrl };
  } catch (error) {
    if (error instanceof Stop) return error.outcome;
    throw error;
  }
}

async function remove(req: { externalId: string; settings: Record<string, unknown>; credentials: Record<string, unknown> | null; net: Outbound }) {
  const credentials = parseCredentials(req.credentials);
  if (!credentials) throw new GrantRevoked('Mastodon: niet gekoppeld, opnieuw koppelen');
  const instance = instanceOf(req.settings);
  // Replies first; a status that is already gone (404) counts as removed.
  for (const id of req.externalId.split(',').reverse()) {
    const answer = await apiCall(req.net, `${instance}/api/v1/statuses/${encodeURIComponent(id)}`, { method: 'DELETE', token: credentials.accessToken });
    if (answer.status === 401) throw new GrantRevoked('Mastodon: koppeling ingetrokken of verlopen, opnieuw koppelen');
    if (answer.status !== 200 && answer.status !== 404) throw new Error(`Mastodon did not delete status ${id} (HTTP ${answer.status})`);
  }
}

export const mastodonAdapter: ChannelAdapter & { oauth: OAuthFlow<Connection> } = {
  type: 'mastodon',
  // The defaults of a stock instance; the connected instance's own limits are in the settings.
  limits: {
    maxLength: 5000,
    partLength: MASTODON_DEFAULT_MAX_CHARACTERS,
    maxMedia: 4,
    mediaTypes: MASTODON_MEDIA_TYPES,
    requiresAltText: true,
    media: mastodonMediaRules(limitsOf({})),
  },
  // The instance's own limits, read at connect: a status of up to maxCharacters, longer texts as a thread.
  limitsFor(settings) {
    const own = limitsOf(settings);
    return {
      maxLength: Math.max(5000, own.maxCharacters),
      partLength: own.maxCharacters,
      maxMedia: own.maxMedia,
      mediaTypes: MASTODON_MEDIA_TYPES,
      requiresAltText: true,
      media: mastodonMediaRules(own),
    };
  },
  needsCredentials: true,
  idempotent: true,
  publicFeed: false,
  connectFields: [{ name: 'instance', type: 'url', secret: false, required: true, placeholder: 'https://mastodon.nl' }],
  async connect() {
    throw new ConnectError('Mastodon is connected through its login page (OAuth), not a form');
  },
  oauth,
  publish,
  remove,
  fetchInbound: fetchMastodonInbound,
  search: searchMastodon,
  reply: replyOnMastodon,
  findReply: findMastodonReply,
  privateReplies: true,
  // Every minute: one notifications call (instances allow 300 calls per 5 minutes per account).
  inboundPollMs: 60_000,
  readFigures: readMastodonFigures,
  readFollowers: readMastodonFollowers,
  links: () => [],
};
