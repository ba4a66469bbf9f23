// Naming a new host and/or moderator of a question hour that has not ended — after one left
// (drop-from-hours.ts told the admins) or simply changed. Same permission and the same check of
// the people as planning; an ended hour keeps who hosted it (409). The announcement drafts are not
// rewritten: they are ordinary posts, edited (and approved) as such.
import { and, eq } from 'drizzle-orm';
import type { QaStaffInput } from '../../contracts/qa-hour';
import { qaHours } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Authorized } from '../org-scope';
import { checkHourPeople } from './hour-people';

export async function changeQaHourPeople(scope: Authorized<'post.write'>, id: string, input: QaStaffInput, now = new Date()): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const [hour] = await tx
      .select({ endsAt: qaHours.endsAt, hostId: qaHours.hostId, moderatorId: qaHours.moderatorId })
      .from(qaHours)
      .where(and(eq(qaHours.id, id), eq(qaHours.orgId, scope.orgId)))
      .for('update');
    if (!hour) throw notFound('qa_hour');
    if (hour.endsAt <= now) throw new AppError(409, 'qa_hour_ended');
    await checkHourPeople(tx, scope.orgId, input);
    const next = { hostId: input.hostId ?? hour.hostId, moderatorId: input.moderatorId === undefined ? hour.moderatorId : input.moderatorId };
    if (next.hostId === hour.hostId && next.moderatorId === hour.moderatorId) return;
    await tx
      .update(qaHours)
      .set(next)
      .where(and(eq(qaHours.id, id), eq(qaHours.orgId, scope.orgId)));
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'qa.people_changed',
      detail: { qaHourId: id, from: { hostId: hour.hostId, moderatorId: hour.moderatorId }, to: next },
    });
  });
}
