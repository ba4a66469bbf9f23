// Meta's webhook callback, one per installation: GET answers the subscription handshake, POST takes
// signed deliveries for the Pages and Instagram accounts connected as channels (docs/operations.md).
// No session and no CSRF token: Meta's signature over the raw body (the app secret, META_APP_SECRET)
// is the permission, checked before the body is parsed. Not configured (no META_APP_SECRET or no
// META_WEBHOOK_VERIFY_TOKEN): 404, as any unknown path. Bodies are never logged, nor the secrets.
import { Hono } from 'hono';
import { metaConfig } from '../../channels/meta/graph';
import { MetaWebhookShapeError, metaWebhookEvents, sameToken, validSignature } from '../../channels/meta/webhook';
import { AppError } from '../../features/errors';
import { receiveMetaWebhook } from '../../features/inbox/meta-webhook';
import { log } from '../../log/logger';
import type { AppEnv } from '../env';
import { handleNotFound } from '../errors';
import { apiSizedBody } from '../middleware/body-limit';

export const metaWebhookRoutes = new Hono<AppEnv>();

/** The app secret and verify token, or null when webhooks are not switched on. */
const configured = (token: string | undefined) => {
  const secret = metaConfig()?.appSecret;
  return secret && token ? { secret, token } : null;
};

metaWebhookRoutes.get('/hooks/meta', (c) => {
  const on = configured(c.get('deps').config.META_WEBHOOK_VERIFY_TOKEN);
  if (!on) return handleNotFound(c);
  const mode = c.req.query('hub.mode');
  const token = c.req.query('hub.verify_token') ?? '';
  const challenge = c.req.query('hub.challenge') ?? '';
  if (mode !== 'subscribe' || !sameToken(token, on.token)) throw new AppError(403, 'webhook_verify_refused');
  // Meta sends a number; anything else is not echoed back.
  if (!/^[\w.-]{1,256}$/.test(challenge)) throw new AppError(400, 'webhook_challenge_invalid');
  return c.body(challenge, 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
});

metaWebhookRoutes.post(
  '/hooks/meta',
  async (c, next) => {
    if (!configured(c.get('deps').config.META_WEBHOOK_VERIFY_TOKEN)) return handleNotFound(c);
    return apiSizedBody(c, next);
  },
  async (c) => {
    const on = configured(c.get('deps').config.META_WEBHOOK_VERIFY_TOKEN)!;
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const signature = c.req.header('x-hub-signature-256');
    if (!signature) throw new AppError(401, 'webhook_signature_missing');
    if (!validSignature(raw, signature, on.secret)) {
      log.warn({ route: '/hooks/meta', bytes: raw.length }, 'meta webhook refused: the signature does not match');
      throw new AppError(403, 'webhook_signature_invalid');
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      throw new AppError(400, 'bad_json');
    }
    let events: ReturnType<typeof metaWebhookEvents>;
    try {
      events = metaWebhookEvents(json);
    } catch (error) {
      if (error instanceof MetaWebhookShapeError) throw new AppError(400, 'webhook_body_invalid');
      throw error;
    }
    const tally = await receiveMetaWebhook(c.get('deps').db, events);
    log.info({ route: '/hooks/meta', events: events.length, ...tally }, 'meta webhook received');
    // Meta only needs a 2xx; the body says what was done, for someone testing the subscription.
    return c.json({ received: events.length, ...tally }, 200);
  },
);
