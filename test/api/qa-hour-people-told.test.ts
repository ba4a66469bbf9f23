// Who is told when the people of a question hour change (PATCH /qa-hours/{id}): a newly named host or
// moderator finds it in the bell, linked to the hour, and by mail as their settings say (muted: not at
// all); who stays, and an admin naming themselves, are not told. The admins' notices that the hour had
// lost its host or moderator are settled once that place is filled again: the bell no longer counts them,
// and a mail about it not yet sent is withdrawn (one sent, or being sent by a worker, stays).
import { randomUUID } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPage } from '../../src/contracts/notification.ts';
import { mailOutbox, notifications, users } from '../../src/db/schema.ts';
import { enqueueDigests } from '../../src/features/notifications/digest.ts';
import { sendDueMail } from '../../src/features/notifications/send-mail.ts';
import { type Client, localIn, loginAs } from '../support/test-app.ts';
import { planHour } from '../support/qa-hours.ts';
import { startSmtpReceiver } from '../support/smtp-receiver.ts';
import { addAccount, removeThrough, twoOrgsForFile } from '../support/two-orgs.ts';

// Mail configured, so a notice by mail lands in the outbox; a real SMTP server receives what the worker
// sends (it runs only where a test says so). Its address is known once it listens: set before the app starts.
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
const env = { SMTP_URL: '', SMTP_FROM: 'Zorgpost <zorgpost@zorg.example>' };
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  env.SMTP_URL = smtp.url;
});
afterAll(() => smtp?.close());
const two = twoOrgsForFile(env);
const db = () => two.t.database.db;

const change = async (id: string, body: unknown) => expect((await two.admin.patch(`${two.base}/qa-hours/${id}`, body)).status).toBe(200);
const page = async (as: Client, base: string) => (await (await as.get(`${base}/notifications`)).json()) as NotificationPage;
/** The notices of `kind` about the hour in someone's bell (in the first organisation, unless `base` says). */
const about = async (as: Client, kind: string, hourId: string, base = two.base) =>
  (await page(as, base)).items.filter((n) => n.kind === kind && n.link === `/qa/${hourId}`);
const unread = async (as: Client) => ((await (await as.get(`${two.base}/notifications/unread`)).json()) as { unread: number }).unread;
const mailsTo = (email: string, title: string) =>
  db()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), like(mailOutbox.subject, `%${title}%`)));

