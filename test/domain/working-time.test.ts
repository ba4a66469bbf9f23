// Response-time targets in working time: working hours in the organisation's zone, weekends and
// Dutch public holidays off.
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { addWorkingMinutes, isWorkingDay, type WorkingHours } from '../../src/domain/working-time.ts';

const hours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const zone = 'Europe/Amsterdam';

describe('addWorkingMinutes', () => {
  it('counts within one working day', () => {
    // Friday 27 November 2026, 11:00 in Amsterdam (UTC+1) plus one hour.
    expect(addWorkingMinutes(new Date('2026-11-27T10:00:00Z'), 60, hours, zone).toISOString()).toBe('2026-11-27T11:00:00.000Z');
  });

  it('skips the evening, Christmas, Boxing Day and the weekend', () => {
    // Thursday 24 December 16:00: one hour that day, then Friday 25 and Saturday 26 (holidays), Sunday; Monday 28 09:00 + 3 h.
    expect(addWorkingMinutes(new Date('2026-12-24T15:00:00Z'), 240, hours, zone).toISOString()).toBe('2026-12-28T11:00:00.000Z');
  });

  it('starts at opening time for a message that arrives at night, in summer time too', () => {
    // Monday 6 July 2026, 03:00 in Amsterdam (UTC+2): 30 minutes after 09:00.
    expect(addWorkingMinutes(new Date('2026-07-06T01:00:00Z'), 30, hours, zone).toISOString()).toBe('2026-07-06T07:30:00.000Z');
  });
});

describe('addWorkingMinutes with hours per weekday', () => {
  // Friday only until 12:30; Monday from 08:00.
  const own = {
    ...hours,
    byDay: [
      { day: 5, start: '09:00', end: '12:30' },
      { day: 1, start: '08:00', end: '17:00' },
    ],
  };

  it("uses a weekday's own closing and opening time", () => {
    // Friday 27 November 2026, 12:00 in Amsterdam plus one hour: 30 minutes on Friday, then Monday 08:00 + 30.
    expect(addWorkingMinutes(new Date('2026-11-27T11:00:00Z'), 60, own, zone).toISOString()).toBe('2026-11-30T07:30:00.000Z');
    // The same without per-day hours ends on Friday at 13:00.
    expect(addWorkingMinutes(new Date('2026-11-27T11:00:00Z'), 60, hours, zone).toISOString()).toBe('2026-11-27T12:00:00.000Z');
  });
});

/** The count as it was before its days were remembered (luxon for every day passed): the reference
 *  the faster count must match to the millisecond. */
function referenceAddWorkingMinutes(from: Date, minutes: number, hours: WorkingHours, zone: string): Date {
  const hoursOn = (weekday: number) => {
    const own = hours.byDay?.find((d) => d.day === weekday);
    const m = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    return { open: m(own?.start ?? hours.start), close: m(own?.end ?? hours.end) };
  };
  if (!hours.days.some((d) => hoursOn(d).close > hoursOn(d).open)) return new Date(from.getTime() + minutes * 60_000);
  let cursor = DateTime.fromJSDate(from, { zone });
  let left = minutes;
  for (let i = 0; i < 800; i++) {
    const day = cursor.startOf('day');
    if (isWorkingDay(day, hours)) {
      const h = hoursOn(day.weekday);
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

describe('addWorkingMinutes remembers days without changing a result', () => {
  it('matches the count with luxon for every day, across zones, DST changes, holidays and odd hours', () => {
    // A fixed pseudo-random walk (reproducible): moments in 2026–2027, with seconds and milliseconds.
    let seed = 20261129;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const zones = ['Europe/Amsterdam', 'America/New_York', 'America/Santiago', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
    const settings: WorkingHours[] = [
      hours,
      { start: '08:30', end: '17:15', days: [1, 2, 3, 4, 5, 6], byDay: [{ day: 6, start: '10:00', end: '12:00' }] },
      { start: '00:00', end: '23:59', days: [1, 2, 3, 4, 5, 6, 7] },
      { start: '01:30', end: '03:30', days: [7] },
      { start: '09:00', end: '09:00', days: [1, 2] },
    ];
    const targets = [1, 11, 15, 90, 120, 180, 240, 1080, 1440, 3000];
    const start = Date.UTC(2026, 0, 1);
    const span = Date.UTC(2028, 0, 1) - start;
    // DST change days in Amsterdam and New York, at and around the change.
    const moments = [
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T00:59:59.999Z',
      '2026-10-25T01:00:00Z',
      '2026-03-08T06:59:00Z',
      '2026-11-01T05:30:00Z',
    ].map((s) => new Date(s).getTime());
    for (let i = 0; i < 400; i++) moments.push(start + Math.floor(next() * span));
    let compared = 0;
    for (const at of moments) {
      const zone = zones[Math.floor(next() * zones.length)]!;
      const setting = settings[Math.floor(next() * settings.length)]!;
      // Later moments of the same day and the next (a day remembered is reused for them).
      for (const moment of [at, at + Math.floor(next() * 8 * 3_600_000), at + Math.floor(next() * 30 * 3_600_000)]) {
        for (const minutes of [targets[Math.floor(next() * targets.length)]!, Math.floor(next() * 5000)]) {
          const from = new Date(moment);
          expect(addWorkingMinutes(from, minutes, setting, zone).getTime(), `${from.toISOString()} +${minutes} ${zone} ${JSON.stringify(setting)}`).toBe(
            referenceAddWorkingMinutes(from, minutes, setting, zone).getTime(),
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(2436);
  });
});
