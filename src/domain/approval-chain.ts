// Approval chains: ordered steps, each a set of roles or named people, approved by any one of
// them or by all of them. Pure: where a post stands follows from the chain, the members, who
// wrote the post and the approvals bound to its current content hash.
import { CONTENT_ACTIONS, type HistoryLine } from './four-eyes';
import type { ApprovalFacts } from './post-policy';
import { can, type Role } from './roles';

export interface ChainStep {
  roles: Role[];
  people: string[];
  mode: 'any' | 'all';
  /** A change of the planned time also undoes this step's approval. */
  includesTime: boolean;
}

/** Without a configured chain: one step that any reviewer approves (the single approval of old). */
export const DEFAULT_CHAIN: readonly ChainStep[] = [{ roles: ['approver', 'editor', 'admin'], people: [], mode: 'any', includesTime: false }];

export interface ChainMember {
  userId: string;
  role: Role;
}

export interface StepApproval {
  step: number;
  userId: string;
  contentHash: string;
}

/** What a step's approval is bound to: the content, and the planned time when the step says so. */
export function stepHash(step: ChainStep, contentHash: string, scheduledAt: Date | null): string {
  return step.includesTime ? `${contentHash}@${scheduledAt ? scheduledAt.toISOString() : 'none'}` : contentHash;
}

/** The author and everyone who edited the content: never an approver of it. */
export function disqualified(post: { authorId: string | null }, history: readonly HistoryLine[]): Set<string> {
  const out = new Set<string>();
  if (post.authorId) out.add(post.authorId);
  for (const e of history) if (CONTENT_ACTIONS.has(e.action) && e.actorId) out.add(e.actorId);
  return out;
}

const belongs = (step: ChainStep, m: ChainMember) => can(m.role, 'post.review') && (step.people.includes(m.userId) || step.roles.includes(m.role));

export interface StepProgress {
  index: number;
  step: ChainStep;
  done: boolean;
  approvedBy: string[];
  /** Who may still approve it (any) or must (all). */
  waitingFor: string[];
}

export interface ChainProgress {
  steps: StepProgress[];
  /** The step the post waits on; null when every step is approved. */
  current: number | null;
}

export function chainProgress(
  chain: readonly ChainStep[],
  input: { members: readonly ChainMember[]; excluded: ReadonlySet<string>; approvals: readonly StepApproval[]; contentHash: string; scheduledAt: Date | null },
): ChainProgress {
  const steps: StepProgress[] = [];
  let current: number | null = null;
  // One person, one step: who approved an earlier step is not waited on again.
  const earlier = new Set<string>();
  chain.forEach((step, index) => {
    const hash = stepHash(step, input.contentHash, input.scheduledAt);
    const approvedBy = [...new Set(input.approvals.filter((a) => a.step === index && a.contentHash === hash).map((a) => a.userId))];
    const eligible = input.members.filter((m) => belongs(step, m) && !input.excluded.has(m.userId) && !earlier.has(m.userId)).map((m) => m.userId);
    const missing = eligible.filter((id) => !approvedBy.includes(id));
    // A step only counts once every earlier one does: the chain is walked in order.
    const done = current === null && approvedBy.length > 0 && (step.mode === 'any' || missing.length === 0);
    if (!done && current === null) current = index;
    for (const id of approvedBy) earlier.add(id);
    steps.push({ index, step, done, approvedBy, waitingFor: done ? [] : step.mode === 'any' ? eligible.filter((id) => !approvedBy.includes(id)) : missing });
  });
  return { steps, current };
}

/** This person's part in the chain now, for the post policy. */
export function approvalFacts(progress: ChainProgress, person: ChainMember, excluded: ReadonlySet<string>): ApprovalFacts {
  const { current, steps } = progress;
  if (current === null) return { inCurrentStep: false, final: false, refusal: null };
  const step = steps[current]!;
  const inCurrentStep = belongs(step.step, person) && !excluded.has(person.userId) && !step.approvedBy.includes(person.userId);
  const final = current === steps.length - 1 && (step.step.mode === 'any' || step.waitingFor.every((id) => id === person.userId));
  // One person, one step: a two-step chain means two different approvers of the same content.
  const elsewhere = steps.some((s) => s.index !== current && s.approvedBy.includes(person.userId));
  return { inCurrentStep, final, refusal: elsewhere ? 'already_approved_step' : null };
}

/** The steps a post passes: each of its channels' own chain, or the organisation's; duplicates once. */
export function chainForPost(
  orgChain: readonly ChainStep[] | null,
  channelChains: ReadonlyMap<string, readonly ChainStep[]>,
  channelIds: readonly string[],
): ChainStep[] {
  const base = orgChain?.length ? orgChain : DEFAULT_CHAIN;
  const chains = channelIds.length ? channelIds.map((id) => channelChains.get(id) ?? base) : [base];
  const seen = new Set<string>();
  const out: ChainStep[] = [];
  for (const chain of chains) {
    for (const step of chain) {
      const key = JSON.stringify(step);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(step);
      }
    }
  }
  return out;
}
