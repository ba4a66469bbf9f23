// Issue 16's done-when for the careful route, in Chromium against the local Bluesky network: a
// campaign prepared (fields saved as you go, progress visible, nothing lost between phases),
// executed (a task with owner and deadline, a draft made from it, approved, scheduled and
// published by the worker as a real record on the PDS), and closed with its goal compared with
// the figures the metrics engine measured in the AppView after two other accounts liked it.
import { AtpAgent } from '@atproto/api';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignView } from '../../src/contracts/campaign';
import type { CampaignTaskView } from '../../src/contracts/campaign-task';
import { scheduleNewPublications, takeDueSnapshots } from '../../src/features/metrics/take-snapshots';
import { startWorker } from '../../src/features/publishing/worker';
import type { BlueskyChannel } from '../support/bluesky-channel';
import type { BlueskyActor, BlueskyNetwork, BlueskyTestAccount } from '../support/bluesky-network';
import { logIn } from '../support/browser';
import { localIn, loginAs, PASSWORD, type TestOrg } from '../support/test-app';
import { openBlueskyStage, type BlueskyStage } from '../support/bluesky-stage';
import type { startTestServer } from '../support/test-server';

let stage: BlueskyStage;
let network: BlueskyNetwork;
let ours: BlueskyTestAccount;
let fans: BlueskyActor[];
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let channel: BlueskyChannel;

beforeAll(async () => {
  stage = await openBlueskyStage({ account: 'griepcampagne', actors: ['griepfan1', 'griepfan2'] });
  ({ network, ours, server, org, channel, browser } = stage);
  fans = stage.actors;
}, 600_000);
afterAll(() => stage?.close());

