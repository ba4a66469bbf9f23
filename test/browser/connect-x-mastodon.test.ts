// Connecting X and a Mastodon account in Chromium through their contract servers (simulated:
// test/support/fake-x.ts, fake-mastodon.ts, each serving its consent page): "Koppelen via …", the
// network's page with its button, back through Zorgpost's callback, the channel in the list with
// the account read from the network. Mastodon first registers Zorgpost as an app on the instance
// typed in; X uses the installation's client (PKCE). (Instagram is not walked here: connecting it
// needs a public https PUBLIC_URL, which a loopback test server does not have.)
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { channels } from '../../src/db/schema.ts';
import { launchBrowser, logIn } from '../support/browser.ts';
import { startFakeMastodon } from '../support/fake-mastodon.ts';
import { startFakeX } from '../support/fake-x.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let x: Awaited<ReturnType<typeof startFakeX>>;
let mastodon: Awaited<ReturnType<typeof startFakeMastodon>>;
const saved = { ...process.env };

beforeAll(async () => {
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  // X's app knows one redirect address: this installation's callback.
  x = await startFakeX(`${server.url}/api/oauth/callback`, { loginPage: true });
  mastodon = await startFakeMastodon({ loginPage: true });
  Object.assign(process.env, x.env);
  org = await buildOrg(server);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await x?.stop();
  await mastodon?.stop();
  for (const k of Object.keys(x?.env ?? {})) if (!(k in saved)) delete process.env[k];
});

it('an admin connects X and a Mastodon account through their consent pages; each channel appears connected', async () => {
  const page = await logIn(browser, server.url, org.users.admin.email, PASSWORD);
  const connect = async (type: string, name: string, fill?: () => Promise<void>) => {
    await page.goto(`${server.url}/channels`);
    await page.getByLabel('Type').selectOption({ label: type });
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await fill?.();
    await page.getByRole('button', { name: `Koppelen via ${type}` }).click();
    // The network's own consent page (the contract server), then back through the callback.
    await page.getByRole('button', { name: 'Allow Zorgpost' }).click();
    await page.waitForURL((url) => url.pathname === '/channels' && url.searchParams.has('connected'));
    await page.getByRole('status').filter({ hasText: 'Kanaal gekoppeld.' }).waitFor();
    await page.locator('.channel-list').getByText(name, { exact: true }).waitFor();
  };
  await connect('X', 'X Ziekenhuis');
  await connect('Mastodon', 'Mastodon Ziekenhuis', () => page.getByLabel('Server').fill(mastodon.url));
  await page.context().close();
  expect([...x.unexpected, ...mastodon.unexpected]).toEqual([]);

  const rows = await server.database.db.select().from(channels).where(eq(channels.orgId, org.id));
  expect(rows.find((r) => r.type === 'x')).toMatchObject({ name: 'X Ziekenhuis', settings: { userId: '2244994945', username: 'ziekenhuis' } });
  expect(rows.find((r) => r.type === 'mastodon')).toMatchObject({ name: 'Mastodon Ziekenhuis', settings: { instance: mastodon.url } });
  expect(mastodon.apps.size).toBe(1);
}, 90_000);
