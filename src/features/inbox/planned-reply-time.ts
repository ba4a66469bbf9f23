// When a planned answer goes out: an instant as given (`at`), or a wall-clock time in the
// organisation's time zone (`atLocal`, what the screen offers) resolved with the same rules as
// planned posts (a time in the spring gap moves forward, one that occurs twice in autumn means
// the first). Stored in UTC. A time in the past is refused, as for posts.
import { resolveLocalTime } from '../../domain/local-time';
import { AppError } from '../errors';
import { localLabel } from '../posts/planned-time';

export function plannedReplyTime(input: { at?: string; atLocal?: string }, timeZone: string, now = new Date()): Date {
  if (input.at && input.atLocal) throw new AppError(422, 'validation_failed', {}, [{ path: 'atLocal', message: 'either at or atLocal' }]);
  if (!input.atLocal) return input.at ? new Date(input.at) : now;
  let utc: Date;
  try {
    utc = resolveLocalTime(input.atLocal, timeZone).utc;
  } catch {
    throw new AppError(422, 'time_invalid', { local: localLabel(input.atLocal, timeZone) }, [{ path: 'atLocal', message: 'time_invalid' }]);
  }
  if (utc.getTime() <= now.getTime())
    throw new AppError(422, 'time_in_past', { local: localLabel(input.atLocal, timeZone) }, [{ path: 'atLocal', message: 'time_in_past' }]);
  return utc;
}
