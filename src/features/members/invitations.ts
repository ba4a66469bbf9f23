// Adding a person to an organisation is an invitation by e-mail address: the admin's answer is
// the same whether an account for that address exists elsewhere or not (no name, no "new"
// flag), and the person decides: create an account with a name and password, or log in with the
// account they have to join. The one-time link (7 days, only its hash stored) is shown once to
// the admin to pass on, as long as Zorgpost sends no mail.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Invitation } from '../../contracts/organisation';
import type { Db } from '../../db/client';
import { invitations, memberships, organisations, users } from '../../db/schema';
import { isRole, type Role } from '../../domain/roles';
import { recordAuditWithRetry } from '../audit/record-security-event';
import { assertLinkUsable, hashToken, newToken } from '../auth/one-time-token';
import { assertPasswordPolicy } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';

export const INVITATION_DAYS = 7;

const view = (row: typeof invitations.$inferSelect): Invitation => ({
  id: row.id,
  email: row.email,
  role: isRole(row.role) ? row.role : 'viewer',
  expiresAt: row.expiresAt.toISOString(),
  expired: row.expiresAt < new Date(),
});

export async function inviteMember(
  scope: Authorized<'people.manage'>,
  input: { email: string; role: Role },
): Promise<{ invitation: Invitation; token: string }> {
  const email = input.email.trim().toLowerCase();
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const row = await scope.db.transaction(async (tx) => {
    // Already a member here is visible in the members list anyway; accounts elsewhere are not.
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, scope.orgId), eq(users.email, email)));
    if (member) throw new AppError(409, 'member_exists');
    await tx.delete(invitations).where(and(eq(invitations.orgId, scope.orgId), eq(invitations.email, email), isNull(invitations.acceptedAt)));
    const [created] = await tx
      .insert(invitations)
      .values({ orgId: scope.orgId, email, role: input.role, tokenHash, invitedBy: scope.userId, expiresAt })
      .returning();
    return created!;
  });
  await recordAuditWithRetry(scope.db, {
    orgId: scope.orgId,
    actorId: scope.userId,
    action: 'member.invited',
    detail: { invitationId: row.id, email, role: input.role },
  });
  return { invitation: view(row), token };
}

export async function listInvitations(scope: Authorized<'people.manage'>): Promise<Invitation[]> {
  const rows = await scope.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, scope.orgId), isNull(invitations.acceptedAt)))
    .orderBy(asc(invitations.email));
  return rows.map(view);
}

export async function withdrawInvitation(scope: Authorized<'people.manage'>, id: string): Promise<void> {
  const removed = await scope.db
    .delete(invitations)
    .where(and(eq(invitations.orgId, scope.orgId), eq(invitations.id, id), isNull(invitations.acceptedAt)))
    .returning({ email: invitations.email });
  if (removed.length === 0) throw new AppError(404, 'not_found', { thing: '@thing_invitation' });
  await recordAuditWithRetry(scope.db, {
    orgId: scope.orgId,
    actorId: scope.userId,
    action: 'member.invitation_withdrawn',
    detail: { invitationId: id, email: removed[0]!.email },
  });
}

async function usableInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ invitation: invitations, orgName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  assertLinkUsable(row && { usedAt: row.invitation.acceptedAt, expiresAt: row.invitation.expiresAt });
  return row!;
}

/** For the invitation page: which organisation, address and role (nothing about accounts). */
export async function checkInvitation(db: Db, token: string) {
  const { invitation, orgName } = await usableInvitation(db, token);
  return {
    organisationId: invitation.orgId,
    organisation: orgName,
    email: invitation.email,
    role: view(invitation).role,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/** Marks the invitation used and adds the membership, once, inside the caller's transaction. */
async function join(tx: Db, invitation: typeof invitations.$inferSelect, userId: string): Promise<void> {
  const marked = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (marked.length === 0) throw new AppError(410, 'link_used');
  const [existing] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, invitation.orgId), eq(memberships.userId, userId)));
  if (!existing) await tx.insert(memberships).values({ orgId: invitation.orgId, userId, role: invitation.role });
}

async function recordJoined(db: Db, invitation: typeof invitations.$inferSelect, userId: string, newAccount: boolean) {
  await recordAuditWithRetry(db, {
    orgId: invitation.orgId,
    actorId: userId,
    action: 'member.joined',
    detail: { invitationId: invitation.id, userId, role: invitation.role, invitedBy: invitation.invitedBy, newAccount },
  });
}

/** A person without an account: name and password (policy checked) make the account and membership. */
export async function acceptWithNewAccount(db: Db, token: string, input: { name: string; password: string }): Promise<string> {
  const { invitation } = await usableInvitation(db, token);
  assertPasswordPolicy(input.password, invitation.email);
  const passwordHash = await hashPassword(input.password);
  const userId = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
    // Whoever holds the link may not set the password of an existing account: log in instead.
    if (existing) throw new AppError(409, 'invitation_needs_login');
    const [user] = await tx.insert(users).values({ email: invitation.email, name: input.name, passwordHash }).returning({ id: users.id });
    await join(tx, invitation, user!.id);
    return user!.id;
  });
  await recordJoined(db, invitation, userId, true);
  return userId;
}

/** A logged-in person joins, when the invitation is for their own e-mail address. */
export async function acceptAsUser(db: Db, token: string, userId: string): Promise<void> {
  const { invitation } = await usableInvitation(db, token);
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!user || user.email !== invitation.email) throw new AppError(403, 'invitation_other_email');
  await db.transaction((tx) => join(tx, invitation, userId));
  await recordJoined(db, invitation, userId, false);
}
