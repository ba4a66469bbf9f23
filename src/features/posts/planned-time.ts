import { resolveLocalTime, type ResolvedLocalTime } from '../../domain/local-time';
import { AppError } from '../errors';

/** Resolves a planned local time in the organisation's zone; a time in the past is refused. */
export function plannedTime(local: string, timeZone: string, now = new Date()): ResolvedLocalTime {
  let resolved: ResolvedLocalTime;
  try {
    resolved = resolveLocalTime(local, timeZone);
  } catch {
    throw new AppError(422, 'time_invalid', { local });
  }
  if (resolved.utc.getTime() <= now.getTime()) throw new AppError(422, 'time_in_past', { local });
  return resolved;
}
