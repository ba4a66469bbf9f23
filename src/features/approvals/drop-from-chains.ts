// Takes a person out of the organisation's approval chains when they can no longer review (removed, or a
// role that may not review). Left in a step they would block twice: the chain screen could not be saved
// (a named person must be a reviewer: 422) and a step naming only them could never be approved. A step
// left with nobody falls to the organisation's admins, so a post still needs a second pair of eyes.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { approvalChains, type ApprovalStepRow } from '../../db/schema';

/** Runs inside the caller's transaction; answers how many steps changed. */
export async function dropFromApprovalChains(tx: Db, orgId: string, userId: string): Promise<number> {
  const chains = await tx.select().from(approvalChains).where(eq(approvalChains.orgId, orgId)).for('update');
  let changed = 0;
  for (const chain of chains) {
    if (!chain.steps.some((s) => s.people.includes(userId))) continue;
    const steps: ApprovalStepRow[] = chain.steps.map((s) => {
      if (!s.people.includes(userId)) return s;
      changed++;
      const people = s.people.filter((id) => id !== userId);
      return { ...s, people, roles: s.roles.length || people.length ? s.roles : ['admin'] };
    });
    await tx.update(approvalChains).set({ steps, updatedAt: new Date() }).where(eq(approvalChains.id, chain.id));
  }
  return changed;
}
