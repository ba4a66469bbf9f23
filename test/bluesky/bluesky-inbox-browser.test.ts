import { AtpAgent } from '@atproto/api';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollDueChannels } from '../../src/features/inbox/poll-channels';
import { inboxItems } from '../../src/db/schema';
import { type BlueskyChannel, publishOnBluesky } from '../support/bluesky-channel';
import type { BlueskyActor, BlueskyNetwork, BlueskyTestAccount } from '../support/bluesky-network';
import { logIn } from '../support/browser';
import { loginAs, PASSWORD, type TestOrg } from '../support/test-app';
import { openBlueskyStage, type BlueskyStage } from '../support/bluesky-stage';
import type { startTestServer } from '../support/test-server';

let stage: BlueskyStage;
let network: BlueskyNetwork;
let ours: BlueskyTestAccount;
let patient: BlueskyActor;
let inNood: BlueskyActor;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let channel: BlueskyChannel;

beforeAll(async () => {
  stage = await openBlueskyStage({ account: 'huisartsinbox', actors: ['buurman', 'innood'], inboxTemplates: true });
  ({ network, ours, server, org, channel, browser } = stage);
  [patient, inNood] = stage.actors as [BlueskyActor, BlueskyActor];
}, 600_000);
afterAll(() => stage?.close());

describe('the inbox with Bluesky', () => {
  it('reads a reply and a crisis mention, puts the crisis on top and answers the reply as a reply record', async () => {
    const started = Date.now();
    const db = server.database.db;
    const ourPost = await publishOnBluesky(server, network, channel, 'Vanaf maandag is de praktijk ook op woensdagavond open.');

    const question = 'Tot hoe laat zijn jullie woensdagavond open?';
    const crisis = `@${ours.handle} alles is zinloos, vannacht neem ik de pillen die klaarliggen.`;
    const reply = await patient.reply(ourPost, question);
    const mention = await inNood.post(crisis);
    await network.waitForIndexed(reply.uri, mention.uri);

    // The engine's poll (as a worker's round does), until both reactions are in the inbox.
    await network.waitFor('the poll to store the reply and the mention', async () => {
      await db.execute(sql`UPDATE inbox_poll_state SET next_poll_at = now() WHERE channel_id = ${channel.id}`);
      await pollDueChannels(db, 'bluesky-browser', { secrets: server.deps.secrets, net: server.deps.net });
      const rows = await db.select({ externalId: inboxItems.externalId }).from(inboxItems).where(sql`${inboxItems.channelId} = ${channel.id}`);
      const ids = rows.map((r) => r.externalId);
      return ids.includes(reply.uri) && ids.includes(mention.uri);
    });

    const api = await loginAs(server, org.users.editor.email);
    expect((await api.patch(`/api/orgs/${org.id}/inbox/settings`, { phone: '0344 123 456' })).status).toBe(200);

    const page = await logIn(browser, server.url, org.users.contributor.email, PASSWORD);
    await page
      .getByRole('link', { name: /^Inbox/ })
      .first()
      .click();
    const list = page.getByTestId('inbox-list');
    const first = list.locator('li').first();
    await first.getByText(crisis).waitFor();
    expect(await first.textContent()).toContain('Crisis');
    const replyItem = list.locator('li', { hasText: question });
    expect(await replyItem.textContent()).toContain('Vraag');

    // The crisis item offers the referral template first, with 113 and 112 filled in.
    await first.getByText(crisis).click();
    const conversation = page.getByTestId('inbox-conversation');
    const template = conversation.getByLabel('Sjabloon');
    expect(await template.locator('option').nth(1).textContent()).toBe('★ Crisis: verwijzen naar hulp');
    await template.selectOption({ index: 1 });
    const answer = conversation.getByLabel('Je antwoord');
    expect(await answer.inputValue()).toMatch(/113.*112|112.*113/s);

    // The reply: assign, a blocked answer that confirms a patient, then the template answer.
    await replyItem.getByText(question).click();
    await conversation.getByRole('heading', { name: new RegExp(`@${patient.handle.replace(/\./g, '\\.')}`) }).waitFor();
    await conversation.getByRole('button', { name: 'Aan mij toewijzen' }).click();
    await conversation.getByText('Toegewezen aan contributor', { exact: false }).waitFor();
    await answer.fill('Uw afspraak op de poli neurologie is verplaatst naar woensdag.');
    await page
      .getByTestId('inbox-guard')
      .getByText(/patiënt/)
      .waitFor();
    expect(await conversation.getByRole('button', { name: 'Antwoord versturen' }).isDisabled()).toBe(true);

    await template.selectOption({ label: '★ Vraag: bel of stuur een bericht' });
    expect(await answer.inputValue()).toContain('0344 123 456');
    await page.waitForFunction(() => !document.querySelector('[data-testid="inbox-guard"] li'));
    await conversation.getByRole('button', { name: 'Antwoord versturen' }).click();
    await conversation.getByTestId('inbox-reply').getByText('Verstuurd').waitFor();

    // On the network: a reply record in our repository whose parent is the other account's post.
    const pds = new AtpAgent({ service: network.pdsUrl });
    const records = await network.waitFor('our reply record', async () => {
      const { data } = await pds.com.atproto.repo.listRecords({ repo: ours.did, collection: 'app.bsky.feed.post', limit: 10 });
      return data.records.find((r) => (r.value as { reply?: unknown }).reply);
    });
    const value = records.value as { text: string; reply: { parent: { uri: string }; root: { uri: string } } };
    expect(value.reply.parent.uri).toBe(reply.uri);
    expect(value.reply.root.uri).toBe(ourPost);
    expect(value.text).toContain('0344 123 456');
    // And the AppView shows it in the thread, under the other account's reply.
    const appView = new AtpAgent({ service: network.bskyUrl });
    await network.waitFor('our answer in the AppView thread', async () => {
      const { data } = await appView.app.bsky.feed.getPostThread({ uri: reply.uri, depth: 1 });
      const replies = (data.thread as { replies?: { post?: { uri: string } }[] }).replies ?? [];
      return replies.some((r) => r.post?.uri === records.uri);
    });
    console.info(`bluesky inbox walk: ${Date.now() - started} ms`);
  });
});
