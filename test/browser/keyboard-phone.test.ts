// On a phone-sized screen and with the keyboard only: log in, reach the composer, switch to English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
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

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string }) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        tag: a?.tagName ?? '',
        text: a?.textContent?.trim() ?? '',
        label: a?.getAttribute('aria-label') ?? (a as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '',
      };
    });
    if (matches(el)) return;
  }
  throw new Error('focus never reached the element');
}

describe('keyboard and phone', () => {
  it('logs in and reaches the composer with the keyboard only on a 375 px screen', async () => {
    const page = await (await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'nl-NL' })).newPage();
    await page.goto(`${server.url}/login`);
    await tabTo(page, (el) => el.label.startsWith('E-mailadres'));
    await page.keyboard.type(org.users.contributor.email);
    await tabTo(page, (el) => el.label.startsWith('Wachtwoord'));
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/'); // the start page

    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Nieuw bericht');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/posts\/new/);
    await tabTo(page, (el) => el.tag === 'TEXTAREA' && el.label.startsWith('Tekst'));
    await page.keyboard.type('Open dag op zaterdag!');
    expect(await page.getByLabel('Tekst', { exact: true }).inputValue()).toBe('Open dag op zaterdag!');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('shows the week as stacked days on a phone', async () => {
    const page = await logIn(browser, server.url, org.users.viewer.email, PASSWORD, { width: 375, height: 740 });
    await page.goto(`${server.url}/calendar?view=week`);
    const days = page.getByTestId('week-view').locator('[data-testid^="day-"]');
    await days.first().waitFor();
    const boxes = await Promise.all([0, 1].map(async (i) => (await days.nth(i).boundingBox())!));
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y); // the second day sits below the first
    expect(Math.abs(boxes[1]!.x - boxes[0]!.x)).toBeLessThan(2);
  });

  it('switches to English and back to Dutch', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await page.goto(`${server.url}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
  });
});
