// A viewer (a board member's role) reads the figures in Chromium: the overview shows the period's
// totals the Dutch way and the chart with its table; a post's page shows its growth curve.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { buildChannel, buildPublished, snapshot } from '../support/metrics-factory.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let postId: string;
const HOUR = 3_600_000;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  const db = server.database.db;
  const mastodon = await buildChannel(db, org.id, { type: 'mastodon', name: 'Mastodon', slug: 'mastodon' });
  const published = new Date(Date.now() - 3 * 24 * HOUR);
  const post = await buildPublished(db, { orgId: org.id, channelId: mastodon, publishedAt: published, text: 'Griepprik voor iedereen' });
  postId = post.postId;
  await snapshot(db, post.variantId, new Date(published.getTime() + HOUR), { likes: 40, reposts: 5, replies: 1, followers: 2000 });
  await snapshot(db, post.variantId, new Date(published.getTime() + 24 * HOUR), { likes: 1200, reposts: 30, replies: 4, followers: 2000 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('figures in the browser', () => {
  it('shows the overview with Dutch numbers (also after a reload), and a post’s growth curve with its table', async () => {
    const page = await logIn(browser, server.url, org.users.viewer.email, PASSWORD);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
    // A reload (or a bookmark) opens the page again: its address is the app's, not the server's Prometheus endpoint.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
    const engagements = page.locator('.figure-card').filter({ hasText: 'Interacties' }).first();
    // 1200 + 30 + 4, written the Dutch way.
    await expect.poll(() => engagements.locator('.figure-value').textContent()).toBe('1.234');
    expect(await page.locator('.figure-card').filter({ hasText: 'Interactiegraad (volgers)' }).locator('.figure-value').textContent()).toBe('61,7%');
    await page.locator('.chart-canvas svg').first().waitFor();
    expect(await page.getByRole('link', { name: 'Griepprik voor iedereen' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Griepprik voor iedereen' }).click();
    await page.waitForURL(`${server.url}/posts/${postId}`);
    await page.getByRole('heading', { level: 2, name: 'Groei' }).waitFor();
    await page.locator('.post-growth .chart-canvas svg').waitFor();
    await page.getByText('Toon als tabel').click();
    const cells = await page.locator('.post-growth table tbody td').allTextContents();
    expect(cells).toEqual(['46', '1.234']);
    expect(await page.locator('.post-growth').textContent()).toContain('1.200 likes');
  });
});
