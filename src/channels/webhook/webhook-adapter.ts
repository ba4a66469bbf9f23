// A channel that delivers posts to the organisation's own system (intranet, CMS, newsletter tool)
// by HTTP. The contract (docs/webhook-channel.md): POST {url} with the post as JSON, an
// `Idempotency-Key` the receiver uses to ignore repeats, and an HMAC-SHA256 signature over the
// body when a secret is set; GET {url}?id={key} answers 200 when the receiver has the post.
//
// The URL itself may carry a secret (user:password@ or a token in the query), so it is kept with
// the encrypted credentials; the settings hold only scheme and host, shown to managers alone.
// Every call goes through the outbound policy (src/net/safe-fetch.ts): no private or metadata
// addresses unless the installation allows them, no redirects.
import { createHmac } from 'node:crypto';
import { ConnectError, type ChannelAdapter, type PublishOutcome, type PublishRequest } from '../channel-adapter';
import { parseRetryAfter } from '../../net/retry-after';
import { httpLinkOrNull } from '../../net/http-link';
import { refusalIn } from '../../net/safe-fetch';
import { log } from '../../log/logger';

const TIMEOUT_MS = 15_000;

type Secrets = Record<string, unknown> | null;

/** The receiver's URL: from the sealed credentials; channels connected before 2026-11 kept it in settings. */
function urlOf(settings: Record<string, unknown>, credentials: Secrets): string {
  return typeof credentials?.url === 'string' ? credentials.url : String(settings.url ?? '');
}

/** The Fetch standard refuses user:password@ in a URL: it travels as a Basic Authorization header instead. */
function target(raw: string, extra?: { id: string }): { url: URL; auth: Record<string, string> } {
  const url = new URL(raw);
  const auth: Record<string, string> =
    url.username || url.password
      ? { authorization: `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` }
      : {};
  url.username = '';
  url.password = '';
  if (extra) url.searchParams.set('id', extra.id);
  return { url, auth };
}

/** What a person may see of the receiver's address: scheme and host, never path, query or credentials. */
export function redactedTarget(raw: unknown): string | null {
  try {
    const url = new URL(String(raw));
    return `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
}

const keyOf = (req: { postId: string; channel: { id: string } }) => `${req.postId}:${req.channel.id}`;

function sign(body: string, credentials: Secrets): Record<string, string> {
  const secret = typeof credentials?.secret === 'string' ? credentials.secret : '';
  return secret ? { 'x-zorgpost-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` } : {};
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT']);

function codeOf(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 6 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Details for the server log only; the person sees a generic reason. Never logs the URL (it may hold a secret). */
function logFailure(channelId: string, what: string, error: unknown) {
  const refusal = refusalIn(error);
  log.warn({ channelId, cause: refusal ? refusal.message : (codeOf(error) ?? (error as Error)?.message ?? String(error)) }, `webhook ${what}`);
}

/** A call that did not get an HTTP answer, as the engine should treat it. */
function failureOutcome(error: unknown): PublishOutcome {
  const refusal = refusalIn(error);
  if (refusal?.reason === 'redirect') return { kind: 'failed', reason: 'system:redirect_refused', retryable: false, channelProblem: true };
  if (refusal) return { kind: 'failed', reason: 'system:target_refused', retryable: false, channelProblem: true };
  // Refused or unknown host: no byte was accepted by a receiver, safe to retry.
  if (CONNECT_CODES.has(codeOf(error) ?? '')) return { kind: 'failed', reason: 'system:unreachable', retryable: true };
  return { kind: 'unknown', reason: 'system:no_confirmation' };
}

export const webhookAdapter: ChannelAdapter = {
  type: 'webhook',
  limits: { maxLength: 10000, partLength: null, maxMedia: 10, mediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], requiresAltText: true },
  needsCredentials: false,
  idempotent: true,
  publicFeed: false,
  connectFields: [
    // The URL is secret: it may carry a password or token.
    { name: 'url', type: 'url', secret: true, required: true, placeholder: 'https://intranet.example.nl/zorgpost' },
    { name: 'secret', type: 'password', secret: true, required: false },
  ],
  async connect(input, net) {
    let url: URL;
    try {
      url = new URL(input.url ?? '');
    } catch {
      throw new ConnectError('not a web address', { unreachable: true, field: 'url' });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConnectError('the address must start with https://');
    try {
      await net.check(url.toString(), { allowCredentials: true });
    } catch (error) {
      const refusal = refusalIn(error);
      if (!refusal) throw error;
      log.warn({ cause: refusal.message }, 'webhook connect refused');
      throw new ConnectError(refusal.message, { unreachable: true, field: 'url' });
    }
    const credentials = { url: url.toString(), ...(input.secret ? { secret: input.secret } : {}) };
    return { settings: { target: redactedTarget(url) }, credentials };
  },

  viewSettings(settings, viewer) {
    // Readers see nothing of the address; managers see scheme and host (also for channels that kept the URL in settings).
    if (!viewer.manager) return {};
    const shown = settings.target ?? redactedTarget(settings.url);
    return shown ? { target: shown } : {};
  },

  async publish(req: PublishRequest) {
    const body = JSON.stringify({
      id: keyOf(req),
      postId: req.postId,
      text: req.text,
      media: await Promise.all(req.media.map(async (m) => ({ mimeType: m.mimeType, altText: m.altText, base64: (await m.read()).toString('base64') }))),
    });
    let res: Response;
    try {
      const { url, auth } = target(urlOf(req.channel.settings, req.credentials));
      res = await req.net.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': keyOf(req), ...auth, ...sign(body, req.credentials) },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      logFailure(req.channel.id, 'delivery', error);
      return failureOutcome(error);
    }
    await res.body?.cancel();
    if (res.ok) return { kind: 'published', externalId: keyOf(req), externalUrl: httpLinkOrNull(res.headers.get('location')) };
    const retryable = res.status === 429 || res.status >= 500;
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    return {
      kind: 'failed',
      reason: `HTTP ${res.status}`,
      retryable,
      code: res.status === 429 ? 'rate_limited' : 'network_refused',
      params: { status: res.status },
      ...(retryAfterMs !== undefined && { retryAfterMs }),
    };
  },

  async findPublished(req) {
    const { url, auth } = target(urlOf(req.channel.settings, req.credentials), { id: keyOf(req) });
    let res: Response;
    try {
      res = await req.net.fetch(url, { headers: auth, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      logFailure(req.channel.id, 'lookup', error);
      throw new Error('the receiver could not be asked');
    }
    await res.body?.cancel();
    if (res.status === 200) return { externalId: keyOf(req), externalUrl: httpLinkOrNull(res.headers.get('location')) };
    if (res.status === 404) return null;
    throw new Error(`lookup answered HTTP ${res.status}`);
  },

  async remove(req) {
    const { url, auth } = target(urlOf(req.settings, req.credentials), { id: req.externalId });
    const res = await req.net.fetch(url, {
      method: 'DELETE',
      headers: { ...auth, ...sign(req.externalId, req.credentials) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok && res.status !== 404) throw new Error(`delete answered HTTP ${res.status}`);
  },

  links: () => [],
};
