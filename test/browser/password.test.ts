// Changing one's password in Chromium through the user menu: the policy's message at the field
// with focus on it, success, the other device logged out, the new password working; and an
// admin's one-time reset link opened by the person.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const NEW_PASSWORD = 'rivier lamp zonnig 42';

describe('password', () => {
  it('changes the password from the user menu; a common one is refused at the field; other sessions end', async () => {
    const email = org.users.editor.email;
    const otherDevice = await logIn(browser, server.url, email, PASSWORD);
    const page = await logIn(browser, server.url, email, PASSWORD);

    await page.locator('summary').first().click();
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    await page.waitForURL(/\/account\/password/);
    await expect.poll(() => page.title()).toContain('Wachtwoord wijzigen');

    await page.getByLabel('Huidig wachtwoord').fill(PASSWORD);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Welkom2026!!!');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Welkom2026!!!');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();

    const newField = page.getByLabel('Nieuw wachtwoord', { exact: true });
    await expect.poll(() => newField.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe('Nieuw wachtwoord');
    const describedBy = (await newField.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/veelgebruikte wachtwoorden/);

    // Keyboard only from here: type the new password twice and press Enter.
    await newField.fill('');
    await newField.type(NEW_PASSWORD);
    await page.keyboard.press('Tab'); // to "Herhaal het nieuwe wachtwoord"
    await page.keyboard.press('Control+A');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('.notice').getByText('Je wachtwoord is gewijzigd.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/Je wachtwoord is gewijzigd/);

    // This device stays logged in; the other one is sent to the login page.
    await page.goto(`${server.url}/people`);
    await page.getByRole('heading', { name: 'Mensen en rollen', level: 1 }).waitFor();
    await otherDevice.goto(`${server.url}/calendar`);
    await otherDevice.waitForURL(/\/login/);

    const fresh = await logIn(browser, server.url, email, NEW_PASSWORD);
    expect(fresh.url()).toMatch(/\/calendar/);
  });

  it('an admin makes a one-time reset link; the person opens it, sets a password, and a second use says so', async () => {
    const admin = await logIn(browser, server.url, org.users.admin.email, PASSWORD);
    await admin.goto(`${server.url}/people`);
    const viewerName = `viewer ${org.slug.slice(4)}`;
    await admin.getByRole('button', { name: `Wachtwoord-herstellink maken voor ${viewerName}` }).click();
    const linkField = admin.getByLabel(`Herstellink voor ${viewerName}`);
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/reset#/);
    expect(await admin.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');

    const person = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await person.goto(link);
    await person.getByText(org.users.viewer.email).waitFor();
    await person.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn eigen nieuwe zin');
    await person.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn eigen nieuwe zin');
    await person.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await person.getByText('Je nieuwe wachtwoord is opgeslagen.').waitFor();

    const again = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await again.goto(link);
    await again
      .getByRole('alert')
      .getByText(/al gebruikt/)
      .waitFor();
    expect(await again.getByLabel('Nieuw wachtwoord', { exact: true }).count()).toBe(0);

    expect((await logIn(browser, server.url, org.users.viewer.email, 'mijn eigen nieuwe zin')).url()).toMatch(/\/calendar/);
  });

  it('an admin invites an e-mail address; the invitee makes an account through the link and lands in the organisation', async () => {
    const admin = await logIn(browser, server.url, org.users.admin.email, PASSWORD);
    await admin.goto(`${server.url}/people`);
    await admin.getByLabel('E-mailadres', { exact: true }).fill('nieuw.lid@example.nl');
    await admin.getByLabel('Rol', { exact: true }).selectOption('approver');
    await admin.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = await admin.getByLabel('Uitnodigingslink voor nieuw.lid@example.nl').inputValue();
    expect(link).toMatch(/\/invite#/);
    await admin.getByRole('rowheader', { name: 'nieuw.lid@example.nl' }).waitFor(); // in the pending list

    const invitee = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await invitee.goto(link);
    await invitee.getByText(/uitgenodigd voor .* als Beoordelaar/).waitFor();
    await invitee.getByLabel('Je naam').fill('Nieuw Lid');
    await invitee.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lange eigen zin');
    await invitee.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lange eigen zin');
    await invitee.getByRole('button', { name: 'Account maken' }).click();
    await invitee.waitForURL((url) => url.pathname === '/'); // the start page

    await admin.reload();
    await admin.getByRole('rowheader', { name: /Nieuw Lid/ }).waitFor();
    expect(await admin.getByText('nieuw.lid@example.nl').count()).toBe(1); // no longer pending
  });

  it('someone with an account elsewhere logs in from the invitation and comes back to accept it', async () => {
    const other = await buildOrg(server);
    const email = other.users.viewer.email;
    const admin = await logIn(browser, server.url, org.users.admin.email, PASSWORD);
    await admin.goto(`${server.url}/people`);
    await admin.getByLabel('E-mailadres', { exact: true }).fill(email);
    await admin.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = await admin.getByLabel(`Uitnodigingslink voor ${email}`).inputValue();

    const invitee = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await invitee.goto(link);
    await invitee.getByRole('link', { name: 'Inloggen om aan te nemen' }).click();
    await invitee.waitForURL(/\/login/);
    await invitee.getByLabel('E-mailadres').fill(email);
    await invitee.getByLabel('Wachtwoord').fill(PASSWORD);
    await invitee.getByRole('button', { name: 'Inloggen' }).click();
    await invitee.waitForURL(/\/invite#/);
    await invitee.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await invitee.waitForURL((url) => url.pathname === '/'); // the start page

    await admin.reload();
    await admin
      .getByRole('rowheader', { name: /viewer/ })
      .first()
      .waitFor();
    expect(await admin.getByRole('cell', { name: email }).count()).toBe(1);
  });
});
