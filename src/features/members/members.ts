// People and their role in one organisation. An account (e-mail, password) is shared across
// organisations; the membership with its role belongs to one.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Member } from '../../contracts/organisation';
import { memberships, users } from '../../db/schema';
import { isRole, type Role } from '../../domain/roles';
import { hashPassword } from '../auth/passwords';
import { AppError, notFound } from '../errors';
import type { Authorized } from '../org-scope';

export async function listMembers(scope: Authorized<'people.read'>): Promise<Member[]> {
  const rows = await scope.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, scope.orgId))
    .orderBy(asc(users.name));
  return rows.filter((r): r is Member => isRole(r.role));
}

export async function addMember(
  scope: Authorized<'people.manage'>,
  input: { email: string; name: string; role: Role; password?: string },
): Promise<Member> {
  const email = input.email.trim().toLowerCase();
  return scope.db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user) {
      if (!input.password) throw new AppError(422, 'password_required');
      [user] = await tx.insert(users).values({ email, name: input.name, passwordHash: await hashPassword(input.password) }).returning();
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

async function assertAnotherAdmin(scope: Authorized<'people.manage'>, userId: string) {
  const [target] = await scope.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
  if (!target) throw notFound('member');
  if (target.role !== 'admin') return;
  const [admins] = await scope.db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.role, 'admin')));
  if ((admins?.n ?? 0) <= 1) throw new AppError(409, 'last_admin');
}

export async function changeRole(scope: Authorized<'people.manage'>, userId: string, role: Role): Promise<Member> {
  if (role !== 'admin') await assertAnotherAdmin(scope, userId);
  await scope.db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
  const member = (await listMembers(scope as unknown as Authorized<'people.read'>)).find((m) => m.userId === userId);
  if (!member) throw notFound('member');
  return member;
}

export async function removeMember(scope: Authorized<'people.manage'>, userId: string): Promise<void> {
  await assertAnotherAdmin(scope, userId);
  await scope.db.delete(memberships).where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
}
