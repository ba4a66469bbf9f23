// Keyboard use and what axe-core cannot see: focus returns to a sensible element after each
// confirmation (never <body>), the sticky bar never hides a focused field, field borders reach
// 3:1, month days read as dates, the privacy check announces changes, crisis on is announced once,
// and badges wrap with text-only zoom to 200%.
import { DateTime } from 'luxon';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn as logInPage } from '../support/browser.ts';
import { buildPost } from '../support/post-factory.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let admin: Page;
let postId: string;

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? 'none');

// Both posts are planned for tomorrow; the calendar opens on their day (on a Sunday, tomorrow is next week).
const PLANNED = new Date(Date.now() + 86_400_000);
const PLANNED_DAY = DateTime.fromJSDate(PLANNED).setZone('Europe/Amsterdam').toISODate();

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrg(server);
  postId = await buildPost(server.database.db, {
    orgId: org.id,
    channelIds: [org.channelId],
    status: 'scheduled',
    scheduledAt: PLANNED,
    text: 'Wacht op beoordeling: lange tekst over het zomerfeest op het grasveld bij de locatie.',
  });
  await buildPost(server.database.db, { orgId: org.id, channelIds: [org.channelId], status: 'in_review', scheduledAt: PLANNED });
  browser = await launchBrowser();
  admin = await logInPage(browser, server.url, org.users.admin.email, PASSWORD);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('focus after a confirmation (keyboard only)', () => {
  it('goes to the password field after a failed login, with the error announced', async () => {
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mailadres').fill(org.users.admin.email);
    await page.getByLabel('Wachtwoord').fill('wrong password');
    // From the button (pressing Enter in the field keeps focus there anyway).
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('button', { name: 'Inloggen' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.error-box[role="alert"]').waitFor();
    await expect.poll(() => isFocused(page.getByLabel('Wachtwoord'))).toBe(true);
    await page.context().close();
  });

  it('goes back to "Verwijderen" after "Nee", and to the main content after "Ja" removed the row', async () => {
    await admin.goto(`${server.url}/people`);
    const remove = admin.getByRole('button', { name: /^viewer .* verwijderen$/ });
    await remove.focus();
    await admin.keyboard.press('Enter');
    await expect.poll(() => isFocused(admin.getByRole('button', { name: 'Nee', exact: true }))).toBe(true);
    await admin.keyboard.press('Enter');
    await expect.poll(() => isFocused(remove)).toBe(true);

    await admin.keyboard.press('Enter');
    await admin.keyboard.press('Shift+Tab');
    expect(await isFocused(admin.getByRole('button', { name: 'Ja, verwijderen' }))).toBe(true);
    await admin.keyboard.press('Enter');
    await remove.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(admin.locator('#main'))).toBe(true);
  });

  it('goes back to the cancel button after "Nee, terug" on a post', async () => {
    await admin.goto(`${server.url}/posts/${postId}`);
    const cancel = admin.getByRole('button', { name: 'Bericht annuleren' });
    await cancel.focus();
    await admin.keyboard.press('Enter');
    await expect.poll(() => isFocused(admin.getByRole('button', { name: 'Nee, terug' }))).toBe(true);
    await admin.keyboard.press('Enter');
    await expect.poll(() => isFocused(cancel)).toBe(true);
  });

  it('stays on the channel toggle after (de)activating', async () => {
    await admin.goto(`${server.url}/channels`);
    await admin.getByRole('button', { name: 'Website deactiveren' }).focus();
    await admin.keyboard.press('Enter');
    const activate = admin.getByRole('button', { name: 'Website activeren' });
    await activate.waitFor();
    await expect.poll(() => isFocused(activate)).toBe(true);
    await admin.keyboard.press('Enter');
    const deactivate = admin.getByRole('button', { name: 'Website deactiveren' });
    await deactivate.waitFor();
    await expect.poll(() => isFocused(deactivate)).toBe(true);
  });

  it('goes back to the crisis switch after "Nee, terug", "Ja, alles stilzetten" and "Ja, crisismodus uitzetten"', async () => {
    await admin.goto(`${server.url}/crisis`);
    const sw = admin.getByRole('switch');
    await sw.focus();
    await admin.keyboard.press('Enter');
    await admin.getByRole('button', { name: 'Nee, terug' }).focus();
    await admin.keyboard.press('Enter');
    await expect.poll(() => isFocused(sw)).toBe(true);

    await admin.keyboard.press('Enter');
    await admin.getByRole('button', { name: 'Ja, alles stilzetten' }).focus();
    await admin.keyboard.press('Enter');
    await admin.getByTestId('crisis-banner').waitFor();
    await expect.poll(() => isFocused(sw)).toBe(true);
    expect(await sw.getAttribute('aria-checked')).toBe('true');

    // Crisis on is announced once to the person who switched it: the page's status, no alert too.
    await admin.waitForTimeout(300);
    expect(await admin.locator('.live-regions [role="status"]').textContent()).toContain('Crisismodus staat aan');
    const alerts = await admin.locator('[role="alert"]').allTextContents();
    expect(alerts.join('').trim()).toBe('');

    await admin.keyboard.press('Enter');
    await expect.poll(() => isFocused(admin.getByRole('button', { name: 'Nee, terug' }))).toBe(true);
    await admin.keyboard.press('Shift+Tab');
    await admin.keyboard.press('Enter');
    await admin.getByTestId('crisis-banner').waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(sw)).toBe(true);
    expect(await focusedTag(admin)).toBe('BUTTON');
  });
});

