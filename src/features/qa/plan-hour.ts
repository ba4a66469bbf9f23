// Planning a question hour: its channel, hashtag (readable), window in the organisation's zone
// (stored UTC), a host and a moderator who may answer in the inbox, and — quick-route style —
// announcement drafts made with the ordinary post creation (`insertPost`, after the same content
// check), so they go through the normal guard and approval chain when submitted. All or nothing.
import { and, eq } from 'drizzle-orm';
import type { QaHourInput } from '../../contracts/qa-hour';
import { channels, qaHours } from '../../db/schema';
import { resolveLocalTime } from '../../domain/local-time';
import { type Lang, translate } from '../../i18n/messages';
import { recordAudit } from '../audit/record-audit';
import type { Authorized } from '../org-scope';
import { checkPostContent } from '../posts/check-post-content';
import { insertPost } from '../posts/create-post';
import { localLabel } from '../posts/planned-time';
import { checkHourPeople, qaFieldError } from './hour-people';
import { unreadableHashtag } from './readable-hashtag';

function resolve(local: string, zone: string, path: string): Date {
  try {
    return resolveLocalTime(local, zone).utc;
  } catch {
    throw qaFieldError(path, 'time_invalid', { local: localLabel(local, zone) });
  }
}

/** "yyyy-MM-ddTHH:mm" in the zone. */
export function toLocal(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(at)
    .replace(' ', 'T');
}

/** The standard announcement times: the day before at the same time, and one hour before. */
export function defaultAnnouncementTimes(startsAt: Date): Date[] {
  return [new Date(startsAt.getTime() - 86_400_000), new Date(startsAt.getTime() - 3_600_000)];
}

export async function planQaHour(scope: Authorized<'post.write'>, given: QaHourInput, lang: Lang, now = new Date()): Promise<string> {
  const input = { ...given, hashtag: given.hashtag.replace(/^#/, '') };
  const suggestion = unreadableHashtag(input.hashtag);
  if (suggestion) throw qaFieldError('hashtag', 'qa_hashtag_unreadable', { suggestion: `#${suggestion}` });
  const startsAt = resolve(input.startLocal, scope.timeZone, 'startLocal');
  const endsAt = resolve(input.endLocal, scope.timeZone, 'endLocal');
  if (endsAt <= startsAt) throw qaFieldError('endLocal', 'qa_end_before_start');
  if (endsAt.getTime() - startsAt.getTime() > 8 * 3_600_000) throw qaFieldError('endLocal', 'qa_too_long');
  if (endsAt <= now) throw qaFieldError('endLocal', 'time_in_past', { local: localLabel(input.endLocal, scope.timeZone) });

  const [channel] = await scope.db
    .select({ id: channels.id, name: channels.name })
    .from(channels)
    .where(and(eq(channels.id, input.channelId), eq(channels.orgId, scope.orgId), eq(channels.active, true)));
  if (!channel) throw qaFieldError('channelId', 'unknown_channel', { id: input.channelId });

  return scope.db.transaction(async (tx) => {
    // Checked inside the transaction: the lock on the memberships (hour-people.ts) lasts until the hour is
    // stored, so a removal at the same moment either comes first (refused here) or finds the new hour.
    const inTx = { ...scope, db: tx };
    // Host and moderator: members of this organisation who may answer in the inbox.
    const names = await checkHourPeople(tx, scope.orgId, input);
    const host = { name: names.get(input.hostId)! };

    // Announcements: the ones given, or the standard two that are still ahead.
    const wanted = !input.announce
      ? []
      : (input.announcements ??
        defaultAnnouncementTimes(startsAt)
          .filter((at) => at > now)
          .map((at) => ({ atLocal: toLocal(at, scope.timeZone), text: undefined })));
    const announcements = wanted.map((a, i) => {
      const at = resolve(a.atLocal, scope.timeZone, `announcements.${i}.atLocal`);
      if (at <= now) throw qaFieldError(`announcements.${i}.atLocal`, 'time_in_past', { local: localLabel(a.atLocal, scope.timeZone) });
      if (at >= startsAt) throw qaFieldError(`announcements.${i}.atLocal`, 'qa_announcement_after_start');
      const text =
        a.text ??
        translate(lang, 'qa_announcement_text', {
          title: input.title,
          when: localLabel(startsAt, scope.timeZone, { withZone: false }),
          host: host.name,
          hashtag: input.hashtag,
        });
      return {
        baseText: text,
        variants: [{ channelId: channel.id, text: null }],
        mediaIds: [],
        scheduledLocal: a.atLocal,
        labels: ['spreekuur'],
        purpose: 'publication' as const,
      };
    });
    for (const a of announcements) await checkPostContent(inTx, a);

    const postIds: string[] = [];
    for (const a of announcements) postIds.push(await insertPost(tx, scope, a));
    const [row] = await tx
      .insert(qaHours)
      .values({
        orgId: scope.orgId,
        channelId: channel.id,
        title: input.title,
        hashtag: input.hashtag,
        startsAt,
        endsAt,
        hostId: input.hostId,
        moderatorId: input.moderatorId,
        announcementPostIds: postIds,
        createdBy: scope.userId,
      })
      .returning({ id: qaHours.id });
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'qa.planned',
      detail: { qaHourId: row!.id, channelId: channel.id, hostId: input.hostId, moderatorId: input.moderatorId, announcements: postIds.length },
    });
    return row!.id;
  });
}
