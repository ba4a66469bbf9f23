// Planned local times in the organisation's zone, including the two daylight-saving nights.
import { describe, expect, it } from 'vitest';
import { isValidTimeZone, resolveLocalTime, toLocal } from '../../src/domain/local-time.ts';

const AMS = 'Europe/Amsterdam';
const iso = (d: Date) => d.toISOString();

describe('Europe/Amsterdam, clocks go forward (2026-03-29 02:00 → 03:00)', () => {
  it('moves 02:30, which does not exist, forward by the gap to 03:30 summer time', () => {
    const r = resolveLocalTime('2026-03-29T02:30', AMS);
    expect(iso(r.utc)).toBe('2026-03-29T01:30:00.000Z');
    expect(r.effectiveLocal).toBe('2026-03-29T03:30');
    expect(r.note).toBe('skipped_forward');
  });

  it.each([
    ['2026-03-29T02:00', '2026-03-29T01:00:00.000Z', '2026-03-29T03:00'],
    ['2026-03-29T02:59', '2026-03-29T01:59:00.000Z', '2026-03-29T03:59'],
  ])('treats %s (inside the gap) the same way', (local, utc, effective) => {
    const r = resolveLocalTime(local, AMS);
    expect(iso(r.utc)).toBe(utc);
    expect(r.effectiveLocal).toBe(effective);
    expect(r.note).toBe('skipped_forward');
  });

  it('leaves 01:59 (winter time, just before the gap) unchanged', () => {
    const r = resolveLocalTime('2026-03-29T01:59', AMS);
    expect(iso(r.utc)).toBe('2026-03-29T00:59:00.000Z');
    expect(r.effectiveLocal).toBe('2026-03-29T01:59');
    expect(r.note).toBeNull();
  });

  it('leaves 03:00 (summer time, just after the gap) unchanged', () => {
    const r = resolveLocalTime('2026-03-29T03:00', AMS);
    expect(iso(r.utc)).toBe('2026-03-29T01:00:00.000Z');
    expect(r.effectiveLocal).toBe('2026-03-29T03:00');
    expect(r.note).toBeNull();
  });
});

describe('Europe/Amsterdam, clocks go back (2026-10-25 03:00 → 02:00)', () => {
  it('takes the first occurrence (summer time) of 02:30, which happens twice', () => {
    const r = resolveLocalTime('2026-10-25T02:30', AMS);
    expect(iso(r.utc)).toBe('2026-10-25T00:30:00.000Z');
    expect(r.effectiveLocal).toBe('2026-10-25T02:30');
    expect(r.note).toBe('ambiguous_first');
  });

  it('takes the first occurrence of 02:00 too', () => {
    const r = resolveLocalTime('2026-10-25T02:00', AMS);
    expect(iso(r.utc)).toBe('2026-10-25T00:00:00.000Z');
    expect(r.note).toBe('ambiguous_first');
  });

  it('treats 01:30 (summer time, before the repeat) as normal', () => {
    const r = resolveLocalTime('2026-10-25T01:30', AMS);
    expect(iso(r.utc)).toBe('2026-10-24T23:30:00.000Z');
    expect(r.effectiveLocal).toBe('2026-10-25T01:30');
    expect(r.note).toBeNull();
  });

  it('treats 03:00 (winter time, after the repeat) as normal', () => {
    const r = resolveLocalTime('2026-10-25T03:00', AMS);
    expect(iso(r.utc)).toBe('2026-10-25T02:00:00.000Z');
    expect(r.effectiveLocal).toBe('2026-10-25T03:00');
    expect(r.note).toBeNull();
  });
});

