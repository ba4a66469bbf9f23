// Posts are stored in UTC and planned in the organisation's time zone. Two local times need a
// rule: on the night clocks go forward, a time in the gap (02:30 on 2026-03-29 in Amsterdam)
// does not exist and moves forward by the gap (to 03:30); on the night clocks go back, a time
// that occurs twice (02:30 on 2026-10-25) means its first occurrence (summer time).
import { DateTime } from 'luxon';

export type LocalTimeNote = 'skipped_forward' | 'ambiguous_first' | null;

export interface ResolvedLocalTime {
  utc: Date;
  note: LocalTimeNote;
  /** The local wall-clock time the post will actually go out, "yyyy-MM-ddTHH:mm". */
  effectiveLocal: string;
}

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

export function isValidTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

export function resolveLocalTime(local: string, zone: string): ResolvedLocalTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new RangeError(`"${local}" is not a local date-time like 2026-03-29T09:30`);
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = { year, month, day, hour, minute };
  const dt = DateTime.fromObject(wall, { zone });
  if (!dt.isValid) throw new RangeError(`"${local}" is not a valid date-time in ${zone}`);

  // Luxon shifts a non-existent wall time forward; detect that by comparing the wall clock.
  const skipped = dt.hour !== hour || dt.minute !== minute || dt.day !== day;
  // A wall time is ambiguous when the same wall clock maps to a second instant one offset later.
  const other = dt.plus({ hours: 1 });
  const ambiguous = !skipped && other.hour === hour && other.minute === minute && other.offset !== dt.offset;
  const earlier = dt.minus({ hours: 1 });
  const isSecondOccurrence = !skipped && earlier.hour === hour && earlier.minute === minute && earlier.offset !== dt.offset;
  const chosen = isSecondOccurrence ? earlier : dt;

  return {
    utc: chosen.toUTC().toJSDate(),
    note: skipped ? 'skipped_forward' : ambiguous || isSecondOccurrence ? 'ambiguous_first' : null,
    effectiveLocal: chosen.toFormat(LOCAL_FORMAT),
  };
}

export function toLocal(utc: Date, zone: string): string {
  return DateTime.fromJSDate(utc, { zone }).toFormat(LOCAL_FORMAT);
}
