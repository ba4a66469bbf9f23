// Helpers that keep route declarations short: the standard error answers every route can give.
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { ErrorSchema, unstorableTextPath } from '../contracts/common';
import type { AppEnv } from './env';
import { translate } from '../i18n/messages';
import { errorBody, zodDetails } from './errors';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

export const standardErrors = {
  400: errorResponse('Malformed request'),
  401: errorResponse('Not logged in'),
  403: errorResponse('Not allowed, or CSRF token missing'),
  404: errorResponse('Not found (or not in this organisation)'),
  409: errorResponse('Conflict with the current state'),
  413: errorResponse('Request body too large'),
  415: errorResponse('Wrong Content-Type'),
  422: errorResponse('Invalid input; details name each field'),
} as const;

export function route<R extends RouteConfig>(config: R) {
  return createRoute({ ...config, responses: { ...standardErrors, ...config.responses } });
}

export function jsonBody<T>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } } as const;
}

export const json = <T>(schema: T, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

/**
 * A router whose validation failures answer 422 with a localised message per field. Text that
 * passed its schema is also refused (422, naming the field) when it holds U+0000 or a lone
 * surrogate: one check for every string of every request, before any of it reaches the database.
 */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      const lang = c.get('lang') ?? 'nl';
      if (!result.success) {
        const input = (result as { data?: unknown }).data;
        return c.json(errorBody(lang, 'validation_failed', {}, zodDetails(lang, result.error as never, input)), 422);
      }
      const at = unstorableTextPath(result.data);
      if (at) {
        const details = [{ path: at.join('.') || '(body)', message: translate(lang, 'text_unstorable') }];
        return c.json(errorBody(lang, 'validation_failed', {}, details), 422);
      }
    },
  });
}
