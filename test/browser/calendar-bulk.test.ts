// In Chromium: an editor drags a scheduled post to another day and is told it needs approval
// again, then starts a post by clicking an hour of the week view; a long text shows as the three Bluesky posts it will become (the adapter's own split);
// a CSV import with one bad row names the row and stores nothing.
import { and, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitIntoPosts } from '../../src/channels/bluesky/thread.ts';
import { channels, posts } from '../../src/db/schema.ts';
import { launchBrowser, logIn as logInPage } from '../support/browser.ts';
import { buildPost } from '../support/post-factory.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
const ZONE = 'Europe/Amsterdam';
// Two days of next month (one month view shows both).
const month = DateTime.now().setZone(ZONE).plus({ months: 1 }).startOf('month');
const from = month.plus({ days: 9 }).set({ hour: 10, minute: 15 });
const to = month.plus({ days: 11 });

const logIn = (email: string) => logInPage(browser, server.url, email, PASSWORD);

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the calendar, the composer preview and the CSV import', () => {
  it('drags a scheduled post to another day: it moves there, keeps its time and needs approval again', async () => {
    const id = await buildPost(server.database.db, {
      orgId: org.id,
      channelIds: [org.channelId],
      status: 'scheduled',
      scheduledAt: from.toJSDate(),
      text: 'Sleep mij naar een andere dag',
    });
    const page = await logIn(org.users.editor.email);
    await page.goto(`${server.url}/calendar?view=month&date=${from.toISODate()}`);
    const card = page.getByTestId(`day-${from.toISODate()}`).getByTestId('post-item').locator('a');
    await card.waitFor();
    expect(await card.textContent()).toContain('Website');
    await card.dragTo(page.getByTestId(`day-${to.toISODate()}`));
    await page
      .getByText(/Verplaatst naar .*opnieuw worden goedgekeurd/)
      .first()
      .waitFor();
    await page.getByTestId(`day-${to.toISODate()}`).getByTestId('post-item').waitFor();
    expect(await page.getByTestId(`day-${from.toISODate()}`).getByTestId('post-item').count()).toBe(0);
    const [row] = await server.database.db
      .select({ status: posts.status, local: sql<string>`to_char(${posts.scheduledAt} at time zone ${ZONE}, 'YYYY-MM-DD HH24:MI')` })
      .from(posts)
      .where(and(eq(posts.id, id), eq(posts.orgId, org.id)));
    expect(row).toEqual({ status: 'draft', local: `${to.toISODate()} 10:15` });

    // In the week view, a click on an empty hour starts a post at that day and hour.
    await page.goto(`${server.url}/calendar?view=week&date=${to.toISODate()}`);
    await page.getByTestId(`hour-${to.toISODate()}-14`).click();
    await page.waitForURL(/\/posts\/new\?/);
    expect(await page.getByLabel('Datum').inputValue()).toBe(to.toISODate());
    expect(await page.getByLabel('Tijd').inputValue()).toBe('14:00');
    await page.context().close();
  });

  it('shows a long text as the three posts of a Bluesky thread, with counters in Bluesky terms', async () => {
    await server.database.db
      .insert(channels)
      .values({ orgId: org.id, type: 'bluesky', name: 'Bluesky', slug: 'bsky', settings: { handle: 'zorg.bsky.social' } });
    const sentence = 'Op zaterdag 14 maart houden we open dag in woonzorgcentrum De Linde, van tien tot vier uur. ';
    const text = sentence.repeat(8).trim();
    expect(splitIntoPosts(text)).toHaveLength(3);
    const page = await logIn(org.users.editor.email);
    await page.goto(`${server.url}/posts/new`);
    await page.getByLabel('Tekst', { exact: true }).fill(text);
    const preview = page.getByTestId('preview-bluesky');
    await expect.poll(() => preview.getByTestId('preview-part').count()).toBe(3);
    const parts = await preview.locator('.preview-part-label').allTextContents();
    expect(parts).toEqual(['Deel 1 van 3', 'Deel 2 van 3', 'Deel 3 van 3']);
    // Each part as the adapter will send it.
    expect(await preview.locator('.preview-text').allTextContents()).toEqual(splitIntoPosts(text));
    await page.getByText(`${[...text].length} tekens: langer dan één bericht van 300 tekens, wordt een draad van 3 delen`).waitFor();
    await page.context().close();
  });

  it('a CSV import with one bad row names the row and stores nothing', async () => {
    const day = month.plus({ days: 20 }).toISODate();
    const csv = `tekst;kanalen;tijd\nGoed bericht over de Kastanje;Website;${day} 09:30\nTweede bericht over de Kastanje;Instagram;${day} 11:00\n`;
    const page = await logIn(org.users.editor.email);
    await page.getByRole('link', { name: 'Importeren en exporteren' }).click();
    await page.getByLabel('Of plak de inhoud hier').fill(csv);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.getByRole('row').nth(1).textContent()).toMatch(/Rij 3.*kanalen.*Geen actief kanaal met de naam 'Instagram'/);
    expect(await problems.getByRole('row').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    const stored = await server.database.db
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.orgId, org.id), sql`${posts.baseText} like '%Kastanje%'`));
    expect(stored).toEqual([]);
    await page.context().close();
  });
});
