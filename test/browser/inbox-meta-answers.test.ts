// The inbox in Chromium for Meta's answer rules, against the Graph contract server (an unknown request
// fails the test): a Facebook comment answered privately, chosen with the keyboard from the
// public/private radio buttons that name the 7 days, and the comment's writer receives it as a
// private reply; then a Messenger conversation past 24 hours shows the human agent's window
// (META_HUMAN_AGENT) and the answer goes out with the HUMAN_AGENT tag. Both states pass axe.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channels, inboxItems } from '../../src/db/schema.ts';
import { launchBrowser, logIn } from '../support/browser.ts';
import { FB_PAGE, type FakeMetaComments, startFakeMetaComments } from '../support/fake-meta-comments.ts';
import { buildOrg, PASSWORD, type TestOrg } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let meta: FakeMetaComments;
let org: TestOrg;
let channelId: string;
const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  meta = await startFakeMetaComments();
  Object.assign(process.env, meta.env);
  server = await startTestServer({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(server);
  const [row] = await server.database.db
    .insert(channels)
    .values({
      orgId: org.id,
      type: 'facebook',
      name: 'Facebook Oost',
      slug: 'facebook-oost',
      settings: { pageId: FB_PAGE.id, pageName: FB_PAGE.name },
      credentials: server.deps.secrets.seal({ pageToken: FB_PAGE.token }),
    })
    .returning();
  channelId = row!.id;
  browser = await launchBrowser();
});
afterEach(() => expect(meta.unexpected).toEqual([]));
afterAll(async () => {
  delete process.env.META_HUMAN_AGENT;
  await browser?.close();
  await meta?.close();
  await server?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a script, without types here
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

async function item(values: Partial<typeof inboxItems.$inferInsert> & { externalId: string; threadKey: string; text: string; writtenAt: Date }) {
  const [row] = await server.database.db
    .insert(inboxItems)
    .values({ orgId: org.id, channelId, kind: 'comment', authorExternalId: 'u-1', authorHandle: 'Jan Jansen', ...values })
    .returning();
  return row!.id;
}

describe('answering on Facebook in the inbox', () => {
  it('a comment answered privately, chosen with the keyboard; a message past 24 hours answered as a human agent', async () => {
    const post = meta.post();
    const comment = meta.comment(post, 'Jan Jansen', 'Zijn mijn bloedwaarden al binnen?');
    const commentId = await item({
      externalId: comment.id,
      threadKey: post,
      parentExternalId: post,
      text: comment.message,
      writtenAt: new Date(comment.created),
    });

    const page = await logIn(browser, server.url, org.users.editor.email, PASSWORD);
    // axe in every page this context opens (an init script is not held by the app's Content-Security-Policy).
    await page.context().addInitScript({ content: AXE_SOURCE });
    await page.goto(`${server.url}/inbox/${commentId}`);
    const conversation = page.getByTestId('inbox-conversation');
    const how = conversation.getByRole('group', { name: 'Hoe antwoorden' });
    await how.waitFor();
    const publicly = how.getByRole('radio', { name: 'Openbaar, onder de reactie' });
    const privately = how.getByRole('radio', { name: /^Eén privébericht aan de schrijver \(kan tot / });
    expect(await publicly.isChecked()).toBe(true);
    // With the keyboard only: focus the checked radio, an arrow key moves to the private one.
    await publicly.focus();
    await page.keyboard.press('ArrowDown');
    // The arrow key's choice reaches the screen after a render: wait for it (the run on a busy machine read it too early).
    await expect.poll(() => privately.isChecked()).toBe(true);
    await conversation.getByLabel('Je antwoord').fill('We sturen u een bericht om dit veilig te bespreken.');
    expect(await axeViolations(page)).toEqual([]);
    await page.waitForFunction(() => !document.querySelector('[data-testid="inbox-guard"] li'));
    await conversation.getByRole('button', { name: 'Antwoord versturen' }).click();
    await conversation.getByTestId('inbox-reply').getByText('Privé verstuurd, als bericht aan de schrijver').waitFor();
    expect(meta.state.comments.get(comment.id)!.private.map((m) => m.text)).toEqual(['We sturen u een bericht om dit veilig te bespreken.']);
    // Only one per comment: the choice is gone and the screen says why.
    await conversation
      .getByTestId('inbox-private-unavailable')
      .getByText(/maar één per reactie/)
      .waitFor();
    expect(await conversation.getByRole('group', { name: 'Hoe antwoorden' }).count()).toBe(0);
    // A next answer goes publicly, under the comment.
    await conversation.getByLabel('Je antwoord').fill('Zie uw berichten.');
    await page.waitForFunction(() => !document.querySelector('[data-testid="inbox-guard"] li'));
    await conversation.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expect.poll(() => [...meta.state.comments.values()].filter((x) => x.parent === comment.id).map((x) => x.message)).toEqual(['Zie uw berichten.']);

    process.env.META_HUMAN_AGENT = '1';
    meta.state.humanAgentGranted = true;
    const c = meta.conversation('messenger', 'Fatima');
    const m = meta.message(c, 'Kunt u mij terugbellen?', { at: Date.now() - 3 * 86_400_000 });
    const messageId = await item({
      externalId: m.id,
      kind: 'message',
      threadKey: c.id,
      authorExternalId: c.person.id,
      authorHandle: 'Fatima',
      text: m.text,
      writtenAt: new Date(m.created),
    });
    await page.goto(`${server.url}/inbox/${messageId}`);
    const window = page.getByTestId('inbox-message-window');
    await window.getByText(/Als antwoord van een medewerker \(Meta's label HUMAN_AGENT\) kan het nog tot /).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Je antwoord').fill('Excuses voor het late antwoord: we bellen u morgenochtend.');
    await page.waitForFunction(() => !document.querySelector('[data-testid="inbox-guard"] li'));
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByTestId('inbox-reply').getByText('Verstuurd').first().waitFor();
    expect(c.messages.at(-1)).toMatchObject({ text: 'Excuses voor het late antwoord: we bellen u morgenochtend.', tag: 'HUMAN_AGENT' });
  });
});
