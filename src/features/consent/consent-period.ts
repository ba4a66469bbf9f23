// A consent holds for whole days in the organisation's time zone: from the start of its first day
// up to the end of its last day (stored as the start of the day after).
import { DateTime } from 'luxon';

export function startOfDay(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).startOf('day').toUTC().toJSDate();
}

export function endOfDay(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).plus({ days: 1 }).startOf('day').toUTC().toJSDate();
}

export function dayOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** The last day of a period that ends (exclusively) at `until`. */
export function lastDayOf(until: Date, zone: string): string {
  return DateTime.fromJSDate(until, { zone }).minus({ days: 1 }).toISODate()!;
}

export type ConsentState = 'valid' | 'future' | 'expired' | 'withdrawn';

export function consentState(c: { validFrom: Date; validUntil: Date | null; withdrawnAt: Date | null }, at: Date): ConsentState {
  if (c.withdrawnAt) return 'withdrawn';
  if (c.validFrom > at) return 'future';
  if (c.validUntil && c.validUntil <= at) return 'expired';
  return 'valid';
}
