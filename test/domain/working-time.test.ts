// Response-time targets in working time: working hours in the organisation's zone, weekends and
// Dutch public holidays off.
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes } from '../../src/domain/working-time.ts';

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
