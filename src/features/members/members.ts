// People and their role in one organisation. An account (e-mail, password) is shared across
// organisations; the membership with its role belongs to one. New people come in by invitation
// (invitations.ts). Role changes and removals go into the organisation's audit trail.
import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import type { Member } from '../../contracts/organisation';
import type { Db } from '../../db/client';
import {
  calendarTokens,
  campaignTasks,
  inboxDutyOverrides,
  inboxDutySlots,
  inboxItems,
  memberships,
  metricReportSubscriptions,
  notifications,
  organisations,
  users,
} from '../../db/schema';
import { can, isRole, type Role } from '../../domain/roles';
import { dropFromApprovalChains } from '../approvals/drop-from-chains';
import { recordAuditWithRetry } from '../audit/record-security-event';
import { AppError, notFound } from '../errors';
import { withdrawMail } from '../notifications/withdraw-mail';
import { authorize, type Authorized } from '../org-scope';
import { dropFromQaHours } from '../qa/drop-from-hours';

export async function listMembers(scope: Authorized<'people.read'>): Promise<Member[]> {
  const rows = await scope.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, scope.orgId))
    .orderBy(asc(users.name));
  return rows.filter((r): r is Member => isRole(r.role));
}

/**
 * Refuses to demote or remove the organisation's last admin. Runs inside the caller's transaction
 * after `lockOrganisation`, so two admins demoting each other at once cannot both succeed.
 */
async function assertAnotherAdmin(tx: Db, scope: Authorized<'people.manage'>, userId: string, newRole: Role | null): Promise<string> {
  const [target] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
  if (!target) throw notFound('member');
  if (target.role !== 'admin' || newRole === 'admin') return target.role;
  const [admins] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.role, 'admin')));
  if ((admins?.n ?? 0) <= 1) throw new AppError(409, 'last_admin');
  return target.role;
}

/** Serialises role changes within one organisation (the admin count is read after the lock). */
async function lockOrganisation(tx: Db, scope: Authorized<'people.manage'>) {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, scope.orgId)).for('update');
}

export async function changeRole(scope: Authorized<'people.manage'>, userId: string, role: Role): Promise<Member> {
  const { from, chainSteps, qaHours } = await scope.db.transaction(async (tx) => {
    await lockOrganisation(tx, scope);
    const previous = await assertAnotherAdmin(tx, scope, userId, role);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
    // A role that may not review leaves the approval chains that named them; one that may not answer, the hours to come.
    return {
      from: previous,
      chainSteps: can(role, 'post.review') ? 0 : await dropFromApprovalChains(tx, scope.orgId, userId),
      qaHours: can(role, 'inbox.answer') ? 0 : await dropFromQaHours(tx, scope, userId),
    };
  });
  if (from !== role) {
    await recordAuditWithRetry(scope.db, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'member.role_changed',
      detail: { userId, from, to: role, ...(chainSteps && { chainSteps }), ...(qaHours && { qaHours }) },
    });
  }
  const member = (await listMembers(authorize(scope, 'people.read'))).find((m) => m.userId === userId);
  if (!member) throw notFound('member');
  return member;
}

/**
 * Ends a membership, with what only a member can hold: their place on the duty rota, in the approval
 * chains and in the question hours to come, their calendar address and report sign-up, this organisation's
 * part of their next digest mail and its mails not yet sent to them, and the open inbox items and campaign
 * tasks in their name (left there, nobody would pick them up, and the warnings and notices meant for them
 * would reach no one: notify() tells members only).
 * Finished work keeps their name.
 */
export async function removeMember(scope: Authorized<'people.manage'>, userId: string): Promise<void> {
  const { role, unassigned, tasksFreed, chainSteps, qaHours, mailsWithdrawn } = await scope.db.transaction(async (tx) => {
    await lockOrganisation(tx, scope);
    const previous = await assertAnotherAdmin(tx, scope, userId, null);
    await tx.delete(memberships).where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, userId)));
    // Off the rota too: a former member is never on duty, and a week that still named them could not be saved.
    await tx.delete(inboxDutySlots).where(and(eq(inboxDutySlots.orgId, scope.orgId), eq(inboxDutySlots.userId, userId)));
    await tx.delete(inboxDutyOverrides).where(and(eq(inboxDutyOverrides.orgId, scope.orgId), eq(inboxDutyOverrides.userId, userId)));
    const items = await tx
      .update(inboxItems)
      .set({ assigneeId: null })
      .where(and(eq(inboxItems.orgId, scope.orgId), eq(inboxItems.assigneeId, userId), ne(inboxItems.state, 'done')))
      .returning({ id: inboxItems.id });
    const tasks = await tx
      .update(campaignTasks)
      .set({ ownerId: null })
      .where(and(eq(campaignTasks.orgId, scope.orgId), eq(campaignTasks.ownerId, userId), isNull(campaignTasks.doneAt)))
      .returning({ id: campaignTasks.id });
    const chainSteps = await dropFromApprovalChains(tx, scope.orgId, userId);
    const hours = await dropFromQaHours(tx, scope, userId);
    // Their calendar address and monthly-report sign-up end with the membership: kept, a later return to the
    // organisation would bring back an address handed out long before, and a mail they once asked for.
    await tx.delete(calendarTokens).where(and(eq(calendarTokens.orgId, scope.orgId), eq(calendarTokens.userId, userId)));
    await tx.delete(metricReportSubscriptions).where(and(eq(metricReportSubscriptions.orgId, scope.orgId), eq(metricReportSubscriptions.userId, userId)));
    // Nothing of this organisation in tomorrow's digest mail: their bell rows here stay (the record of what they
    // were told), in the app only, where they can no longer open them.
    await tx
      .update(notifications)
      .set({ mail: 'none' })
      .where(and(eq(notifications.orgId, scope.orgId), eq(notifications.userId, userId), eq(notifications.mail, 'digest')));
    // Nor the mails of this organisation still waiting in the outbox (the sender drops one queued meanwhile).
    const mailsWithdrawn = await withdrawMail(tx, scope.orgId, userId);
    return { role: previous, unassigned: items.length, tasksFreed: tasks.length, chainSteps, qaHours: hours, mailsWithdrawn };
  });
  await recordAuditWithRetry(scope.db, {
    orgId: scope.orgId,
    actorId: scope.userId,
    action: 'member.removed',
    detail: { userId, role, unassigned, tasksFreed, chainSteps, qaHours, mailsWithdrawn },
  });
}
