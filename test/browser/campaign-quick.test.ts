// The quick route in Chromium: an editor fills the one form (the times are suggested from the
// event and one is changed by hand), creates it, and sees the three posts awaiting approval; an
// approver approves them; they are then scheduled at the planned local times.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../../src/contracts/post.ts';
import { launchBrowser, logIn } from '../support/browser.ts';
import { buildOrg, localIn, loginAs, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the quick route', () => {
  it('makes three posts from one form; approved, they are scheduled at the planned local times', async () => {
    const page = await logIn(browser, server.url, org.users.editor.email, PASSWORD);
    await page.goto(`${server.url}/campaigns/quick`);
    await page.getByRole('heading', { level: 1, name: 'Snelle campagne' }).waitFor();
    await page.getByLabel('Naam van de campagne').fill('Open dag De Linde');
    const eventDate = localIn(20).slice(0, 10);
    await page.locator('#quick-event-date').fill(eventDate);
    await page.locator('#quick-event-time').fill('14:00');
    await page.getByLabel('Hashtag (niet verplicht)').fill('OpenDagDeLinde');

    // The suggested times: a week before at 10:00, the start, and the next working day at 10:00.
    await expect.poll(() => page.locator('#quick-announcement-date').inputValue()).toBe(localIn(13).slice(0, 10));
    expect(await page.locator('#quick-announcement-time').inputValue()).toBe('10:00');
    expect(await page.locator('#quick-during-date').inputValue()).toBe(eventDate);
    expect(await page.locator('#quick-during-time').inputValue()).toBe('14:00');
    expect(await page.locator('#quick-lookBack-time').inputValue()).toBe('10:00');
    // The texts are suggested in Dutch from the name and the hashtag; one time is changed by hand.
    expect(await page.locator('#quick-announcement-text').inputValue()).toMatch(/^Zet het in je agenda: Open dag De Linde op .* om 14:00\. .*#OpenDagDeLinde$/);
    await page.locator('#quick-announcement-time').fill('09:30');
    const lookBackDate = await page.locator('#quick-lookBack-date').inputValue();

    await page.getByRole('button', { name: 'Campagne maken en ter goedkeuring aanbieden' }).click();
    const made = page.getByTestId('quick-made');
    await made.waitFor();
    const items = made.getByTestId('quick-made-post');
    expect(await items.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await items.nth(i).textContent()).toContain('Ter beoordeling');
    const ids = await items.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!));

    const approver = await loginAs(server, org.users.approver.email);
    for (const id of ids) expect((await approver.post(`/api/orgs/${org.id}/posts/${id}/transitions`, { event: 'approve' })).status).toBe(200);
    const after = await Promise.all(ids.map(async (id) => (await (await approver.get(`/api/orgs/${org.id}/posts/${id}`)).json()) as Post));
    expect(after.map((p) => [p.status, p.scheduledLocal])).toEqual([
      ['scheduled', `${localIn(13).slice(0, 10)}T09:30`],
      ['scheduled', `${eventDate}T14:00`],
      ['scheduled', `${lookBackDate}T10:00`],
    ]);
    await page.context().close();
  });
});
