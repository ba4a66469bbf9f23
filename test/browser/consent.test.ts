// Withdrawing a consent in the browser: the bell shows what waits, the person's page lists the
// published post that shows them, one confirmation takes it down, and it leaves the public feed.
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { consentPeople, consents, media, mediaPeople, notifications, postMedia, posts, postVariants } from '../../src/db/schema.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildPost } from '../support/post-factory.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let personId: string;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  const db = server.database.db;
  const [person] = await db.insert(consentPeople).values({ orgId: org.id, name: 'Truus Bakker', kind: 'resident' }).returning();
  personId = person!.id;
  await db.insert(consents).values({ orgId: org.id, personId, purpose: 'publication', validFrom: new Date('2026-01-01') });
  const [image] = await db
    .insert(media)
    .values({ orgId: org.id, fileName: 'tuin.png', mimeType: 'image/png', sizeBytes: 1, altText: 'Truus in de tuin', storageKey: 'x.png', showsPeople: true })
    .returning();
  await db.insert(mediaPeople).values({ orgId: org.id, mediaId: image!.id, personId });
  const postId = await buildPost(db, { orgId: org.id, channelIds: [org.channelId], status: 'published', text: 'Truus plant tomaten.' });
  await db.insert(postMedia).values({ orgId: org.id, postId, mediaId: image!.id, position: 0 });
  await db.update(posts).set({ publishedAt: new Date() }).where(eq(posts.id, postId));
  await db.update(postVariants).set({ publishedAt: new Date(), externalId: postId }).where(eq(postVariants.postId, postId));
  await db.insert(notifications).values({ orgId: org.id, userId: org.users.editor.id, kind: 'consent_expiring', params: { personId, date: '2026-12-31' } });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const feed = async () => (await fetch(`${server.url}/feeds/${org.slug}/${org.channelSlug}/feed.json`)).text();

it('an editor withdraws a consent and, after one confirmation, the post showing the person leaves the feed', async () => {
  const page: Page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mailadres').fill(org.users.editor.email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('link', { name: 'Meldingen: 1 ongelezen' }).click();
  await page.getByRole('link', { name: 'Een toestemming in het register loopt af op 2026-12-31' }).click();
  await page.getByRole('heading', { level: 1, name: 'Truus Bakker' }).waitFor();
  expect(await feed()).toContain('Truus plant tomaten.');

  await page.getByRole('button', { name: 'Intrekken' }).click();
  await expect.poll(() => page.getByText('Intrekken haalt dit gepubliceerde bericht van het netwerk:').isVisible()).toBe(true);
  await expect.poll(() => page.getByRole('link', { name: 'Bericht op Website' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Intrekken en offline halen' }).click();
  await page.getByRole('status').filter({ hasText: 'Toestemming ingetrokken; 1 bericht offline gehaald.' }).first().waitFor();
  await page.getByText('ingetrokken', { exact: true }).waitFor();
  expect(await feed()).not.toContain('Truus plant tomaten.');
  await page.context().close();
});
