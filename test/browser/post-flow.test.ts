// In Debian's Chromium: a contributor writes and plans a Dutch post with an image, sees it in the
// week view at the right local time; an editor publishes it and it appears in the RSS feed;
// a person of another organisation cannot see it.
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn as logInPage } from '../support/browser.ts';
import { buildOrg, PASSWORD, PNG_1PX, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let other: TestOrg;
const ZONE = 'Europe/Amsterdam';
const day = DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate()!;
const TEXT = 'Zaterdag is de griepprik weer te halen in wijkcentrum De Brug. Neem uw uitnodiging mee.';
const VARIANT = 'Griepprik zaterdag in De Brug: van 9.00 tot 12.00 uur, zonder afspraak.';
let postUrl = '';

const logIn = (email: string) => logInPage(browser, server.url, email, PASSWORD);

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  other = await buildOrg(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a post from the composer to the website feed', () => {
  it('is written and planned by a contributor and shown in the week view at its local time', async () => {
    const page = await logIn(org.users.contributor.email);
    await page.getByRole('link', { name: 'Nieuw bericht' }).first().click();
    await page.getByLabel('Tekst', { exact: true }).fill(TEXT);
    await page.getByLabel('Plaatsen op Website').check();
    await page.getByLabel('Tekst voor Website').fill(VARIANT);
    await expect.poll(() => page.getByText(`${[...VARIANT].length} van 5000 tekens`).count()).toBe(1);

    await page.getByLabel('Afbeelding', { exact: true }).setInputFiles({ name: 'griepprik.png', mimeType: 'image/png', buffer: PNG_1PX });
    await page.getByLabel('Alternatieve tekst').fill('Verpleegkundige zet een griepprik bij een oudere man');
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText('Afbeelding toegevoegd.').first().waitFor();

    await page.getByLabel('Datum').fill(day);
    await page.getByLabel('Tijd').fill('14:30');
    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await page.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
    postUrl = page.url();
    await page.getByText('Ter beoordeling').first().waitFor();

    await page.goto(`${server.url}/calendar?view=week&date=${day}`);
    const item = page.getByTestId(`day-${day}`).getByTestId('post-item');
    await item.waitFor();
    expect(await item.textContent()).toContain('14:30');
    expect(await item.textContent()).toContain('Ter beoordeling');
  });

  it('is approved and published by an editor and appears in the RSS feed', async () => {
    const page = await logIn(org.users.editor.email);
    await page.goto(postUrl);
    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText('Goedgekeurd').first().waitFor();
    await page.getByRole('button', { name: 'Nu publiceren' }).click();
    await page.getByText('Gepubliceerd').first().waitFor();

    const rss = await (await fetch(`${server.url}/feeds/${org.slug}/${org.channelSlug}/rss.xml`)).text();
    expect(rss).toContain(VARIANT);
    expect(rss).toContain('Verpleegkundige zet een griepprik bij een oudere man');
  });

  it('is invisible to a person of another organisation', async () => {
    const page = await logIn(other.users.admin.email);
    await page.goto(`${server.url}/calendar?view=week&date=${day}`);
    await page.getByTestId('week-view').waitFor();
    expect(await page.getByTestId('post-item').count()).toBe(0);
    expect(await page.content()).not.toContain('griepprik');
    await page.goto(postUrl);
    await page
      .getByText(/niet gevonden/i)
      .first()
      .waitFor();
    expect(await page.content()).not.toContain(VARIANT);
  });
});
