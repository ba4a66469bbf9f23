// The quick route's three moments, planned from the event: the announcement a week before at
// 10:00 (two days, then one day before when the event is sooner; soon after now when even that
// has passed), "during" at the event's start, and the look-back on the next working day at 10:00
// (Monday to Friday, not on a Dutch public holiday). Arithmetic is on the local calendar in the
// organisation's zone, so 10:00 stays 10:00 across a daylight-saving change. Pure: no I/O.
import { DateTime } from 'luxon';
import { resolveLocalTime, toLocal } from './local-time';
import { publicHolidays } from './working-time';

export const QUICK_MESSAGES = ['announcement', 'during', 'lookBack'] as const;
export type QuickMessage = (typeof QUICK_MESSAGES)[number];

/** When each message goes out relative to the event; a template keeps these. */
export interface QuickOffsets {
  /** Calendar days before the event's date (the fallbacks 2 and 1 apply when this has passed). */
  announcementDaysBefore: number;
  /** "HH:mm" local. */
  announcementTime: string;
  /** Minutes after the event's start (0: at the start). */
  duringMinutes: number;
  /** Working days after the event's date. */
  lookBackWorkingDays: number;
  lookBackTime: string;
}

export const DEFAULT_QUICK_OFFSETS: QuickOffsets = {
  announcementDaysBefore: 7,
  announcementTime: '10:00',
  duringMinutes: 0,
  lookBackWorkingDays: 1,
  lookBackTime: '10:00',
};

export type QuickPlan = Record<QuickMessage, string>;

/** The margin before an announcement planned "soon": time to be approved. */
const SOON_MINUTES = 30;

const isWorkday = (d: DateTime) => d.weekday <= 5 && !publicHolidays(d.year).has(d.toISODate()!);

const at = (day: DateTime, hhmm: string, zone: string) => resolveLocalTime(`${day.toISODate()}T${hhmm}`, zone);

/**
 * The suggested local times ("yyyy-MM-ddTHH:mm") of the three messages for an event at
 * `eventLocal` in `zone`, none before `now`. Null when the event itself is not in the future.
 */
export function planQuickCampaign(eventLocal: string, zone: string, now: Date, offsets: QuickOffsets = DEFAULT_QUICK_OFFSETS): QuickPlan | null {
  const event = resolveLocalTime(eventLocal, zone);
  if (event.utc.getTime() <= now.getTime()) return null;
  const eventDay = DateTime.fromISO(event.effectiveLocal, { zone }).startOf('day');

  const future = (r: { utc: Date }) => r.utc.getTime() > now.getTime() && r.utc.getTime() < event.utc.getTime();
  const tries = [offsets.announcementDaysBefore, ...[2, 1].filter((d) => d < offsets.announcementDaysBefore)];
  let announcement = tries.map((d) => at(eventDay.minus({ days: d }), offsets.announcementTime, zone)).find(future)?.effectiveLocal;
  if (!announcement) {
    // Soon: the next quarter hour at least half an hour from now, or halfway to the event if that is nearer.
    const soon = Math.ceil((now.getTime() + SOON_MINUTES * 60_000) / 900_000) * 900_000;
    const halfway = now.getTime() + Math.floor((event.utc.getTime() - now.getTime()) / 2 / 60_000) * 60_000;
    announcement = toLocal(new Date(Math.min(soon, halfway)), zone);
  }

  const during = toLocal(new Date(event.utc.getTime() + offsets.duringMinutes * 60_000), zone);

  let day = eventDay;
  for (let left = Math.max(1, offsets.lookBackWorkingDays); left > 0; ) {
    day = day.plus({ days: 1 });
    if (isWorkday(day)) left--;
  }
  return { announcement, during, lookBack: at(day, offsets.lookBackTime, zone).effectiveLocal };
}

/** The offsets of three planned local times relative to the event (to keep in a template). */
export function offsetsOf(eventLocal: string, plan: QuickPlan, zone: string): QuickOffsets {
  const event = DateTime.fromISO(eventLocal, { zone });
  const local = (s: string) => DateTime.fromISO(s, { zone });
  const a = local(plan.announcement);
  const l = local(plan.lookBack);
  let workdays = 0;
  for (let d = event.startOf('day').plus({ days: 1 }); d <= l.startOf('day') && workdays < 30; d = d.plus({ days: 1 })) if (isWorkday(d)) workdays++;
  return {
    announcementDaysBefore: Math.max(0, Math.round(event.startOf('day').diff(a.startOf('day'), 'days').days)),
    announcementTime: a.toFormat('HH:mm'),
    duringMinutes: Math.round(local(plan.during).diff(event, 'minutes').minutes),
    lookBackWorkingDays: Math.max(1, workdays),
    lookBackTime: l.toFormat('HH:mm'),
  };
}
