// Mail already queued for someone when they are removed from an organisation: what a real SMTP server
// then receives. Nothing more of that organisation reaches them (single mails, a digest about it, its part
// of a digest across organisations, one queued while the removal committed); a colleague's mail still
// goes, and so does the mail of another organisation they still belong to, or about none.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, mailOutbox, memberships, notifications, notificationSettings } from '../../src/db/schema.ts';
import { enqueueDigests } from '../../src/features/notifications/digest.ts';
import { sendDueMail } from '../../src/features/notifications/send-mail.ts';
import { startSmtpReceiver } from '../support/smtp-receiver.ts';
import { type Client, localIn, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';
import { addAccount, removeThrough, twoOrgs } from '../support/two-orgs.ts';

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let base: string;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  ({ t, org, other, admin, base } = await twoOrgs({ SMTP_URL: smtp.url, SMTP_FROM: 'Zorgpost <zorgpost@zorg.example>' }));
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
const db = () => t.database.db;
const sendAll = async () => {
  while ((await sendDueMail(db(), 'test-worker')) > 0);
};
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to === email);
// buildOrg names an organisation after its slug; the mail's footer names the organisation.
const nameOf = (o: TestOrg) => o.slug.replace(/^org-/, 'Zorg ');

/** A post submitted for approval: every member who may review it is told by mail. */
async function submitIn(o: TestOrg, text: string) {
  const contributor = await loginAs(t, o.users.contributor.email);
  const created = await contributor.post(`/api/orgs/${o.id}/posts`, {
    baseText: text,
    variants: [{ channelId: o.channelId, text: null }],
    scheduledLocal: localIn(3),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await contributor.post(`/api/orgs/${o.id}/posts/${id}/transitions`, { event: 'submit' })).status).toBe(200);
}

describe('mail queued for a member who is then removed', () => {
  it('is not sent; a colleague still gets it, and their other organisation still mails them', async () => {
    const tag = randomUUID().slice(0, 8);
    const leaving = await addAccount(t, `Vertrekt ${tag}`, `vertrekt-${tag}@zorg.example`, org);
    await db().insert(memberships).values({ orgId: other.id, userId: leaving.id, role: 'editor' });
    smtp.mails.length = 0;
    await submitIn(org, `Open dag ${tag}`);
    await submitIn(other, `Griepprik ${tag}`);

    await removeThrough(admin, base, leaving.id);
    await sendAll();
    const theirs = mailsTo(leaving.email);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.text).toContain(nameOf(other));
    expect(theirs.some((m) => m.text.includes(nameOf(org)))).toBe(false);
    const colleague = mailsTo(org.users.editor.email);
    expect(colleague.map((m) => m.subject)).toContain('Zorgpost: Er wacht een bericht op jouw goedkeuring');
    expect(colleague[0]!.text).toContain(nameOf(org));
    const [removed] = (await db().select().from(auditEvents).where(eq(auditEvents.action, 'member.removed'))).filter((e) => e.detail.userId === leaving.id);
    expect(removed!.detail).toMatchObject({ mailsWithdrawn: 1 });
  });

  it('a digest about that organisation only, already put together, is not sent', async () => {
    const tag = randomUUID().slice(0, 8);
    const leaving = await addAccount(t, `Samenvatting ${tag}`, `samenvatting-${tag}@zorg.example`, org);
    await db().insert(notificationSettings).values({ userId: leaving.id, email: true, digest: true });
    await db().insert(notifications).values({ orgId: org.id, userId: leaving.id, kind: 'post_submitted', params: {}, mail: 'digest' });
    expect(await enqueueDigests(db(), new Date('2030-01-07T08:00:00Z'))).toBeGreaterThanOrEqual(1);
    smtp.mails.length = 0;

    await removeThrough(admin, base, leaving.id);
    await sendAll();
    expect(mailsTo(leaving.email)).toEqual([]);
  });

  it('a digest across organisations, already put together, comes again without that organisation', async () => {
    const tag = randomUUID().slice(0, 8);
    const leaving = await addAccount(t, `Twee banen ${tag}`, `tweebanen-${tag}@zorg.example`, org);
    await db().insert(memberships).values({ orgId: other.id, userId: leaving.id, role: 'editor' });
    await db().insert(notificationSettings).values({ userId: leaving.id, email: true, digest: true });
    const waiting = { userId: leaving.id, kind: 'post_submitted', params: {}, mail: 'digest' };
    await db()
      .insert(notifications)
      .values([
        { ...waiting, orgId: org.id },
        { ...waiting, orgId: other.id },
        { ...waiting, orgId: other.id },
      ]);
    const morning = new Date('2030-01-07T08:00:00Z');
    expect(await enqueueDigests(db(), morning)).toBeGreaterThanOrEqual(1);
    smtp.mails.length = 0;

    await removeThrough(admin, base, leaving.id);
    expect(await enqueueDigests(db(), morning)).toBeGreaterThanOrEqual(1);
    await sendAll();
    const theirs = mailsTo(leaving.email);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.subject).toMatch(/\b2\b/);
    expect(theirs[0]!.text).toContain(nameOf(other));
    expect(theirs[0]!.text).not.toContain(nameOf(org));
  });

  it('one of that organisation queued as the removal commits is dropped by the sender; a mail about no organisation still goes', async () => {
    const tag = randomUUID().slice(0, 8);
    const leaving = await addAccount(t, `Net weg ${tag}`, `netweg-${tag}@zorg.example`, org);
    await removeThrough(admin, base, leaving.id);
    // What notify() writes when it read the members just before the removal committed, and a mail about no one organisation.
    const mail = { userId: leaving.id, toAddress: leaving.email, lang: 'nl', body: 'Hallo' };
    await db()
      .insert(mailOutbox)
      .values([
        { ...mail, orgId: org.id, subject: `Zorgpost: van ${nameOf(org)}` },
        { ...mail, orgId: null, subject: 'Zorgpost: over je account' },
      ]);
    smtp.mails.length = 0;

    await sendAll();
    expect(mailsTo(leaving.email).map((m) => m.subject)).toEqual(['Zorgpost: over je account']);
    // Dropped, not left to be claimed again at every sweep.
    expect((await db().select().from(mailOutbox).where(eq(mailOutbox.userId, leaving.id))).map((m) => m.orgId)).toEqual([null]);
  });
});
