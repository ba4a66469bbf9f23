// Helpers that keep route declarations short: the standard error answers every route can give.
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { ErrorSchema } from '../contracts/common';
import type { AppEnv } from './env';
import { errorBody, zodDetails } from './errors';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

export const standardErrors = {
  400: errorResponse('Malformed request'),
  401: errorResponse('Not logged in'),
  403: errorResponse('Not allowed, or CSRF token missing'),
  404: errorResponse('Not found (or not in this organisation)'),
  409: errorResponse('Conflict with the current state'),
  422: errorResponse('Invalid input; details name each field'),
} as const;

export function route<R extends RouteConfig>(config: R) {
  return createRoute({ ...config, responses: { ...standardErrors, ...config.responses } });
}

export function jsonBody<T>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } } as const;
}

export const json = <T>(schema: T, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

/** A router whose validation failures answer 422 with a localised message per field. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const lang = c.get('lang') ?? 'nl';
        const input = (result as { data?: unknown }).data;
        return c.json(errorBody(lang, 'validation_failed', {}, zodDetails(lang, result.error as never, input)), 422);
      }
    },
  });
}