describe('ordinary days', () => {
  it('is one hour ahead of UTC in winter', () => {
    const r = resolveLocalTime('2026-01-15T10:00', AMS);
    expect(iso(r.utc)).toBe('2026-01-15T09:00:00.000Z');
    expect(r.effectiveLocal).toBe('2026-01-15T10:00');
    expect(r.note).toBeNull();
  });

  it('is two hours ahead of UTC in summer', () => {
    const r = resolveLocalTime('2026-07-01T10:00', AMS);
    expect(iso(r.utc)).toBe('2026-07-01T08:00:00.000Z');
    expect(r.effectiveLocal).toBe('2026-07-01T10:00');
    expect(r.note).toBeNull();
  });

  it('handles midnight and the end of the year', () => {
    expect(iso(resolveLocalTime('2027-01-01T00:00', AMS).utc)).toBe('2026-12-31T23:00:00.000Z');
  });
});

describe('toLocal', () => {
  it('shows a UTC instant as the wall clock in the zone', () => {
    expect(toLocal(new Date('2026-01-15T09:00:00Z'), AMS)).toBe('2026-01-15T10:00');
    expect(toLocal(new Date('2026-07-01T08:00:00Z'), AMS)).toBe('2026-07-01T10:00');
    expect(toLocal(new Date('2026-03-29T01:30:00Z'), AMS)).toBe('2026-03-29T03:30');
  });

  it.each(['2026-01-15T10:00', '2026-07-01T23:59', '2026-03-29T01:59', '2026-03-29T03:00', '2026-10-25T01:30', '2026-10-25T03:00'])(
    'round-trips %s',
    (local) => {
      expect(toLocal(resolveLocalTime(local, AMS).utc, AMS)).toBe(local);
    },
  );

  it('round-trips the DST special cases to the time the post really goes out', () => {
    for (const local of ['2026-03-29T02:30', '2026-10-25T02:30']) {
      const r = resolveLocalTime(local, AMS);
      expect(toLocal(r.utc, AMS)).toBe(r.effectiveLocal);
    }
  });
});

describe('invalid input', () => {
  it.each([
    '2026-02-30T10:00', // no 30 February
    '2026-02-29T10:00', // 2026 is no leap year
    '2026-03-29T25:00',
    '2026-03-29T10:60',
    '2026-13-01T10:00',
    'garbage',
    '',
    '2026-03-29 10:00',
    '2026-03-29T10:00:00',
    '2026-03-29T10:00Z',
  ])('refuses %j with a RangeError', (local) => {
    expect(() => resolveLocalTime(local, AMS)).toThrow(RangeError);
  });

  it('refuses an unknown time zone with a RangeError', () => {
    expect(() => resolveLocalTime('2026-01-15T10:00', 'Europe/Atlantis')).toThrow(RangeError);
  });

  it('accepts 29 February in a leap year', () => {
    expect(iso(resolveLocalTime('2028-02-29T10:00', AMS).utc)).toBe('2028-02-29T09:00:00.000Z');
  });
});

describe('another zone: America/New_York', () => {
  it('moves 02:30 on 2026-03-08 (does not exist) forward to 03:30 EDT', () => {
    const r = resolveLocalTime('2026-03-08T02:30', 'America/New_York');
    expect(iso(r.utc)).toBe('2026-03-08T07:30:00.000Z');
    expect(r.effectiveLocal).toBe('2026-03-08T03:30');
    expect(r.note).toBe('skipped_forward');
  });

  it('takes the first occurrence of 01:30 on 2026-11-01', () => {
    const r = resolveLocalTime('2026-11-01T01:30', 'America/New_York');
    expect(iso(r.utc)).toBe('2026-11-01T05:30:00.000Z');
    expect(r.note).toBe('ambiguous_first');
  });

  it('is five hours behind UTC on an ordinary winter day', () => {
    const r = resolveLocalTime('2026-01-15T10:00', 'America/New_York');
    expect(iso(r.utc)).toBe('2026-01-15T15:00:00.000Z');
    expect(r.note).toBeNull();
  });
});

describe('isValidTimeZone', () => {
  it.each(['Europe/Amsterdam', 'America/New_York', 'UTC', 'Asia/Kolkata'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });
  it.each(['Europe/Atlantis', 'Amsterdam', 'not a zone'])('refuses %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});
