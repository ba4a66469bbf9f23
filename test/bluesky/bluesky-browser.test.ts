// In Chromium: an admin connects a Bluesky account on the channels page, a post is planned for
// it, the worker sends it at its time, and the post page shows it published with its link.
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/features/publishing/worker';
import { startBlueskyPds, type BlueskyPds, type BlueskyTestAccount } from '../support/bluesky-pds';
import { launchBrowser, logIn as logInPage } from '../support/browser';
import { postRow } from '../support/post-factory';
import { buildOrg, loginAs, PASSWORD, type TestOrg } from '../support/test-app';
import { startTestServer } from '../support/test-server';

let pds: BlueskyPds;
let account: BlueskyTestAccount;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;

const logIn = (email: string) => logInPage(browser, server.url, email, PASSWORD);

beforeAll(async () => {
  pds = await startBlueskyPds();
  account = await pds.createAccount('huisarts');
  // The test PDS listens on 127.0.0.1: a private target, allowed only by this setting.
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(server);
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await pds?.stop();
});

describe('Bluesky in the app', () => {
  it('connects an account on the channels page and shows the sent post with its link', async () => {
    const page = await logIn(org.users.admin.email);
    await page.goto(`${server.url}/channels`);
    await page.getByLabel('Type').selectOption('bluesky');
    await page.getByLabel('Naam', { exact: true }).fill('Bluesky praktijk');
    await page.getByLabel(/Gebruikersnaam of e-mailadres/).fill(account.handle);
    await page.getByLabel(/App-wachtwoord/).fill('fout-fout-fout-fout');
    await page.getByLabel(/Server/).fill(pds.url);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page
      .getByText(/Koppelen is niet gelukt/)
      .first()
      .waitFor();

    await page.getByLabel(/App-wachtwoord/).fill(account.appPassword);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Kanaal Bluesky praktijk is toegevoegd.').first().waitFor();
    await page.getByText(account.handle).first().waitFor();

    // A post for the new channel, approved and planned a few seconds ahead (through the API).
    const api = await loginAs(server, org.users.editor.email);
    const contributor = await loginAs(server, org.users.contributor.email);
    const base = `/api/orgs/${org.id}`;
    const channels = (await (await api.get(`${base}/channels`)).json()) as { id: string; type: string }[];
    const bluesky = channels.find((c) => c.type === 'bluesky')!;
    const created = (await (
      await contributor.post(`${base}/posts`, {
        baseText: 'Vanaf maandag is de praktijk ook op woensdagavond open. #Huisarts',
        variants: [{ channelId: bluesky.id, text: null }],
      })
    ).json()) as { id: string };
    await contributor.post(`${base}/posts/${created.id}/transitions`, { event: 'submit' });
    await api.post(`${base}/posts/${created.id}/transitions`, { event: 'approve' });
    await server.database.db.execute(sql`UPDATE posts SET scheduled_at = now() + interval '2 seconds' WHERE id = ${created.id}`);
    expect((await api.post(`${base}/posts/${created.id}/transitions`, { event: 'schedule' })).status).toBe(200);

    const worker = await startWorker(server.database, { mediaDir: server.deps.mediaDir, secrets: server.deps.secrets, net: server.deps.net });
    try {
      await expect.poll(async () => (await postRow(server.database.db, created.id)).status, { timeout: 30_000, interval: 300 }).toBe('published');
    } finally {
      await worker.stop();
    }
    await page.goto(`${server.url}/posts/${created.id}`);
    await page.getByText('Gepubliceerd').first().waitFor();
    const link = page.locator(`a[href*="${account.handle}"]`).first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/\/post\/[a-z2-7]{13}$/);
  });
});
