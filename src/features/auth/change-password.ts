// A logged-in person changes their own password: the current one is required (a wrong one counts
// as a failed login, with the same limits), the new one meets the policy, and every OTHER session
// of the person ends, so a stolen session elsewhere stops working; this one stays.
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import { recordUserEvent } from '../audit/record-security-event';
import { AppError } from '../errors';
import { attemptKeys, attemptSucceeded, beginAttempt } from './login-limits';
import { assertPasswordPolicy } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';

export async function changePassword(
  db: Db,
  input: { userId: string; sessionTokenHash: string; currentPassword: string; newPassword: string; clientAddress: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new AppError(401, 'not_authenticated');
  const attempt = await beginAttempt(db, attemptKeys(user.email, input.clientAddress));
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError(422, 'current_password_wrong');
  await attemptSucceeded(db, attempt);
  assertPasswordPolicy(input.newPassword, user.email);
  if (input.newPassword === input.currentPassword) throw new AppError(422, 'password_unchanged');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, input.sessionTokenHash)));
  });
  await recordUserEvent(db, user.id, { actorId: user.id, action: 'auth.password_changed', detail: { otherSessionsEnded: true } });
}
