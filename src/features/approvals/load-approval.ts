// Where a post stands in its approval chain: the chain for its channels, the organisation's
// members, who wrote it and the step approvals bound to its current content.
import { and, eq } from 'drizzle-orm';
import { approvalChains, memberships, postApprovals, postVariants } from '../../db/schema';
import { approvalFacts, chainForPost, chainProgress, disqualified, type ChainProgress, type ChainStep } from '../../domain/approval-chain';
import type { HistoryLine } from '../../domain/four-eyes';
import type { ApprovalFacts } from '../../domain/post-policy';
import { isRole, type Role } from '../../domain/roles';
import type { Db } from '../../db/client';
import type { PostRow } from '../posts/find-post';

export interface PostApproval {
  chain: ChainStep[];
  progress: ChainProgress;
  excluded: Set<string>;
  members: { userId: string; role: Role }[];
  factsFor(userId: string): ApprovalFacts;
}

export async function loadApproval(
  db: Db,
  orgId: string,
  post: Pick<PostRow, 'id' | 'authorId' | 'scheduledAt'>,
  history: readonly HistoryLine[],
  contentHash: string,
): Promise<PostApproval> {
  const [chains, channelRows, memberRows, approvals] = await Promise.all([
    db.select({ channelId: approvalChains.channelId, steps: approvalChains.steps }).from(approvalChains).where(eq(approvalChains.orgId, orgId)),
    db
      .select({ channelId: postVariants.channelId })
      .from(postVariants)
      .where(and(eq(postVariants.postId, post.id), eq(postVariants.orgId, orgId))),
    db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.orgId, orgId)),
    db
      .select({ step: postApprovals.step, userId: postApprovals.userId, contentHash: postApprovals.contentHash })
      .from(postApprovals)
      .where(and(eq(postApprovals.postId, post.id), eq(postApprovals.orgId, orgId))),
  ]);
  const orgChain = (chains.find((c) => c.channelId === null)?.steps ?? null) as ChainStep[] | null;
  const perChannel = new Map(chains.filter((c) => c.channelId).map((c) => [c.channelId!, c.steps as ChainStep[]]));
  const chain = chainForPost(orgChain, perChannel, channelRows.map((r) => r.channelId).sort());
  const members = memberRows.flatMap((m) => (isRole(m.role) ? [{ userId: m.userId, role: m.role }] : []));
  const excluded = disqualified(post, history);
  const progress = chainProgress(chain, { members, excluded, approvals, contentHash, scheduledAt: post.scheduledAt });
  return {
    chain,
    progress,
    excluded,
    members,
    factsFor(userId) {
      const me = members.find((m) => m.userId === userId);
      return me ? approvalFacts(progress, me, excluded) : { inCurrentStep: false, final: false, refusal: null };
    },
  };
}
