// People and their role in one organisation. An account (e-mail, password) is shared across
// organisations; the membership with its role belongs to one.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Member } from '../../contracts/organisation';
import type { Db } from '../../db/client';
import { memberships, organisations, users } from '../../db/schema';
import { isRole, type Role } from '../../domain/roles';
import { hashPassword } from '../auth/passwords';
import { AppError, notFound } from '../errors';
import { authorize, type Authorized } from '../org-scope';

export async function listMembers(scope: Authorized<'people.read'>): Promise<Member[]> {
  const rows = await scope.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, scope.orgId))
    .orderBy(asc(users.name));
  return rows.filter((r): r is Member => isRole(r.role));
}

export async function addMember(scope: Authorized<'people.manage'>, input: { email: string; name: string; role: Role; password?: string }): Promise<Member> {
  const email = input.email.trim().toLowerCase();
  return scope.db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user) {
      if (!input.password) throw new AppError(422, 'password_required');
      [user] = await tx
        .insert(users)
        .values({ email, name: input.name, passwordHash: await hashPassword(input.password) })
        .returning();
    }
    const [existing] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, user!.id)));
    if (existing) throw new AppError(409, 'member_exists');
    await tx.insert(memberships).values({ orgId: scope.orgId, userId: user!.id, role: input.role });
    return { userId: user!.id, name: user!.name, email: user!.email, role: input.role };
  });
}

/**
 * Refuses to demote or remove the organisation's last admin. Runs inside the caller's transaction
 * after `lockOrganisation`, so two admins demoting each other at once cannot both succeed.
 */
async function assertAnotherAdmin(tx: Db, scope: Authorized<'people.manage'>, userId: string) {
  const [target] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
  if (!target) throw notFound('member');
  if (target.role !== 'admin') return;
  const [admins] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.role, 'admin')));
  if ((admins?.n ?? 0) <= 1) throw new AppError(409, 'last_admin');
}

/** Serialises role changes within one organisation (the admin count is read after the lock). */
async function lockOrganisation(tx: Db, scope: Authorized<'people.manage'>) {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, scope.orgId)).for('update');
}

export async function changeRole(scope: Authorized<'people.manage'>, userId: string, role: Role): Promise<Member> {
  await scope.db.transaction(async (tx) => {
    await lockOrganisation(tx, scope);
    if (role !== 'admin') await assertAnotherAdmin(tx, scope, userId);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
  });
  const member = (await listMembers(authorize(scope, 'people.read'))).find((m) => m.userId === userId);
  if (!member) throw notFound('member');
  return member;
}

export async function removeMember(scope: Authorized<'people.manage'>, userId: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    await lockOrganisation(tx, scope);
    await assertAnotherAdmin(tx, scope, userId);
    await tx.delete(memberships).where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
  });
}
