import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../features/errors';
import { SESSION_COOKIE, findSession } from '../../features/auth/sessions';
import { openOrgScope } from '../../features/org-scope';
import { langFromHeader } from '../../i18n/messages';
import type { AppEnv } from '../env';

export const withLang = createMiddleware<AppEnv>(async (c, next) => {
  c.set('lang', langFromHeader(c.req.header('accept-language')));
  await next();
});

export const withSession = createMiddleware<AppEnv>(async (c, next) => {
  c.set('session', await findSession(c.get('deps').db, getCookie(c, SESSION_COOKIE)));
  await next();
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Every state-changing request needs a session and the session's CSRF token in a header.
 * A page on another site can make the browser send the cookie, but cannot read the token.
 */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const session = c.get('session');
  if (!session) throw new AppError(401, 'not_authenticated');
  if (!SAFE_METHODS.has(c.req.method) && !sameToken(c.req.header('x-csrf-token') ?? '', session.csrfToken)) {
    throw new AppError(403, 'csrf_failed');
  }
  await next();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Resolves /api/orgs/:orgId into the person's organisation scope (404 for non-members). */
export const withOrgScope = createMiddleware<AppEnv>(async (c, next) => {
  const orgId = c.req.param('orgId') ?? '';
  if (!UUID.test(orgId)) throw new AppError(404, 'not_found', { thing: '@thing_organisation' });
  c.set('scope', await openOrgScope(c.get('deps').db, orgId, c.get('session')!.userId));
  await next();
});
