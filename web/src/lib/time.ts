// Calendar arithmetic in the ORGANISATION's time zone (never the browser's). Posts are placed
// by their `scheduledLocal` wall-clock time; ranges sent to the API are UTC instants.
import { DateTime } from 'luxon';
import type { Language } from '../i18n';

export type CalendarView = 'month' | 'week' | 'list';
export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

export function luxonLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

export function todayInZone(zone: string): DateTime {
  return DateTime.now().setZone(zone).startOf('day');
}

/** "2026-03-29" in the zone; falls back to today when missing or invalid. */
export function parseAnchor(value: string | null, zone: string): DateTime {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const dt = DateTime.fromISO(value, { zone });
    if (dt.isValid) return dt.startOf('day');
  }
  return todayInZone(zone);
}

export function isoDate(dt: DateTime): string {
  return dt.toFormat('yyyy-MM-dd');
}

/** The days shown by a view, as local start-of-day values (weeks start on Monday). */
export function visibleDays(view: CalendarView, anchor: DateTime): DateTime[] {
  let start: DateTime;
  let end: DateTime;
  if (view === 'week') {
    start = anchor.startOf('week');
    end = start.plus({ days: 6 });
  } else if (view === 'month') {
    start = anchor.startOf('month').startOf('week');
    end = anchor.endOf('month').endOf('week').startOf('day');
  } else {
    start = anchor.startOf('month');
    end = anchor.endOf('month').startOf('day');
  }
  const days: DateTime[] = [];
  // Step by calendar days (not 24 hours) so daylight-saving nights do not shift the dates.
  for (let d = start; d <= end; d = d.plus({ days: 1 }).startOf('day')) days.push(d);
  return days;
}

/** The UTC instants [from, to) covering the given local days. */
export function utcRange(days: DateTime[]): { from: string; to: string } {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  return {
    from: first.startOf('day').toUTC().toISO({ suppressMilliseconds: true })!,
    to: last.plus({ days: 1 }).startOf('day').toUTC().toISO({ suppressMilliseconds: true })!,
  };
}

/** Move the anchor one period back or forward. */
export function shiftAnchor(view: CalendarView, anchor: DateTime, step: 1 | -1): DateTime {
  return view === 'week' ? anchor.plus({ weeks: step }) : anchor.plus({ months: step }).startOf('month');
}

/** "2026-03-29T09:30" → { date: "2026-03-29", time: "09:30" } */
export function splitLocal(local: string | null): { date: string; time: string } {
  if (!local) return { date: '', time: '' };
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** The wall-clock local time of a post: its scheduledLocal, else its scheduledAt in the zone. */
export function postLocal(post: { scheduledLocal: string | null; scheduledAt: string | null }, zone: string): string | null {
  if (post.scheduledLocal) return post.scheduledLocal;
  if (post.scheduledAt) return DateTime.fromISO(post.scheduledAt, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
  return null;
}

/** A local wall-clock value like "2026-03-29T09:30" formatted for reading. */
export function formatLocal(local: string, zone: string, language: Language): string {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) return local;
  return dt.setLocale(luxonLocale(language)).toFormat(language === 'en' ? 'cccc d LLLL yyyy, HH:mm' : "cccc d LLLL yyyy 'om' HH:mm");
}

/** A UTC instant formatted in the organisation's zone. */
export function formatInstant(iso: string, zone: string, language: Language, withWeekday = false): string {
  const dt = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  if (!dt.isValid) return iso;
  const format = withWeekday ? 'cccc d LLLL yyyy, HH:mm' : 'd LLL yyyy, HH:mm';
  return dt.setLocale(luxonLocale(language)).toFormat(format);
}

/** "HH:mm" of a UTC instant in the zone. */
export function instantTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('HH:mm');
}
