// Who may host or moderate a question hour: a member of this organisation whose role may answer in
// the inbox. One check for planning an hour and for naming new people later. The memberships read
// are locked (FOR SHARE) so that, inside the caller's transaction, a removal or demotion running at
// the same moment waits for the commit and then finds the person on the hour (drop-from-hours.ts)
// — or, if it came first, the person is refused here.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberships, users } from '../../db/schema';
import { can, isRole } from '../../domain/roles';
import type { translate } from '../../i18n/messages';
import { AppError } from '../errors';

/** A 422 naming the field, as the validation of a request body does. */
export const qaFieldError = (path: string, key: Parameters<typeof translate>[1], params: Record<string, string> = {}) =>
  new AppError(422, key, params, [{ path, message: key }]);

export type HourPeopleInput = { hostId?: string | null; moderatorId?: string | null };

/** Checks each person given (null or absent: nobody to check); answers their names by id. */
export async function checkHourPeople(db: Db, orgId: string, wanted: HourPeopleInput): Promise<Map<string, string>> {
  const ids = [wanted.hostId, wanted.moderatorId].filter((id): id is string => !!id);
  if (!ids.length) return new Map();
  const people = await db
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, ids)))
    .for('share', { of: memberships });
  const names = new Map(people.filter((p) => isRole(p.role) && can(p.role, 'inbox.answer')).map((p) => [p.id, p.name]));
  for (const path of ['hostId', 'moderatorId'] as const) {
    const id = wanted[path];
    if (id && !names.has(id)) throw qaFieldError(path, 'qa_not_a_member');
  }
  return names;
}
