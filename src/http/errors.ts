// Turns every error into `{"error":{code,message,details?}}` in the requester's language.
// Unexpected errors become a 500 whose log line has neither the request body nor a failed
// query's parameters (they may hold secrets or personal data), and names a request id.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { describeError } from '../db/describe-error';
import { TransitionError } from '../domain/post-lifecycle';
import { AppError } from '../features/errors';
import { isMessageKey, translate, type Lang, type MessageKey, type MessageParams } from '../i18n/messages';
import type { AppEnv } from './env';
import { log } from '../log/logger';
import { routePath } from 'hono/route';
import { validationDetails } from './validation-messages';

type Detail = { path: string; message: string };

export function errorBody(lang: Lang, code: MessageKey, params: MessageParams = {}, details?: Detail[]) {
  return { error: { code, message: translate(lang, code, params), ...(details?.length ? { details } : {}) } };
}

/** Our own Dutch and English message per field (src/http/validation-messages.ts), never zod's text. */
export function zodDetails(lang: Lang, error: z.ZodError, input: unknown): Detail[] {
  return validationDetails(lang, error, input);
}

/** What Hono itself (routing, validators, body limit) answers, in our error format. */
function httpExceptionBody(c: Context<AppEnv>, lang: Lang, status: number) {
  if (status === 400) return errorBody(lang, 'bad_json');
  if (status === 404) return errorBody(lang, 'not_found', { thing: '@thing_route' });
  if (status === 413) return errorBody(lang, 'body_too_large', { max: Math.floor((c.get('deps')?.config.API_BODY_MAX_BYTES ?? 0) / 1024) });
  if (status === 415) return errorBody(lang, 'unsupported_media_type');
  return errorBody(lang, 'request_refused', { status });
}

export function handleError(error: unknown, c: Context<AppEnv>) {
  const lang = c.get('lang') ?? 'nl';
  if (error instanceof AppError) {
    // A detail whose message is a message key is said in the person's language with the error's parameters.
    const details = error.details?.map((d) => (isMessageKey(d.message) ? { ...d, message: translate(lang, d.message, error.params) } : d));
    return c.json(errorBody(lang, error.key, error.params, details), error.status);
  }
  if (error instanceof TransitionError) {
    return c.json(errorBody(lang, 'transition_refused', { from: error.from, event: error.event }), 409);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json(httpExceptionBody(c, lang, error.status), error.status);
  }
  const requestId = c.get('requestId') ?? randomUUID();
  log.error({ reqId: requestId, method: c.req.method, route: routePath(c), error: describeError(error) }, 'request failed');
  c.header('x-request-id', requestId);
  return c.json(errorBody(lang, 'internal'), 500);
}

/** Paths no route serves (outside /api, when the web app is not built): JSON like every error. */
export function handleNotFound(c: Context<AppEnv>) {
  return c.json(errorBody(c.get('lang') ?? 'nl', 'not_found', { thing: '@thing_route' }), 404);
}
