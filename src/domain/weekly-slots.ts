// The next occurrences of weekly time slots ("Tuesday 10:00") in a time zone, as UTC instants,
// with the same daylight-saving rule as every planned time (src/domain/local-time.ts).
import { DateTime } from 'luxon';
import { resolveLocalTime } from './local-time';

export interface WeeklySlot {
  weekday: number; // ISO: 1 = Monday … 7 = Sunday
  time: string; // HH:mm
}

export function upcomingSlots(slots: WeeklySlot[], zone: string, from: Date, days: number): { utc: Date; local: string; note: string | null }[] {
  // A rolling window of `days` days from `from` (not from the start of today: on a Tuesday afternoon, two weeks ahead
  // still holds the Tuesday two weeks on, so the count of slots never depends on the hour the queue is filled).
  const start = DateTime.fromJSDate(from, { zone }).startOf('day');
  const end = DateTime.fromJSDate(from).plus({ days }).toJSDate();
  const result: { utc: Date; local: string; note: string | null }[] = [];
  for (let d = 0; d <= days; d++) {
    const date = start.plus({ days: d });
    for (const slot of slots.filter((s) => s.weekday === date.weekday)) {
      const resolved = resolveLocalTime(`${date.toISODate()}T${slot.time}`, zone);
      if (resolved.utc > from && resolved.utc <= end) result.push({ utc: resolved.utc, local: resolved.effectiveLocal, note: resolved.note });
    }
  }
  return result.sort((a, b) => a.utc.getTime() - b.utc.getTime());
}
