// "Post again at another time to reach other people": repeats of an approved post, on chosen
// dates or at a fixed interval from its planned time (same wall-clock time, across DST changes).
import { DateTime } from 'luxon';
import type { RepeatInput } from '../../contracts/post';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { signalSchedule } from '../publishing/claim-due-posts';
import { copyPost } from './copy-post';
import { findPost } from './find-post';
import { plannedTime } from './planned-time';

const REPEATABLE = new Set(['approved', 'scheduled', 'published']);

export async function repeatPost(scope: Authorized<'post.schedule'>, postId: string, input: RepeatInput): Promise<string[]> {
  const post = await findPost(scope, postId);
  if (!REPEATABLE.has(post.status)) throw new AppError(409, 'repeat_needs_approval');
  let locals: string[];
  if ('dates' in input) {
    locals = input.dates;
  } else {
    if (!post.scheduledAt) throw new AppError(422, 'schedule_needs_time');
    const start = DateTime.fromJSDate(post.scheduledAt, { zone: scope.timeZone });
    locals = Array.from({ length: input.times }, (_, i) => start.plus({ days: input.everyDays * (i + 1) }).toFormat("yyyy-MM-dd'T'HH:mm"));
  }
  const planned = locals.map((local, i) => {
    try {
      return plannedTime(local, scope.timeZone);
    } catch (error) {
      // A chosen date is refused on its own row ("dates.1"), an interval's copy on the interval.
      if (!(error instanceof AppError) || !error.details) throw error;
      const path = 'dates' in input ? `dates.${i}` : 'everyDays';
      throw new AppError(error.status, error.key, error.params, [{ path, message: error.key }]);
    }
  });
  return scope.db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const p of planned) {
      const id = await copyPost(tx, scope, post, { scheduledAt: p.utc, scheduledNote: p.note }, 'system:repeat');
      if (id) ids.push(id);
    }
    await signalSchedule(tx);
    return ids;
  });
}
