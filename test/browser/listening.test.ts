// The listening screen in Chromium: a query's results with their sentiment shown as an indication
// and its chart, a new query refused with the server's message beside the field it names and then
// saved by keyboard, an alert about the organisation itself leading to the crisis screen, and no
// sideways scrolling at 375 px.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { seedListening } from '../support/listening-factory.ts';
import { buildOrg, loginAs, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  await seedListening(server.database.db, org.id);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the listening screen', () => {
  it('shows results, chart and alert; refuses a bad hashtag beside its field; saves by keyboard; leads to crisis mode', async () => {
    const page = await logIn(browser, server.url, org.users.editor.email, PASSWORD);
    await page.getByRole('link', { name: 'Luisteren', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Luisteren' }).waitFor();
    const results = page.locator('.listening-results');
    await results.getByText('Boos en verdrietig: de dagbesteding van Zorggroep Rivierenland sluit.').waitFor();
    expect(await results.locator('.listening-result').count()).toBe(2);
    // Newest first: the feed item, positive; then the Bluesky post, negative.
    expect(await results.locator('.listening-sentiment').allTextContents()).toEqual(['positief', 'negatief']);
    await page.locator('.chart-canvas svg').first().waitFor();

    // A new query with a hashtag of two words: the server's message beside the field.
    await page.getByRole('button', { name: 'Nieuwe luisteropdracht' }).click();
    const name = page.getByLabel('Naam', { exact: true });
    await name.fill('Wachtlijst');
    await page.getByLabel('Hashtags').fill('#twee woorden');
    await name.press('Enter');
    const hashtags = page.getByLabel('Hashtags');
    await page.locator('.field-error', { hasText: 'Een hashtag bestaat uit letters, cijfers en _' }).waitFor();
    expect(await hashtags.getAttribute('aria-invalid')).toBe('true');
    await hashtags.fill('#wachtlijst');
    await name.press('Enter');
    await page.getByRole('heading', { level: 3, name: /^Wachtlijst/ }).waitFor();
    const api = await loginAs(server, org.users.editor.email);
    const saved = (await (await api.get(`/api/orgs/${org.id}/listening/queries`)).json()) as { name: string; hashtags: string[] }[];
    expect(saved.find((q) => q.name === 'Wachtlijst')?.hashtags).toEqual(['#wachtlijst']);

    // The alert: figures, and because it concerns the organisation itself, the way to crisis mode.
    await page.goto(`${server.url}/listening`);
    const alert = page.locator('.listening-alert');
    await alert.getByText('40 berichten in dit uur, 32 negatief').waitFor();
    await page.setViewportSize({ width: 375, height: 800 });
    // The chart redraws for the new width a moment after the resize.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await alert.getByRole('link', { name: 'Naar de crisismodus' }).click();
    await page.waitForURL(/\/crisis$/);
  });
});
