// The inbox's duty rota: weekly slots in the organisation's zone (also on the Sundays the clocks
// change), one-off overrides, the admins when nobody is on duty, and a crisis announced to exactly
// the people on duty — in the bell and by mail with the referral, once, however many workers sweep.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyOverride, DutyOverrideList, DutyRota, OnDuty } from '../../src/contracts/inbox-duty.ts';
import { inboxItems, notifications, notificationSettings } from '../../src/db/schema.ts';
import { announceCrisis } from '../../src/features/inbox/announce-crisis.ts';
import { sendDueMail } from '../../src/features/notifications/send-mail.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { startSmtpReceiver } from '../support/smtp-receiver.ts';
import { buildOrg, type Client, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let contributor: Client;
let stranger: Client;
let base: string;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await createTestApp({ SMTP_URL: smtp.url, SMTP_FROM: 'Zorgpost <zorgpost@zorg.example>' });
  [org, other] = await Promise.all([buildOrg(t), buildOrg(t)]);
  base = `/api/orgs/${org.id}/inbox/duty`;
  [editor, contributor, stranger] = await Promise.all([
    loginAs(t, org.users.editor.email),
    loginAs(t, org.users.contributor.email),
    loginAs(t, other.users.admin.email),
  ]);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const json = async <T>(res: Response, status = 200) => {
  expect(res.status).toBe(status);
  return (await res.json()) as T;
};
const put = (c: Client, slots: unknown[]) => c.request('PUT', `${base}/slots`, { slots });
const onDuty = async (at: string) => {
  const now = await json<OnDuty>(await editor.get(`${base}/now?at=${encodeURIComponent(at)}`));
  return { ids: now.people.map((p) => p.id).sort(), fallback: now.fallback };
};
const plusHours = (h: number) => new Date(Date.now() + h * 3_600_000);
/** A wall-clock time in Amsterdam h hours from now, as the screen sends it. */
const localIn = (h: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(plusHours(h)).replace(' ', 'T');

describe('the weekly rota', () => {
  it('keeps the week a manager sets; others read it but may not change it; bad slots are named and nothing is stored', async () => {
    const week = [
      { userId: org.users.editor.id, day: 1, start: '08:00', end: '17:00' },
      { userId: org.users.approver.id, day: 1, start: '17:00', end: '24:00' },
    ];
    const rota = await json<DutyRota>(await put(editor, week));
    expect(rota.slots).toEqual(week);
    expect(rota.timeZone).toBe('Europe/Amsterdam');
    // Who may be put on the rota: those who may answer (not the viewer).
    expect(rota.people.map((p) => p.id).sort()).toEqual([org.users.admin.id, org.users.editor.id, org.users.approver.id, org.users.contributor.id].sort());
    expect((await json<DutyRota>(await contributor.get(base))).slots).toEqual(week);
    expect((await put(contributor, [])).status).toBe(403);
    expect((await stranger.get(base)).status).toBe(404);

    const backwards = await put(editor, [{ userId: org.users.editor.id, day: 2, start: '17:00', end: '08:00' }]);
    expect(backwards.status).toBe(422);
    expect(((await backwards.json()) as ErrorBody).error.details).toEqual([{ path: 'slots.0.end', message: 'Het einde moet na het begin liggen.' }]);
    const viewer = await put(editor, [...week, { userId: org.users.viewer.id, day: 3, start: '09:00', end: '12:00' }]);
    expect(viewer.status).toBe(422);
    expect(((await viewer.json()) as ErrorBody).error.details?.[0]?.path).toBe('slots.2.userId');
    const outsider = await put(editor, [{ userId: other.users.editor.id, day: 3, start: '09:00', end: '12:00' }]);
    expect(outsider.status).toBe(422);
    expect((await json<DutyRota>(await editor.get(base))).slots).toEqual(week);
  });

  it('a member removed from the organisation leaves the rota and their overrides, so the week can be saved again', async () => {
    const own = await buildOrg(t);
    const admin = await loginAs(t, own.users.admin.email);
    const ownBase = `/api/orgs/${own.id}/inbox/duty`;
    const stays = { userId: own.users.editor.id, day: 2, start: '08:00', end: '17:00' };
    await json(await admin.request('PUT', `${ownBase}/slots`, { slots: [stays, { userId: own.users.contributor.id, day: 2, start: '17:00', end: '22:00' }] }));
    await json(
      await admin.post(`${ownBase}/overrides`, { userId: own.users.contributor.id, fromLocal: localIn(-1), untilLocal: localIn(2), onDuty: true }),
      201,
    );
    await json(await admin.post(`${ownBase}/overrides`, { userId: own.users.editor.id, fromLocal: localIn(1), untilLocal: localIn(3), onDuty: true }), 201);

    expect((await admin.request('DELETE', `/api/orgs/${own.id}/members/${own.users.contributor.id}`)).status).toBe(204);
    const rota = await json<DutyRota>(await admin.get(ownBase));
    expect(rota.slots).toEqual([stays]);
    const left = await json<DutyOverrideList>(await admin.get(`${ownBase}/overrides`));
    expect(left.overrides.map((o) => o.person.id)).toEqual([own.users.editor.id]);
    // The week as the screen shows it saves again.
    expect((await admin.request('PUT', `${ownBase}/slots`, { slots: rota.slots })).status).toBe(200);
  });

  it('keeps Sunday 08:00–17:00 Amsterdam time on the Sundays the clocks go back and forward; the admins when nobody is on duty', async () => {
    await json<DutyRota>(
      await put(editor, [
        { userId: org.users.editor.id, day: 6, start: '08:00', end: '17:00' },
        { userId: org.users.approver.id, day: 7, start: '08:00', end: '17:00' },
      ]),
    );
    const admins = { ids: [org.users.admin.id], fallback: true };
    const sunday = { ids: [org.users.approver.id], fallback: false };
    // Saturday 24 October 2026, summer time (UTC+2): 08:00 is 06:00 UTC.
    expect(await onDuty('2026-10-24T05:59:00Z')).toEqual(admins);
    expect(await onDuty('2026-10-24T06:00:00Z')).toEqual({ ids: [org.users.editor.id], fallback: false });
    // Sunday 25 October 2026, clocks went back at 03:00 (UTC+1): 08:00 is 07:00 UTC, 17:00 is 16:00 UTC.
    expect(await onDuty('2026-10-25T06:30:00Z')).toEqual(admins); // 07:30 local
    expect(await onDuty('2026-10-25T07:00:00Z')).toEqual(sunday);
    expect(await onDuty('2026-10-25T15:59:00Z')).toEqual(sunday);
    expect(await onDuty('2026-10-25T16:00:00Z')).toEqual(admins);
    // Sunday 28 March 2027, clocks went forward at 02:00 (UTC+2): 08:00 is 06:00 UTC, 17:00 is 15:00 UTC.
    expect(await onDuty('2027-03-28T05:59:00Z')).toEqual(admins);
    expect(await onDuty('2027-03-28T06:00:00Z')).toEqual(sunday);
    expect(await onDuty('2027-03-28T14:59:00Z')).toEqual(sunday);
    expect(await onDuty('2027-03-28T15:00:00Z')).toEqual(admins);
    // The same instant with an offset means the same moment.
    expect(await onDuty('2027-03-28T08:00:00+02:00')).toEqual(sunday);
    expect((await editor.get(`${base}/now?at=gisteren`)).status).toBe(422);
  });
});

describe('overrides', () => {
  it('puts a person on or off duty for a period, pages through what has not ended, and can be removed', async () => {
    await json<DutyRota>(await put(editor, []));
    const add = (body: object) => editor.post(`${base}/overrides`, body);
    const ill = await json<DutyOverride>(await add({ userId: org.users.editor.id, fromLocal: localIn(-1), untilLocal: localIn(2), onDuty: false }), 201);
    expect(ill).toMatchObject({ person: { id: org.users.editor.id }, onDuty: false, fromLocal: localIn(-1) });
    await json(await add({ userId: org.users.contributor.id, fromLocal: localIn(-1), untilLocal: localIn(2), onDuty: true }), 201);
    await json(await add({ userId: org.users.editor.id, fromLocal: localIn(3), untilLocal: localIn(5), onDuty: true }), 201);
    const now = new Date().toISOString();
    expect(await onDuty(now)).toEqual({ ids: [org.users.contributor.id], fallback: false });

    // An override that is off wins over one that is on for the same person.
    await json(await add({ userId: org.users.contributor.id, fromLocal: localIn(-1), untilLocal: localIn(1), onDuty: false }), 201);
    expect(await onDuty(now)).toEqual({ ids: [org.users.admin.id], fallback: true });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: DutyOverrideList = await json<DutyOverrideList>(await contributor.get(`${base}/overrides?limit=1${cursor ? `&cursor=${cursor}` : ''}`));
      expect(page.overrides.length).toBeLessThanOrEqual(1);
      seen.push(...page.overrides.map((o) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect(seen[seen.length - 1]).not.toBe(ill.id); // earliest first: the later on-duty period comes last

    expect((await stranger.request('DELETE', `/api/orgs/${other.id}/inbox/duty/overrides/${ill.id}`)).status).toBe(404);
    expect((await contributor.del(`${base}/overrides/${ill.id}`)).status).toBe(403);
    expect((await editor.del(`${base}/overrides/${ill.id}`)).status).toBe(204);
    expect((await editor.del(`${base}/overrides/${ill.id}`)).status).toBe(404);
  });

  it('refuses a period that ends before it starts or is over, and a person who may not answer, naming the field', async () => {
    const add = (body: object) => editor.request('POST', `${base}/overrides`, body, { 'accept-language': 'en' });
    const backwards = await add({ userId: org.users.editor.id, fromLocal: localIn(3), untilLocal: localIn(2), onDuty: true });
    expect(backwards.status).toBe(422);
    expect(((await backwards.json()) as ErrorBody).error.details).toEqual([{ path: 'untilLocal', message: 'The end must come after the start.' }]);
    const over = await add({ userId: org.users.editor.id, fromLocal: localIn(-3), untilLocal: localIn(-2), onDuty: true });
    expect(((await over.json()) as ErrorBody).error.details?.[0]?.path).toBe('untilLocal');
    const viewer = await add({ userId: org.users.viewer.id, fromLocal: localIn(1), untilLocal: localIn(2), onDuty: true });
    expect(viewer.status).toBe(422);
    expect(((await viewer.json()) as ErrorBody).error.details).toEqual([
      { path: 'userId', message: 'That person is not a member of this organisation or may not answer the inbox.' },
    ]);
    const malformed = await add({ userId: org.users.editor.id, fromLocal: 'morgen', untilLocal: localIn(2), onDuty: true });
    expect(((await malformed.json()) as ErrorBody).error.details?.[0]?.path).toBe('fromLocal');
  });
});

describe('a crisis tells the people on duty', () => {
  it('notifies exactly the people on duty, in the bell and by mail with the referral, once with two workers sweeping', async () => {
    const fresh = await buildOrg(t);
    const freshBase = `/api/orgs/${fresh.id}/inbox/duty`;
    const manager = await loginAs(t, fresh.users.editor.email);
    // On duty now: the approver by the rota's override, the contributor too; the editor is not.
    for (const userId of [fresh.users.approver.id, fresh.users.contributor.id]) {
      await json(await manager.post(`${freshBase}/overrides`, { userId, fromLocal: localIn(-1), untilLocal: localIn(1), onDuty: true }), 201);
    }
    // The contributor muted this kind and bundles mail in a digest: on duty, a crisis still comes at once.
    await t.database.db.insert(notificationSettings).values({ userId: fresh.users.contributor.id, mutedKinds: ['inbox_urgent'], digest: true });
    const itemId = await buildItem(t, fresh.id, fresh.channelId, { category: 'crisis', urgent: true, text: 'ik zie het allemaal niet meer zitten' });
    const db = t.database.db;
    // Two workers at once (each in its own transaction): the item is announced by one of them.
    const counts = await Promise.all([db.transaction((tx) => announceCrisis(tx)), db.transaction((tx) => announceCrisis(tx))]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await db.transaction((tx) => announceCrisis(tx))).toBe(0);

    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.orgId, fresh.id), eq(notifications.kind, 'inbox_urgent')));
    expect(told.map((n) => n.userId).sort()).toEqual([fresh.users.approver.id, fresh.users.contributor.id].sort());
    expect(told.every((n) => n.params.itemId === itemId && n.mail === 'queued')).toBe(true);
    const [item] = await db.select().from(inboxItems).where(eq(inboxItems.id, itemId));
    expect(item!.dutyNotifiedAt).not.toBeNull();

    const bell = await json<{ items: { kind: string; link: string; detail?: string | null }[] }>(
      await (await loginAs(t, fresh.users.approver.email)).get(`/api/orgs/${fresh.id}/notifications`),
    );
    expect(bell.items[0]).toMatchObject({ kind: 'inbox_urgent', link: `/inbox/${itemId}` });
    expect(bell.items[0]!.detail).toContain('0800-0113');

    smtp.mails.length = 0;
    await sendDueMail(db, 'mail-worker');
    const mails = smtp.mails.filter((m) => [fresh.users.approver.email, fresh.users.contributor.email, fresh.users.editor.email].includes(m.to));
    expect(mails.map((m) => m.to).sort()).toEqual([fresh.users.approver.email, fresh.users.contributor.email].sort());
    expect(mails[0]!.text).toContain('Bel 112');
    expect(mails[0]!.text).toContain(`/inbox/${itemId}`);
  });

  it('tells the admins when nobody is on duty, and a person who marks an item a crisis tells the people on duty too', async () => {
    const fresh = await buildOrg(t);
    const itemId = await buildItem(t, fresh.id, fresh.channelId, { text: 'Hij reageert niet meer' });
    const manager = await loginAs(t, fresh.users.editor.email);
    const patched = await manager.patch(`/api/orgs/${fresh.id}/inbox/items/${itemId}`, { category: 'crisis' });
    expect(patched.status).toBe(200);
    // A second correction does not announce it again.
    await manager.patch(`/api/orgs/${fresh.id}/inbox/items/${itemId}`, { category: 'medical' });
    await manager.patch(`/api/orgs/${fresh.id}/inbox/items/${itemId}`, { category: 'crisis' });
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.orgId, fresh.id), inArray(notifications.kind, ['inbox_urgent'])));
    expect(told.map((n) => n.userId)).toEqual([fresh.users.admin.id]);
  });
});
