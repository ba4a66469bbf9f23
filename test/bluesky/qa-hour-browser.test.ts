// The done-when for Q&A hours, in Chromium on the local Bluesky network: a question hour
// planned on our account through the form, other local accounts ask with the hashtag or a
// mention, their questions reach the hour's queue through the inbox's own reading, one is
// answered in public (a real reply record on the PDS), the medical one is moved to private (the
// server refuses a public answer to it), and the look-back draft names none of the askers.
import { AtpAgent } from '@atproto/api';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboxItems, posts } from '../../src/db/schema';
import { pollDueChannels } from '../../src/features/inbox/poll-channels';
import { toLocal } from '../../src/features/qa/plan-hour';
import { type BlueskyChannel, publishOnBluesky } from '../support/bluesky-channel';
import type { BlueskyActor, BlueskyNetwork, BlueskyTestAccount } from '../support/bluesky-network';
import { logIn } from '../support/browser';
import { loginAs, PASSWORD, type TestOrg } from '../support/test-app';
import { openBlueskyStage, type BlueskyStage } from '../support/bluesky-stage';
import type { startTestServer } from '../support/test-server';

let stage: BlueskyStage;
let network: BlueskyNetwork;
let ours: BlueskyTestAccount;
let piet: BlueskyActor;
let marieke: BlueskyActor;
let kees: BlueskyActor;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let channel: BlueskyChannel;

beforeAll(async () => {
  stage = await openBlueskyStage({ account: 'spreekuur', actors: ['pietb', 'marieke', 'keesj'], inboxTemplates: true });
  ({ network, ours, server, org, channel, browser } = stage);
  [piet, marieke, kees] = stage.actors as [BlueskyActor, BlueskyActor, BlueskyActor];
  // Names people show on Bluesky: the look-back must not carry them.
  await Promise.all([
    piet.agent.upsertProfile((p) => ({ ...p, displayName: 'Piet Bakker' })),
    marieke.agent.upsertProfile((p) => ({ ...p, displayName: 'Marieke de Vries' })),
    kees.agent.upsertProfile((p) => ({ ...p, displayName: 'Kees Jansen' })),
  ]);
}, 600_000);
afterAll(() => stage?.close());

