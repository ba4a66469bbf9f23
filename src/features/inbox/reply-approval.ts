// "Replies need approval": a reply waits on the same approval chain a post on its channel would
// (the channel's own chain, else the organisation's, else one step any reviewer approves), with
// the same rules (src/domain/approval-chain.ts): never its author, each approval bound to the
// exact text.
import { createHash } from 'node:crypto';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { approvalChains, type inboxReplies, memberships } from '../../db/schema';
import { type ChainMember, type ChainProgress, type ChainStep, chainProgress, DEFAULT_CHAIN } from '../../domain/approval-chain';
import { isRole } from '../../domain/roles';

export const replyHash = (text: string) => createHash('sha256').update(text).digest('hex');

export async function chainFor(db: Db, orgId: string, channelId: string): Promise<{ chain: readonly ChainStep[]; members: ChainMember[] }> {
  const [chains, members] = await Promise.all([
    db
      .select({ channelId: approvalChains.channelId, steps: approvalChains.steps })
      .from(approvalChains)
      .where(and(eq(approvalChains.orgId, orgId), or(eq(approvalChains.channelId, channelId), isNull(approvalChains.channelId)))),
    db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.orgId, orgId)),
  ]);
  const own = chains.find((c) => c.channelId === channelId) ?? chains.find((c) => c.channelId === null);
  return {
    chain: (own?.steps as ChainStep[] | undefined)?.length ? (own!.steps as ChainStep[]) : DEFAULT_CHAIN,
    members: members.flatMap((m) => (isRole(m.role) ? [{ userId: m.userId, role: m.role }] : [])),
  };
}

export function replyProgress(
  reply: Pick<typeof inboxReplies.$inferSelect, 'authorId' | 'text' | 'approvals'>,
  c: { chain: readonly ChainStep[]; members: ChainMember[] },
): ChainProgress {
  return chainProgress(c.chain, {
    members: c.members,
    excluded: new Set(reply.authorId ? [reply.authorId] : []),
    approvals: reply.approvals,
    contentHash: replyHash(reply.text),
    scheduledAt: null,
  });
}
