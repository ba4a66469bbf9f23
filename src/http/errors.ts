// Turns every error into `{"error":{code,message,details?}}` in the requester's language.
// Unexpected errors become a 500 whose log line has no request body (it may hold secrets).
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { TransitionError } from '../domain/post-lifecycle';
import { AppError } from '../features/errors';
import { translate, type Lang, type MessageKey, type MessageParams } from '../i18n/messages';
import type { AppEnv } from './env';

type Detail = { path: string; message: string };

export function errorBody(lang: Lang, code: MessageKey, params: MessageParams = {}, details?: Detail[]) {
  return { error: { code, message: translate(lang, code, params), ...(details?.length ? { details } : {}) } };
}

const valueAt = (input: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), input);

/** zod's own Dutch and English texts, one per field. */
export function zodDetails(lang: Lang, error: z.ZodError, input: unknown): Detail[] {
  const locale = lang === 'en' ? z.locales.en() : z.locales.nl();
  return error.issues.map((issue) => {
    const raw = { ...issue, input: valueAt(input, issue.path) } as Parameters<typeof locale.localeError>[0];
    const localised = locale.localeError(raw);
    const message = typeof localised === 'string' ? localised : (localised?.message ?? issue.message);
    // Our own schema messages (custom refinements) are in English; keep them next to the Dutch.
    const custom = issue.code === 'custom' || (issue.code === 'invalid_format' && issue.message && !issue.message.startsWith('Invalid'));
    return { path: issue.path.join('.') || '(body)', message: custom && lang === 'nl' ? `${message} (${issue.message})` : message };
  });
}

export function handleError(error: unknown, c: Context<AppEnv>) {
  const lang = c.get('lang') ?? 'nl';
  if (error instanceof AppError) {
    return c.json(errorBody(lang, error.key, error.params, error.details), error.status);
  }
  if (error instanceof TransitionError) {
    return c.json(errorBody(lang, 'transition_refused', { from: error.from, event: error.event }), 409);
  }
  if (error instanceof HTTPException) {
    if (error.status === 400) return c.json(errorBody(lang, 'bad_json'), 400);
    if (error.status === 413) return c.json(errorBody(lang, 'file_too_large', { size: '>', max: '' }), 413);
    return error.getResponse();
  }
  console.error(`[http] ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.stack : String(error)}`);
  return c.json(errorBody(lang, 'internal'), 500);
}
