// The inbox settings screen in Chromium: a manager changes every option with the keyboard, the
// server keeps them, and a working day that ends before it starts shows the server's message
// (in Dutch, then in English at phone width).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { buildOrg, loginAs, PASSWORD, type TestOrg } from '../support/test-app.ts';
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

describe('the inbox settings screen', () => {
  it('saves approval, region, phone and hours per weekday by keyboard, and shows the server error for a bad day', async () => {
    const page = await logIn(browser, server.url, org.users.editor.email, PASSWORD);
    await page
      .getByRole('link', { name: /^Inbox/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox-instellingen' }).waitFor();

    await page.getByLabel('Antwoorden eerst laten goedkeuren door een tweede persoon').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Hulplijnen bij een crisis').selectOption('us');
    await page.getByRole('group', { name: 'zaterdag' }).getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Eindtijd op vrijdag').fill('12:30');
    const phone = page.getByLabel('Telefoonnummer van de organisatie');
    await phone.fill('0344 123 456');
    await phone.press('Enter');
    await page.getByText('Inbox-instellingen opgeslagen.').waitFor();

    const api = await loginAs(server, org.users.editor.email);
    const saved = await (await api.get(`/api/orgs/${org.id}/inbox/settings`)).json();
    expect(saved).toMatchObject({ repliesNeedApproval: true, crisisRegion: 'us', phone: '0344 123 456' });
    expect(saved.workingHours.days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(saved.workingHours.byDay).toContainEqual({ day: 5, start: '09:00', end: '12:30' });

    // Friday ending before it starts: the server's message, and what was saved stays.
    await page.getByLabel('Eindtijd op vrijdag').fill('08:00');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    const alert = page.locator('.error-box');
    await alert.getByText('Het einde moet na het begin liggen.').waitFor();
    expect(await alert.textContent()).toContain('workingHours.byDay.4.end');
    // …and with the day it concerns, on its end time.
    await page.getByRole('group', { name: 'vrijdag' }).locator('.field-error', { hasText: 'Het einde moet na het begin liggen.' }).waitFor();
    expect(await page.getByLabel('Eindtijd op vrijdag').getAttribute('aria-invalid')).toBe('true');
    expect(await (await api.get(`/api/orgs/${org.id}/inbox/settings`)).json()).toEqual(saved);

    // In English at phone width: the same screen, the server's message in English, nothing wider than the screen.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox settings' }).waitFor();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByLabel('End time on Friday').fill('07:00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('.error-box').getByText('The end must come after the start.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
