// The organisation's checklist: its own questions, or the default set while it has none stored.
import { eq } from 'drizzle-orm';
import type { Checklist, SaveChecklistInput } from '../../contracts/checklist';
import { checklists } from '../../db/schema';
import { DEFAULT_CHECKLIST } from '../../domain/default-checklist';
import { recordAudit } from '../audit/record-audit';
import type { Authorized, OrgScope } from '../org-scope';

export async function getChecklist(scope: OrgScope): Promise<Checklist> {
  const [row] = await scope.db.select({ questions: checklists.questions }).from(checklists).where(eq(checklists.orgId, scope.orgId));
  return row ? { questions: row.questions, customised: true } : { questions: [...DEFAULT_CHECKLIST], customised: false };
}

/** Replaces the whole list (the screen adds, edits, removes and reorders, then saves once). */
export async function saveChecklist(scope: Authorized<'org.manage'>, input: SaveChecklistInput): Promise<Checklist> {
  const before = await getChecklist(scope);
  await scope.db.transaction(async (tx) => {
    await tx
      .insert(checklists)
      .values({ orgId: scope.orgId, questions: input.questions })
      .onConflictDoUpdate({ target: checklists.orgId, set: { questions: input.questions, updatedAt: new Date() } });
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'checklist.changed',
      detail: { before: before.questions.map((q) => q.id), after: input.questions.map((q) => q.id) },
    });
  });
  return { questions: input.questions, customised: true };
}
