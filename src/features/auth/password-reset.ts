// Reset by an admin: an admin of an organisation the person belongs to makes a one-time link.
// When the person also belongs to organisations where this admin is not an admin, the link is
// refused: otherwise an admin of one organisation could take over an account that works in
// another (tenant isolation). Such a person is reset by an admin of all of them, or by the CLI.
// The link
// (valid 24 hours, shown once, only its hash stored; a newer link replaces older unused ones).
// Whoever opens it sets a new password that meets the policy; that ends every session of the
// person. A used or expired link says so.
import { and, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { memberships, passwordResets, sessions, users } from '../../db/schema';
import { recordUserEvent } from '../audit/record-security-event';
import { AppError, notFound } from '../errors';
import type { Authorized } from '../org-scope';
import { assertLinkUsable, hashToken, newToken } from './one-time-token';
import { assertPasswordPolicy } from './password-policy';
import { hashPassword } from './passwords';

export const RESET_LINK_HOURS = 24;
const asAdmin = alias(memberships, 'requester_membership');

export async function createResetLink(scope: Authorized<'people.manage'>, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const [member] = await scope.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
  if (!member) throw notFound('member');
  const elsewhere = await scope.db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .leftJoin(asAdmin, and(eq(asAdmin.orgId, memberships.orgId), eq(asAdmin.userId, scope.userId), eq(asAdmin.role, 'admin')))
    .where(and(eq(memberships.userId, userId), isNull(asAdmin.userId)));
  if (elsewhere.length > 0) throw new AppError(403, 'reset_other_organisations');
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000);
  await scope.db.transaction(async (tx) => {
    await tx.delete(passwordResets).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
    await tx.insert(passwordResets).values({ tokenHash, userId, orgId: scope.orgId, createdBy: scope.userId, expiresAt });
  });
  // Every organisation of the person sees that someone can now set their password.
  await recordUserEvent(scope.db, userId, {
    actorId: scope.userId,
    action: 'auth.password_reset_link_created',
    detail: { userId, byOrganisation: scope.orgId, expiresAt: expiresAt.toISOString() },
  });
  return { token, expiresAt };
}

async function usableReset(db: Db, token: string) {
  const [row] = await db
    .select({ reset: passwordResets, email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, hashToken(token)));
  assertLinkUsable(row?.reset);
  return row!;
}

/** For the reset page: which account the link is for, or why it no longer works. */
export async function checkResetLink(db: Db, token: string): Promise<{ email: string; expiresAt: Date }> {
  const { reset, email } = await usableReset(db, token);
  return { email, expiresAt: reset.expiresAt };
}

export async function useResetLink(db: Db, token: string, password: string): Promise<void> {
  const { reset, email } = await usableReset(db, token);
  assertPasswordPolicy(password, email);
  const passwordHash = await hashPassword(password);
  const used = await db.transaction(async (tx) => {
    // Marking it used in the same statement that checks it makes a double submit use it once.
    const marked = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.tokenHash, reset.tokenHash), isNull(passwordResets.usedAt)))
      .returning({ userId: passwordResets.userId });
    if (marked.length === 0) return false;
    await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId));
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    return true;
  });
  if (!used) throw new AppError(410, 'link_used');
  await recordUserEvent(db, reset.userId, { actorId: reset.userId, action: 'auth.password_reset', detail: { linkBy: reset.createdBy, sessionsEnded: true } });
}
