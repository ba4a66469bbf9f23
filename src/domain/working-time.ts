// Response-time targets counted in working time: the organisation's working hours on its working
// days, in its time zone, without Dutch public holidays (date-holidays, type "public": New Year,
// Easter, King's Day, Ascension, Whitsun, Christmas). Pure: no I/O.
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

export interface WorkingHours {
  start: string;
  end: string;
  /** ISO weekdays: Monday 1 … Sunday 7. */
  days: number[];
  /** Hours of their own for some working days; the others keep start–end. */
  byDay?: { day: number; start: string; end: string }[];
}

const holidaysByYear = new Map<number, Set<string>>();
const nl = new Holidays('NL');

/** The Dutch public holidays of a year as YYYY-MM-DD. */
export function publicHolidays(year: number): Set<string> {
  let set = holidaysByYear.get(year);
  if (!set) {
    set = new Set(
      nl
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, set);
  }
  return set;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a local day is a working day. */
export function isWorkingDay(day: DateTime, hours: WorkingHours): boolean {
  return hours.days.includes(day.weekday) && !publicHolidays(day.year).has(day.toISODate()!);
}

/** A working weekday's opening and closing minutes (its own hours, or the general ones). */
function hoursOn(weekday: number, hours: WorkingHours): { open: number; close: number } {
  const own = hours.byDay?.find((d) => d.day === weekday);
  return { open: minutesOf(own?.start ?? hours.start), close: minutesOf(own?.end ?? hours.end) };
}

/** A local day as the count of working time needs it, in epoch ms: where it starts and the next one
 *  starts, and its opening and closing moments (null on a day off). */
interface Day {
  start: number;
  next: number;
  hours: { opening: number; closing: number } | null;
  /** 24 hours at one UTC offset: every moment from start to next is of this day. */
  plain: boolean;
}

/** The day of the moment `ms` (what the count did with luxon for each day it passed). */
function dayOf(ms: number, hours: WorkingHours, zone: string): Day {
  const day = DateTime.fromMillis(ms, { zone }).startOf('day');
  const h = isWorkingDay(day, hours) ? hoursOn(day.weekday, hours) : null;
  const next = day.plus({ days: 1 });
  return {
    start: day.toMillis(),
    next: next.toMillis(),
    hours: h && { opening: day.plus({ minutes: h.open }).toMillis(), closing: day.plus({ minutes: h.close }).toMillis() },
    plain: next.toMillis() - day.toMillis() === 86_400_000 && day.offset === next.minus({ milliseconds: 1 }).offset,
  };
}

/** Days already looked up, per zone and working hours, by the exact moment asked about (a page of
 *  items arrives at one moment and counts from it for every category; the days after it are the same
 *  for every page), and any moment of a plain day looked up lately (luxon's zone arithmetic was most
 *  of the cost of storing a page; docs/benchmarks.md). Bounded: a calendar's memory is dropped when it
 *  grows past DAYS_KEPT. A day with a change of UTC offset is only reused for the moment it was asked
 *  for (which date a moment has there is luxon's to say). */
const calendars = new Map<string, { byMoment: Map<number, Day>; plain: Day[] }>();
const CALENDARS_KEPT = 64;
const DAYS_KEPT = 512;
const PLAIN_KEPT = 8;

function calendarOf(hours: WorkingHours, zone: string): (ms: number) => Day {
  const key = `${zone} ${JSON.stringify(hours)}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size >= CALENDARS_KEPT) calendars.clear();
    calendars.set(key, (calendar = { byMoment: new Map(), plain: [] }));
  }
  const { byMoment, plain } = calendar;
  return (ms) => {
    let day = byMoment.get(ms);
    if (day) return day;
    for (const d of plain) if (ms >= d.start && ms < d.next) return d;
    if (byMoment.size >= DAYS_KEPT) byMoment.clear();
    byMoment.set(ms, (day = dayOf(ms, hours, zone)));
    if (day.plain) {
      plain.unshift(day);
      if (plain.length > PLAIN_KEPT) plain.pop();
    }
    return day;
  };
}

/** The moment `minutes` of working time after `from`. Without working days at all, wall-clock time. */
export function addWorkingMinutes(from: Date, minutes: number, hours: WorkingHours, zone: string): Date {
  const open = hours.days.filter((d) => {
    const h = hoursOn(d, hours);
    return h.close > h.open;
  });
  if (!open.length) return new Date(from.getTime() + minutes * 60_000);
  const dayAt = calendarOf(hours, zone);
  // Milliseconds since the epoch throughout, as luxon counted them: minutes added to a moment are
  // 60,000 ms each (not calendar minutes), the minutes between two moments their difference / 60,000.
  let cursor = from.getTime();
  let left = minutes;
  // Two years of days is far beyond any target; the bound only guards against a bad setting.
  for (let i = 0; i < 800; i++) {
    const day = dayAt(cursor);
    if (day.hours) {
      const { opening, closing } = day.hours;
      if (cursor < opening) cursor = opening;
      if (cursor < closing) {
        const available = (closing - cursor) / 60_000;
        if (left <= available) return new Date(cursor + left * 60_000);
        left -= available;
      }
    }
    cursor = day.next;
  }
  return new Date(cursor);
}
