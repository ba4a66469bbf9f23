// The daily workplace in Chromium: the home page as start page, live without reload, the phone
// menu, and the composer's errors (an empty submission, a returned post's comment at the top).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildWebhookChannel } from '../support/post-factory.ts';
import { buildOrg, localIn, loginAs, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let hookId: string;
let returnedId: string;
const COMMENT = 'Noem ook de locatie van de prikdag, dan weten mensen waar ze heen moeten.';

/** A plain login: lands on the start page (the home page). */
async function logInHome(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport, locale: 'nl-NL' })).newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
  return page;
}

beforeAll(async () => {
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(server);
  receiver = await startReceiver();
  hookId = await buildWebhookChannel(server.database.db, org.id, receiver.url, server.deps.secrets);
  // A contributor's post, returned by the approver with a comment.
  const contributor = await loginAs(server, org.users.contributor.email);
  const approver = await loginAs(server, org.users.approver.email);
  const base = `/api/orgs/${org.id}`;
  const created = await contributor.post(`${base}/posts`, { baseText: 'De griepprik is er weer.', variants: [{ channelId: org.channelId, text: null }] });
  returnedId = ((await created.json()) as { id: string }).id;
  await contributor.post(`${base}/posts/${returnedId}/transitions`, { event: 'submit' });
  await approver.post(`${base}/posts/${returnedId}/transitions`, { event: 'request_changes', reason: COMMENT });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
  await server?.close();
});

describe('home, live state, phone menu and composer errors', () => {
  it("a contributor on a 375 px phone: collapsed menu, the returned post's comment at the top, an empty submission refused", async () => {
    const page = await logInHome(org.users.contributor.email, { width: 375, height: 740 });
    // The header is one small row; the menu is behind a button that says whether it is open.
    const toggle = page.getByRole('button', { name: /^Menu/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(740 * 0.12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kalender' }).click();
    await page.waitForURL(/\/calendar/);
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false'); // a chosen page closes it
    await page.goBack();

    // Home: the returned post waits for the writer; it opens in the composer with the comment on top.
    const returned = page.getByTestId('home-section-returned');
    await returned.getByText('De griepprik is er weer.').click();
    await page.waitForURL(new RegExp(`/posts/${returnedId}/edit`));
    const comments = page.getByTestId('returned-comments');
    await comments.getByText(COMMENT).waitFor();
    expect(await comments.textContent()).toContain(`approver ${org.slug.slice(4)}`);
    const commentBox = (await comments.boundingBox())!;
    const textBox = (await page.getByLabel('Tekst', { exact: true }).boundingBox())!;
    expect(commentBox.y).toBeLessThan(textBox.y);

    // An empty "submit for review": the message at the text field, focus there, nothing stored.
    await page.goto(`${server.url}/posts/new`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw bericht' }).waitFor();
    // One-handed: the buttons span the screen and are thumb-sized.
    const submitBox = (await page.getByRole('button', { name: 'Indienen ter beoordeling' }).boundingBox())!;
    expect(submitBox.width).toBeGreaterThan(300);
    expect(submitBox.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    const message = page.locator('.field-error', { hasText: 'Het bericht heeft nog geen tekst' });
    await message.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await page.getByLabel('Tekst', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    // Visible on screen, not under the button bar.
    const box = (await message.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(new URL(page.url()).pathname).toBe('/posts/new');
    const drafts = await (await loginAs(server, org.users.contributor.email)).get(`/api/orgs/${org.id}/home/sections/my_drafts`);
    expect(((await drafts.json()) as { items: unknown[] }).items).toEqual([]);

    // A time in the past is refused while picking, in the organisation's zone.
    await page.getByLabel('Tekst', { exact: true }).fill('Open dag');
    await page.getByLabel('Datum').fill(localIn(-1).slice(0, 10));
    await page.getByLabel('Tijd').fill('09:30');
    await page
      .getByTestId('time-error')
      .getByText(/ligt in het verleden/)
      .waitFor();
    expect(await page.getByTestId('time-error').textContent()).toContain('Europe/Amsterdam');
    await page.context().close();
  });

  it("a failed publication appears on the editor's home page without reload", async () => {
    const page = await logInHome(org.users.editor.email);
    const failed = page.getByTestId('home-section-failed');
    await failed.getByText('Niets mislukt.').waitFor();
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });

    // Elsewhere: a post to the intranet is published now and the receiver refuses it.
    const base = `/api/orgs/${org.id}`;
    const contributor = await loginAs(server, org.users.contributor.email);
    const editor = await loginAs(server, org.users.editor.email);
    const created = await contributor.post(`${base}/posts`, { baseText: 'Nieuwsbrief voor het intranet', variants: [{ channelId: hookId, text: null }] });
    const { id } = (await created.json()) as { id: string };
    await contributor.post(`${base}/posts/${id}/transitions`, { event: 'submit' });
    await editor.post(`${base}/posts/${id}/transitions`, { event: 'approve' });
    receiver.reply({ status: 400 });
    expect(((await (await editor.post(`${base}/posts/${id}/publish-now`)).json()) as { status: string }).status).toBe('failed');

    await failed.getByText('Nieuwsbrief voor het intranet').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await page.getByTestId('nav-waiting').textContent()).toMatch(/\d/);
    // The post page says why, in Dutch, with the network's name.
    await failed.getByText('Nieuwsbrief voor het intranet').click();
    await page.getByTestId('status-box').getByText('Webhook (eigen systeem) weigerde het bericht (antwoord 400).').waitFor();
    await page.context().close();
  });
});
