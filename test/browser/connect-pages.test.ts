// Connecting a Facebook Page and a LinkedIn organisation page in Chromium through their contract
// servers (simulated: test/support/fake-meta.ts, fake-linkedin.ts): "Koppelen via …", the
// network's login page, back to Zorgpost, the page chosen on our screen, the channel in the list;
// after a revoked grant the same channel is reconnected in place.
// Then the engine sends a scheduled post with an image and its alt text to the new Facebook
// channel exactly once.
import type { Browser } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { channels, media, postMedia } from '../../src/db/schema.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts.ts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post.ts';
import { launchBrowser, logIn } from '../support/browser.ts';
import { startFakeLinkedIn } from '../support/fake-linkedin.ts';
import { PAGE, startFakeMeta } from '../support/fake-meta.ts';
import { buildPost, postRow } from '../support/post-factory.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let meta: Awaited<ReturnType<typeof startFakeMeta>>;
let li: Awaited<ReturnType<typeof startFakeLinkedIn>>;
const saved = { ...process.env };

beforeAll(async () => {
  meta = await startFakeMeta();
  li = await startFakeLinkedIn();
  // The installation's app ids and the networks' addresses (here: the contract servers).
  Object.assign(process.env, meta.env, li.env);
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(server);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await meta?.close();
  await li?.close();
  for (const k of Object.keys({ ...meta.env, ...li.env })) if (!(k in saved)) delete process.env[k];
});

it('an admin connects a Facebook Page and a LinkedIn page through their login pages, choosing the page in Zorgpost', async () => {
  const page = await logIn(browser, server.url, org.users.admin.email, PASSWORD);
  // A stuck step fails with its own call log, well inside the test's time.
  page.setDefaultTimeout(30_000);
  // Back from the network's login page: on our page choice, or a failed connect named in the failure.
  const backOnChoice = async () => {
    await page.waitForURL((url) => url.pathname === '/channels/choose' || url.searchParams.has('oauth_error'));
    expect(new URL(page.url()).searchParams.get('oauth_error')).toBeNull();
  };
  const connect = async (type: string, name: string, pageName: string) => {
    await page.goto(`${server.url}/channels`);
    await page.getByLabel('Type').selectOption({ label: type });
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByRole('button', { name: `Koppelen via ${type}` }).click();
    // The network's own page (the contract server), then back to Zorgpost.
    await page.getByRole('button', { name: 'Allow Zorgpost' }).click();
    await backOnChoice();
    await page.getByRole('heading', { level: 1, name: `Kies de pagina voor ${type}` }).waitFor();
    await page.getByRole('radio', { name: pageName }).check();
    await page.getByRole('button', { name: 'Deze pagina koppelen' }).click();
    await page.waitForURL((url) => url.pathname === '/channels' && url.searchParams.has('connected'));
    await page.getByRole('status').filter({ hasText: 'Kanaal gekoppeld.' }).waitFor();
    await page.locator('.channel-list').getByText(name, { exact: true }).waitFor();
  };
  await connect('Facebook-pagina', 'Facebook Ziekenhuis Oost', PAGE.name);
  await connect('LinkedIn-pagina', 'LinkedIn Zorggroep', 'Zorggroep Noord');
  expect([...meta.unexpected, ...li.unexpected]).toEqual([]);

  const rows = await server.database.db.select().from(channels).where(eq(channels.orgId, org.id));
  const fb = rows.find((r) => r.type === 'facebook')!;
  expect(fb.settings).toMatchObject({ pageId: PAGE.id });

  // Meta revoked the grant: the channel says so and is reconnected in place through the login page.
  await server.database.db.update(channels).set({ lastError: 'system:failure:grant_revoked:facebook:Facebook Ziekenhuis Oost' }).where(eq(channels.id, fb.id));
  await page.goto(`${server.url}/channels`);
  await page.getByText('Koppel het account opnieuw: je logt dan opnieuw in bij het netwerk').waitFor();
  await page.getByRole('button', { name: 'Facebook Ziekenhuis Oost opnieuw koppelen via de inlogpagina van Facebook-pagina' }).click();
  await page.getByRole('button', { name: 'Allow Zorgpost' }).click();
  await backOnChoice();
  await page.getByRole('radio', { name: PAGE.name }).check();
  await page.getByRole('button', { name: 'Deze pagina koppelen' }).click();
  await page.waitForURL((url) => url.pathname === '/channels' && url.searchParams.get('connected') === fb.id);
  expect((await server.database.db.select().from(channels).where(eq(channels.orgId, org.id))).length).toBe(rows.length);
  expect((await server.database.db.select().from(channels).where(eq(channels.id, fb.id)))[0]!.lastError).toBeNull();
  await page.context().close();
  expect(rows.find((r) => r.type === 'linkedin')!.settings).toMatchObject({ organizationUrn: 'urn:li:organization:2414183' });

  // A scheduled post with an image and its alt text goes out once on the new channel.
  const storageKey = 'ingang.jpg';
  await mkdir(server.deps.mediaDir, { recursive: true });
  await writeFile(path.join(server.deps.mediaDir, storageKey), Buffer.from('jpeg'));
  const [m] = await server.database.db
    .insert(media)
    .values({ orgId: org.id, fileName: storageKey, mimeType: 'image/jpeg', sizeBytes: 4, altText: 'De nieuwe ingang aan de parkzijde', storageKey })
    .returning();
  const postId = await buildPost(server.database.db, { orgId: org.id, channelIds: [fb.id], text: 'De nieuwe ingang is open.' });
  await server.database.db.insert(postMedia).values({ orgId: org.id, postId, mediaId: m!.id, position: 0 });
  const scope = systemScope(server.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
  for (const claim of (await claimDuePosts(server.database.db, 'w', 100)).filter((c) => c.id === postId))
    await publishClaimedPost(scope, claim.id, { worker: 'w', mediaDir: server.deps.mediaDir, secrets: server.deps.secrets, net: server.deps.net });
  expect((await postRow(server.database.db, postId)).status).toBe('published');
  expect([...meta.state.photos.values()].filter((p) => p.altText === 'De nieuwe ingang aan de parkzijde')).toHaveLength(1);
  expect(meta.unexpected).toEqual([]);
}, 90_000);
