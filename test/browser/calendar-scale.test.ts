// A month with 5,000 posts: the calendar in Chromium shows every one of them (the days' visible
// items plus their "nog N" links add up, and the period count says 5000), the list view loads
// more on request, and unplanned drafts are still listed.
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
const POSTS = 5000;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  // 5,000 posts over 1–30 March 2027 (166 or 167 a day, between 07:00 and 19:00 local), and 3 drafts.
  await server.database.db.execute(sql`
    WITH p AS (
      INSERT INTO posts (org_id, author_id, base_text, status, scheduled_at)
      SELECT ${org.id}::uuid, ${org.users.editor.id}::uuid, 'Bericht ' || g, 'scheduled',
             timestamptz '2027-03-01 06:00:00+00' + (((g - 1) % 30) * interval '1 day') + (((g - 1) / 30) * interval '4 minutes')
      FROM generate_series(1, ${POSTS}) g RETURNING id, org_id)
    INSERT INTO post_variants (org_id, post_id, channel_id) SELECT org_id, id, ${org.channelId}::uuid FROM p`);
  await server.database.db.execute(sql`
    INSERT INTO posts (org_id, author_id, base_text, status) SELECT ${org.id}::uuid, ${org.users.editor.id}::uuid, 'Concept ' || g, 'draft' FROM generate_series(1, 3) g`);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the calendar with 5,000 posts in one month', () => {
  it('shows all of them in the month view, and asks only for the visible range and the unplanned posts', async () => {
    const page = await logIn(browser, server.url, org.users.viewer.email, PASSWORD);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/posts')) asked.push(r.url());
    });
    await page.goto(`${server.url}/calendar?view=month&date=2027-03-15`);
    await expect.poll(() => page.getByTestId('period-count').textContent(), { timeout: 30_000 }).toBe('5000 berichten in deze periode');

    // What a person sees: each day's posts plus "nog N" for the rest add up to every post of the month.
    const perDay = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid^="day-"]')].map((day) => {
        const shown = day.querySelectorAll('[data-testid="post-item"]').length;
        const more = Number(day.querySelector('.more-link')?.textContent?.match(/\d+/)?.[0] ?? 0);
        return { date: day.dataset.testid!.slice(4), count: shown + more };
      }),
    );
    expect(perDay.reduce((sum, d) => sum + d.count, 0)).toBe(POSTS);
    const march = perDay.filter((d) => d.date >= '2027-03-01' && d.date <= '2027-03-30');
    expect(march.every((d) => d.count === 166 || d.count === 167)).toBe(true);
    expect(await page.getByTestId('day-2027-03-15').getByRole('button', { name: 'nog 164' }).isVisible()).toBe(true);

    await expect.poll(() => page.getByTestId('unplanned-posts').locator('summary').textContent()).toBe('Zonder datum (3)');
    for (const url of asked.filter((u) => u.includes('/posts?'))) {
      const q = new URL(url).searchParams;
      expect(q.get('unplanned') === 'true' || (q.has('from') && q.has('to'))).toBe(true);
    }
    expect(asked.some((u) => u.includes('cursor='))).toBe(true);
  });

  it('the list view shows a page and loads more with the "Meer laden" button', async () => {
    const page = await logIn(browser, server.url, org.users.viewer.email, PASSWORD);
    await page.goto(`${server.url}/calendar?view=list&date=2027-03-15`);
    const shown = page.getByTestId('list-shown');
    await expect.poll(() => shown.textContent(), { timeout: 30_000 }).toBe('100 berichten getoond, er zijn er meer');
    expect(await page.getByTestId('list-view').getByTestId('post-item').count()).toBe(100);
    const more = page.getByRole('button', { name: 'Meer laden' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => shown.textContent()).toBe('200 berichten getoond, er zijn er meer');
    expect(await page.getByTestId('list-view').getByTestId('post-item').count()).toBe(200);
  });
});
