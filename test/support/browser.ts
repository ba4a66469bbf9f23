/**
 * Real Chromium for browser tests (engineering principle 8), driven by playwright-core.
 * Uses Debian's /usr/bin/chromium (installed by scripts/ensure-system-deps.sh), never a
 * downloaded browser build.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * Logs in through the login page in a fresh browser context and waits for the calendar (asked for
 * first, so the login page returns there; the start page after a plain login is the home page).
 */
export async function logIn(browser: Browser, baseUrl: string, email: string, password: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport, locale: 'nl-NL' })).newPage();
  await page.goto(`${baseUrl}/calendar`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/calendar/);
  return page;
}
