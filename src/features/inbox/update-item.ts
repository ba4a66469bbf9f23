// Assigning an item, its labels, its state, and a person's correction of its category.
import { and, eq, sql } from 'drizzle-orm';
import type { InboxItemPatch } from '../../contracts/inbox';
import { inboxItems, inboxNotes, memberships } from '../../db/schema';
import { can, isRole } from '../../domain/roles';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { announceCrisis } from './announce-crisis';
import { findItem } from './item-view';
import { dueTimes, loadOrgTargets, retargeted } from './response-targets';

export async function updateInboxItem(scope: Authorized<'inbox.answer'>, id: string, patch: InboxItemPatch): Promise<void> {
  const item = await findItem(scope, id);
  if (patch.assigneeId) {
    const [member] = await scope.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, scope.orgId), eq(memberships.userId, patch.assigneeId)));
    if (!member || !isRole(member.role) || !can(member.role, 'inbox.answer')) {
      throw new AppError(422, 'inbox_assignee_not_member', {}, [{ path: 'assigneeId', message: 'not a member who may answer' }]);
    }
  }
  const labels = patch.labels ? [...new Set(patch.labels)] : undefined;
  // Another category runs another clock: its target, counted from the item's arrival as triage's was.
  const due =
    patch.category && patch.category !== item.category ? dueTimes(patch.category, item.receivedAt, await loadOrgTargets(scope.db, scope.orgId)) : undefined;
  await scope.db.transaction(async (tx) => {
    await tx
      .update(inboxItems)
      .set({
        ...(patch.assigneeId !== undefined && { assigneeId: patch.assigneeId }),
        ...(labels && { labels }),
        ...(patch.state && { state: patch.state }),
        // Who set it and when, also when a person confirms what triage said: a re-triage keeps it.
        ...(patch.category && { category: patch.category, urgent: patch.category === 'crisis', categorySetBy: scope.userId, categorySetAt: sql`now()` }),
        ...(due !== undefined && retarget(patch.category!, due)),
        updatedAt: sql`now()`,
      })
      .where(and(eq(inboxItems.id, item.id), eq(inboxItems.orgId, scope.orgId)));
    const detail: Record<string, unknown> = { itemId: item.id };
    if (patch.assigneeId !== undefined) detail.assigneeId = patch.assigneeId;
    if (labels) detail.labels = labels.length;
    if (patch.state) detail.state = patch.state;
    if (patch.category) detail.category = { from: item.category, to: patch.category };
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.item_update', detail });
    // A person who recognises a crisis the triage missed tells the people on duty the same way.
    if (patch.category === 'crisis') await announceCrisis(tx, { itemIds: [item.id], actorId: scope.userId });
  });
}

/**
 * A corrected category's due and warning times: only while nothing answered the item (an answered item's
 * figures were measured against the target it had — the response-time page compares first_response_at
 * with due_at) and only when the category really changes (a confirmation keeps the clock that runs).
 */
const retarget = (category: string, due: ReturnType<typeof dueTimes>) =>
  retargeted(due, sql`${inboxItems.firstResponseAt} IS NULL AND ${inboxItems.category} IS DISTINCT FROM ${category}::text`);

export async function addInboxNote(scope: Authorized<'inbox.answer'>, id: string, body: string): Promise<{ id: string }> {
  const item = await findItem(scope, id);
  return scope.db.transaction(async (tx) => {
    const [note] = await tx.insert(inboxNotes).values({ orgId: scope.orgId, itemId: item.id, authorId: scope.userId, body }).returning({ id: inboxNotes.id });
    // The note's text stays out of the audit trail (it may name a person); only that one was written.
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.note', detail: { itemId: item.id, noteId: note!.id } });
    return note!;
  });
}

/** Counted up to this many: a badge shows "1000+" beyond, and the count stays cheap however full the inbox. */
export const UNREAD_CAP = 1000;

/** The menu badge: open or waiting items the person has not opened, and how many of those are urgent. */
export async function unreadCounts(scope: Authorized<'inbox.read'>): Promise<{ unread: number; urgent: number }> {
  const result = await scope.db.execute(sql`
    SELECT count(*)::int AS unread, count(*) FILTER (WHERE u.urgent)::int AS urgent FROM (
      SELECT i.urgent FROM inbox_items i
      WHERE i.org_id = ${scope.orgId} AND i.state <> 'done'
        AND NOT EXISTS (SELECT 1 FROM inbox_reads r WHERE r.user_id = ${scope.userId} AND r.item_id = i.id)
      ORDER BY i.urgent DESC LIMIT ${UNREAD_CAP}) u`);
  const row = (result as unknown as { rows: { unread: number; urgent: number }[] }).rows[0];
  return { unread: Number(row?.unread ?? 0), urgent: Number(row?.urgent ?? 0) };
}
