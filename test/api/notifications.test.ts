// Notifications through the API and a real SMTP server: who is told what, in which language,
// single mails and the daily digest, nobody sees another person's, and settings.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, users } from '../../src/db/schema.ts';
import { notifyExpiringConsents } from '../../src/features/consent/notify-expiring.ts';
import { enqueueDigests } from '../../src/features/notifications/digest.ts';
import { claimMail, sendDueMail } from '../../src/features/notifications/send-mail.ts';
import { buildOrg, createTestApp, loginAs, localIn, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startSmtpReceiver } from '../support/smtp-receiver.ts';

type Page = { items: { kind: string; title: string; link: string | null; readAt: string | null }[]; unread: number; nextCursor: string | null };

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let org: TestOrg;
let contributor: Client;
let approver: Client;
let base: string;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await createTestApp({ SMTP_URL: smtp.url, SMTP_FROM: 'Zorgpost <zorgpost@zorg.example>' });
  org = await buildOrg(t);
  // The approver reads English; everyone else Dutch (the default).
  await t.database.db.update(users).set({ locale: 'en' }).where(eq(users.id, org.users.approver.id));
  contributor = await loginAs(t, org.users.contributor.email);
  approver = await loginAs(t, org.users.approver.email);
  base = `/api/orgs/${org.id}`;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const json = async <T>(res: Response) => (await res.json()) as T;
