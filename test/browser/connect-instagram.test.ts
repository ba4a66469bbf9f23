// Connecting an Instagram professional account in Chromium through Meta's login (the contract
// server, test/support/fake-meta.ts) and the page choice on our screen. Instagram is only offered on
// an installation with a public https address (Instagram fetches the images from it), so this test
// runs Zorgpost as https://zorgpost.test: Playwright answers every request to that origin from the
// local test server, cookies and redirects included, so Meta's redirect back reaches our callback.
import type { Browser, Route } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { channels } from '../../src/db/schema.ts';
import { launchBrowser } from '../support/browser.ts';
import { IG_USER, PAGE, startFakeMeta } from '../support/fake-meta.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

const PUBLIC = 'https://zorgpost.test';
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let meta: Awaited<ReturnType<typeof startFakeMeta>>;
const saved = { ...process.env };
/** Requests to the public origin that the local server answered (what the browser really reached). */
const served: string[] = [];

beforeAll(async () => {
  meta = await startFakeMeta();
  Object.assign(process.env, meta.env);
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true', PUBLIC_URL: PUBLIC });
  org = await buildOrg(server);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await meta?.close();
  for (const k of Object.keys(meta?.env ?? {})) if (!(k in saved)) delete process.env[k];
});

// Headers of the browser's hop, not of the request itself; the body is decoded by fetch.
const HOP = new Set(['host', 'connection', 'content-length', 'accept-encoding', 'transfer-encoding', 'keep-alive']);

/** The public origin as a reverse proxy would serve it: the same request to the local server, its answer unchanged. */
async function serveLocally(route: Route) {
  const req = route.request();
  const url = new URL(req.url());
  const body = req.postDataBuffer();
  const headers = Object.fromEntries(Object.entries(await req.allHeaders()).filter(([k]) => !HOP.has(k) && !k.startsWith(':')));
  const res = await fetch(`${server.url}${url.pathname}${url.search}`, {
    method: req.method(),
    headers,
    body: body ? new Uint8Array(body) : undefined,
    redirect: 'manual',
  });
  served.push(`${req.method()} ${url.pathname} ${res.status}`);
  const answer: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    if (!HOP.has(key) && key !== 'content-encoding' && key !== 'set-cookie') answer[key] = value;
  });
  // Playwright takes several cookies as one header, one per line.
  const cookies = res.headers.getSetCookie();
  if (cookies.length) answer['set-cookie'] = cookies.join('\n');
  await route.fulfill({ status: res.status, headers: answer, body: Buffer.from(await res.arrayBuffer()) });
}

it('an admin connects an Instagram account through Meta’s login, choosing the page it is linked to', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  await context.route(`${PUBLIC}/**`, serveLocally);
  const page = await context.newPage();
  await page.goto(`${PUBLIC}/channels`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('E-mailadres').fill(org.users.admin.email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname === '/channels');

  await page.getByLabel('Type').selectOption({ label: 'Instagram' });
  await page.getByLabel('Naam', { exact: true }).fill('Instagram Ziekenhuis Oost');
  await page.getByRole('button', { name: 'Koppelen via Instagram' }).click();
  // Meta's login page (the contract server on loopback), then back to our public callback.
  await page.getByRole('button', { name: 'Allow Zorgpost' }).click();
  await page.waitForURL((url) => url.origin === PUBLIC && url.pathname === '/channels/choose');
  expect(served.some((s) => s.startsWith('GET /api/oauth/callback 302'))).toBe(true);

  // Only the page with a linked Instagram account is offered, by the account's name.
  await page.getByRole('heading', { level: 1, name: 'Kies de pagina voor Instagram' }).waitFor();
  expect(await page.getByRole('radio').count()).toBe(1);
  await page.getByRole('radio', { name: `@${IG_USER.username}` }).check();
  await page.getByRole('button', { name: 'Deze pagina koppelen' }).click();
  await page.waitForURL((url) => url.pathname === '/channels' && url.searchParams.has('connected'));
  await page.getByRole('status').filter({ hasText: 'Kanaal gekoppeld.' }).waitFor();

  const card = page.getByTestId('channel-item').filter({ has: page.getByRole('heading', { name: 'Instagram Ziekenhuis Oost' }) });
  await expect.poll(() => card.getByTestId('channel-connection').textContent()).toBe('Gekoppeld');
  await card.getByText(IG_USER.username, { exact: true }).waitFor();
  await context.close();

  expect(meta.unexpected).toEqual([]);
  const [row] = await server.database.db.select().from(channels).where(eq(channels.orgId, org.id));
  expect(row).toMatchObject({ type: 'instagram', settings: { igUserId: IG_USER.id, username: IG_USER.username, pageId: PAGE.id } });
}, 60_000);