describe('a question hour on Bluesky', () => {
  it('collects questions from other accounts, answers one in public, moves the medical one to private, and drafts a look-back without names', async () => {
    const started = Date.now();
    const db = server.database.db;
    const editor = await loginAs(server, org.users.editor.email);
    expect((await editor.patch(`/api/orgs/${org.id}/inbox/settings`, { phone: '0344 123 456' })).status).toBe(200);

    // The host plans the hour through the form: on now, on our Bluesky account.
    const page = await logIn(browser, server.url, org.users.contributor.email, PASSWORD);
    await page.goto(`${server.url}/qa`);
    await page.getByRole('button', { name: 'Spreekuur plannen' }).click();
    await page.getByLabel('Kanaal').selectOption({ label: channel.name });
    await page.getByLabel('Titel').fill('Griep en de griepprik');
    await page.getByLabel('Hashtag').fill('SpreekuurGriep');
    await page.getByLabel('Begin').fill(toLocal(new Date(Date.now() - 5 * 60_000), 'Europe/Amsterdam'));
    await page.getByLabel('Einde').fill(toLocal(new Date(Date.now() + 55 * 60_000), 'Europe/Amsterdam'));
    await page.getByLabel('Gastheer of -vrouw (zorgverlener)').selectOption({ label: `contributor ${org.slug.slice(4)}` });
    await page.getByLabel('Moderator').selectOption({ label: `editor ${org.slug.slice(4)}` });
    await page.locator('form.qa-plan').getByRole('button', { name: 'Spreekuur plannen' }).click();
    await page.getByRole('heading', { level: 1, name: /Griep en de griepprik/ }).waitFor();
    const hourId = new URL(page.url()).pathname.split('/').at(-1)!;

    // The announcement (published as the engine would), and three people asking.
    const announcement = await publishOnBluesky(server, network, channel, 'Nu: spreekuur over griep. Stel je vraag met #SpreekuurGriep.');
    const asked = {
      piet: await piet.reply(announcement, 'Hoi, ik ben Piet Bakker. Wanneer begint de griepprik-campagne dit jaar? #SpreekuurGriep'),
      marieke: await marieke.post(
        `@${ours.handle} Ik ben Marieke, ik loop al drie dagen met koorts en pijnlijke spieren, moet ik antibiotica? #SpreekuurGriep`,
      ),
      kees: await kees.post(`@${ours.handle} Tot hoe laat loopt het spreekuur vanavond?`),
    };
    await network.waitForIndexed(asked.piet.uri, asked.marieke.uri, asked.kees.uri);
    // The inbox's own reading (a worker's round), until all three are stored; storing puts them in the queue.
    await network.waitFor('the poll to store the three questions', async () => {
      await db.execute(sql`UPDATE inbox_poll_state SET next_poll_at = now() WHERE channel_id = ${channel.id}`);
      await pollDueChannels(db, 'bluesky-qa', { secrets: server.deps.secrets, net: server.deps.net });
      const rows = await db.select({ id: inboxItems.externalId }).from(inboxItems).where(sql`${inboxItems.channelId} = ${channel.id}`);
      return Object.values(asked).every((a) => rows.some((r) => r.id === a.uri));
    });

    // The queue on the hour's page: all three, oldest first, new ones marked.
    await page.getByRole('button', { name: 'Vernieuwen' }).click();
    const cards = page.getByTestId('qa-question');
    await expect.poll(() => cards.count()).toBe(3);
    const texts = await cards.locator('.qa-question-text').allTextContents();
    expect(texts[0]).toContain('Piet Bakker');
    expect(texts[1]).toContain('antibiotica');
    expect(texts[2]).toContain('Tot hoe laat');
    expect(await cards.first().textContent()).toContain('Nieuw');

    // The medical question offers no public answer; the server refuses one all the same.
    const medical = cards.filter({ hasText: 'antibiotica' });
    await medical.getByText('Een medische vraag over iemands eigen situatie').waitFor();
    expect(await medical.getByRole('textbox').count()).toBe(0);
    const [medicalItem] = await db.select({ id: inboxItems.id }).from(inboxItems).where(sql`${inboxItems.externalId} = ${asked.marieke.uri}`);
    const refused = await editor.post(`/api/orgs/${org.id}/qa-hours/${hourId}/questions/${medicalItem!.id}/answer`, { text: 'Neem paracetamol.' });
    expect(refused.status).toBe(422);

    // Answer Piet in public, move Marieke to private, keep Kees for later.
    const pietCard = cards.filter({ hasText: 'Piet Bakker' });
    const answer = 'De griepprik-campagne begint half oktober. Meer uitleg staat op thuisarts.nl.';
    // The host's answer passes the guard as they type: one that confirms a patient cannot be sent.
    await pietCard.getByLabel('Je openbare antwoord').fill('Uw afspraak op de poli neurologie is verplaatst naar woensdag.');
    await pietCard
      .getByTestId('qa-guard')
      .getByText(/patiënt/)
      .waitFor();
    expect(await pietCard.getByRole('button', { name: /^Openbaar beantwoorden/ }).isDisabled()).toBe(true);
    await pietCard.getByLabel('Je openbare antwoord').fill(answer);
    await page.waitForFunction(() => !document.querySelector('[data-testid="qa-guard"] li'));
    await pietCard.getByRole('button', { name: /^Openbaar beantwoorden/ }).click();
    await pietCard.getByText('Openbaar beantwoord', { exact: true }).waitFor();
    await pietCard.getByText(/Ons antwoord \(verstuurd\)/).waitFor();
    await medical.getByRole('button', { name: /^Privé verder/ }).click();
    await medical.locator('.badge', { hasText: 'Privé verder' }).waitFor();
    await cards
      .filter({ hasText: 'Tot hoe laat' })
      .getByRole('button', { name: /^Later beantwoorden/ })
      .click();
    await cards.filter({ hasText: 'Tot hoe laat' }).locator('.badge', { hasText: 'Later beantwoorden' }).waitFor();

    // On the network: our reply records under Piet's and Marieke's posts.
    const pds = new AtpAgent({ service: network.pdsUrl });
    const replies = await network.waitFor('our two reply records', async () => {
      const { data } = await pds.com.atproto.repo.listRecords({ repo: ours.did, collection: 'app.bsky.feed.post', limit: 20 });
      const mine = data.records.map((r) => r.value as { text: string; reply?: { parent: { uri: string } } }).filter((v) => v.reply);
      return mine.length >= 2 ? mine : null;
    });
    expect(replies.find((r) => r.reply!.parent.uri === asked.piet.uri)?.text).toBe(answer);
    expect(replies.find((r) => r.reply!.parent.uri === asked.marieke.uri)?.text).toMatch(/privé verder gaan.*0344 123 456/);

    // After the hour: the look-back draft, with Piet's question and no name or handle of anyone asking.
    await db.execute(sql`UPDATE qa_hours SET starts_at = now() - interval '61 minutes', ends_at = now() - interval '1 minute' WHERE id = ${hourId}`);
    await page.reload();
    await page.getByRole('button', { name: 'Terugblik als concept maken' }).click();
    const summary = (await page.getByTestId('qa-summary').textContent()) ?? '';
    expect(summary).toContain('Een vraag over: wanneer begint de griepprik-campagne dit jaar?');
    expect(summary).not.toContain('antibiotica');
    expect(summary).not.toContain('Tot hoe laat');
    for (const person of [piet, marieke, kees]) {
      expect(summary).not.toContain(person.handle);
      expect(summary).not.toContain(person.handle.split('.')[0]!);
    }
    for (const name of ['Piet', 'Bakker', 'Marieke', 'Vries', 'Kees', 'Jansen', '@']) expect(summary).not.toContain(name);
    const [draft] = await db.select({ status: posts.status, text: posts.baseText }).from(posts).where(sql`${posts.baseText} = ${summary}`);
    expect(draft?.status).toBe('draft');
    await page.getByRole('link', { name: 'Open de terugblik (concept)' }).waitFor();
    console.info(`bluesky question hour walk: ${Date.now() - started} ms`);
  });
});
