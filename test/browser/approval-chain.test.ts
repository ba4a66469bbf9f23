// In Chromium, issue 10's approval walk: an admin builds a two-step chain on the settings screen
// (editors, then one named approver); an editor returns the post with a comment on a passage
// selected with the keyboard, and the passage shows marked; after both steps approve, the writer
// changes an image's alt text on the post page and the post needs approval again from step 1.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { buildOrg, imageForm, localIn, loginAs, PASSWORD, PNG_1PX, type Client, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let base: string;
let contributor: Client;
let postId: string;
const TEXT = 'Zomermarkt op het grasveld van De Linde, zaterdag vanaf 14 uur.';

type PostBody = {
  status: string;
  approval: { currentStep: number | null; steps: { done: boolean; approvedBy: { id: string }[] }[]; comments: { start: number; end: number; quote: string }[] };
};
const getPost = async (who: Client) => (await (await who.get(`${base}/posts/${postId}`)).json()) as PostBody;
const act = (who: Client, event: string) => who.post(`${base}/posts/${postId}/transitions`, { event });

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  base = `/api/orgs/${org.id}`;
  browser = await launchBrowser();
  contributor = await loginAs(server, org.users.contributor.email);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The status badge of the post page, once it shows the expected status. */
const statusShows = (page: Page, status: string) => page.locator('.facts').getByText(status, { exact: true }).waitFor();

describe('a two-step approval chain in the browser', () => {
  it('an admin sets two steps: the editors, then one named approver', async () => {
    const page = await logIn(browser, server.url, org.users.admin.email, PASSWORD);
    await page.goto(`${server.url}/settings/approvals`);
    await page.getByTestId('chain-default').waitFor();
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    const one = page.getByRole('group', { name: 'Stap 1', exact: true });
    await one.getByRole('checkbox', { name: 'Beoordelaar', exact: true }).uncheck();
    await one.getByRole('checkbox', { name: 'Redacteur', exact: true }).check();
    const two = page.getByRole('group', { name: 'Stap 2', exact: true });
    await two.getByRole('checkbox', { name: 'Beoordelaar', exact: true }).uncheck();
    await two.getByRole('checkbox', { name: new RegExp(`^approver ${org.slug.slice(4)}`) }).check();
    await page.getByRole('button', { name: 'Keten opslaan' }).click();
    await page.getByText('Goedkeuringsketen opgeslagen').waitFor();
    await page.context().close();

    const admin = await loginAs(server, org.users.admin.email);
    const chains = (await (await admin.get(`${base}/approval-chains`)).json()) as { chains: { channelId: string | null; steps: unknown[] }[] };
    expect(chains.chains).toEqual([
      {
        channelId: null,
        steps: [
          { roles: ['editor'], people: [], mode: 'any', includesTime: false },
          { roles: [], people: [org.users.approver.id], mode: 'any', includesTime: false },
        ],
      },
    ]);
  });

  it('an editor returns the post with a comment on a passage selected with the keyboard; the passage shows marked', async () => {
    const upload = await contributor.post(`${base}/media`, imageForm(PNG_1PX, 'Tuin met slingers'));
    const image = (await upload.json()) as { id: string };
    const created = await contributor.post(`${base}/posts`, {
      baseText: TEXT,
      variants: [{ channelId: org.channelId, text: null }],
      mediaIds: [image.id],
      scheduledLocal: localIn(4),
    });
    postId = ((await created.json()) as { id: string }).id;
    expect((await act(contributor, 'submit')).status).toBe(200);

    const page = await logIn(browser, server.url, org.users.editor.email, PASSWORD);
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/posts/${postId}`);
    await page.getByRole('button', { name: 'Wijzigingen vragen' }).click();
    // Keyboard only: into the read-only text, to its start, then Shift+→ over "Zomermarkt".
    const text = page.getByLabel('Tekst: Basistekst');
    await text.focus();
    // Typing changes nothing: the text box shows the post's text, for selecting only.
    await page.keyboard.press('x');
    expect(await text.inputValue()).toBe(TEXT);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 'Zomermarkt'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.getByLabel('Je opmerking').fill('Welk zomerfeest: dat van de bewoners of van de buurt?');
    await page.getByRole('button', { name: 'Opmerking bij selectie' }).click();
    await expect.poll(() => page.getByTestId('pending-comments').textContent()).toContain('Zomermarkt');
    await page.getByLabel('Toelichting voor de schrijver').fill('Zie de opmerking bij de tekst.');
    await page.getByRole('button', { name: 'Terugsturen met toelichting' }).click();
    await statusShows(page, 'Wijzigingen gevraagd');
    const marked = page.locator('.post-body mark');
    await marked.waitFor();
    expect(await marked.evaluate((m) => m.firstChild?.textContent)).toBe('Zomermarkt');
    await page.context().close();

    const stored = await getPost(contributor);
    expect(stored.status).toBe('changes_requested');
    expect(stored.approval.comments).toEqual([expect.objectContaining({ start: 0, end: 10, quote: 'Zomermarkt' })]);
  });

  it('after both steps approve, an alt-text change on the post page sends it back: approval again from step 1', async () => {
    const editor = await loginAs(server, org.users.editor.email);
    const approver = await loginAs(server, org.users.approver.email);
    expect((await act(contributor, 'submit')).status).toBe(200);
    // The named approver cannot take step 1; the editor can.
    expect((await act(approver, 'approve')).status).toBe(403);
    expect((await act(editor, 'approve')).status).toBe(200);
    expect((await getPost(contributor)).status).toBe('in_review');
    expect((await act(approver, 'approve')).status).toBe(200);
    expect((await getPost(contributor)).status).toBe('approved');

    const page = await logIn(browser, server.url, org.users.contributor.email, PASSWORD);
    await page.goto(`${server.url}/posts/${postId}`);
    await statusShows(page, 'Goedgekeurd');
    await page.getByRole('button', { name: 'Alt-tekst wijzigen: Tuin met slingers' }).click();
    await page.getByLabel('Nieuwe alternatieve tekst').fill('Tuin met slingers en een springkussen');
    await page.getByRole('button', { name: 'Alt-tekst opslaan' }).click();
    await statusShows(page, 'Concept');
    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await statusShows(page, 'Ter beoordeling');
    // Step 1 is current again and nobody's earlier approval counts for the new content.
    const progress = page.getByTestId('approval-progress');
    await expect.poll(() => progress.locator('[aria-current="step"]').textContent()).toContain('Stap 1');
    expect(await progress.getByText(/^Goedgekeurd door/).count()).toBe(0);
    await page.context().close();

    const after = await getPost(contributor);
    expect(after.approval.currentStep).toBe(0);
    expect(after.approval.steps.map((s) => s.done)).toEqual([false, false]);
    expect((await act(approver, 'approve')).status).toBe(403);
  });
});
