// Sessions are random tokens in an HttpOnly cookie; the database keeps only their hash, plus
// the CSRF token the web app must echo in a header on every state-changing request.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberships, organisations, sessions, users } from '../../db/schema';
import type { Session } from '../../contracts/auth';
import { isRole } from '../../domain/roles';
import { organisationView } from '../organisation-view';

export const SESSION_COOKIE = 'zp_session';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export async function createSession(db: Db, userId: string, days: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt,
  });
  return { token, expiresAt };
}

export interface SessionUser {
  userId: string;
  csrfToken: string;
  tokenHash: string;
}

export async function findSession(db: Db, token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = sha256(token);
  const [row] = await db
    .select({ userId: sessions.userId, csrfToken: sessions.csrfToken })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
  return row ? { ...row, tokenHash } : null;
}

export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function describeSession(db: Db, user: SessionUser): Promise<Session> {
  const [person] = await db.select().from(users).where(eq(users.id, user.userId));
  if (!person) throw new Error('session without user');
  const rows = await db
    .select({ org: organisations, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, user.userId))
    .orderBy(organisations.name);
  return {
    user: { id: person.id, email: person.email, name: person.name, locale: person.locale === 'en' ? 'en' : 'nl' },
    memberships: rows.flatMap(({ org, role }) =>
      isRole(role)
        ? [
            {
              organisation: organisationView(org),
              role,
            },
          ]
        : [],
    ),
    csrfToken: user.csrfToken,
  };
}
