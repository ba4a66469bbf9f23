// Patient data in an image's alternative text is shown where people look: under the text field
// while typing it, and on the post's page as a finding in "the alternative text of image 1".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn as logInPage } from '../support/browser.ts';
import { buildOrg, imageForm, loginAs, PASSWORD, PNG_1PX, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
const LEAKY_ALT = 'Mevrouw Jansen uit Tiel (BSN 111222333) op de IC na haar hartinfarct.';

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('alt text in the privacy check', () => {
  it('marks patient data in the alternative text while it is typed, before uploading', async () => {
    const page = await logInPage(browser, server.url, org.users.contributor.email, PASSWORD);
    await page.goto(`${server.url}/posts/new`);
    await page.getByLabel('Alternatieve tekst', { exact: true }).fill(LEAKY_ALT);
    const finding = page.locator('[data-part="media:new"] [data-testid="guard-finding"][data-rule="bsn"]');
    await finding.waitFor();
    expect(await finding.getAttribute('data-severity')).toBe('block');
  });

  it('names the image on the post page and blocks submission there', async () => {
    const api = await loginAs(server, org.users.contributor.email);
    const base = `/api/orgs/${org.id}`;
    const uploaded = await api.request('POST', `${base}/media`, imageForm(PNG_1PX, LEAKY_ALT));
    const { id: mediaId } = (await uploaded.json()) as { id: string };
    const created = await api.post(`${base}/posts`, {
      baseText: 'Een zonnige middag bij ons op de afdeling.',
      variants: [{ channelId: org.channelId, text: null }],
      mediaIds: [mediaId],
    });
    const { id: postId } = (await created.json()) as { id: string };

    const page = await logInPage(browser, server.url, org.users.contributor.email, PASSWORD);
    await page.goto(`${server.url}/posts/${postId}`);
    await page.getByRole('heading', { name: 'Alternatieve tekst van afbeelding 1' }).waitFor();
    const findings = page.locator(`[data-part="media:${mediaId}"] [data-testid="guard-finding"]`);
    expect(await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual(expect.arrayContaining(['bsn', 'person-with-health']));
    expect(await page.getByTestId('guard-verdict').getAttribute('data-verdict')).toBe('block');
    expect(await page.getByRole('button', { name: 'Indienen ter beoordeling' }).count()).toBe(0);
  });
});
