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

/** The moment `minutes` of working time after `from`. Without working days at all, wall-clock time. */
export function addWorkingMinutes(from: Date, minutes: number, hours: WorkingHours, zone: string): Date {
  const open = hours.days.filter((d) => {
    const h = hoursOn(d, hours);
    return h.close > h.open;
  });
  if (!open.length) return new Date(from.getTime() + minutes * 60_000);
  let cursor = DateTime.fromJSDate(from, { zone });
  let left = minutes;
  // Two years of days is far beyond any target; the bound only guards against a bad setting.
  for (let i = 0; i < 800; i++) {
    const day = cursor.startOf('day');
    if (isWorkingDay(day, hours)) {
      const h = hoursOn(day.weekday, hours);
      const opening = day.plus({ minutes: h.open });
      const closing = day.plus({ minutes: h.close });
      if (cursor < opening) cursor = opening;
      if (cursor < closing) {
        const available = closing.diff(cursor, 'minutes').minutes;
        if (left <= available) return cursor.plus({ minutes: left }).toJSDate();
        left -= available;
      }
    }
    cursor = day.plus({ days: 1 });
  }
  return cursor.toJSDate();
}
