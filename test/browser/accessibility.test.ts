// WCAG 2.0/2.1/2.2 A and AA: axe-core run in real Chromium on every screen and important state
// (logged out, an admin's pages, the composer's Instagram crop preview with an image outside 4:5–1.91:1, connecting a Facebook Page, the home page and a section's full list, each other role's calendar and a post in review
// open, 375 px wide, a data-protection request that finds a former staff member, a channel the inbox cannot read (on the inbox and the channels screen), the trusted sources and the reading list, a campaign's overview, the question hours and an hour's queue, with the notice of which announcements name a new host). Any violation fails, with its rule id and the elements it found.
// One browser, one server and one login for speed (a fresh tab per test); new screens are added to SCREENS below.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import {
  campaigns,
  campaignTasks,
  channels,
  consentPeople,
  consents,
  inboxPollState,
  inboxReplies,
  media,
  notifications,
  organisationLogos,
  postEvents,
  postMedia,
  posts,
  postVariants,
  qaHours,
  sourceItems,
  takedowns,
  trustedSources,
  users,
} from '../../src/db/schema.ts';
import { recordAudit } from '../../src/features/audit/record-audit.ts';
import { seedDefaultSources } from '../../src/features/curation/seed-sources.ts';
import { buildPost } from '../support/post-factory.ts';
import { buildChannel, buildPublished, snapshot } from '../support/metrics-factory.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { seedListening } from '../support/listening-factory.ts';
import { seedDefaultTemplates } from '../../src/features/inbox/templates.ts';
import { buildOrg, PASSWORD, PNG_1PX, type TestOrg } from '../support/test-app.ts';
import { startFakeMeta } from '../support/fake-meta.ts';
import { startTestServer } from '../support/test-server.ts';

const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** A day (UTC date) two days ahead, among the seeded posts (tomorrow to in three days): the calendar opens there,
 *  so the posts are in view also on the last day of a month or a week. */
const postsDay = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let admin: Page;
let postId: string;
let reviewId: string;
let returnedId: string;

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Runs axe on the page as it is now: its violations, and how many rules passed (a sanity check). */
async function axe(page: Page): Promise<{ violations: Violation[]; passed: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a script, without types here
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v: { id: string; impact: string | null; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
      passed: result.passes.length as number,
    };
  }, TAGS);
}

function describeViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`).join('\n');
}

/** Every screen state checked, with its violations, for the summary printed at the end. */
const found: Record<string, Violation[]> = {};

async function check(page: Page, screen: string) {
  const { violations, passed } = await axe(page);
  found[screen] = violations;
  // An empty list means something only if axe really looked at a rendered screen.
  expect(passed, `${screen}: axe checked too little`).toBeGreaterThan(10);
  expect.soft(violations, `${screen}:\n${describeViolations(violations)}`).toEqual([]);
}

/**
 * Goes to a screen and waits until its heading is there and nothing is loading any more. Within
 * the app it navigates client-side (as a click on a link does), so the page, and axe injected into
 * it, stay loaded: much faster than a reload per screen.
 */
async function open(page: Page, url: string, heading: string, ready?: string) {
  if (page.url().startsWith(server.url) && !page.url().includes('/login')) {
    await page.evaluate((to) => {
      history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, url);
    await page.waitForURL(`${server.url}${url}`);
  } else await page.goto(`${server.url}${url}`);
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  if (ready) await page.locator(ready).first().waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

/** A fresh context that lets the test inject axe despite the app's Content-Security-Policy. */
async function newPage(): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', bypassCSP: true })).newPage();
}

async function logIn(email: string): Promise<Page> {
  const page = await newPage();
  // Asking for the calendar first: the login page returns there (a plain login starts at home).
  await page.goto(`${server.url}/calendar`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/calendar/);
  return page;
}

beforeAll(async () => {
  // Private targets allowed: the Facebook contract server of the connect screens listens on loopback.
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(server);
  const db = server.database.db;
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000);
  postId = await buildPost(db, { orgId: org.id, channelIds: [org.channelId], status: 'scheduled', scheduledAt: inDays(1) });
  await buildPost(db, {
    orgId: org.id,
    channelIds: [org.channelId],
    status: 'draft',
    scheduledAt: inDays(2),
    text: 'Nieuwe activiteitenbegeleider begint maandag.',
  });
  reviewId = await buildPost(db, {
    orgId: org.id,
    channelIds: [org.channelId],
    status: 'in_review',
    scheduledAt: inDays(1),
    text: 'Zomerfeest in de tuin, iedereen welkom.',
  });
  // Made in review directly (not submitted): it waits on the default chain's one step, as a submission would set.
  await db
    .update(posts)
    .set({ waitingFor: [org.users.approver.id, org.users.editor.id, org.users.admin.id] })
    .where(eq(posts.id, reviewId));
  // Returned with a comment: the composer shows it at the top.
  returnedId = await buildPost(db, { orgId: org.id, channelIds: [org.channelId], status: 'changes_requested', scheduledAt: inDays(3), text: 'Open dag' });
  await db.insert(postEvents).values({
    orgId: org.id,
    postId: returnedId,
    actorId: org.users.approver.id,
    action: 'request_changes',
    fromStatus: 'in_review',
    toStatus: 'changes_requested',
    reason: 'Noem ook de tijden.',
  });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  const summary = Object.entries(found)
    .filter(([, v]) => v.length > 0)
    .map(([screen, v]) => `${screen}:\n${describeViolations(v)}`);
  if (summary.length) console.log(`axe violations:\n${summary.join('\n')}`);
  await browser?.close();
  await server?.close();
});

describe('axe-core finds no WCAG A/AA violation', () => {
  // Each test gets a fresh tab with the same login: a tab that stalls on a busy machine, or is left
  // with a dialog open, stays one test's failure instead of every later test's.
  beforeEach(async () => {
    if (!admin) return;
    const stale = admin;
    admin = await stale.context().newPage();
    await stale.close();
  });

  it('on the login page, logged out', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await check(page, 'login');
    // With the error of a failed login showing.
    await page.getByLabel('E-mailadres').fill(org.users.admin.email);
    await page.getByLabel('Wachtwoord').fill('not the password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: /./ }).first().waitFor();
    await check(page, 'login (failed)');
    await page.context().close();
  });

  it('on the calendar: month, week and list', async () => {
    admin = await logIn(org.users.admin.email);
    for (const view of ['month', 'week', 'list']) {
      await open(admin, `/calendar?view=${view}`, 'Kalender', `[data-testid="${view}-view"]`);
      await check(admin, `calendar ${view}`);
    }
  });

  it('on the composer, empty and with privacy findings', async () => {
    await open(admin, '/posts/new', 'Nieuw bericht', 'textarea');
    await check(admin, 'composer (empty)');
    await admin.getByLabel('Tekst', { exact: true }).fill('Mevrouw Jansen uit kamer 12 heeft sinds gisteren longkanker.');
    await expect.poll(() => admin.getByTestId('guard-verdict').getAttribute('data-verdict')).toBe('block');
    await check(admin, 'composer (privacy findings)');
  });

  it('on a post, the people, channels, privacy settings, queues, audit and password pages', async () => {
    const screens: [string, string, string][] = [
      [`/posts/${postId}`, 'post detail', 'Bericht'],
      ['/people', 'people', 'Mensen en rollen'],
      ['/channels', 'channels', 'Kanalen'],
      ['/settings/privacy', 'privacy settings', 'Privacyregels'],
      ['/queues', 'queues', 'Wachtrijen'],
      ['/audit', 'audit', 'Audittrail'],
      ['/settings/checklist', 'checklist settings', 'Checklist voor publicatie'],
      ['/settings/approvals', 'approval chain settings', 'Goedkeuringsketen'],
      ['/privacy-request', 'data-protection request', 'Inzage- of verwijderverzoek'],
      ['/account/password', 'change password', 'Wachtwoord wijzigen'],
    ];
    for (const [url, name, heading] of screens) {
      await open(admin, url, heading);
      await check(admin, name);
    }
  });

  it('on a data-protection request that finds a former staff member, with the erasure explained', async () => {
    // Removed from the organisation; their account is named in its audit trail.
    const [former] = await server.database.db.insert(users).values({ email: 'oud-a11y@example.nl', name: 'Oud Collega A11y', passwordHash: 'x' }).returning();
    await recordAudit(server.database.db, {
      orgId: org.id,
      actorId: org.users.admin.id,
      action: 'member.removed',
      detail: { userId: former!.id, role: 'editor' },
    });
    await open(admin, '/privacy-request', 'Inzage- of verwijderverzoek');
    await admin.getByLabel('Naam of e-mailadres').fill('Oud Collega A11y');
    await admin.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await admin.getByText('Oud-medewerker', { exact: true }).waitFor();
    await admin.getByRole('button', { name: 'Wissen wat gewist mag worden' }).click();
    await admin.getByText(/^oud-medewerkers:/).waitFor();
    await check(admin, 'data-protection request (former staff member, erasure explained)');
  });

  it('on the people page with the organisation logo shown, at 375 px', async () => {
    await server.database.db.insert(organisationLogos).values({ orgId: org.id, mimeType: 'image/png', bytes: PNG_1PX });
    await admin.setViewportSize({ width: 375, height: 800 });
    await open(admin, '/people', 'Mensen en rollen', 'img.org-logo-preview');
    await check(admin, 'people (logo shown, 375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
    await server.database.db.delete(organisationLogos).where(eq(organisationLogos.orgId, org.id));
  });

  it('on the inbox: a crisis conversation open with its answer form, the shortcut help, at 375 px, and its settings (also refused and at 375 px)', async () => {
    const db = server.database.db;
    // A Mastodon channel (nothing reads it here: the test server runs no worker) so the answer form shows.
    const [mastodon] = await db
      .insert(channels)
      .values({ orgId: org.id, type: 'mastodon', name: 'Mastodon', slug: 'mastodon-a11y', settings: { instance: 'https://mastodon.example' } })
      .returning();
    await seedDefaultTemplates(db, org.id);
    await buildItem(server, org.id, mastodon!.id, { text: 'Wanneer is het bezoekuur?', minutesAgo: 30 });
    // Marked a crisis by a person, so the line saying who changed the category is checked too.
    const itemId = await buildItem(server, org.id, mastodon!.id, {
      text: 'Ik zie het allemaal niet meer zitten.',
      category: 'crisis',
      urgent: true,
      categorySetBy: org.users.admin.id,
      categorySetAt: new Date('2026-11-28T23:30:00Z'),
    });
    await open(admin, `/inbox/${itemId}`, 'Inbox', '[data-testid="inbox-conversation"]');
    // In the organisation's zone (Amsterdam: already the 29th at 00:30).
    expect(await admin.getByTestId('inbox-category-set').textContent()).toMatch(/^Categorie aangepast door admin \S+ · 29 .*00:30/);
    await check(admin, 'inbox (crisis conversation)');
    await admin.keyboard.press('?');
    await admin.getByRole('dialog').waitFor();
    await check(admin, 'inbox (shortcut help)');
    await admin.keyboard.press('Escape');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'inbox (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
    await open(admin, '/inbox/response-times', 'Reactietijden', 'input[type="number"]');
    await check(admin, 'response times');
    await open(admin, '/inbox/settings', 'Inbox-instellingen', 'input[type="time"]');
    await check(admin, 'inbox settings');
    await admin.getByLabel('Eindtijd op vrijdag').fill('08:00');
    await admin.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await admin.locator('.error-box').waitFor();
    await check(admin, 'inbox settings (a day ending before it starts)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'inbox settings (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
    // The duty rota: who is on duty now (the admins: nobody on the rota), a slot ending before it starts, 375 px.
    await open(admin, '/inbox/settings/duty', 'Dienstrooster van de inbox', '[data-testid="duty-now"]');
    await admin.getByRole('button', { name: 'Dienst toevoegen' }).click();
    await admin.getByLabel('Tot', { exact: true }).first().fill('08:00');
    await check(admin, 'inbox duty rota (a slot being added)');
    await admin.getByRole('button', { name: 'Rooster opslaan' }).click();
    await admin.locator('.error-box').waitFor();
    await check(admin, 'inbox duty rota (a slot ending before it starts)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'inbox duty rota (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('on the inbox when a channel cannot be read (the notice, a direct message with a file and an answer refused past 24 hours, 375 px) and the channels screen saying why', async () => {
    const db = server.database.db;
    // A Facebook Page connected before the inbox permissions were asked, as the poll leaves it.
    const [page] = await db
      .insert(channels)
      .values({ orgId: org.id, type: 'facebook', name: 'Facebook oud', slug: 'facebook-a11y', settings: { pageId: '1001', pageName: 'Ziekenhuis Oost' } })
      .returning();
    await db
      .insert(inboxPollState)
      .values({ channelId: page!.id, orgId: org.id, readingBlocked: 'permissions', lastError: 'Facebook: the connection lacks the inbox permissions' });
    const itemId = await buildItem(server, org.id, page!.id, {
      kind: 'message',
      threadKey: 't_1',
      text: 'Hier is de foto van mijn verwijzing',
      attachments: 1,
      minutesAgo: 25 * 60,
    });
    await db
      .insert(inboxReplies)
      .values({ orgId: org.id, itemId, text: 'Dank u, we bellen u morgen.', private: true, status: 'failed', failure: 'system:message_window_closed' });
    try {
      await open(admin, `/inbox/${itemId}`, 'Inbox', '[data-testid="inbox-reading-notice"]');
      const notice = admin.getByTestId('inbox-reading-notice');
      await expect.poll(() => notice.textContent()).toContain('Facebook oud');
      expect(await notice.getByRole('link').getAttribute('href')).toBe('/channels');
      await expect.poll(() => admin.getByTestId('inbox-conversation').textContent()).toContain('[bijlage]');
      expect(await admin.getByTestId('inbox-reply-window').textContent()).toContain('24 uur');
      await check(admin, 'inbox (a channel not read, a direct message answered too late)');
      await admin.setViewportSize({ width: 375, height: 800 });
      await check(admin, 'inbox (a channel not read, 375 px)');
      await admin.setViewportSize({ width: 1280, height: 900 });
      await notice.getByRole('link').click();
      await admin.getByRole('heading', { level: 1, name: 'Kanalen', exact: true }).waitFor();
      const row = admin.getByTestId('channel-reading-blocked');
      await expect
        .poll(() => row.textContent())
        .toContain('Deze koppeling mag nog geen reacties en berichten lezen. Koppel het kanaal opnieuw om de inbox te vullen; publiceren gaat gewoon door.');
      await check(admin, 'channels (a channel the inbox cannot read)');
      await admin.setViewportSize({ width: 375, height: 800 });
      await check(admin, 'channels (a channel the inbox cannot read, 375 px)');
    } finally {
      await admin.setViewportSize({ width: 1280, height: 900 });
      // Gone again (with its item and poll state): the later screens show the organisation as before.
      await db.delete(channels).where(eq(channels.id, page!.id));
    }
  });

  it('on the inbox: a Facebook comment with the public/private choice, one whose private answer is used, and a message in the human agent window', async () => {
    const db = server.database.db;
    const [page] = await db
      .insert(channels)
      .values({
        orgId: org.id,
        type: 'facebook',
        name: 'Facebook Oost',
        slug: 'facebook-a11y-answers',
        settings: { pageId: '1001', pageName: 'Ziekenhuis Oost' },
      })
      .returning();
    const comment = await buildItem(server, org.id, page!.id, {
      kind: 'comment',
      threadKey: '1001_1',
      parentExternalId: '1001_1',
      text: 'Wanneer is de uitslag er?',
    });
    const used = await buildItem(server, org.id, page!.id, { kind: 'comment', threadKey: '1001_1', parentExternalId: '1001_1', text: 'Mag ik bellen?' });
    await db.insert(inboxReplies).values({ orgId: org.id, itemId: used, text: 'We sturen u een bericht.', private: true, status: 'sent' });
    const message = await buildItem(server, org.id, page!.id, { kind: 'message', threadKey: 't_2', text: 'Kunt u mij terugbellen?', minutesAgo: 3 * 24 * 60 });
    // The human agent's window needs a Meta app (no call is made: the screen only reads).
    const before = { META_APP_ID: process.env.META_APP_ID, META_APP_SECRET: process.env.META_APP_SECRET };
    Object.assign(process.env, {
      META_HUMAN_AGENT: '1',
      META_APP_ID: before.META_APP_ID ?? 'app-a11y',
      META_APP_SECRET: before.META_APP_SECRET ?? 'secret-a11y',
    });
    try {
      await open(admin, `/inbox/${comment}`, 'Inbox', '[data-testid="inbox-conversation"] fieldset');
      await check(admin, 'inbox (a comment: answer publicly or privately)');
      await open(admin, `/inbox/${used}`, 'Inbox', '[data-testid="inbox-private-unavailable"]');
      await check(admin, 'inbox (a comment whose private answer is used)');
      await open(admin, `/inbox/${message}`, 'Inbox', '[data-testid="inbox-message-window"]');
      expect(await admin.getByTestId('inbox-message-window').textContent()).toContain('HUMAN_AGENT');
      await admin.setViewportSize({ width: 375, height: 800 });
      await check(admin, 'inbox (a message in the human agent window, 375 px)');
    } finally {
      delete process.env.META_HUMAN_AGENT;
      for (const [k, v] of Object.entries(before)) if (v === undefined) delete process.env[k];
      await admin.setViewportSize({ width: 1280, height: 900 });
      await db.delete(channels).where(eq(channels.id, page!.id));
    }
  });

  it('with an invitation link and a password-reset link made, and the pages those links open (logged out)', async () => {
    await open(admin, '/people', 'Mensen en rollen');
    await admin.getByLabel('E-mailadres').fill('nieuw@example.nl');
    await admin.getByRole('button', { name: 'Uitnodigen' }).click();
    const inviteLink = admin.getByLabel('Uitnodigingslink voor nieuw@example.nl');
    await inviteLink.waitFor();
    await check(admin, 'people (invitation link)');
    const inviteUrl = await inviteLink.inputValue();
    await admin.getByRole('button', { name: /^Wachtwoord-herstellink maken voor viewer/ }).click();
    const resetLink = admin.getByLabel(/^Herstellink voor viewer/);
    await resetLink.waitFor();
    const resetUrl = await resetLink.inputValue();
    await check(admin, 'people (reset link)');

    const page = await newPage();
    for (const [url, name] of [
      [inviteUrl, 'invitation page'],
      [resetUrl, 'reset password page'],
      [`${server.url}/reset`, 'reset password page (no link)'],
    ] as const) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      await check(page, name);
    }
    await page.context().close();
  });

  it("on a contributor's, editor's and approver's calendar and a post in review (each sees other actions)", async () => {
    for (const role of ['contributor', 'editor', 'approver'] as const) {
      const page = await logIn(org.users[role].email);
      await open(page, '/calendar?view=month', 'Kalender', '[data-testid="month-view"]');
      await check(page, `${role} calendar`);
      await open(page, `/posts/${reviewId}`, 'Bericht');
      await check(page, `${role} post in review`);
      await page.context().close();
    }
  });

  it("on a viewer's calendar and post", async () => {
    const viewer = await logIn(org.users.viewer.email);
    await open(viewer, '/calendar?view=month', 'Kalender', '[data-testid="month-view"]');
    await check(viewer, 'viewer calendar');
    await open(viewer, `/posts/${postId}`, 'Bericht');
    await check(viewer, 'viewer post detail');
    await open(viewer, '/not-a-screen', 'Pagina niet gevonden');
    await check(viewer, 'not found');
    await viewer.context().close();
  });

  it('with a confirmation open', async () => {
    await open(admin, '/people', 'Mensen en rollen');
    await admin
      .getByRole('button', { name: /verwijderen/i })
      .first()
      .click();
    await admin.locator('.confirm').waitFor();
    await check(admin, 'people (confirmation open)');
  });

  it('on the consent register, a person with the takedown question open, and the notifications page (also at 375 px)', async () => {
    const db = server.database.db;
    const [person] = await db.insert(consentPeople).values({ orgId: org.id, name: 'Annie de Vries', kind: 'resident' }).returning();
    const soon = new Date(Date.now() + 5 * 86_400_000);
    await db.insert(consents).values({ orgId: org.id, personId: person!.id, purpose: 'publication', validFrom: new Date('2026-01-01'), validUntil: soon });
    await db.insert(notifications).values({ orgId: org.id, userId: org.users.admin.id, kind: 'post_submitted', postId: reviewId });
    await open(admin, '/consent', 'Toestemmingsregister', 'table');
    await check(admin, 'consent register');
    await open(admin, `/consent/${person!.id}`, 'Annie de Vries', '.consent');
    await check(admin, 'consent person');
    await admin.getByRole('button', { name: 'Intrekken' }).click();
    await admin.locator('.confirm').waitFor();
    await check(admin, 'consent person (takedown question)');
    await admin.getByRole('button', { name: 'Annuleren' }).click();
    await open(admin, '/notifications', 'Meldingen', '.notification');
    await check(admin, 'notifications');
    await admin.setViewportSize({ width: 375, height: 800 });
    await open(admin, '/consent', 'Toestemmingsregister', 'table');
    await check(admin, 'consent register (375 px)');
    await open(admin, '/notifications', 'Meldingen', '.notification');
    await check(admin, 'notifications (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('on the crisis page, off and on (with the banner and held posts)', async () => {
    await open(admin, '/crisis', 'Crisismodus');
    await check(admin, 'crisis (off)');
    await admin.getByRole('switch').click();
    await admin.locator('.crisis-confirm').waitFor();
    await check(admin, 'crisis (pause question)');
    await admin.getByRole('button', { name: 'Ja, alles stilzetten' }).click();
    await admin.getByTestId('crisis-banner').waitFor();
    await check(admin, 'crisis (on)');
    await open(admin, '/calendar?view=month', 'Kalender', '[data-testid="month-view"]');
    await admin.getByTestId('crisis-banner').waitFor();
    await check(admin, 'calendar (crisis on)');
  });

  it('on the composer preview (Bluesky thread), the list with posts selected for bulk work, search across periods and the plan CSV page', async () => {
    await server.database.db
      .insert(channels)
      .values({ orgId: org.id, type: 'bluesky', name: 'Bluesky', slug: 'bsky', settings: { handle: 'zorg.bsky.social' } });
    await open(admin, '/posts/new', 'Nieuw bericht', 'textarea');
    await admin.getByLabel('Tekst', { exact: true }).fill('Open dag in De Linde, van tien tot vier uur. '.repeat(16).trim());
    await admin.getByTestId('preview-part').nth(2).waitFor();
    await check(admin, 'composer (channel previews, thread)');
    await open(admin, `/calendar?view=list&date=${postsDay()}`, 'Kalender', '[data-testid="list-view"]');
    await admin.locator('.post-select').first().check();
    await admin.getByTestId('bulk-bar').waitFor();
    await admin.getByLabel('Wat wil je doen?').selectOption('reschedule');
    await check(admin, 'calendar list (bulk selection)');
    await admin.getByRole('button', { name: 'Toepassen' }).click();
    await admin.getByRole('alert').filter({ hasText: 'Kies een datum' }).waitFor();
    await check(admin, 'calendar list (bulk problem)');
    await open(admin, '/calendar?view=list&q=activiteitenbegeleider', 'Kalender', '[data-testid="any-period"]');
    await check(admin, 'calendar list (search across periods)');
    await open(admin, '/plan', 'Planning importeren en exporteren');
    await check(admin, 'plan csv');
    await admin.getByLabel('Of plak de inhoud hier').fill('text,channels,time\nOpen dag,Nergens,morgen\n');
    await admin.getByRole('button', { name: 'Controleren' }).click();
    await admin.getByTestId('import-problems').waitFor();
    await check(admin, 'plan csv (row problems)');
  });

  it('connecting a Facebook Page: the "Koppelen via …" notice, choosing the page (also nothing chosen, and at 375 px) and a failed connect', async () => {
    // Facebook's login page is played by its contract server; only Zorgpost's own screens are checked.
    const meta = await startFakeMeta();
    const before = { ...process.env };
    Object.assign(process.env, meta.env);
    try {
      await open(admin, '/channels', 'Kanalen');
      await admin.getByLabel('Type').selectOption({ label: 'Facebook-pagina' });
      await admin.getByRole('button', { name: 'Koppelen via Facebook-pagina' }).waitFor();
      await check(admin, 'channels (Koppelen via Facebook)');
      await admin.getByLabel('Naam', { exact: true }).fill('Facebook');
      await admin.getByRole('button', { name: 'Koppelen via Facebook-pagina' }).click();
      await admin.getByRole('button', { name: 'Allow Zorgpost' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Kies de pagina voor Facebook-pagina' }).waitFor();
      await check(admin, 'choose page');
      await admin.getByRole('button', { name: 'Deze pagina koppelen' }).click();
      await admin.getByText('Kies een pagina.').waitFor();
      await check(admin, 'choose page (nothing chosen)');
      await admin.setViewportSize({ width: 375, height: 800 });
      await check(admin, 'choose page (375 px)');
      await admin.setViewportSize({ width: 1280, height: 900 });
      await open(admin, '/channels?oauth_error=meta_no_pages', 'Kanalen');
      await admin.getByRole('alert').filter({ hasText: 'beheert geen pagina' }).waitFor();
      await check(admin, 'channels (connect failed)');
      expect(meta.unexpected).toEqual([]);
    } finally {
      for (const k of Object.keys(meta.env)) if (!(k in before)) delete process.env[k];
      await meta.close();
    }
  });

  it('on the calendar at 375 px wide, and a month without posts, which says so', async () => {
    await admin.setViewportSize({ width: 375, height: 800 });
    for (const view of ['month', 'week', 'list']) {
      await open(admin, `/calendar?view=${view}&date=${postsDay()}`, 'Kalender', `[data-testid="${view}-view"]`);
      await check(admin, `calendar ${view} (375 px)`);
    }
    await open(admin, '/calendar?view=month&date=2035-06-15', 'Kalender', '[data-testid="month-view"]');
    await admin.getByText('Geen berichten in deze periode.').waitFor();
    await check(admin, 'calendar month without posts (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('on the approval chain settings (default, two steps, a step without anyone, 375 px) and a return with passage comments', async () => {
    await open(admin, '/settings/approvals', 'Goedkeuringsketen', '[data-testid="chain-default"]');
    await check(admin, 'approval chain settings (default)');
    await admin.getByRole('button', { name: 'Stap toevoegen' }).click();
    await admin.getByRole('button', { name: 'Stap toevoegen' }).click();
    await admin.getByRole('group', { name: 'Stap 2', exact: true }).getByRole('checkbox', { name: 'Beoordelaar', exact: true }).uncheck();
    await admin.getByRole('button', { name: 'Keten opslaan' }).click();
    await admin.locator('.field-error', { hasText: 'Kies bij stap 2 een rol of een persoon.' }).waitFor();
    await check(admin, 'approval chain settings (two steps, one refused)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'approval chain settings (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });

    // A post of its own in review: the others stay as the later states need them.
    const db = server.database.db;
    const returning = await buildPost(db, {
      orgId: org.id,
      channelIds: [org.channelId],
      status: 'in_review',
      scheduledAt: new Date(Date.now() + 86_400_000),
      text: 'Zomermarkt op het grasveld van De Linde.',
    });
    await db
      .update(posts)
      .set({ waitingFor: [org.users.admin.id] })
      .where(eq(posts.id, returning));
    await open(admin, `/posts/${returning}`, 'Bericht');
    await admin.getByRole('button', { name: 'Wijzigingen vragen' }).click();
    await admin.getByLabel('Je opmerking').fill('Welke tuin?');
    await admin.getByLabel('Of typ de passage over').fill('op het grasveld');
    await admin.getByRole('button', { name: 'Opmerking bij deze passage' }).click();
    await admin.getByTestId('pending-comments').waitFor();
    await check(admin, 'post in review (return with a passage comment)');
    await admin.getByLabel('Toelichting voor de schrijver').fill('Zie de opmerking.');
    await admin.getByRole('button', { name: 'Terugsturen met toelichting' }).click();
    await admin.locator('.post-body mark').first().waitFor();
    await check(admin, 'post returned (passage marked)');

    // A withdrawn consent whose takedowns are still being retried, and one given up (375 px).
    const [bert] = await db.insert(consentPeople).values({ orgId: org.id, name: 'Bert Bakker', kind: 'guest' }).returning();
    const [withdrawn] = await db
      .insert(consents)
      .values({ orgId: org.id, personId: bert!.id, purpose: 'publication', validFrom: new Date('2026-01-01'), withdrawnAt: new Date() })
      .returning();
    const [variant] = await db.select().from(postVariants).where(eq(postVariants.postId, returning));
    const [otherVariant] = await db.select().from(postVariants).where(eq(postVariants.postId, postId));
    await db.insert(takedowns).values([
      { orgId: org.id, consentId: withdrawn!.id, variantId: variant!.id, attempts: 1, lastError: 'delete answered HTTP 503' },
      { orgId: org.id, consentId: withdrawn!.id, variantId: otherVariant!.id, attempts: 5, status: 'failed', lastError: 'delete answered HTTP 500' },
    ]);
    await admin.setViewportSize({ width: 375, height: 800 });
    await open(admin, `/consent/${bert!.id}`, 'Bert Bakker', '[data-testid="open-takedowns"]');
    await check(admin, 'consent person with open takedowns (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it("on the home page, a section's full list, the composer with a returned post and a refused empty submission, and the phone menu open", async () => {
    await open(admin, '/', 'Start', '[data-testid="home-section-today"]');
    await check(admin, 'home');
    await open(admin, '/home/to_approve', 'Wacht op jouw goedkeuring', '[data-testid="home-post"]');
    await check(admin, 'home section list');
    await open(admin, `/posts/${returnedId}/edit`, 'Bericht bewerken', '[data-testid="returned-comments"]');
    await check(admin, 'composer (returned with comments)');
    await open(admin, '/posts/new', 'Nieuw bericht');
    await admin.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await admin.locator('.field-error').first().waitFor();
    await check(admin, 'composer (empty submission refused)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await open(admin, '/', 'Start', '[data-testid="home-section-today"]');
    await admin.getByRole('button', { name: /^Menu/ }).click();
    await admin.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    await check(admin, 'home (375 px, menu open)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('on the figures page (with its chart table open, also at 375 px) and a published post with its growth curve', async () => {
    const db = server.database.db;
    const channelId = await buildChannel(db, org.id, { type: 'mastodon', name: 'Mastodon', slug: 'mastodon-axe' });
    const at = new Date(Date.now() - 2 * 86_400_000);
    const published = await buildPublished(db, { orgId: org.id, channelId, publishedAt: at, text: 'Griepprik voor iedereen' });
    await snapshot(db, published.variantId, new Date(at.getTime() + 3_600_000), { likes: 4, reposts: 1, replies: 0, followers: 300 });
    await snapshot(db, published.variantId, new Date(at.getTime() + 86_400_000), { likes: 12, reposts: 3, replies: 2, followers: 300 });
    await open(admin, '/figures', 'Cijfers', '.chart-canvas svg');
    await check(admin, 'figures');
    await admin.getByText('Toon als tabel').first().click();
    await check(admin, 'figures (chart table open)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'figures (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
    await open(admin, `/posts/${published.postId}`, 'Bericht', '.post-growth .chart-canvas svg');
    await check(admin, 'post with growth curve');
  });

  it('on the listening screen: results with chart, an alert about the organisation, the query form with a field error, at 375 px', async () => {
    await seedListening(server.database.db, org.id);
    await open(admin, '/listening', 'Luisteren', '.chart-canvas svg');
    await check(admin, 'listening');
    await admin.getByRole('button', { name: 'Nieuwe luisteropdracht' }).click();
    await admin.getByLabel('Naam', { exact: true }).fill('Wachtlijst');
    await admin.getByLabel('Hashtags').fill('#twee woorden');
    await admin.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await admin.locator('.listening-form .field-error').first().waitFor();
    await check(admin, 'listening (form with a field error)');
    await admin.locator('.listening-alert summary').first().click();
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'listening (alert open, 375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it("on the composer's crop preview for Instagram: an image outside 4:5 to 1.91:1 with its warning, the whole image shown, and at 375 px", async () => {
    admin ??= await logIn(org.users.admin.email); // when this test runs on its own
    const db = server.database.db;
    const instagram = await buildChannel(db, org.id, { type: 'instagram', name: 'Instagram', slug: 'instagram-axe' });
    const [poster] = await db
      .insert(media)
      .values({
        orgId: org.id,
        fileName: 'poster.jpg',
        mimeType: 'image/jpeg',
        sizeBytes: 68,
        width: 1080,
        height: 1920,
        altText: 'Poster van de open dag',
        storageKey: 'k/poster.jpg',
      })
      .returning();
    const draft = await buildPost(db, { orgId: org.id, channelIds: [instagram], status: 'draft', text: 'Open dag #zorg' });
    await db.insert(postMedia).values({ orgId: org.id, postId: draft, mediaId: poster!.id, position: 0 });
    await open(admin, `/posts/${draft}/edit`, 'Bericht bewerken', '[data-testid="crop-preview-instagram"]');
    const warning = admin.getByTestId('crop-warning');
    expect(await warning.textContent()).toBe(
      'poster.jpg heeft verhouding 0,56:1: Instagram accepteert alleen 4:5 tot 1.91:1. Het bericht wordt zo niet opgeslagen; snijd de afbeelding bij of kies een andere.',
    );
    await check(admin, 'composer (crop preview, image outside the range)');
    const whole = admin.getByRole('button', { name: 'Toon de hele afbeelding' });
    await whole.focus();
    await admin.keyboard.press('Enter');
    expect(await whole.getAttribute('aria-pressed')).toBe('true');
    await check(admin, 'composer (crop preview, whole image)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'composer (crop preview, 375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('on the trusted sources (a failing feed, a source being edited with a refused domain, the remove question, 375 px) and the reading list (an item with a draft, 375 px)', async () => {
    const db = server.database.db;
    await seedDefaultSources(db, org.id);
    const [rivm] = await db
      .update(trustedSources)
      .set({
        lastStatus: 'failed',
        lastError: 'http',
        lastErrorStatus: 503,
        failingSince: new Date(Date.now() - 7_200_000),
        failures: 2,
        lastFetchedAt: new Date(),
      })
      .where(and(eq(trustedSources.orgId, org.id), eq(trustedSources.name, 'RIVM')))
      .returning();
    const [who] = await db
      .update(trustedSources)
      .set({ lastStatus: 'ok', lastFetchedAt: new Date() })
      .where(and(eq(trustedSources.orgId, org.id), eq(trustedSources.name, 'WHO')))
      .returning();
    const [first] = await db
      .insert(sourceItems)
      .values([
        {
          orgId: org.id,
          sourceId: rivm!.id,
          itemKey: 'a11y-1',
          title: 'Griepprik: de uitnodigingen gaan de deur uit',
          url: 'https://www.rivm.nl/griep',
          summary: 'Wie 60 jaar of ouder is, krijgt een uitnodiging.',
          publishedAt: new Date(),
          sortAt: new Date(),
        },
        {
          orgId: org.id,
          sourceId: who!.id,
          itemKey: 'a11y-2',
          title: 'Measles cases rise in Europe',
          url: 'https://www.who.int/news/measles',
          summary: null,
          publishedAt: null,
          sortAt: new Date(Date.now() - 60_000),
          draftPostId: postId,
          state: 'read',
        },
      ])
      .returning();
    expect(first).toBeDefined();
    await open(admin, '/sources', 'Betrouwbare bronnen', '[data-testid="source-row"]');
    await admin.getByText('de website antwoordde met foutcode 503').waitFor();
    await check(admin, 'trusted sources (a failing feed)');
    const row = admin.locator('[data-testid="source-row"][data-name="NHG"]');
    await row.getByRole('button', { name: /^Wijzigen/ }).click();
    await row.getByLabel('Website (domein)').fill('geen domein');
    await row.getByRole('button', { name: 'Opslaan' }).click();
    await row.locator('.field-error').waitFor();
    await check(admin, 'trusted sources (editing, refused domain)');
    await row.getByRole('button', { name: 'Annuleren' }).click();
    await row.getByRole('button', { name: /^Verwijderen/ }).click();
    await check(admin, 'trusted sources (remove question)');
    await row.getByRole('button', { name: 'Nee, laten staan' }).click();
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'trusted sources (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
    await open(admin, '/reading', 'Leeslijst', '[data-testid="reading-item"]');
    await check(admin, 'reading list');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'reading list (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('on the campaigns: the list, preparation (hashtag advice, a refused field), execution with a task and its draft, aftercare with the verdict, at 375 px', async () => {
    admin ??= await logIn(org.users.admin.email); // when this test runs on its own
    const db = server.database.db;
    const [c] = await db
      .insert(campaigns)
      .values({
        orgId: org.id,
        name: 'Week van de Mantelzorg',
        hashtag: '#weekvandemantelzorg',
        goalMetric: 'engagements',
        goalTarget: 40,
        preparation: { goal: 'Meer aanmeldingen', people: [{ name: 'Ria', consentPersonId: null, consented: true }] },
      })
      .returning();
    await db.insert(campaignTasks).values({
      orgId: org.id,
      campaignId: c!.id,
      title: 'Aankondiging maken',
      channelId: org.channelId,
      ownerId: org.users.editor.id,
      dueAt: new Date(Date.now() + 3 * 86_400_000),
    });
    await open(admin, '/campaigns', 'Campagnes', '.campaign-row');
    await check(admin, 'campaigns (list)');
    await open(admin, `/campaigns/${c!.id}/preparation`, 'Voorbereiding: Week van de Mantelzorg', '[data-testid="hashtag-advice"]');
    const hashtag = admin.getByLabel('Hashtag', { exact: true });
    await hashtag.fill('twee woorden');
    await hashtag.blur();
    await admin.locator('.campaign-worksheet .field-error').first().waitFor();
    await check(admin, 'campaign preparation (hashtag advice, refused hashtag)');
    await open(admin, `/campaigns/${c!.id}/execution`, 'Uitvoering: Week van de Mantelzorg', '[data-testid="campaign-task"]');
    await admin.getByRole('button', { name: 'Maak concept van ‘Aankondiging maken’' }).click();
    await admin.locator('[data-testid="campaign-post"]').first().waitFor();
    await check(admin, 'campaign execution (a task with its draft)');
    await open(admin, `/campaigns/${c!.id}/aftercare`, 'Nazorg: Week van de Mantelzorg', '[data-testid="campaign-verdict"]');
    await check(admin, 'campaign aftercare (verdict)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'campaign aftercare (375 px)');
    await open(admin, `/campaigns/${c!.id}/execution`, 'Uitvoering: Week van de Mantelzorg', '[data-testid="campaign-task"]');
    await check(admin, 'campaign execution (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('on a campaign overview: with posts, a task, a reaction and figures against its goal (also at 375 px), and an empty one', async () => {
    const db = server.database.db;
    const [full, empty] = await db
      .insert(campaigns)
      .values([
        { orgId: org.id, name: 'Week van de Mantelzorg', colour: '#b45309', hashtag: '#WeekVanDeMantelzorg', goalMetric: 'engagements', goalTarget: 50 },
        { orgId: org.id, name: 'Griepprik', colour: '#fde047' },
      ])
      .returning();
    await db.update(posts).set({ campaignId: full!.id }).where(eq(posts.id, postId));
    await db.insert(campaignTasks).values({ orgId: org.id, campaignId: full!.id, title: 'Foto’s maken', dueAt: new Date(Date.now() + 86_400_000) });
    await buildItem(server, org.id, org.channelId, { text: 'Mooi initiatief #WeekVanDeMantelzorg' });
    await open(admin, `/campaigns/${full!.id}/overview`, 'Week van de Mantelzorg', '[data-testid="campaign-inbox"] li');
    await admin.getByTestId('campaign-verdict').waitFor();
    await check(admin, 'campaign overview');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'campaign overview (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
    const [planned] = await db.select({ at: posts.scheduledAt }).from(posts).where(eq(posts.id, postId));
    await open(admin, `/calendar?view=month&date=${planned!.at!.toISOString().slice(0, 10)}&campaign=${full!.id}`, 'Kalender', '[data-testid="campaign-tag"]');
    await check(admin, 'calendar filtered by campaign');
    await open(admin, `/campaigns/${empty!.id}/overview`, 'Griepprik', '[data-testid="campaign-verdict"]');
    await check(admin, 'campaign overview (empty, light colour)');
    await open(admin, `/posts/${postId}`, 'Bericht', '.campaign-tag');
    await check(admin, 'post in a campaign');
  });

  it('on the question hours (the plan form with a refused hashtag, 375 px) and an hour’s queue (a medical question offered only private, 375 px), with the notice after a new host that the announcement names them (375 px)', async () => {
    admin ??= await logIn(org.users.admin.email); // when this test runs on its own
    const db = server.database.db;
    const tag = org.slug.slice(4); // the members are named "<role> <tag>"
    // A draft announcement that names the host: a new host is written into it.
    const announcement = await buildPost(db, {
      orgId: org.id,
      channelIds: [org.channelId],
      status: 'draft',
      scheduledAt: new Date(Date.now() + 86_400_000),
      text: `Vandaag spreekuur over griep met contributor ${tag}. Stel je vraag met #SpreekuurGriep!`,
    });
    const [mastodon] = await db
      .insert(channels)
      .values({ orgId: org.id, type: 'mastodon', name: 'Mastodon spreekuur', slug: 'mastodon-qa', settings: { instance: 'https://mastodon.example' } })
      .returning();
    const [hour] = await db
      .insert(qaHours)
      .values({
        orgId: org.id,
        channelId: mastodon!.id,
        title: 'Griep en de griepprik',
        hashtag: 'SpreekuurGriep',
        startsAt: new Date(Date.now() - 20 * 60_000),
        endsAt: new Date(Date.now() + 40 * 60_000),
        hostId: org.users.contributor.id,
        moderatorId: org.users.editor.id,
        announcementPostIds: [announcement],
      })
      .returning();
    await buildItem(server, org.id, mastodon!.id, { text: 'Hoe lang blijf je besmettelijk? #SpreekuurGriep', minutesAgo: 10 });
    await buildItem(server, org.id, mastodon!.id, { text: '@zorg ik heb koorts, moet ik antibiotica? #SpreekuurGriep', minutesAgo: 5, category: 'medical' });
    await open(admin, '/qa', 'Spreekuren', '[data-testid="qa-list"]');
    await admin.getByRole('button', { name: 'Spreekuur plannen' }).click();
    await admin.getByLabel('Hashtag').fill('spreekuurgriep');
    await admin.getByLabel('Titel').fill('Griep');
    await admin.getByLabel('Kanaal').selectOption({ label: 'Mastodon spreekuur' });
    await admin.getByLabel('Gastheer of -vrouw (zorgverlener)').selectOption({ index: 1 });
    await admin.getByLabel('Moderator').selectOption({ index: 1 });
    await admin.locator('form.qa-plan').getByRole('button', { name: 'Spreekuur plannen' }).click();
    await admin.getByRole('alert').getByText('#SpreekuurGriep').first().waitFor();
    await check(admin, 'question hours (plan form, a hashtag refused)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'question hours (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
    await open(admin, `/qa/${hour!.id}`, 'Griep en de griepprik Nu bezig', '[data-testid="qa-question"]');
    await check(admin, 'question hour queue');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'question hour queue (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });

    await admin.getByLabel('Gastheer of -vrouw (zorgverlener)').selectOption({ label: `approver ${tag}` });
    await admin.locator('form.qa-people').getByRole('button', { name: 'Opslaan' }).click();
    const notice = admin.getByTestId('qa-announcements-changed');
    await notice.waitFor();
    // What the user reads: the one draft names the new host (a link to it), none still names the previous one.
    expect(await notice.locator('p').allTextContents()).toEqual([`1 aankondiging noemt nu approver ${tag}.`]);
    expect(await notice.getByRole('link', { name: 'aankondiging 1', exact: true }).getAttribute('href')).toBe(`/posts/${announcement}`);
    await check(admin, 'question hour (announcements name the new host)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'question hour (announcements name the new host, 375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('on the quick campaign form (suggested times, a message the guard refuses, 375 px) and the campaign templates (renaming, the delete question, 375 px)', async () => {
    admin ??= await logIn(org.users.admin.email);
    await open(admin, '/campaigns/quick', 'Snelle campagne');
    await admin.getByLabel('Naam van de campagne').fill('Open dag');
    await admin.locator('#quick-event-date').fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
    await admin.locator('#quick-event-time').fill('14:00');
    await expect.poll(() => admin.locator('#quick-announcement-time').inputValue()).toBe('10:00');
    await check(admin, 'quick campaign (suggested times)');
    await admin.locator('#quick-during-text').fill('Mevrouw Jansen (BSN 111222333) is opgenomen met longkanker.');
    await admin.getByRole('button', { name: 'Campagne maken en ter goedkeuring aanbieden' }).click();
    await admin.locator('#quick-during-text-error').waitFor();
    await check(admin, 'quick campaign (a refused message)');
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'quick campaign (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });

    await open(admin, '/campaigns/templates', 'Campagnesjablonen', '[data-testid="template-row"]');
    await check(admin, 'campaign templates');
    const row = admin.locator('[data-testid="template-row"][data-name="Griepprik"]');
    await row.getByRole('button', { name: /^Naam wijzigen/ }).click();
    await row.getByLabel('Naam van het sjabloon').waitFor();
    await check(admin, 'campaign templates (renaming)');
    await row.getByRole('button', { name: 'Annuleren' }).click();
    await row.getByRole('button', { name: /^Verwijderen/ }).click();
    await check(admin, 'campaign templates (delete question)');
    await row.getByRole('button', { name: 'Annuleren' }).click();
    await admin.setViewportSize({ width: 375, height: 800 });
    await check(admin, 'campaign templates (375 px)');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });
});
