// Curation in Chromium, end to end: an RSS item of a trusted source (served by a local web server,
// fetched by the engine) appears on the reading list; "Maak een concept" opens the composer with
// the cursor in the empty first paragraph, the editor's words go first, and the saved draft ends
// with the title, the link and "Bron: Thuisarts"; back on the reading list the item links to it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source, SourceList } from '../../src/contracts/curation.ts';
import { launchBrowser, logIn } from '../support/browser.ts';
import { startFeedServer } from '../support/feed-server.ts';
import { buildOrg, loginAs, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let feeds: Awaited<ReturnType<typeof startFeedServer>>;
let browser: Browser;
let org: TestOrg;

beforeAll(async () => {
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  feeds = await startFeedServer({
    '/thuisarts.xml': {
      kind: 'rss',
      title: 'Thuisarts nieuws',
      conditional: true,
      entries: [
        {
          id: 'ta-griep',
          title: 'Griepprik: wie krijgt een uitnodiging?',
          link: 'https://www.thuisarts.nl/griepprik',
          summary: 'Bent u 60 jaar of ouder? Dan krijgt u een uitnodiging.',
          published: new Date(Date.now() - 3_600_000),
        },
      ],
    },
  });
  org = await buildOrg(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await feeds?.stop();
  await server?.close();
});

describe('the reading list', () => {
  it('turns an RSS item into a draft with the editor’s words first and the attribution', async () => {
    // The admin points the seeded Thuisarts source at the local feed and has it fetched now.
    const admin = await loginAs(server, org.users.admin.email);
    const list = (await (await admin.get(`/api/orgs/${org.id}/sources`)).json()) as SourceList;
    const thuisarts = list.items.find((s) => s.name === 'Thuisarts')!;
    await admin.patch(`/api/orgs/${org.id}/sources/${thuisarts.id}`, { feedUrl: feeds.url('/thuisarts.xml') });
    const fetched = (await (await admin.post(`/api/orgs/${org.id}/sources/${thuisarts.id}/fetch`)).json()) as Source;
    expect(fetched.status).toBe('ok');

    const page = await logIn(browser, server.url, org.users.contributor.email, PASSWORD);
    await page.getByRole('link', { name: 'Leeslijst' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Leeslijst' }).waitFor();
    const item = page.getByTestId('reading-item').filter({ hasText: 'Griepprik: wie krijgt een uitnodiging?' });
    await item.getByText('Thuisarts', { exact: false }).first().waitFor();
    await item.getByRole('button', { name: /^Maak een concept/ }).click();

    // The composer: the cursor waits in the empty first paragraph.
    await page.waitForURL(/\/posts\/[^/]+\/edit\?focus=start/);
    const text = page.getByLabel('Tekst', { exact: true });
    await text.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.type('Griepprik gehad? Lees wie er dit jaar een krijgt.');
    expect(await text.inputValue()).toBe(
      'Griepprik gehad? Lees wie er dit jaar een krijgt.\n\nGriepprik: wie krijgt een uitnodiging?\nhttps://www.thuisarts.nl/griepprik\n\nBron: Thuisarts',
    );
    const postId = new URL(page.url()).pathname.split('/')[2]!;
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/posts/${postId}`));
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    expect((await saved).status()).toBe(200);
    const post = (await (await admin.get(`/api/orgs/${org.id}/posts/${postId}`)).json()) as { baseText: string; status: string };
    expect(post).toMatchObject({ status: 'draft', baseText: expect.stringMatching(/^Griepprik gehad\?.*\n\nBron: Thuisarts$/s) });

    // Back on the reading list the item says a draft was made, and links to it.
    await page.getByRole('link', { name: 'Leeslijst' }).first().click();
    const done = page.getByTestId('reading-item').filter({ hasText: 'Griepprik: wie krijgt een uitnodiging?' });
    const link = done.getByRole('link', { name: 'Concept bekijken' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/posts/${postId}`);
    expect(await done.getByRole('button', { name: /^Maak een concept/ }).count()).toBe(0);
  });
});
