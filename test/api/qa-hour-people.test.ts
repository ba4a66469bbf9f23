// Naming a new host or moderator of a question hour (PATCH /qa-hours/{id}): after the host was removed
// the admin names another, who shows on the hour, with an audit entry; a removed person, a viewer or
// someone of another organisation is refused naming the field and nothing changes; an ended hour is
// refused; the moderator may be cleared, the host not; only who may plan may change it; another
// organisation cannot see or touch the hour.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { QaHour } from '../../src/contracts/qa-hour.ts';
import { auditEvents, qaHours } from '../../src/db/schema.ts';
import { loginAs } from '../support/test-app.ts';
import { planHour } from '../support/qa-hours.ts';
import { addAccount, removeThrough, twoOrgsForFile } from '../support/two-orgs.ts';

type ErrorBody = { error: { code: string; details?: { path: string }[] } };

const two = twoOrgsForFile();
const db = () => two.t.database.db;

/** An hour written straight to the table, `fromHours`..`toHours` from now. */
async function insertHour(fromHours: number, toHours: number): Promise<string> {
  const at = (h: number) => new Date(Date.now() + h * 3_600_000);
  const [row] = await db()
    .insert(qaHours)
    .values({
      orgId: two.org.id,
      channelId: two.org.channelId,
      title: 'Direct',
      hashtag: 'SpreekuurGriep',
      startsAt: at(fromHours),
      endsAt: at(toHours),
      hostId: two.org.users.editor.id,
      moderatorId: two.org.users.contributor.id,
    })
    .returning();
  return row!.id;
}
const hour = async (id: string) => (await (await two.admin.get(`${two.base}/qa-hours/${id}`)).json()) as QaHour;
const change = (id: string, body: unknown, as = two.admin, path = two.base) => as.patch(`${path}/qa-hours/${id}`, body);
const refusal = async (res: Response) => {
  const { error } = (await res.json()) as ErrorBody;
  return { status: res.status, code: error.code, paths: (error.details ?? []).map((d) => d.path) };
};
const people = (h: QaHour) => ({ host: h.host?.id ?? null, moderator: h.moderator?.id ?? null });

describe('naming a new host or moderator', () => {
  it('after the host was removed: the new host shows on the hour, with an audit entry; the moderator can be cleared', async () => {
    const tag = randomUUID().slice(0, 8);
    const leaving = await addAccount(two.t, `Dokter ${tag}`, `dokter-${tag}@zorg.example`, two.org);
    const id = await planHour(two.admin, two.org, leaving.id, two.org.users.editor.id);
    await removeThrough(two.admin, two.base, leaving.id);
    expect((await hour(id)).host).toBeNull();

    const res = await change(id, { hostId: two.org.users.approver.id });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as QaHour).host?.id).toBe(two.org.users.approver.id);
    expect(people(await hour(id))).toEqual({ host: two.org.users.approver.id, moderator: two.org.users.editor.id });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, two.org.id), eq(auditEvents.action, 'qa.people_changed')));
    expect(audit!.actorId).toBe(two.org.users.admin.id);
    expect(audit!.detail).toMatchObject({ qaHourId: id, from: { hostId: null }, to: { hostId: two.org.users.approver.id } });

    // Both at once, then the moderator cleared ("nobody"); an editor may do it too (plans hours).
    const editor = await loginAs(two.t, two.org.users.editor.email);
    expect((await change(id, { hostId: two.org.users.contributor.id, moderatorId: two.org.users.admin.id }, editor)).status).toBe(200);
    expect(people(await hour(id))).toEqual({ host: two.org.users.contributor.id, moderator: two.org.users.admin.id });
    expect((await change(id, { moderatorId: null })).status).toBe(200);
    expect(people(await hour(id))).toEqual({ host: two.org.users.contributor.id, moderator: null });
  });

  it('refuses a removed person, a viewer, someone of another organisation or no one known, naming the field; nothing changes', async () => {
    const tag = randomUUID().slice(0, 8);
    const gone = await addAccount(two.t, `Weg ${tag}`, `weg-${tag}@zorg.example`, two.org);
    await removeThrough(two.admin, two.base, gone.id);
    const id = await planHour(two.admin, two.org, two.org.users.editor.id, two.org.users.contributor.id);
    const before = people(await hour(id));
    const cases: [Record<string, unknown>, string][] = [
      [{ hostId: gone.id }, 'hostId'],
      [{ hostId: two.org.users.viewer.id }, 'hostId'],
      [{ moderatorId: two.other.users.admin.id }, 'moderatorId'],
      [{ hostId: two.org.users.admin.id, moderatorId: randomUUID() }, 'moderatorId'],
    ];
    for (const [body, path] of cases) {
      expect(await refusal(await change(id, body))).toEqual({ status: 422, code: 'qa_not_a_member', paths: [path] });
    }
    expect(people(await hour(id))).toEqual(before);
  });

  it('refuses a bad body naming the field: nothing given, a host cleared, not an id, an unknown field', async () => {
    const id = await planHour(two.admin, two.org, two.org.users.editor.id, two.org.users.contributor.id);
    for (const [body, path] of [
      [{}, 'hostId'],
      [{ hostId: null }, 'hostId'],
      [{ moderatorId: 'iemand' }, 'moderatorId'],
    ] as const) {
      const r = await refusal(await change(id, body));
      expect(r.status).toBe(422);
      expect(r.code).toBe('validation_failed');
      expect(r.paths).toContain(path);
    }
    expect((await change(id, { hostId: two.org.users.admin.id, title: 'Anders' })).status).toBe(422);
    expect(people(await hour(id))).toEqual({ host: two.org.users.editor.id, moderator: two.org.users.contributor.id });
  });

  it('refuses an ended hour (409 qa_hour_ended) and keeps who hosted it; an hour under way can still change', async () => {
    const ended = await insertHour(-3, -1);
    expect(await refusal(await change(ended, { hostId: two.org.users.admin.id }))).toMatchObject({ status: 409, code: 'qa_hour_ended' });
    expect(people(await hour(ended))).toEqual({ host: two.org.users.editor.id, moderator: two.org.users.contributor.id });
    const live = await insertHour(-0.5, 0.5);
    expect((await change(live, { moderatorId: two.org.users.admin.id })).status).toBe(200);
    expect((await hour(live)).moderator?.id).toBe(two.org.users.admin.id);
  });

  it('only who may plan changes it; another organisation gets 404 and nothing changes', async () => {
    const id = await planHour(two.admin, two.org, two.org.users.editor.id, two.org.users.contributor.id);
    for (const role of ['approver', 'viewer'] as const) {
      const as = await loginAs(two.t, two.org.users[role].email);
      expect((await change(id, { hostId: two.org.users.admin.id }, as)).status).toBe(403);
    }
    const stranger = await loginAs(two.t, two.other.users.admin.email);
    // Through their own organisation (the hour is not theirs) and through ours (not a member).
    expect((await change(id, { hostId: two.other.users.editor.id }, stranger, `/api/orgs/${two.other.id}`)).status).toBe(404);
    expect((await change(id, { hostId: two.org.users.admin.id }, stranger)).status).toBe(404);
    expect((await change(randomUUID(), { hostId: two.org.users.admin.id })).status).toBe(404);
    expect(people(await hour(id))).toEqual({ host: two.org.users.editor.id, moderator: two.org.users.contributor.id });
  });
});
