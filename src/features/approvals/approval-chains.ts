// Reading and setting an organisation's approval chains (admins: org.manage).
import { and, eq, isNull } from 'drizzle-orm';
import type { ApprovalChainInput, ApprovalChains } from '../../contracts/approval-chain';
import { approvalChains, channels, memberships, users } from '../../db/schema';
import { can, isRole } from '../../domain/roles';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';

export async function getApprovalChains(scope: Authorized<'post.read'> | Authorized<'org.manage'>): Promise<ApprovalChains> {
  const [chains, members] = await Promise.all([
    scope.db.select({ channelId: approvalChains.channelId, steps: approvalChains.steps }).from(approvalChains).where(eq(approvalChains.orgId, scope.orgId)),
    scope.db
      .select({ id: users.id, name: users.name, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, scope.orgId))
      .orderBy(users.name),
  ]);
  return {
    chains: chains.map((c) => ({ channelId: c.channelId, steps: c.steps as ApprovalChains['chains'][number]['steps'] })),
    reviewers: members.flatMap((m) => (isRole(m.role) && can(m.role, 'post.review') ? [{ id: m.id, name: m.name, role: m.role }] : [])),
  };
}

export async function setApprovalChain(scope: Authorized<'org.manage'>, input: ApprovalChainInput): Promise<void> {
  if (input.channelId) {
    const [channel] = await scope.db
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.id, input.channelId), eq(channels.orgId, scope.orgId)));
    if (!channel) throw new AppError(422, 'approval_chain_invalid', { problem: 'channelId' }, [{ path: 'channelId', message: 'no such channel' }]);
  }
  const { reviewers } = await getApprovalChains(scope);
  const known = new Set(reviewers.map((r) => r.id));
  for (const [i, step] of input.steps.entries()) {
    for (const [j, id] of step.people.entries()) {
      if (!known.has(id)) {
        throw new AppError(422, 'approval_chain_invalid', { problem: `steps.${i}.people.${j}` }, [
          { path: `steps.${i}.people.${j}`, message: 'not a reviewer of this organisation' },
        ]);
      }
    }
  }
  await scope.db.transaction(async (tx) => {
    const which = input.channelId ? eq(approvalChains.channelId, input.channelId) : isNull(approvalChains.channelId);
    await tx.delete(approvalChains).where(and(eq(approvalChains.orgId, scope.orgId), which));
    if (input.steps.length) await tx.insert(approvalChains).values({ orgId: scope.orgId, channelId: input.channelId, steps: input.steps });
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'settings.approval_chain',
      detail: { channelId: input.channelId, steps: input.steps.length },
    });
  });
}
