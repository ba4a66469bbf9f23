// Takes a person off the question hours still to come (or under way) when they can no longer work one:
// removed from the organisation, or given a role that may not answer in the inbox. Left named, an hour
// would show a host who cannot answer, and nobody would notice until it started. As with a step of an
// approval chain left empty, the place falls to the organisation's inbox managers (editors and admins:
// `mayWork`), and the admins are told per hour — the acting admin too: it is a consequence of their act
// they may not know of, and the announcements planned may still name the person. Hours that have ended
// keep who hosted them.
import { and, eq, gt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { qaHours, users } from '../../db/schema';
import { notify } from '../notifications/notify';
import { localLabel } from '../posts/planned-time';

/** Runs inside the caller's transaction, after the membership changed; answers how many hours changed. */
export async function dropFromQaHours(tx: Db, org: { orgId: string; timeZone: string }, userId: string, now = new Date()): Promise<number> {
  const hours = await tx
    .select({ id: qaHours.id, title: qaHours.title, startsAt: qaHours.startsAt, hostId: qaHours.hostId, moderatorId: qaHours.moderatorId })
    .from(qaHours)
    .where(and(eq(qaHours.orgId, org.orgId), gt(qaHours.endsAt, now), or(eq(qaHours.hostId, userId), eq(qaHours.moderatorId, userId))))
    .for('update');
  if (!hours.length) return 0;
  const [person] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  for (const h of hours) {
    const wasHost = h.hostId === userId;
    await tx
      .update(qaHours)
      .set({ hostId: wasHost ? null : h.hostId, moderatorId: h.moderatorId === userId ? null : h.moderatorId })
      .where(and(eq(qaHours.id, h.id), eq(qaHours.orgId, org.orgId)));
    await notify(tx, {
      orgId: org.orgId,
      kind: 'qa_hour_unstaffed',
      permission: 'people.manage',
      params: {
        qaHourId: h.id,
        title: h.title,
        when: localLabel(h.startsAt, org.timeZone, { withZone: false }),
        name: person?.name ?? '',
        role: wasHost ? 'host' : 'moderator',
      },
    });
  }
  return hours.length;
}