describe('the people of a question hour are told', () => {
  it('a newly named host or moderator finds it in the bell and the mail; who stays, or names themselves, is not told', async () => {
    const { org } = two;
    const title = `Griepprik ${randomUUID().slice(0, 8)}`;
    const id = await planHour(two.admin, two.org, org.users.editor.id, org.users.contributor.id, { title });
    const [adminUser] = await db().select().from(users).where(eq(users.id, org.users.admin.id));
    const [approver, editor, contributor] = await Promise.all(
      [org.users.approver, org.users.editor, org.users.contributor].map((u) => loginAs(two.t, u.email)),
    );

    await change(id, { hostId: org.users.approver.id, moderatorId: org.users.contributor.id });
    const [named] = await about(approver!, 'qa_hour_named', id);
    expect(named!.title).toBe(`${adminUser!.name} heeft je ingeroosterd als host van spreekuur ‘${title}’ op ${localIn(3, '19:00').replace('T', ' ')}`);
    expect(named!.readAt).toBeNull();
    expect(await mailsTo(org.users.approver.email, title)).toHaveLength(1);
    // The host who was replaced and the moderator who stays hear nothing.
    expect(await about(editor!, 'qa_hour_named', id)).toEqual([]);
    expect(await about(contributor!, 'qa_hour_named', id)).toEqual([]);

    // Nothing changes, nobody is told again; then the host also becomes moderator: told once more, as moderator.
    await change(id, { hostId: org.users.approver.id });
    expect(await about(approver!, 'qa_hour_named', id)).toHaveLength(1);
    await change(id, { moderatorId: org.users.approver.id });
    const notices = await about(approver!, 'qa_hour_named', id);
    expect(notices.map((n) => n.title)).toEqual([expect.stringContaining('als moderator van'), expect.stringContaining('als host van')]);

    // Host and moderator at once, the same person: one notice naming both.
    await change(id, { hostId: org.users.editor.id, moderatorId: org.users.editor.id });
    expect((await about(editor!, 'qa_hour_named', id)).map((n) => n.title)).toEqual([expect.stringContaining('als host en moderator van')]);

    // The admin who names themselves is not told about their own act.
    await change(id, { hostId: org.users.admin.id });
    expect(await about(two.admin, 'qa_hour_named', id)).toEqual([]);
  });

  it('someone who muted it gets neither a notice nor a mail', async () => {
    const { org } = two;
    const title = `Stil ${randomUUID().slice(0, 8)}`;
    const id = await planHour(two.admin, two.org, org.users.editor.id, org.users.editor.id, { title });
    const contributor = await loginAs(two.t, org.users.contributor.email);
    const muted = { mutedKinds: ['qa_hour_named'], email: true, digest: false };
    expect((await contributor.request('PUT', `${two.base}/notification-settings`, muted)).status).toBe(200);
    await change(id, { moderatorId: org.users.contributor.id });
    expect(await about(contributor, 'qa_hour_named', id)).toEqual([]);
    expect(await mailsTo(org.users.contributor.email, title)).toEqual([]);
  });

  it('once the place is filled again, the admins’ notices that the hour lost its host or moderator are settled', async () => {
    const { org } = two;
    const tag = randomUUID().slice(0, 8);
    const [host, moderator] = [
      await addAccount(two.t, `Dokter ${tag}`, `dokter-${tag}@zorg.example`, org),
      await addAccount(two.t, `Praktijkondersteuner ${tag}`, `poh-${tag}@zorg.example`, org),
    ];
    const id = await planHour(two.admin, two.org, host.id, moderator.id, { title: `Mantelzorg ${tag}` });
    const other = await planHour(two.admin, two.org, host.id, org.users.editor.id, { title: `Wondzorg ${tag}` });
    // The admin reads their notices in a daily digest: a settled one is left out of it.
    const digest = { mutedKinds: [], email: true, digest: true };
    expect((await two.admin.request('PUT', `${two.base}/notification-settings`, digest)).status).toBe(200);
    const before = await unread(two.admin);
    await removeThrough(two.admin, two.base, host.id);
    await removeThrough(two.admin, two.base, moderator.id);
    expect(await unread(two.admin)).toBe(before + 3);
    const state = async (hourId: string) => (await about(two.admin, 'qa_hour_unstaffed', hourId)).map((n) => ({ title: n.title, read: n.readAt !== null }));
    const lost = (what: string) => expect.stringContaining(`geen ${what} meer`);

    // A new host settles the notice about the host only: the moderator's place is still empty.
    await change(id, { hostId: org.users.approver.id });
    expect(await unread(two.admin)).toBe(before + 2);
    expect(await state(id)).toEqual(
      expect.arrayContaining([
        { title: lost('host'), read: true },
        { title: lost('moderator'), read: false },
      ]),
    );
    await change(id, { moderatorId: org.users.contributor.id });
    expect(await unread(two.admin)).toBe(before + 1);
    expect((await state(id)).every((n) => n.read)).toBe(true);
    // The other hour still has no host: its notice stays, and comes in the digest alone.
    expect(await state(other)).toEqual([{ title: lost('host'), read: false }]);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await enqueueDigests(db(), new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 9)))).toBeGreaterThan(0);
    const bodies = (await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.users.admin.email))).map((m) => m.body);
    expect(bodies.filter((b) => b.includes(`Wondzorg ${tag}`))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes(`Mantelzorg ${tag}`))).toEqual([]);
  });

  it('a mail that the place is empty, not yet sent when it is filled again, is withdrawn; the other hour’s and the other organisation’s go', async () => {
    const { org, other } = two;
    const tag = randomUUID().slice(0, 8);
    const host = await addAccount(two.t, `Huisarts ${tag}`, `huisarts-${tag}@zorg.example`, org);
    const otherHost = await addAccount(two.t, `Verpleegkundige ${tag}`, `vpk-${tag}@zorg.example`, other);
    const otherAdmin = await loginAs(two.t, other.users.admin.email);
    const single = { mutedKinds: [], email: true, digest: false };
    for (const [as, o] of [
      [two.admin, org],
      [otherAdmin, other],
    ] as const) {
      expect((await as.request('PUT', `/api/orgs/${o.id}/notification-settings`, single)).status).toBe(200);
    }
    const filled = await planHour(two.admin, org, host.id, org.users.editor.id, { title: `Valpreventie ${tag}` });
    const empty = await planHour(two.admin, org, host.id, org.users.editor.id, { title: `Slaapproblemen ${tag}` });
    const elsewhere = await planHour(otherAdmin, other, otherHost.id, other.users.editor.id, { title: `Valpreventie ${tag}` });
    await removeThrough(two.admin, two.base, host.id);
    await removeThrough(otherAdmin, `/api/orgs/${other.id}`, otherHost.id);
    expect(await mailsTo(org.users.admin.email, `Valpreventie ${tag}`)).toHaveLength(1);
    expect(await mailsTo(org.users.admin.email, `Slaapproblemen ${tag}`)).toHaveLength(1);
    expect(await mailsTo(other.users.admin.email, `Valpreventie ${tag}`)).toHaveLength(1);

    // Filled before any worker ran: the mail about that hour is gone from the outbox, the notice read, no mail left for it.
    await change(filled, { hostId: org.users.approver.id });
    expect(await mailsTo(org.users.admin.email, `Valpreventie ${tag}`)).toEqual([]);
    const [notice] = await about(two.admin, 'qa_hour_unstaffed', filled);
    expect(notice!.readAt).not.toBeNull();
    const [row] = await db().select({ mail: notifications.mail, mailId: notifications.mailId }).from(notifications).where(eq(notifications.id, notice!.id));
    expect(row).toEqual({ mail: 'none', mailId: null });
    // The hour still empty, and the other organisation's hour of the same name, keep theirs.
    expect(await mailsTo(org.users.admin.email, `Slaapproblemen ${tag}`)).toHaveLength(1);
    expect(await mailsTo(other.users.admin.email, `Valpreventie ${tag}`)).toHaveLength(1);
    expect(await about(otherAdmin, 'qa_hour_unstaffed', elsewhere, `/api/orgs/${other.id}`)).toEqual([expect.objectContaining({ readAt: null })]);

    // The worker runs: the admins' inboxes get what is still true.
    while ((await sendDueMail(db(), 'test-worker')) > 0);
    const received = (email: string) => smtp.mails.filter((m) => m.to === email && m.subject.includes(tag)).map((m) => m.subject);
    expect(received(org.users.admin.email)).toEqual([expect.stringContaining(`Slaapproblemen ${tag}`)]);
    expect(received(other.users.admin.email)).toEqual([expect.stringContaining(`Valpreventie ${tag}`)]);
    expect(await about(two.admin, 'qa_hour_unstaffed', empty)).toEqual([expect.objectContaining({ readAt: null })]);
  });

  it('a mail already sent stays sent, and one a worker is sending right now is not withdrawn', async () => {
    const { org } = two;
    const tag = randomUUID().slice(0, 8);
    const [first, second] = [
      await addAccount(two.t, `Fysiotherapeut ${tag}`, `fysio-${tag}@zorg.example`, org),
      await addAccount(two.t, `Diëtist ${tag}`, `dietist-${tag}@zorg.example`, org),
    ];
    const single = { mutedKinds: [], email: true, digest: false };
    expect((await two.admin.request('PUT', `${two.base}/notification-settings`, single)).status).toBe(200);
    const sent = await planHour(two.admin, org, first.id, org.users.editor.id, { title: `Beweegles ${tag}` });
    const leased = await planHour(two.admin, org, second.id, org.users.editor.id, { title: `Voeding ${tag}` });
    await removeThrough(two.admin, two.base, first.id);
    while ((await sendDueMail(db(), 'test-worker')) > 0);
    await removeThrough(two.admin, two.base, second.id);
    // A worker has just claimed the second mail (its lease as claimMail sets it) and is handing it to the server.
    const [queued] = await mailsTo(org.users.admin.email, `Voeding ${tag}`);
    await db()
      .update(mailOutbox)
      .set({ leaseOwner: 'other-worker', leaseExpiresAt: new Date(Date.now() + 60_000), attempts: 1 })
      .where(eq(mailOutbox.id, queued!.id));

    await change(sent, { hostId: org.users.approver.id });
    await change(leased, { hostId: org.users.approver.id });
    expect((await about(two.admin, 'qa_hour_unstaffed', sent)).every((n) => n.readAt !== null)).toBe(true);
    expect((await about(two.admin, 'qa_hour_unstaffed', leased)).every((n) => n.readAt !== null)).toBe(true);
    const [kept] = await mailsTo(org.users.admin.email, `Beweegles ${tag}`);
    expect(kept!.sentAt).not.toBeNull();
    expect(smtp.mails.filter((m) => m.to === org.users.admin.email && m.subject.includes(`Beweegles ${tag}`))).toHaveLength(1);
    expect(await mailsTo(org.users.admin.email, `Voeding ${tag}`)).toEqual([
      expect.objectContaining({ id: queued!.id, leaseOwner: 'other-worker', sentAt: null }),
    ]);
  });
});