/** Fills a worksheet field and leaves it (a save on blur), then waits until the server has it. */
async function answer(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

describe('a careful-route campaign with Bluesky', () => {
  it('is prepared, executed with its post published on the network, and closed with its goal against the measured likes', async () => {
    const started = Date.now();
    const db = server.database.db;
    const base = `/api/orgs/${org.id}`;
    const api = await loginAs(server, org.users.editor.email);
    const campaignNamed = async (name: string) =>
      ((await (await api.get(`${base}/campaigns`)).json()) as { items: CampaignView[] }).items.find((c) => c.name === name);

    // Preparation: started from the campaigns list, each answer saved when the field is left.
    const page = await logIn(browser, server.url, org.users.editor.email, PASSWORD);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Campagnes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Campagnes' }).waitFor();
    await page.getByLabel('Naam van de campagne').fill('Griepprik 2026');
    await page.getByRole('button', { name: 'Campagne starten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorbereiding: Griepprik 2026' }).waitFor();
    const progress = page.getByTestId('progress-preparation');
    expect(await progress.textContent()).toBe('0 van 12 ingevuld');

    await answer(page, 'Hashtag', 'weekvandegriepprik');
    await page.getByTestId('hashtag-advice').waitFor();
    expect(await page.getByTestId('save-status').textContent()).toBe('Opgeslagen');
    await answer(page, 'Hashtag', '#WeekVanDeGriepprik');
    await page.getByTestId('hashtag-advice').waitFor({ state: 'detached' });
    await answer(page, 'Wat moet er veranderen?', 'Meer mensen halen hun griepprik bij de praktijk');
    await page.getByLabel('Gemeten aan').selectOption({ label: 'Likes' });
    await answer(page, 'Streefcijfer', '2');
    await answer(page, 'Tekst', 'Griepprik zonder afspraak: dinsdag van 8 tot 12 uur.');
    await page.getByLabel('Bluesky praktijk').check();
    await expect.poll(() => progress.textContent()).toBe('5 van 12 ingevuld');
    const saved = await campaignNamed('Griepprik 2026');
    expect(saved).toMatchObject({ hashtag: '#WeekVanDeGriepprik', goalMetric: 'likes', goalTarget: 2, preparation: { platforms: [channel.id] } });

    // Execution: a task with owner, channel and deadline; a draft made from it.
    await page.getByRole('button', { name: 'Door naar Uitvoering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoering: Griepprik 2026' }).waitFor();
    await page.getByLabel('Wat moet er gemaakt worden?').fill('Aankondiging op Bluesky');
    await page.getByLabel('Wie maakt het?').selectOption({ label: `editor ${org.slug.slice(4)}` });
    await page.getByLabel('Voor welk kanaal?').selectOption({ label: 'Bluesky praktijk' });
    const due = localIn(3, '09:00');
    await page.getByLabel('Klaar op').fill(due);
    await page.getByRole('button', { name: 'Taak toevoegen', exact: true }).click();
    const task = page.getByTestId('campaign-task');
    await task.getByText(`klaar op ${due.replace('T', ' ')}`, { exact: false }).waitFor();
    expect(await task.textContent()).toContain(`door editor ${org.slug.slice(4)}`);
    await task.getByRole('button', { name: 'Maak concept van ‘Aankondiging op Bluesky’' }).click();
    const campaignPost = page.getByTestId('campaign-post');
    await campaignPost.getByText('Concept').waitFor();
    expect(await page.locator('.campaign-post-group h3').allTextContents()).toEqual(['Voor het evenement']);

    // Nothing lost between phases: back to the preparation, the answers are there.
    await page.getByRole('link', { name: /^1\. Voorbereiding/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorbereiding: Griepprik 2026' }).waitFor();
    expect(await page.getByLabel('Tekst', { exact: true }).inputValue()).toBe('Griepprik zonder afspraak: dinsdag van 8 tot 12 uur.');
    expect(await page.getByLabel('Streefcijfer').inputValue()).toBe('2');

    // The draft through the normal workflow: submitted, approved by someone else, scheduled, sent by the worker.
    const campaign = (await campaignNamed('Griepprik 2026'))!;
    const [made] = ((await (await api.get(`${base}/campaigns/${campaign.id}/tasks`)).json()) as { items: CampaignTaskView[] }).items;
    const postId = made!.postId!;
    expect(made).toMatchObject({ dueLocal: due, postStatus: 'draft' });
    const approver = await loginAs(server, org.users.approver.email);
    expect((await api.post(`${base}/posts/${postId}/transitions`, { event: 'submit' })).status).toBe(200);
    expect((await approver.post(`${base}/posts/${postId}/transitions`, { event: 'approve' })).status).toBe(200);
    await db.execute(sql`UPDATE posts SET scheduled_at = now() + interval '2 seconds' WHERE id = ${postId}`);
    expect((await api.post(`${base}/posts/${postId}/transitions`, { event: 'schedule' })).status).toBe(200);
    const worker = await startWorker(server.database, { mediaDir: server.deps.mediaDir, secrets: server.deps.secrets, net: server.deps.net });
    try {
      await expect
        .poll(async () => ((await (await api.get(`${base}/posts/${postId}`)).json()) as { status: string }).status, { timeout: 30_000, interval: 300 })
        .toBe('published');
    } finally {
      await worker.stop();
    }
    // A real record in our repository on the PDS, with the campaign's text and hashtag.
    const pds = new AtpAgent({ service: network.pdsUrl });
    const { data } = await pds.com.atproto.repo.listRecords({ repo: ours.did, collection: 'app.bsky.feed.post', limit: 10 });
    const record = data.records.find((r) => (r.value as { text: string }).text.includes('#WeekVanDeGriepprik'));
    expect((record?.value as { text: string } | undefined)?.text).toBe('Griepprik zonder afspraak: dinsdag van 8 tot 12 uur.\n\n#WeekVanDeGriepprik');

    // Two other accounts like it; the metrics engine reads the AppView's counts.
    await network.react(
      record!.uri,
      fans.map((by) => ({ by, act: 'like' as const })),
    );
    const appView = new AtpAgent({ service: network.bskyUrl });
    await network.waitFor('the AppView to count 2 likes', async () => {
      const { data: seen } = await appView.app.bsky.feed.getPosts({ uris: [record!.uri] });
      return seen.posts[0]?.likeCount === 2;
    });
    expect(await scheduleNewPublications(db)).toBe(1);
    await db.execute(sql`UPDATE metric_schedules SET next_due_at = now() WHERE variant_id IN (SELECT id FROM post_variants WHERE post_id = ${postId})`);
    expect((await takeDueSnapshots(db, 'campaign-walk', { secrets: server.deps.secrets, net: server.deps.net })).snapshots).toBe(1);

    // Aftercare: the task marked done, the verdict in words with the measured figure, the campaign closed.
    await page.getByRole('link', { name: /^2\. Uitvoering/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoering: Griepprik 2026' }).waitFor();
    await campaignPost.getByText('Gepubliceerd').waitFor();
    await page.getByLabel('Aankondiging op Bluesky', { exact: true }).check();
    await expect.poll(() => page.getByTestId('progress-execution').textContent()).toBe('3 van 4 ingevuld');
    await page.getByRole('button', { name: 'Door naar Nazorg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nazorg: Griepprik 2026' }).waitFor();
    expect(await page.getByTestId('campaign-verdict').textContent()).toBe('Doel gehaald: 2 likes, doel was 2.');
    await answer(page, 'Terugblik: wat ging goed, wat kan beter?', 'Veel reacties op de ochtend zonder afspraak.');
    await page.getByRole('button', { name: 'Campagne afsluiten' }).click();
    await page.getByText('Deze campagne is afgesloten.').waitFor();
    expect(await campaignNamed('Griepprik 2026')).toMatchObject({ phase: 'closed', aftercare: { lookBack: 'Veel reacties op de ochtend zonder afspraak.' } });
    console.info(`careful campaign walk: ${Date.now() - started} ms`);
  });
});
