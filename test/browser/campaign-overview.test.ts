// The campaign view in Chromium: the calendar draws a campaign's post with its name and a band in
// its colour and filters by campaign; a post is put in a campaign from its own page and from the
// composer (started from the campaign's overview); the overview
// page shows the campaign's posts, tasks, inbox items and figures against the goal, and its PDF
// link downloads a PDF.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, campaignTasks, posts } from '../../src/db/schema.ts';
import { launchBrowser, logIn } from '../support/browser.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildPublished, snapshot } from '../support/metrics-factory.ts';
import { buildPost } from '../support/post-factory.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let campaignId: string;
let plannedId: string;
let otherId: string;
let publishedId: string;
let inboxId: string;
let day: string;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  const db = server.database.db;
  const startsOn = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  const [c] = await db
    .insert(campaigns)
    .values({
      orgId: org.id,
      name: 'Week van de Mantelzorg',
      colour: '#b45309',
      hashtag: '#WeekVanDeMantelzorg',
      phase: 'execution',
      startsOn,
      goalMetric: 'engagements',
      goalTarget: 100,
    })
    .returning();
  campaignId = c!.id;
  // Planned tomorrow at noon UTC: the calendar is opened on that day's month.
  const planned = new Date(Date.now() + 86_400_000);
  planned.setUTCHours(12, 0, 0, 0);
  day = planned.toISOString().slice(0, 10);
  plannedId = await buildPost(db, { orgId: org.id, channelIds: [org.channelId], status: 'draft', scheduledAt: planned, text: 'Dank aan alle mantelzorgers' });
  otherId = await buildPost(db, { orgId: org.id, channelIds: [org.channelId], status: 'draft', scheduledAt: planned, text: 'Spreekuur over de griepprik' });
  const at = new Date(Date.now() - 2 * 86_400_000);
  const published = await buildPublished(db, { orgId: org.id, channelId: org.channelId, publishedAt: at, text: 'Week van de Mantelzorg begint' });
  publishedId = published.postId;
  await snapshot(db, published.variantId, new Date(at.getTime() + 3_600_000), { likes: 30, reposts: 4, replies: 2 });
  await db.update(posts).set({ campaignId }).where(eq(posts.id, plannedId));
  await db.update(posts).set({ campaignId }).where(eq(posts.id, publishedId));
  await db
    .insert(campaignTasks)
    .values({ orgId: org.id, campaignId, title: 'Foto’s van de koffieochtend maken', ownerId: org.users.editor.id, dueAt: planned });
  inboxId = await buildItem(server, org.id, org.channelId, { text: 'Wat een mooi initiatief #WeekVanDeMantelzorg' });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the campaign view', () => {
  it('shows a campaign post in the calendar with its name and colour, filters by campaign, and a post is put in the campaign from its page', async () => {
    const page = await logIn(browser, server.url, org.users.editor.email, PASSWORD);
    await page.goto(`${server.url}/calendar?view=month&date=${day}`);
    const inCampaign = page.locator(`[data-testid="post-item"][data-post-id="${plannedId}"]`);
    await inCampaign.waitFor();
    expect(await inCampaign.getByTestId('campaign-tag').textContent()).toContain('Week van de Mantelzorg');
    // The band along the top of the card is the campaign's colour (#b45309).
    expect(await inCampaign.locator('.post-link').evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(180, 83, 9)');
    const other = page.locator(`[data-testid="post-item"][data-post-id="${otherId}"]`);
    expect(await other.getByTestId('campaign-tag').count()).toBe(0);

    await page.getByLabel('Campagne', { exact: true }).selectOption({ label: 'Week van de Mantelzorg' });
    await other.waitFor({ state: 'detached' });
    expect(await inCampaign.count()).toBe(1);

    // Put the other post in the campaign from its own page.
    await page.goto(`${server.url}/posts/${otherId}`);
    await page.getByLabel('In campagne').selectOption({ label: 'Week van de Mantelzorg' });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('link', { name: 'Week van de Mantelzorg' }).waitFor();
    await page.goto(`${server.url}/calendar?view=month&date=${day}&campaign=${campaignId}`);
    await page.locator(`[data-testid="post-item"][data-post-id="${otherId}"] [data-testid="campaign-tag"]`).waitFor();

    // A new post started from the campaign's overview goes into the campaign.
    await page.goto(`${server.url}/campaigns/${campaignId}/overview`);
    await page.getByRole('link', { name: 'Nieuw bericht in deze campagne' }).click();
    // Chosen once the campaigns have loaded into the list.
    await expect.poll(() => page.getByLabel('Campagne', { exact: true }).inputValue()).toBe(campaignId);
    await page.getByLabel('Tekst', { exact: true }).fill('Koffieochtend voor mantelzorgers');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.waitForURL(/\/posts\/[0-9a-f-]{36}\/edit$/);
    const newId = /\/posts\/([0-9a-f-]{36})\/edit$/.exec(page.url())![1]!;
    await expect.poll(async () => (await server.database.db.select({ c: posts.campaignId }).from(posts).where(eq(posts.id, newId)))[0]?.c).toBe(campaignId);
    await page.context().close();
  });

  it('shows the overview with posts, tasks, inbox items and figures against the goal, and downloads the PDF', async () => {
    const page = await logIn(browser, server.url, org.users.viewer.email, PASSWORD);
    await page.goto(`${server.url}/campaigns/${campaignId}/overview`);
    await page.getByRole('heading', { level: 1, name: 'Week van de Mantelzorg' }).waitFor();
    expect(await page.getByTestId('campaign-phase').textContent()).toBe('Uitvoering');
    // 30 + 4 + 2 engagements against a goal of 100.
    await expect.poll(() => page.getByTestId('campaign-verdict').textContent()).toBe('Doel nog niet gehaald: 36 van de beoogde 100 interacties.');
    const postsSection = page.getByTestId('campaign-posts');
    await postsSection.getByRole('link', { name: 'Week van de Mantelzorg begint' }).waitFor();
    expect(await postsSection.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['Week van de Mantelzorg begint', 'Dank aan alle mantelzorgers', 'Spreekuur over de griepprik']),
    );
    await page.getByTestId('campaign-tasks').getByText('Foto’s van de koffieochtend maken').waitFor();
    const reaction = page.getByTestId('campaign-inbox').getByRole('link', { name: /Wat een mooi initiatief/ });
    expect(await reaction.getAttribute('href')).toBe(`/inbox/${inboxId}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('summary-pdf').click()]);
    const file = await download.path();
    expect(download.suggestedFilename()).toBe('week-van-de-mantelzorg.pdf');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });
});