describe('what axe cannot see', () => {
  it('field borders reach 3:1 on white and on the page background', async () => {
    await admin.goto(`${server.url}/posts/new`);
    await admin.getByLabel('Tekst', { exact: true }).waitFor();
    const ratios = await admin.evaluate(() => {
      const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => {
          const x = v / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      const field = document.querySelector('main input[type="date"], main input[type="time"], main select, main textarea') as HTMLElement;
      const border = rgb(getComputedStyle(field).borderTopColor);
      return { white: ratio(border, [255, 255, 255]), page: ratio(border, rgb(getComputedStyle(document.body).backgroundColor)) };
    });
    expect(ratios.white).toBeGreaterThanOrEqual(3);
    expect(ratios.page).toBeGreaterThanOrEqual(3);
  });

  it('in the composer: a blocked field is invalid, the count of findings is announced, marks are underlined, the sticky bar hides no focused field', async () => {
    await admin.setViewportSize({ width: 1280, height: 700 });
    await admin.goto(`${server.url}/posts/new`);
    const text = admin.getByLabel('Tekst', { exact: true });
    await text.fill('Mevrouw Jansen uit kamer 12 heeft sinds gisteren longkanker.');
    await expect.poll(() => admin.getByTestId('guard-verdict').getAttribute('data-verdict')).toBe('block');
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    const status = admin.getByTestId('guard-verdict-status');
    await expect.poll(() => status.textContent()).toMatch(/Nu gevonden: \d+ blokkade/);
    const before = await status.textContent();
    // Same verdict, more findings: the live status changes, so the new count is announced.
    await text.fill('Mevrouw Jansen uit kamer 12 heeft sinds gisteren longkanker. Bel haar dochter op 06-12345678.');
    await expect.poll(() => status.textContent()).not.toBe(before);
    expect(await status.textContent()).toMatch(/^Dit bericht kan zo niet weg Nu gevonden: /);
    expect(await admin.getByTestId('guard-verdict').textContent()).not.toMatch(/rood|rode/);
    expect(
      await admin
        .locator('mark.guard-mark-block')
        .first()
        .evaluate((m) => getComputedStyle(m).textDecorationLine),
    ).toBe('underline');

    // The bar is taller with the verdict; a field focused by keyboard is scrolled clear of it.
    const bar = admin.getByTestId('sticky-actions');
    const barHeight = (await bar.boundingBox())!.height;
    expect(barHeight).toBeGreaterThan(80);
    for (const label of ['Alternatieve tekst', 'Datum']) {
      await admin.evaluate(() => window.scrollTo(0, 0));
      const field = admin.getByLabel(label, { exact: true }).first();
      await field.focus();
      const f = (await field.boundingBox())!;
      const b = (await bar.boundingBox())!;
      expect(f.y + f.height, `${label} hidden under the sticky bar`).toBeLessThanOrEqual(b.y);
    }
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('the month view: days in a list, headings read as full dates, today aria-current, no numbered landmarks', async () => {
    await admin.goto(`${server.url}/calendar?view=month`);
    const grid = admin.locator('.month-grid');
    await grid.waitFor();
    expect(await grid.evaluate((g) => g.tagName)).toBe('OL');
    expect(await admin.getByRole('region').count()).toBeLessThan(3);
    const today = DateTime.now().setZone('Europe/Amsterdam').setLocale('nl');
    const todayItem = admin.locator('[aria-current="date"]');
    expect(await todayItem.count()).toBe(1);
    expect(await todayItem.getAttribute('data-testid')).toBe(`day-${today.toISODate()}`);
    await admin.getByRole('heading', { level: 3, name: `${today.toFormat('cccc d LLLL')} · vandaag` }).waitFor();
    // Every day has a heading; none reads as a bare number ("1" for November 1 and December 1).
    expect(await admin.locator('.month-day-heading').count()).toBeGreaterThanOrEqual(28);
    expect(await admin.getByRole('heading', { level: 3, name: /^\s*\d+\s*$/ }).count()).toBe(0);
    await admin
      .getByRole('heading', { level: 3, name: today.startOf('month').toFormat('cccc d LLLL') })
      .first()
      .waitFor();
  });

  it('the user menu is named by the visible name, without the avatar letter', async () => {
    const summary = admin.locator('.user-menu summary');
    expect(await summary.getAttribute('aria-label')).toBeNull();
    expect(await summary.ariaSnapshot()).toBe(`- text: admin ${org.slug.slice(4)} – accountmenu`);
  });

  it('with text-only zoom to 200%, calendar cards wrap their badges instead of clipping them', async () => {
    const cdp = await admin.context().newCDPSession(admin);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    for (const view of ['month', 'week']) {
      await admin.goto(`${server.url}/calendar?view=${view}&date=${PLANNED_DAY}`);
      await admin.locator('.post-item .badge').first().waitFor();
      const clipped = await admin.locator('.post-item .badge').evaluateAll((badges) =>
        badges
          .filter((b) => {
            const card = b.closest('.month-day, .day-column') as HTMLElement;
            const r = b.getBoundingClientRect();
            const c = card.getBoundingClientRect();
            return r.right > c.right + 0.5 || r.left < c.left - 0.5;
          })
          .map((b) => b.textContent),
      );
      expect(clipped, view).toEqual([]);
    }
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  });
});
