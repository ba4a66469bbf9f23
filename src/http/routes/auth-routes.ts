import type { Context } from 'hono';
import { deleteCookie, getConnInfo, setCookie } from './cookies';
import { ChangePasswordBody, LoginBody, ResetLinkInfoSchema, ResetPasswordBody, SessionSchema, TokenBody } from '../../contracts/auth';
import { changePassword } from '../../features/auth/change-password';
import { login } from '../../features/auth/login';
import { checkResetLink, useResetLink } from '../../features/auth/password-reset';
import { SESSION_COOKIE, createSession, describeSession, endAllSessions, endSession, findSession } from '../../features/auth/sessions';
import { AppError } from '../../features/errors';
import type { AppEnv } from '../env';
import { ErrorSchema } from '../../contracts/common';
import { json, jsonBody, route, router } from '../openapi';
import { requireSession } from '../middleware/session';

export const authRoutes = router();

/** Starts a session for the person (cookie set) and answers what the web app needs to know. */
export async function startSession(c: Context<AppEnv>, userId: string) {
  const { db, config } = c.get('deps');
  const { token, expiresAt } = await createSession(db, userId, config.SESSION_DAYS);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
  const session = await findSession(db, token);
  return describeSession(db, session!);
}

authRoutes.openapi(
  route({
    method: 'post',
    path: '/api/auth/login',
    tags: ['auth'],
    request: jsonBody(LoginBody),
    responses: { 200: json(SessionSchema), 429: json(SessionSchema, 'Too many attempts') },
  }),
  async (c) => {
    const userId = await login(c.get('deps').db, { ...c.req.valid('json'), clientAddress: getConnInfo(c) });
    return c.json(await startSession(c, userId), 200);
  },
);

authRoutes.openapi(route({ method: 'get', path: '/api/auth/session', tags: ['auth'], responses: { 200: json(SessionSchema) } }), async (c) => {
  const session = c.get('session');
  if (!session) throw new AppError(401, 'not_authenticated');
  return c.json(await describeSession(c.get('deps').db, session), 200);
});

authRoutes.use('/api/auth/logout', requireSession);
authRoutes.openapi(route({ method: 'post', path: '/api/auth/logout', tags: ['auth'], responses: { 204: { description: 'Logged out' } } }), async (c) => {
  await endSession(c.get('deps').db, c.get('session')!.tokenHash);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.body(null, 204);
});

authRoutes.use('/api/auth/logout-all', requireSession);
authRoutes.openapi(
  route({ method: 'post', path: '/api/auth/logout-all', tags: ['auth'], responses: { 204: { description: 'Every session of this person ended' } } }),
  async (c) => {
    await endAllSessions(c.get('deps').db, c.get('session')!.userId);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  },
);

authRoutes.use('/api/auth/password', requireSession);
authRoutes.openapi(
  route({
    method: 'post',
    path: '/api/auth/password',
    tags: ['auth'],
    request: jsonBody(ChangePasswordBody),
    responses: { 204: { description: 'Password changed; every other session of this person ended' }, 429: json(ErrorSchema, 'Too many attempts') },
  }),
  async (c) => {
    const session = c.get('session')!;
    const body = c.req.valid('json');
    await changePassword(c.get('deps').db, {
      userId: session.userId,
      sessionTokenHash: session.tokenHash,
      currentPassword: body.currentPassword,
      newPassword: body.newPassword,
      clientAddress: getConnInfo(c),
    });
    return c.body(null, 204);
  },
);

authRoutes.openapi(
  route({
    method: 'post',
    path: '/api/auth/reset/check',
    tags: ['auth'],
    request: jsonBody(TokenBody),
    responses: { 200: json(ResetLinkInfoSchema), 410: json(ErrorSchema, 'Link used or expired') },
  }),
  async (c) => {
    const info = await checkResetLink(c.get('deps').db, c.req.valid('json').token);
    return c.json({ email: info.email, expiresAt: info.expiresAt.toISOString() }, 200);
  },
);

authRoutes.openapi(
  route({
    method: 'post',
    path: '/api/auth/reset',
    tags: ['auth'],
    request: jsonBody(ResetPasswordBody),
    responses: { 204: { description: 'Password set; every session of the person ended' }, 410: json(ErrorSchema, 'Link used or expired') },
  }),
  async (c) => {
    const body = c.req.valid('json');
    await useResetLink(c.get('deps').db, body.token, body.password);
    return c.body(null, 204);
  },
);
