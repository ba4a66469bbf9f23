import { resolveLocalTime, type ResolvedLocalTime } from '../../domain/local-time';
import { AppError } from '../errors';

/**
 * A planned time as people read it, in the organisation's zone: "2026-03-29 09:30 (Europe/Amsterdam)";
 * `withZone: false`: "2026-03-29 09:30", inside a sentence (an announcement, a notice) where the zone is noise.
 */
export function localLabel(at: Date | string, timeZone: string, opts: { withZone?: boolean } = {}): string {
  const wall =
    typeof at === 'string'
      ? at.replace('T', ' ')
      : new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at);
  return opts.withZone === false ? wall : `${wall} (${timeZone})`;
}

/** The refusal of a planned time, named on the field it concerns. */
const timeRefusal = (key: 'time_in_past' | 'time_invalid', local: string) => new AppError(422, key, { local }, [{ path: 'scheduledLocal', message: key }]);

/** Resolves a planned local time in the organisation's zone; a time in the past is refused. */
export function plannedTime(local: string, timeZone: string, now = new Date()): ResolvedLocalTime {
  let resolved: ResolvedLocalTime;
  try {
    resolved = resolveLocalTime(local, timeZone);
  } catch {
    throw timeRefusal('time_invalid', localLabel(local, timeZone));
  }
  if (resolved.utc.getTime() <= now.getTime()) throw timeRefusal('time_in_past', localLabel(local, timeZone));
  return resolved;
}
