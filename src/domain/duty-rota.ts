// Who is on duty at a moment (pure): weekly slots are wall-clock times in the organisation's
// zone, so "Sunday 08:00–17:00" stays 08:00–17:00 on the Sunday the clocks change (nine or ten
// hours of real time, as the people on duty live it). An override puts a person on duty for a
// period besides the rota, or off duty (ill, on leave) whatever the rota says; off wins.
import { DateTime } from 'luxon';

export interface RotaSlot {
  userId: string;
  day: number; // ISO: 1 = Monday … 7 = Sunday
  start: string; // HH:MM
  end: string; // HH:MM, up to 24:00
}

export interface RotaOverride {
  userId: string;
  from: Date;
  until: Date;
  onDuty: boolean;
}

export function onDutyAt(slots: RotaSlot[], overrides: RotaOverride[], zone: string, at: Date): string[] {
  const local = DateTime.fromJSDate(at, { zone });
  const clock = local.toFormat('HH:mm');
  const people = new Set(slots.filter((s) => s.day === local.weekday && s.start <= clock && clock < s.end).map((s) => s.userId));
  const covering = overrides.filter((o) => o.from.getTime() <= at.getTime() && at.getTime() < o.until.getTime());
  for (const o of covering) if (o.onDuty) people.add(o.userId);
  for (const o of covering) if (!o.onDuty) people.delete(o.userId);
  return [...people];
}
