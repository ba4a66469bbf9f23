// An admin reads the audit trail in the browser: chain status, translated actions (unknown ones
// as their code), and paging to older events; other roles do not get the link.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/features/audit/record-audit.ts';
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
  const db = server.database.db;
  await recordAudit(db, { orgId: org.id, actorId: org.users.admin.id, action: 'something.new', detail: {} });
  for (let i = 0; i < 55; i++)
    await recordAudit(db, { orgId: org.id, actorId: org.users.approver.id, action: 'post.approved', detail: { postId: crypto.randomUUID() } });
  await recordAudit(db, { orgId: org.id, actorId: null, action: 'auth.login_failed', detail: {} });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the audit trail page', () => {
  it('shows an admin the intact chain, labelled events and older pages', async () => {
    const page = await logIn(org.users.admin.email);
    await page.goto(`${server.url}/calendar`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Audittrail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'De keten is intact: 58 gebeurtenissen gecontroleerd.' }).waitFor();

    const table = page.getByRole('table', { name: /Gebeurtenissen, nieuwste eerst \(pagina 1\)/ });
    await table.waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(50);
    // Newest first: the admin's own login to this page, then the seeded events.
    expect(await rows.first().textContent()).toContain('Aangemeld');
    expect(await rows.nth(1).textContent()).toContain('Mislukte aanmelding');
    expect(await rows.nth(2).textContent()).toContain('Bericht goedgekeurd');

    await page.getByRole('button', { name: 'Oudere gebeurtenissen' }).click();
    await page.getByRole('table', { name: /pagina 2/ }).waitFor();
    // The caption can name page 2 while the previous rows still show, until the page has loaded.
    await expect.poll(() => rows.count()).toBe(8);
    // An action this page has no label for yet shows as its code.
    expect(await rows.last().textContent()).toContain('something.new');
    expect(await page.getByRole('button', { name: 'Oudere gebeurtenissen' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Nieuwere gebeurtenissen' }).click();
    await page.getByRole('table', { name: /pagina 1/ }).waitFor();

    await page.getByLabel('Toon').selectOption({ label: 'Aanmelden en wachtwoorden' });
    await expect.poll(() => rows.count()).toBe(2);
  });

  it('is not offered to an editor', async () => {
    const page = await logIn(org.users.editor.email);
    await page.goto(`${server.url}/calendar`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await page.getByRole('link', { name: 'Audittrail' }).count()).toBe(0);
    await page.goto(`${server.url}/audit`);
    await page.getByText('Alleen beheerders kunnen de audittrail inzien.').waitFor();
  });
});
