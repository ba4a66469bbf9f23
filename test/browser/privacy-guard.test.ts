// A person typing a patient's name next to a diagnosis in the composer sees the block before
// saving; an approver can override it with a written reason; crisis mode shows a banner to all.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn as logInPage } from '../support/browser.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;

const logIn = (email: string) => logInPage(browser, server.url, email, PASSWORD);

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the privacy guard in the composer', () => {
  it('marks a patient with a diagnosis while typing and blocks submission, before anything is saved', async () => {
    const page = await logIn(org.users.contributor.email);
    await page.goto(`${server.url}/posts/new`);
    const text = page.getByLabel('Tekst', { exact: true });
    await text.pressSequentially('Mevrouw Jansen uit kamer 12 heeft sinds gisteren longkanker.', { delay: 5 });

    const verdict = page.getByTestId('guard-verdict');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('block');
    const finding = page.locator('[data-testid="guard-finding"][data-severity="block"]').first();
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(/gezondheid/i);
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Indienen ter beoordeling' }).isDisabled()).toBe(true);

    // Nothing was stored while typing.
    const res = await page.request.get(`${server.url}/api/orgs/${org.id}/posts`);
    expect(await res.json()).toEqual({ items: [], nextCursor: null });

    // Rephrased without the person: the block disappears.
    await text.fill('Longkanker: vroeg ontdekken helpt. Lees meer op thuisarts.nl.');
    await expect.poll(() => verdict.getAttribute('data-verdict')).not.toBe('block');
    expect(await page.getByRole('button', { name: 'Indienen ter beoordeling' }).isDisabled()).toBe(false);
  });
});

describe('crisis mode in the browser', () => {
  it('shows the banner to every member once an editor switches it on', async () => {
    const editor = await logIn(org.users.editor.email);
    const viewer = await logIn(org.users.viewer.email);
    await editor.goto(`${server.url}/crisis`);
    await editor.getByRole('switch').click();
    await editor.getByRole('button', { name: 'Ja, alles stilzetten' }).click();
    await editor.getByTestId('crisis-banner').waitFor();
    await viewer.reload();
    await viewer.getByTestId('crisis-banner').waitFor();
    expect(await viewer.getByTestId('crisis-banner').textContent()).toMatch(/Crisismodus/);
  });
});
