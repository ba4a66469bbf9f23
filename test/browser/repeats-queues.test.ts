// In Debian's Chromium: an editor repeats an approved post every week, is told which time was
// refused when picking a moment in the past, and puts the post in an evergreen queue whose
// weekly slots are filled with planned copies.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn as logInPage } from '../support/browser.ts';
import { buildOrg, localIn, loginAs, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let postId = '';
const TEXT = 'Tip: beweeg elke dag een half uur, bijvoorbeeld een wandeling door de wijk.';

const logIn = (email: string) => logInPage(browser, server.url, email, PASSWORD);

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  browser = await launchBrowser();
  // An approved post, written by a contributor and approved by the editor through the API.
  const base = `/api/orgs/${org.id}`;
  const [contributor, editor] = await Promise.all([loginAs(server, org.users.contributor.email), loginAs(server, org.users.editor.email)]);
  const created = await contributor.post(`${base}/posts`, {
    baseText: TEXT,
    variants: [{ channelId: org.channelId, text: null }],
    scheduledLocal: localIn(2, '09:00'),
  });
  postId = ((await created.json()) as { id: string }).id;
  await contributor.post(`${base}/posts/${postId}/transitions`, { event: 'submit' });
  const approved = await editor.post(`${base}/posts/${postId}/transitions`, { event: 'approve' });
  expect(approved.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('repeats and evergreen queues', () => {
  it('repeats an approved post every 7 days, twice, and links the copies', async () => {
    const page = await logIn(org.users.editor.email);
    await page.goto(`${server.url}/posts/${postId}`);
    await page.getByRole('heading', { name: 'Herhalen' }).waitFor();
    await page.getByLabel('Met een vaste tussenpoos').check();
    await page.getByLabel('Om de hoeveel dagen').fill('7');
    await page.getByLabel('Aantal keer').fill('2');
    await page.getByRole('button', { name: 'Herhalingen inplannen' }).click();

    const result = page.getByTestId('repeat-result');
    await result.getByText('2 herhalingen ingepland').waitFor();
    expect(await result.getByRole('link').count()).toBe(2);
    expect(await result.textContent()).toContain('09:00');

    // A moment in the past is refused next to its own date and time.
    await page.getByLabel('Op gekozen momenten').check();
    await page.getByLabel('Datum').fill('2020-01-01');
    await page.getByLabel('Tijd').fill('10:00');
    await page.getByRole('button', { name: 'Herhalingen inplannen' }).click();
    await page
      .getByRole('group', { name: 'Moment 1' })
      .getByText(/in het verleden/)
      .waitFor();
    expect(await page.getByRole('group', { name: 'Moment 1' }).getByLabel('Datum').getAttribute('aria-invalid')).toBe('true');
  });

  it('creates a queue with two weekly slots, adds the post and shows the planned copies', async () => {
    const page = await logIn(org.users.editor.email);
    await page.getByRole('link', { name: 'Wachtrijen' }).click();
    await page.getByRole('heading', { name: 'Nieuwe wachtrij' }).waitFor();
    await page.getByLabel('Naam').fill('Gezondheidstips');
    const first = page.getByRole('group', { name: 'Tijdslot 1' });
    await first.getByLabel('Dag').selectOption({ label: 'dinsdag' });
    await first.getByLabel('Tijd').fill('10:00');
    await page.getByRole('button', { name: 'Tijdslot toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Tijdslot 2' });
    await second.getByLabel('Dag').selectOption({ label: 'vrijdag' });
    await second.getByLabel('Tijd').fill('15:30');
    await page.getByRole('button', { name: 'Wachtrij aanmaken' }).click();
    const queue = page.getByTestId('queue-item').filter({ hasText: 'Gezondheidstips' });
    await queue.getByText('di 10:00, vr 15:30').waitFor();

    await page.goto(`${server.url}/posts/${postId}`);
    await page.getByLabel('Wachtrij', { exact: true }).selectOption({ label: 'Gezondheidstips' });
    await page.getByRole('button', { name: 'Toevoegen aan wachtrij' }).click();
    await page.getByRole('status').getByText('Toegevoegd aan wachtrij ‘Gezondheidstips’.').first().waitFor();

    await page.getByRole('link', { name: 'Wachtrijen' }).first().click();
    await queue.getByText(TEXT.slice(0, 40)).waitFor();
    const upcoming = queue.getByTestId('queue-upcoming').getByRole('link');
    await upcoming.first().waitFor();
    // Two slots a week, two weeks ahead.
    expect(await upcoming.count()).toBe(4);
    const times = await upcoming.allTextContents();
    expect(times.every((text) => /(dinsdag|vrijdag) .* om (10:00|15:30)$/.test(text))).toBe(true);
  });

  it('fits a 375 px phone screen without sideways scrolling', async () => {
    const page = await logInPage(browser, server.url, org.users.editor.email, PASSWORD, { width: 375, height: 800 });
    for (const path of [`/posts/${postId}`, '/queues']) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: path === '/queues' ? 'Nieuwe wachtrij' : 'Toevoegen aan wachtrij' }).waitFor();
      if (path !== '/queues') await page.getByLabel('Op gekozen momenten').check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }
  });
});
