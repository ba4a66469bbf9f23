// In Chromium: an approver must confirm every checklist question before a post is approved, and the
// confirmation shows on the post; an admin narrows the audit trail to one person.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../src/domain/default-checklist.ts';
import { launchBrowser, logIn as logInPage } from '../support/browser.ts';
import { buildOrg, loginAs, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let postId: string;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server, { checklist: 'default' });
  browser = await launchBrowser();
  const contributor = await loginAs(server, org.users.contributor.email);
  const created = await contributor.post(`/api/orgs/${org.id}/posts`, { baseText: 'Open dag zaterdag.', variants: [{ channelId: org.channelId, text: null }] });
  postId = ((await created.json()) as { id: string }).id;
  await contributor.post(`/api/orgs/${org.id}/posts/${postId}/transitions`, { event: 'submit' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the checklist at approval and the audit filter', () => {
  it('asks the approver to confirm every question, then approves and shows who confirmed', async () => {
    const page = await logInPage(browser, server.url, org.users.approver.email, PASSWORD);
    await page.goto(`${server.url}/posts/${postId}`);
    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    const form = page.getByRole('group', { name: 'Checklist voor publicatie' });
    await form.waitFor();
    expect(await form.getByRole('checkbox').count()).toBe(DEFAULT_CHECKLIST.length);
    for (const q of DEFAULT_CHECKLIST.slice(0, -1)) await page.getByLabel(q.nl).check();
    await page.getByRole('button', { name: 'Bevestigen en goedkeuren' }).click();
    await page.getByText(`Bevestig eerst: “${DEFAULT_CHECKLIST.at(-1)!.nl}”`).waitFor();
    // Focus goes to the question still open, so a keyboard user is where the work is.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Bevestigen en goedkeuren' }).click();
    await page.getByText('Goedgekeurd', { exact: true }).first().waitFor();
    await page.getByText(/Bevestigd door approver/).waitFor();
    await page.close();
  });

  it('narrows the audit trail to one person', async () => {
    const page = await logInPage(browser, server.url, org.users.admin.email, PASSWORD);
    await page.goto(`${server.url}/audit`);
    const rows = page.getByRole('table').locator('tbody tr');
    await rows.first().waitFor();
    const before = await rows.count();
    await page.getByLabel('Persoon').selectOption({ label: `approver ${org.slug.slice(4)}` });
    await expect.poll(async () => (await rows.allTextContents()).every((r) => r.includes('approver'))).toBe(true);
    expect(await rows.count()).toBeLessThan(before);
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Checklist bevestigd')]));
    expect(page.url()).toContain(`person=${org.users.approver.id}`);
    await page.close();
  });
});
