// The inbox's duty rota: weekly slots and one-off overrides (managers edit, everyone who reads the
// inbox sees it), and who is on duty at a moment — never nobody: with no one on the rota then,
// the organisation's admins are. Only members who may answer the inbox count.
import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { encodeCursor, decodeCursor } from '../../contracts/common';
import type { DutyOverride, DutyOverrideInput, DutyOverrideList, DutyRota, DutySlot, OnDuty } from '../../contracts/inbox-duty';
import type { Db } from '../../db/client';
import { inboxDutyOverrides, inboxDutySlots, memberships, organisations, users } from '../../db/schema';
import { onDutyAt } from '../../domain/duty-rota';
import { resolveLocalTime, toLocal } from '../../domain/local-time';
import { can, isRole } from '../../domain/roles';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { localLabel } from '../posts/planned-time';

type Person = { id: string; name: string };

/** Members who may answer the inbox (the people a rota may name), and the admins (the fallback). */
async function membersOf(db: Db, orgId: string): Promise<{ answerers: Person[]; admins: string[] }> {
  const rows = await db
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name), asc(users.id));
  return {
    answerers: rows.filter((r) => isRole(r.role) && can(r.role, 'inbox.answer')).map(({ id, name }) => ({ id, name })),
    admins: rows.filter((r) => r.role === 'admin').map((r) => r.id),
  };
}

/** Who is on duty at `at` (the admins when the rota names nobody then). */
export async function peopleOnDuty(db: Db, orgId: string, at = new Date()): Promise<{ userIds: string[]; fallback: boolean }> {
  const [[org], slots, overrides, members] = await Promise.all([
    db.select({ timeZone: organisations.timeZone }).from(organisations).where(eq(organisations.id, orgId)),
    db.select().from(inboxDutySlots).where(eq(inboxDutySlots.orgId, orgId)),
    db
      .select()
      .from(inboxDutyOverrides)
      .where(and(eq(inboxDutyOverrides.orgId, orgId), sql`${inboxDutyOverrides.startsAt} <= ${at}`, gt(inboxDutyOverrides.endsAt, at))),
    membersOf(db, orgId),
  ]);
  const onRota = onDutyAt(
    slots.map((s) => ({ userId: s.userId, day: s.weekday, start: s.starts, end: s.ends })),
    overrides.map((o) => ({ userId: o.userId, from: o.startsAt, until: o.endsAt, onDuty: o.onDuty })),
    org?.timeZone ?? 'Europe/Amsterdam',
    at,
  );
  const allowed = new Set(members.answerers.map((m) => m.id));
  const userIds = onRota.filter((id) => allowed.has(id));
  return userIds.length ? { userIds, fallback: false } : { userIds: members.admins, fallback: true };
}

async function onDutyView(scope: OrgScope, at: Date, names?: Map<string, string>): Promise<OnDuty> {
  const { userIds, fallback } = await peopleOnDuty(scope.db, scope.orgId, at);
  const known =
    names ??
    new Map(
      (userIds.length ? await scope.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)) : []).map((u) => [
        u.id,
        u.name,
      ]),
    );
  return {
    at: at.toISOString(),
    people: userIds.map((id) => ({ id, name: known.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name)),
    fallback,
  };
}

export async function whoIsOnDuty(scope: Authorized<'inbox.read'>, at?: string): Promise<OnDuty> {
  return onDutyView(scope, at ? new Date(at) : new Date());
}

export async function getDutyRota(scope: Authorized<'inbox.read'> | Authorized<'inbox.manage'>): Promise<DutyRota> {
  const [slots, { answerers }] = await Promise.all([
    scope.db
      .select()
      .from(inboxDutySlots)
      .where(eq(inboxDutySlots.orgId, scope.orgId))
      .orderBy(asc(inboxDutySlots.weekday), asc(inboxDutySlots.starts), asc(inboxDutySlots.id)),
    membersOf(scope.db, scope.orgId),
  ]);
  return {
    timeZone: scope.timeZone,
    slots: slots.map((s) => ({ userId: s.userId, day: s.weekday, start: s.starts, end: s.ends })),
    people: answerers,
    now: await onDutyView(scope, new Date()),
  };
}

/** Refuses a person who is not a member allowed to answer, naming the field. */
async function checkPeople(scope: OrgScope, ids: { path: string; userId: string }[]) {
  const { answerers } = await membersOf(scope.db, scope.orgId);
  const allowed = new Set(answerers.map((a) => a.id));
  const wrong = ids.filter((i) => !allowed.has(i.userId));
  if (wrong.length)
    throw new AppError(
      422,
      'inbox_duty_not_member',
      {},
      wrong.map((w) => ({ path: w.path, message: 'inbox_duty_not_member' })),
    );
}

