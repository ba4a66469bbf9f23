// The inbox in Chromium, end to end against the Mastodon contract server: a mention is read by
// the engine, appears in the inbox, is assigned, is answered with a template after the guard
// stopped an answer confirming a patient, and the answer reaches the instance as an
// in_reply_to status; a category correction shows the new due time in the conversation and the list.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { inboxReplies } from '../../src/db/schema.ts';
import { claimDueChannels, pollChannel } from '../../src/features/inbox/poll-channels.ts';
import { seedDefaultTemplates } from '../../src/features/inbox/templates.ts';
import { launchBrowser, logIn } from '../support/browser.ts';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon.ts';
import { buildItem, buildMastodonChannel } from '../support/inbox-factory.ts';
import { buildOrg, loginAs, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let fake: FakeMastodon;
let org: TestOrg;
let channelId: string;

beforeAll(async () => {
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  fake = await startFakeMastodon();
  org = await buildOrg(server);
  await seedDefaultTemplates(server.database.db, org.id);
  channelId = await buildMastodonChannel(server, org.id, fake);
  browser = await launchBrowser();
});
afterEach(() => expect(fake.unexpected).toEqual([]));
afterAll(async () => {
  await browser?.close();
  await fake?.stop();
  await server?.close();
});

describe('the inbox', () => {
  it('shows a Mastodon mention, assigns it, stops a reply that confirms a patient and sends a template answer', async () => {
    const mention = fake.mention({ acct: 'jan@zorg.social', displayName: 'Jan', text: 'Hoe laat kan ik morgen langskomen?', language: 'nl' });
    const claimed = await claimDueChannels(server.database.db, 'browser-test');
    expect(claimed).toContain(channelId);
    const tally = await pollChannel(server.database.db, channelId, 'browser-test', { secrets: server.deps.secrets, net: server.deps.net });
    expect(tally.stored).toBe(1);
    const api = await loginAs(server, org.users.editor.email);
    await api.patch(`/api/orgs/${org.id}/inbox/settings`, { phone: '0344 123 456' });

    const page = await logIn(browser, server.url, org.users.contributor.email, PASSWORD);
    expect(await page.getByTestId('nav-inbox-unread').textContent()).toBe('1');
    await page
      .getByRole('link', { name: /^Inbox/ })
      .first()
      .click();
    const list = page.getByTestId('inbox-list');
    await list.getByText('Hoe laat kan ik morgen langskomen?').click();
    const conversation = page.getByTestId('inbox-conversation');
    await conversation.getByRole('heading', { name: 'Bericht van Jan (@jan@zorg.social)' }).waitFor();

    // An answer begun before the assignment stays in the box when the conversation reloads.
    const answer = conversation.getByLabel('Je antwoord');
    await answer.fill('Uw afspraak op de poli neurologie is verplaatst naar woensdag.');
    await conversation.getByRole('button', { name: 'Aan mij toewijzen' }).click();
    await conversation.getByText(`Toegewezen aan contributor`, { exact: false }).waitFor();
    expect(await answer.inputValue()).toBe('Uw afspraak op de poli neurologie is verplaatst naar woensdag.');

    // An answer confirming a patient: the guard says why and the button stays off.
    await page
      .getByTestId('inbox-guard')
      .getByText(/patiënt/)
      .waitFor();
    expect(await conversation.getByRole('button', { name: 'Antwoord versturen' }).isDisabled()).toBe(true);

    // Triaged as a question, so the question template is the suggested one (★).
    await conversation.getByLabel('Sjabloon').selectOption({ label: '★ Vraag: bel of stuur een bericht' });
    expect(await answer.inputValue()).toBe('Hoi Jan, dank voor je vraag. Je kunt ons op werkdagen bereiken op 0344 123 456.');
    await page.waitForFunction(() => !document.querySelector('[data-testid="inbox-guard"] li'));
    await conversation.getByRole('button', { name: 'Antwoord versturen' }).click();
    await conversation.getByTestId('inbox-reply').getByText('Verstuurd').waitFor();
    const sent = fake.answersTo(mention.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      inReplyToId: mention.id,
      status: '@jan@zorg.social Hoi Jan, dank voor je vraag. Je kunt ons op werkdagen bereiken op 0344 123 456.',
    });
  });

  it("plans an answer at 09:00 in the organisation's zone from a browser in New York, across the October clock change", async () => {
    const text = 'Kan iemand mij morgen terugbellen?';
    const mention = fake.mention({ acct: 'ria@zorg.social', displayName: 'Ria', text, language: 'nl' });
    const itemId = await buildItem(server, org.id, channelId, { externalId: mention.id, authorHandle: 'ria@zorg.social', authorName: 'Ria', text });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await page.goto(`${server.url}/inbox/${itemId}`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-mailadres').fill(org.users.contributor.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const conversation = page.getByTestId('inbox-conversation');
    await conversation.getByText('Tijd in de tijdzone van de organisatie (Europe/Amsterdam).').waitFor();
    await conversation.getByLabel('Je antwoord').fill('Hoi Ria, we bellen je maandagochtend.');
    // Monday 1 November 2027, the day after the last Sunday of October: 09:00 in Amsterdam is 08:00 UTC.
    await conversation.getByLabel('Later versturen (optioneel)').fill('2027-11-01T09:00');
    await conversation.getByRole('button', { name: 'Antwoord plannen' }).click();
    const planned = conversation.getByTestId('inbox-reply');
    await planned.getByText('Gepland').waitFor();
    expect(await planned.textContent()).toContain('09:00');
    const [row] = await server.database.db.select({ dueAt: inboxReplies.dueAt }).from(inboxReplies).where(eq(inboxReplies.itemId, itemId));
    expect(row!.dueAt.toISOString()).toBe('2027-11-01T08:00:00.000Z');
    expect(fake.answersTo(mention.id)).toEqual([]);
    await context.close();
  });

  it('shows the new due time in the conversation and the list when a person corrects the category', async () => {
    // Friday 26 March 2027, 16:00 in Amsterdam; the clocks go forward on Sunday the 28th, Easter Monday is a public holiday.
    const receivedAt = new Date('2027-03-26T15:00:00Z');
    const text = 'Ik sterf van nieuwsgierigheid naar de nieuwe parkeergarage.';
    await buildItem(server, org.id, channelId, {
      text,
      authorName: 'Kim',
      authorHandle: 'kim@zorg.social',
      category: 'crisis',
      urgent: true,
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + 15 * 60_000),
      warnAt: new Date(receivedAt.getTime() + 11 * 60_000),
    });
    const page = await logIn(browser, server.url, org.users.editor.email, PASSWORD);
    await page.goto(`${server.url}/inbox`);
    await page.getByTestId('inbox-list').getByText(text).click();
    const conversation = page.getByTestId('inbox-conversation');
    const due = conversation.getByTestId('inbox-due');
    expect(await due.locator('time').getAttribute('datetime')).toBe('2027-03-26T15:15:00.000Z');
    expect(await due.textContent()).toContain('16:15');

    // A question: 4 working hours, Friday 16:00–17:00 and Tuesday 09:00–12:00 summer time.
    await conversation.getByLabel('Soort').selectOption({ label: 'Vraag' });
    await due.locator('time[datetime="2027-03-30T10:00:00.000Z"]').waitFor();
    expect(await due.textContent()).toContain('12:00');
    const listed = page.getByTestId('inbox-list').locator('li', { hasText: text });
    await listed.getByText(/Beantwoorden vóór .*12:00/).waitFor();
  });
});
