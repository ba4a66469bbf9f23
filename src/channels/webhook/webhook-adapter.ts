// A channel that delivers posts to the organisation's own system (intranet, CMS, newsletter tool)
// by HTTP. The contract (docs/webhook-channel.md): POST {url} with the post as JSON, an
// `Idempotency-Key` the receiver uses to ignore repeats, and an HMAC-SHA256 signature over the
// body when a secret is set; GET {url}?id={key} answers 200 when the receiver has the post.
import { createHmac } from 'node:crypto';
import { ConnectError, type ChannelAdapter, type PublishRequest } from '../channel-adapter';
import { parseRetryAfter } from '../../features/publishing/retry-policy';

const TIMEOUT_MS = 15_000;

const settingsOf = (req: { channel: { settings: Record<string, unknown>; id: string } }) => String(req.channel.settings.url ?? '');
const keyOf = (req: { postId: string; channel: { id: string } }) => `${req.postId}:${req.channel.id}`;

function sign(body: string, credentials: Record<string, unknown> | null): Record<string, string> {
  const secret = typeof credentials?.secret === 'string' ? credentials.secret : '';
  return secret ? { 'x-zorgpost-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` } : {};
}

/** An error before any byte was accepted by the receiver (refused, unknown host) is safe to retry. */
function sentNothing(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}

export const webhookAdapter: ChannelAdapter = {
  type: 'webhook',
  limits: { maxLength: 10000, partLength: null, maxMedia: 10, mediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], requiresAltText: true },
  needsCredentials: false,
  idempotent: true,
  connectFields: [
    { name: 'url', type: 'url', secret: false, required: true, placeholder: 'https://intranet.example.nl/zorgpost' },
    { name: 'secret', type: 'password', secret: true, required: false },
  ],
  async connect(input) {
    let url: URL;
    try {
      url = new URL(input.url ?? '');
    } catch {
      throw new ConnectError(`"${input.url ?? ''}" is not a web address`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConnectError('the address must start with https://');
    return { settings: { url: url.toString() }, credentials: input.secret ? { secret: input.secret } : null };
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
      res = await fetch(settingsOf(req), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': keyOf(req), ...sign(body, req.credentials) },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return sentNothing(error) ? { kind: 'failed', reason, retryable: true } : { kind: 'unknown', reason };
    }
    await res.body?.cancel();
    if (res.ok) return { kind: 'published', externalId: keyOf(req), externalUrl: res.headers.get('location') };
    const retryable = res.status === 429 || res.status >= 500;
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    return { kind: 'failed', reason: `HTTP ${res.status}`, retryable, ...(retryAfterMs !== undefined && { retryAfterMs }) };
  },

  async findPublished(req) {
    const url = new URL(settingsOf(req));
    url.searchParams.set('id', keyOf(req));
    const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.body?.cancel();
    if (res.status === 200) return { externalId: keyOf(req), externalUrl: res.headers.get('location') };
    if (res.status === 404) return null;
    throw new Error(`lookup answered HTTP ${res.status}`);
  },

  async remove(req) {
    const url = new URL(String(req.settings.url ?? ''));
    url.searchParams.set('id', req.externalId);
    const res = await fetch(url, { method: 'DELETE', headers: sign(req.externalId, req.credentials), signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.body?.cancel();
    if (!res.ok && res.status !== 404) throw new Error(`delete answered HTTP ${res.status}`);
  },

  links: () => [],
};
