// The planned posts as an iCalendar (RFC 5545) feed for Outlook, Google Calendar and the like.
// Times are written as local times in the organisation's zone with its VTIMEZONE (from
// @touch4it/ical-timezones), from luxon DateTimes: ical-generator writes a native Date in the
// process's own zone, which is the wrong hour on a server running in UTC. The zone is set on each
// event, not on the calendar: with a calendar zone ical-generator writes DTSTAMP as a local time
// without "Z", which RFC 5545 forbids; the generator still adds the VTIMEZONE of every zone used.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { and, eq, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client';
import { calendarTokens, channels, memberships, organisations, posts, postVariants } from '../../db/schema';
import { hashToken } from '../auth/one-time-token';
import { notFound } from '../errors';

/** The window the feed covers: calendar programs keep what they fetched before. */
export const CALENDAR_PAST_DAYS = 30;
export const CALENDAR_FUTURE_DAYS = 365;
/** Posts that are planned, on their way or out; drafts without a decision and cancelled posts are not in the plan. */
const PLANNED = ['in_review', 'changes_requested', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'unconfirmed'] as const;
/** Each post is shown as a quarter of an hour at its time. */
const EVENT_MINUTES = 15;

export async function calendarFeed(db: Db, token: string, publicUrl: string, now = new Date()): Promise<string> {
  const [owner] = await db
    .select({ orgId: calendarTokens.orgId, name: organisations.name, zone: organisations.timeZone, locale: organisations.locale })
    .from(calendarTokens)
    .innerJoin(organisations, eq(organisations.id, calendarTokens.orgId))
    // A person who left the organisation has no plan to see, whatever address they kept.
    .innerJoin(memberships, and(eq(memberships.orgId, calendarTokens.orgId), eq(memberships.userId, calendarTokens.userId)))
    .where(eq(calendarTokens.tokenHash, hashToken(token)));
  if (!owner) throw notFound('feed');
  const rows = await db
    .select({ id: posts.id, text: posts.baseText, status: posts.status, at: posts.scheduledAt, updatedAt: posts.updatedAt })
    .from(posts)
    .where(
      and(
        eq(posts.orgId, owner.orgId),
        isNotNull(posts.scheduledAt),
        inArray(posts.status, [...PLANNED]),
        gte(posts.scheduledAt, new Date(now.getTime() - CALENDAR_PAST_DAYS * 86_400_000)),
        lt(posts.scheduledAt, new Date(now.getTime() + CALENDAR_FUTURE_DAYS * 86_400_000)),
      ),
    )
    .orderBy(posts.scheduledAt);
  const names = rows.length
    ? await db
        .select({ postId: postVariants.postId, name: channels.name })
        .from(postVariants)
        .innerJoin(channels, eq(channels.id, postVariants.channelId))
        .where(
          and(
            eq(postVariants.orgId, owner.orgId),
            inArray(
              postVariants.postId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  const nl = owner.locale !== 'en';
  const calendar = ical({
    name: `${owner.name} — ${nl ? 'planning' : 'plan'}`,
    prodId: { company: 'Zorgpost', product: 'planning', language: nl ? 'NL' : 'EN' },
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 900,
  });
  for (const r of rows) {
    const start = DateTime.fromJSDate(r.at!, { zone: owner.zone });
    const onChannels = names.filter((n) => n.postId === r.id).map((n) => n.name);
    const firstLine = r.text.split('\n')[0]!.trim();
    calendar.createEvent({
      id: `${r.id}@zorgpost`,
      timezone: owner.zone,
      start,
      end: start.plus({ minutes: EVENT_MINUTES }),
      stamp: r.updatedAt,
      summary: `${firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine}${onChannels.length ? ` (${onChannels.join(', ')})` : ''}`,
      description: r.text,
      url: `${publicUrl}/posts/${r.id}`,
      status: r.status === 'published' || r.status === 'scheduled' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
}
