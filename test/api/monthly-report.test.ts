// The monthly report by e-mail: only to people who opted in, once per month however often the
// worker looks, about the month before, in the person's language, into the mail outbox.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema.ts';
import { enqueueMonthlyReports } from '../../src/features/metrics/monthly-report.ts';
import { buildChannel, buildPublished, snapshot } from '../support/metrics-factory.ts';
import { buildOrg, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525', SMTP_FROM: 'Zorgpost <zorgpost@zorg.example>' });
  org = await buildOrg(t);
  const channel = await buildChannel(t.database.db, org.id, { type: 'mastodon', name: 'Mastodon', slug: 'mastodon' });
  const post = await buildPublished(t.database.db, { orgId: org.id, channelId: channel, publishedAt: new Date('2026-10-14T10:00:00Z'), text: 'Griepprik' });
  await snapshot(t.database.db, post.variantId, new Date('2026-10-15T10:00:00Z'), { likes: 1200, reposts: 34, replies: 0, followers: 5000 });
});
afterAll(() => t.close());

const mailsTo = (userId: string) => t.database.db.select().from(mailOutbox).where(eq(mailOutbox.userId, userId));

describe('monthly report by e-mail', () => {
  it('goes once, about the month before, only to those who opted in', async () => {
    const viewer = await loginAs(t, org.users.viewer.email);
    await viewer.request('PUT', `/api/orgs/${org.id}/metrics/report-subscription`, { subscribed: true });
    const now = new Date('2026-11-01T08:00:00Z');
    expect(await enqueueMonthlyReports(t.database.db, now)).toBe(1);
    expect(await enqueueMonthlyReports(t.database.db, new Date('2026-11-20T08:00:00Z'))).toBe(0);
    const [mail] = await mailsTo(org.users.viewer.id);
    expect(mail!.subject).toBe(`Cijfers Zorg ${org.slug.slice(4)}, oktober 2026`);
    expect(mail!.body).toContain('1 gemeten berichten met samen 1.234 interacties');
    expect(mail!.body).toContain('https://zorg.example/metrics?from=2026-10-01&to=2026-10-31');
    expect(await mailsTo(org.users.editor.id)).toEqual([]);
    // The next month brings the next report.
    expect(await enqueueMonthlyReports(t.database.db, new Date('2026-12-01T08:00:00Z'))).toBe(1);
  });
});