const submitPost = async (text: string) => {
  const post = await json<{ id: string }>(
    await contributor.post(`${base}/posts`, { baseText: text, variants: [{ channelId: org.channelId, text: null }], scheduledLocal: localIn(3) }),
  );
  expect((await contributor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' })).status).toBe(200);
  return post.id;
};
const sendAll = () => sendDueMail(t.database.db, 'test-worker');

describe('single mails', () => {
  it('a submitted post reaches those who may approve: in the bell and by mail, in their own language; not the author', async () => {
    smtp.mails.length = 0;
    const postId = await submitPost('Open dag in de tuin');
    const bell = await json<Page>(await approver.get(`${base}/notifications`));
    expect(bell.unread).toBe(1);
    // The API answers in the request's language (no Accept-Language: Dutch); the mail in the person's.
    expect(bell.items[0]).toMatchObject({ kind: 'post_submitted', title: 'Er wacht een bericht op jouw goedkeuring', link: `/posts/${postId}` });
    expect((await json<Page>(await contributor.get(`${base}/notifications`))).items).toEqual([]);

    expect(await sendAll()).toBeGreaterThanOrEqual(3); // approver, editor, admin
    const toApprover = smtp.mails.find((m) => m.to === org.users.approver.email)!;
    expect(toApprover).toMatchObject({ subject: 'Zorgpost: A post is waiting for your approval', language: 'en' });
    expect(toApprover.text).toContain(`https://zorg.example/posts/${postId}`);
    const toEditor = smtp.mails.find((m) => m.to === org.users.editor.email)!;
    expect(toEditor).toMatchObject({ subject: 'Zorgpost: Er wacht een bericht op jouw goedkeuring', language: 'nl' });
    expect(smtp.mails.map((m) => m.to)).not.toContain(org.users.contributor.email);
    expect(smtp.mails.map((m) => m.to)).not.toContain(org.users.viewer.email);
    // Sent is sent: a second sweep sends nothing again.
    const before = smtp.mails.length;
    expect(await sendAll()).toBe(0);
    expect(smtp.mails.length).toBe(before);
  });

  it('returned and approved go to the author', async () => {
    smtp.mails.length = 0;
    const returned = await submitPost('Eerste versie');
    expect((await approver.post(`${base}/posts/${returned}/transitions`, { event: 'request_changes', reason: 'Graag een foto erbij' })).status).toBe(200);
    const approved = await submitPost('Tweede bericht');
    expect((await approver.post(`${base}/posts/${approved}/transitions`, { event: 'approve' })).status).toBe(200);
    await sendAll();
    const subjects = smtp.mails.filter((m) => m.to === org.users.contributor.email).map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining(['Zorgpost: Je bericht is teruggestuurd met opmerkingen', 'Zorgpost: Je bericht is goedgekeurd']));
  });

  it('crisis mode tells everyone but the person who switched it', async () => {
    smtp.mails.length = 0;
    const editor = await loginAs(t, org.users.editor.email);
    expect((await editor.post(`${base}/crisis/pause`, { reason: 'storing' })).status).toBeLessThan(300);
    await sendAll();
    const to = smtp.mails.filter((m) => m.subject.includes('Crisis')).map((m) => m.to);
    expect(to).toContain(org.users.viewer.email);
    expect(to).not.toContain(org.users.editor.email);
    await editor.post(`${base}/crisis/resume`, {});
  });

  it('a mail claimed by a worker that died is taken over after its lease; two workers never take the same mail', async () => {
    smtp.mails.length = 0;
    await submitPost('Lease test');
    const first = await claimMail(t.database.db, 'dead-worker', 100);
    expect(first.length).toBeGreaterThan(0);
    expect(await claimMail(t.database.db, 'other-worker', 100)).toEqual([]);
    await t.database.db
      .update(mailOutbox)
      .set({ leaseExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(mailOutbox.leaseOwner, 'dead-worker'));
    expect(await sendAll()).toBe(first.length);
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(first.length);
  });
});

describe('consent expiring', () => {
  it('tells those who manage the register once, two weeks ahead, without the person’s name in the mail', async () => {
    const editor = await loginAs(t, org.users.editor.email);
    const person = await json<{ id: string }>(await editor.post(`${base}/consent/people`, { name: 'Gerda Verloop', kind: 'resident' }));
    await editor.post(`${base}/consent/people/${person.id}/consents`, { purpose: 'publication', validFrom: '2026-01-01', validUntil: localIn(5).slice(0, 10) });
    await editor.post(`${base}/consent/people/${person.id}/consents`, {
      purpose: 'publication',
      validFrom: '2026-01-01',
      validUntil: localIn(60).slice(0, 10),
    });
    smtp.mails.length = 0;
    expect(await notifyExpiringConsents(t.database.db)).toBe(1);
    expect(await notifyExpiringConsents(t.database.db)).toBe(0);
    await sendAll();
    const mails = smtp.mails.filter((m) => m.subject.startsWith('Zorgpost: Een toestemming in het register loopt af op'));
    expect(mails.map((m) => m.to).sort()).toEqual([org.users.admin.email, org.users.editor.email].sort());
    expect(mails.every((m) => !m.text.includes('Gerda'))).toBe(true);
    expect(mails[0]!.text).toContain(`https://zorg.example/consent/${person.id}`);
  });
});

describe('settings and digest', () => {
  it('a person who chose the digest gets one mail a day listing everything, not single mails', async () => {
    const editor = await loginAs(t, org.users.editor.email);
    const res = await editor.request('PUT', `${base}/notification-settings`, { mutedKinds: [], email: true, digest: true });
    expect(await json(res)).toEqual({ mutedKinds: [], email: true, digest: true, mailAvailable: true });
    smtp.mails.length = 0;
    await submitPost('Digest een');
    await submitPost('Digest twee');
    await sendAll();
    expect(smtp.mails.filter((m) => m.to === org.users.editor.email)).toEqual([]);
    // 06:30 in Amsterdam is too early; 07:05 sends it, once.
    expect(await enqueueDigests(t.database.db, new Date('2026-12-01T05:30:00Z'))).toBe(0);
    expect(await enqueueDigests(t.database.db, new Date('2026-12-01T06:05:00Z'))).toBe(1);
    expect(await enqueueDigests(t.database.db, new Date('2026-12-01T09:00:00Z'))).toBe(0);
    await sendAll();
    const digest = smtp.mails.filter((m) => m.to === org.users.editor.email);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.subject).toBe('Zorgpost: 2 meldingen van vandaag');
    expect(digest[0]!.text.match(/Er wacht een bericht op jouw goedkeuring/g)).toHaveLength(2);
  });

  it('muted kinds and e-mail off are respected; bad settings are refused', async () => {
    const admin = await loginAs(t, org.users.admin.email);
    await admin.request('PUT', `${base}/notification-settings`, { mutedKinds: ['post_submitted'], email: false, digest: false });
    const before = (await json<Page>(await admin.get(`${base}/notifications`))).items.length;
    smtp.mails.length = 0;
    await submitPost('Gedempt');
    await sendAll();
    expect((await json<Page>(await admin.get(`${base}/notifications`))).items.length).toBe(before);
    expect(smtp.mails.map((m) => m.to)).not.toContain(org.users.admin.email);
    const bad = await admin.request('PUT', `${base}/notification-settings`, { mutedKinds: ['alles'], email: 'ja', digest: false });
    expect(bad.status).toBe(422);
  });

  it('marks read, and nobody reads or marks another person’s notifications', async () => {
    const page = await json<Page & { items: { id: string }[] }>(await approver.get(`${base}/notifications?unread=true`));
    expect(page.unread).toBeGreaterThan(0);
    const editor = await loginAs(t, org.users.editor.email);
    const stranger = await editor.post(`${base}/notifications/read`, { ids: [page.items[0]!.id] });
    expect(stranger.status).toBe(200);
    expect((await json<{ unread: number }>(await approver.get(`${base}/notifications/unread`))).unread).toBe(page.unread);
    expect(await json(await approver.post(`${base}/notifications/read`, {}))).toEqual({ unread: 0 });
    const other = await buildOrg(t);
    expect((await approver.get(`/api/orgs/${other.id}/notifications`)).status).toBe(404);
    expect((await approver.post(`${base}/notifications/read`, { ids: ['x'] })).status).toBe(422);
  });
});

describe('without SMTP', () => {
  it('notifications stay in the app and the settings say mail is not available', async () => {
    const plain = await createTestApp();
    try {
      const o = await buildOrg(plain);
      const c = await loginAs(plain, o.users.editor.email);
      expect((await json<{ mailAvailable: boolean }>(await c.get(`/api/orgs/${o.id}/notification-settings`))).mailAvailable).toBe(false);
      expect(await plain.database.db.select().from(mailOutbox)).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
