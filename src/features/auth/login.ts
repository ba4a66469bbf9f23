// Log in with e-mail and password, limited per e-mail address and per client address so that
// guessing is slow even across several web processes (the counter lives in the database).
import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { loginAttempts, users } from '../../db/schema';
import { AppError } from '../errors';
import { DUMMY_HASH, verifyPassword } from './passwords';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_WINDOW = 10;

export async function login(db: Db, input: { email: string; password: string; clientAddress: string }): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const keys = [`email:${email}`, `ip:${input.clientAddress}`];
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  for (const key of keys) {
    const [row] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)));
    // The per-address limit is wider: several people may share one office address.
    const limit = key.startsWith('ip:') ? MAX_FAILURES_PER_WINDOW * 5 : MAX_FAILURES_PER_WINDOW;
    if ((row?.n ?? 0) >= limit) throw new AppError(429, 'too_many_attempts', { minutes: LOGIN_WINDOW_MINUTES });
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !ok) {
    await db.delete(loginAttempts).where(lt(loginAttempts.at, since));
    await db.insert(loginAttempts).values(keys.map((key) => ({ key })));
    throw new AppError(401, 'login_failed');
  }
  await db.delete(loginAttempts).where(eq(loginAttempts.key, `email:${email}`));
  return user.id;
}
