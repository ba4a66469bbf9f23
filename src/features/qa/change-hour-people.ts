// Naming a new host and/or moderator of a question hour that has not ended — after one left
// (drop-from-hours.ts told the admins) or simply changed. Same permission and the same check of
// the people as planning; an ended hour keeps who hosted it (409). A new host is put into the
// announcements in the same transaction: drafts that still name the previous host are rewritten as an
// edit would; those already on their way to approval or out are left as they are and reported, so the
// page can send someone to edit them (rewrite-announcements.ts). Who is newly named is told (not
// who stays, nor who named themselves); a place filled again settles the admins' notices that it was empty.
import { and, eq } from 'drizzle-orm';
import type { QaAnnouncementsChanged, QaStaffInput } from '../../contracts/qa-hour';
import type { Db } from '../../db/client';
import { qaHours, users } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import { notify } from '../notifications/notify';
import { settleNotices } from '../notifications/settle-notices';
import type { Authorized } from '../org-scope';
import { localLabel } from '../posts/planned-time';
import { checkHourPeople } from './hour-people';
import { NOTHING_CHANGED, previousHostName, rewriteAnnouncements } from './rewrite-announcements';

type People = { hostId: string | null; moderatorId: string | null };

/** Answers what happened to the announcements (nothing when the host stayed). */
export async function changeQaHourPeople(scope: Authorized<'post.write'>, id: string, input: QaStaffInput, now = new Date()): Promise<QaAnnouncementsChanged> {
  return scope.db.transaction(async (tx) => {
    const [hour] = await tx
      .select({
        title: qaHours.title,
        startsAt: qaHours.startsAt,
        endsAt: qaHours.endsAt,
        hostId: qaHours.hostId,
        moderatorId: qaHours.moderatorId,
        announcementPostIds: qaHours.announcementPostIds,
      })
      .from(qaHours)
      .where(and(eq(qaHours.id, id), eq(qaHours.orgId, scope.orgId)))
      .for('update');
    if (!hour) throw notFound('qa_hour');
    if (hour.endsAt <= now) throw new AppError(409, 'qa_hour_ended');
    const names = await checkHourPeople(tx, scope.orgId, input);
    const next = { hostId: input.hostId ?? hour.hostId, moderatorId: input.moderatorId === undefined ? hour.moderatorId : input.moderatorId };
    if (next.hostId === hour.hostId && next.moderatorId === hour.moderatorId) return NOTHING_CHANGED;
    // Before this change is recorded: with the place empty, the previous name comes from the audit trail.
    const newHost = next.hostId !== hour.hostId && next.hostId ? names.get(next.hostId) : undefined;
    const announcements = newHost
      ? await rewriteAnnouncements(
          tx,
          scope,
          { id, announcementPostIds: hour.announcementPostIds },
          {
            from: await previousHostName(tx, scope.orgId, id, hour.hostId),
            to: newHost,
          },
        )
      : NOTHING_CHANGED;
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
    await tellNewPeople(tx, scope, { id, ...hour }, next);
    for (const role of ['host', 'moderator'] as const) {
      if (next[`${role}Id`]) await settleNotices(tx, { orgId: scope.orgId, kind: 'qa_hour_unstaffed', params: { qaHourId: id, role } }, now);
    }
    return announcements;
  });
}

/** One notice per person newly named: as host, as moderator, or as both. */
async function tellNewPeople(tx: Db, scope: Authorized<'post.write'>, hour: People & { id: string; title: string; startsAt: Date }, next: People) {
  const roles = new Map<string, 'host' | 'moderator' | 'both'>();
  if (next.hostId && next.hostId !== hour.hostId) roles.set(next.hostId, 'host');
  if (next.moderatorId && next.moderatorId !== hour.moderatorId) roles.set(next.moderatorId, roles.has(next.moderatorId) ? 'both' : 'moderator');
  if (!roles.size) return;
  const [actor] = await tx.select({ name: users.name }).from(users).where(eq(users.id, scope.userId));
  for (const [userId, role] of roles) {
    await notify(tx, {
      orgId: scope.orgId,
      kind: 'qa_hour_named',
      userIds: [userId],
      actorId: scope.userId,
      params: { qaHourId: hour.id, title: hour.title, when: localLabel(hour.startsAt, scope.timeZone, { withZone: false }), by: actor?.name ?? '', role },
    });
  }
}
