import { deleteCookie, getConnInfo, setCookie } from './cookies';
import { LoginBody, SessionSchema } from '../../contracts/auth';
import { login } from '../../features/auth/login';
import { SESSION_COOKIE, createSession, describeSession, endAllSessions, endSession, findSession } from '../../features/auth/sessions';
import { AppError } from '../../features/errors';
import { json, jsonBody, route, router } from '../openapi';
import { requireSession } from '../middleware/session';

export const authRoutes = router();

authRoutes.openapi(
  route({
    method: 'post',
    path: '/api/auth/login',
    tags: ['auth'],
    request: jsonBody(LoginBody),
    responses: { 200: json(SessionSchema), 429: json(SessionSchema, 'Too many attempts') },
  }),
  async (c) => {
    const { db, config } = c.get('deps');
    const userId = await login(db, { ...c.req.valid('json'), clientAddress: getConnInfo(c) });
    const { token, expiresAt } = await createSession(db, userId, config.SESSION_DAYS);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.secureCookies,
      path: '/',
      expires: expiresAt,
    });
    const session = await findSession(db, token);
    return c.json(await describeSession(db, session!), 200);
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
