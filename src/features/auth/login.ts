// Log in with e-mail and password. The limits (login-limits.ts) are kept in the database, so they
// hold across several web processes; logins, failures and lock-outs go into the audit trail of every
// organisation the account belongs to (an unknown e-mail has none: only a log line).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { recordUserEvent } from '../audit/record-security-event';
import { AppError } from '../errors';
import { attemptFailed, attemptKeys, attemptSucceeded, beginAttempt, LOGIN_WINDOW_MINUTES } from './login-limits';
import { DUMMY_HASH, verifyPassword } from './passwords';
import { log } from '../../log/logger';

export { LOGIN_WINDOW_MINUTES } from './login-limits';

export async function login(db: Db, input: { email: string; password: string; clientAddress: string }): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const attempt = await beginAttempt(db, attemptKeys(email, input.clientAddress));

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !ok) {
    const { lockedNow } = attemptFailed(attempt);
    if (user) {
      // Never the password typed, only where it came from.
      const detail = { email, address: input.clientAddress };
      await recordUserEvent(db, user.id, { actorId: null, action: 'auth.login_failed', detail });
      if (lockedNow) await recordUserEvent(db, user.id, { actorId: null, action: 'auth.locked_out', detail: { ...detail, minutes: LOGIN_WINDOW_MINUTES } });
    } else {
      log.warn({ clientAddress: input.clientAddress, slowedDown: lockedNow }, 'login failed for an unknown e-mail address');
    }
    throw new AppError(401, 'login_failed');
  }
  await attemptSucceeded(db, attempt);
  // A successful login is a security act too: where it came from, never anything typed.
  await recordUserEvent(db, user.id, { actorId: user.id, action: 'auth.login', detail: { address: input.clientAddress } });
  return user.id;
}