/** Replaces the weekly slots as a whole (the screen sends the week). */
export async function setDutySlots(scope: Authorized<'inbox.manage'>, slots: DutySlot[]): Promise<DutyRota> {
  await checkPeople(
    scope,
    slots.map((s, i) => ({ path: `slots.${i}.userId`, userId: s.userId })),
  );
  await scope.db.transaction(async (tx) => {
    await tx.delete(inboxDutySlots).where(eq(inboxDutySlots.orgId, scope.orgId));
    if (slots.length) {
      await tx.insert(inboxDutySlots).values(slots.map((s) => ({ orgId: scope.orgId, userId: s.userId, weekday: s.day, starts: s.start, ends: s.end })));
    }
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.duty_slots', detail: { slots: slots.length } });
  });
  return getDutyRota(scope);
}

const cursorTime = (d: Date) => d.toISOString().replace('Z', '000Z');

function toOverride(scope: OrgScope, row: typeof inboxDutyOverrides.$inferSelect, name: string): DutyOverride {
  return {
    id: row.id,
    person: { id: row.userId, name },
    from: row.startsAt.toISOString(),
    until: row.endsAt.toISOString(),
    fromLocal: toLocal(row.startsAt, scope.timeZone),
    untilLocal: toLocal(row.endsAt, scope.timeZone),
    onDuty: row.onDuty,
  };
}

/** Overrides that have not ended yet, earliest first, a page at a time. */
export async function listDutyOverrides(scope: Authorized<'inbox.read'>, q: { cursor?: string; limit: number }): Promise<DutyOverrideList> {
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const rows = await scope.db
    .select({ o: inboxDutyOverrides, name: users.name })
    .from(inboxDutyOverrides)
    .innerJoin(users, eq(users.id, inboxDutyOverrides.userId))
    .where(
      and(
        eq(inboxDutyOverrides.orgId, scope.orgId),
        gt(inboxDutyOverrides.endsAt, sql`now()`),
        after?.at
          ? or(
              gt(inboxDutyOverrides.startsAt, new Date(after.at)),
              and(eq(inboxDutyOverrides.startsAt, new Date(after.at)), gt(inboxDutyOverrides.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(inboxDutyOverrides.startsAt), asc(inboxDutyOverrides.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    overrides: page.map((r) => toOverride(scope, r.o, r.name)),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ at: cursorTime(last.o.startsAt), id: last.o.id }) : null,
  };
}

function localInstant(local: string, path: string, zone: string): Date {
  try {
    return resolveLocalTime(local, zone).utc;
  } catch {
    throw new AppError(422, 'time_invalid', { local: localLabel(local, zone) }, [{ path, message: 'time_invalid' }]);
  }
}

export async function addDutyOverride(scope: Authorized<'inbox.manage'>, input: DutyOverrideInput): Promise<DutyOverride> {
  const from = localInstant(input.fromLocal, 'fromLocal', scope.timeZone);
  const until = localInstant(input.untilLocal, 'untilLocal', scope.timeZone);
  if (until <= from) throw new AppError(422, 'validation_failed', {}, [{ path: 'untilLocal', message: 'field_ends_before_start' }]);
  if (until.getTime() <= Date.now())
    throw new AppError(422, 'time_in_past', { local: localLabel(input.untilLocal, scope.timeZone) }, [{ path: 'untilLocal', message: 'time_in_past' }]);
  await checkPeople(scope, [{ path: 'userId', userId: input.userId }]);
  return scope.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(inboxDutyOverrides)
      .values({ orgId: scope.orgId, userId: input.userId, startsAt: from, endsAt: until, onDuty: input.onDuty, createdBy: scope.userId })
      .returning();
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'inbox.duty_override',
      detail: { overrideId: row!.id, userId: input.userId, onDuty: input.onDuty },
    });
    const [person] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.userId));
    return toOverride(scope, row!, person?.name ?? '');
  });
}

export async function deleteDutyOverride(scope: Authorized<'inbox.manage'>, id: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(inboxDutyOverrides)
      .where(and(eq(inboxDutyOverrides.id, id), eq(inboxDutyOverrides.orgId, scope.orgId)))
      .returning({ id: inboxDutyOverrides.id });
    if (!gone) throw notFound('inbox_duty_override');
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.duty_override_delete', detail: { overrideId: id } });
  });
}
