import { AtpAgent } from '@atproto/api';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSnapshots } from '../../src/db/schema';
import { scheduleNewPublications, takeDueSnapshots } from '../../src/features/metrics/take-snapshots';
import { type BlueskyChannel, publishOnBluesky } from '../support/bluesky-channel';
import type { BlueskyActor, BlueskyNetwork } from '../support/bluesky-network';
import { logIn } from '../support/browser';
import { buildPublished } from '../support/metrics-factory';
import { PASSWORD, type TestOrg } from '../support/test-app';
import { openBlueskyStage, type BlueskyStage } from '../support/bluesky-stage';
import type { startTestServer } from '../support/test-server';

let stage: BlueskyStage;
let network: BlueskyNetwork;
let fans: BlueskyActor[];
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let org: TestOrg;
let channel: BlueskyChannel;

beforeAll(async () => {
  stage = await openBlueskyStage({ account: 'huisartscijfers', actors: ['fan1', 'fan2', 'fan3'] });
  ({ network, server, org, channel, browser } = stage);
  fans = stage.actors;
}, 600_000);
afterAll(() => stage?.close());

describe('figures of a Bluesky post', () => {
  it('measures likes and reposts twice through the adapter and shows the counts and the growth curve', async () => {
    const started = Date.now();
    const db = server.database.db;
    const deps = { secrets: server.deps.secrets, net: server.deps.net };
    const text = 'Griepprik zonder afspraak: dinsdag van 8 tot 12 uur.';
    const uri = await publishOnBluesky(server, network, channel, text);
    // The post as the publishing engine leaves it (published variant with the network's id).
    const { postId, variantId } = await buildPublished(db, {
      orgId: org.id,
      channelId: channel.id,
      publishedAt: new Date(Date.now() - 60_000),
      externalId: uri,
      text,
    });

    const measure = async () => {
      await db.execute(sql`UPDATE metric_schedules SET next_due_at = now() WHERE variant_id = ${variantId}`);
      return takeDueSnapshots(db, 'bluesky-metrics', deps);
    };
    const snapshots = () => db.select().from(postSnapshots).where(sql`${postSnapshots.variantId} = ${variantId}`).orderBy(postSnapshots.at);

    // Waits until the AppView counts what the accounts did, then lets the engine read once.
    const appView = new AtpAgent({ service: network.bskyUrl });
    const counted = (likes: number, reposts: number) =>
      network.waitFor(`the AppView to count ${likes} likes and ${reposts} reposts`, async () => {
        const { data } = await appView.app.bsky.feed.getPosts({ uris: [uri] });
        return data.posts[0]?.likeCount === likes && data.posts[0]?.repostCount === reposts;
      });

    expect(await scheduleNewPublications(db)).toBe(1);
    await network.react(uri, [{ by: fans[0]!, act: 'like' }]);
    await counted(1, 0);
    expect((await measure()).snapshots).toBe(1);
    // Then three likes and two reposts; the engine's second read sees them.
    const [a, b, c] = fans as [BlueskyActor, BlueskyActor, BlueskyActor];
    await network.react(uri, [
      { by: b, act: 'like' },
      { by: c, act: 'like' },
      { by: a, act: 'repost' },
      { by: b, act: 'repost' },
    ]);
    await counted(3, 2);
    expect((await measure()).snapshots).toBe(1);
    const rows = await snapshots();
    expect(rows.map((r) => [r.likes, r.reposts])).toEqual([
      [1, 0],
      [3, 2],
    ]);

    const page = await logIn(browser, server.url, org.users.viewer.email, PASSWORD);
    await page.goto(`${server.url}/posts/${postId}`);
    await page.getByRole('heading', { level: 2, name: 'Groei' }).waitFor();
    const growth = page.locator('.post-growth');
    await growth.locator('.chart-canvas svg').waitFor();
    expect(await growth.textContent()).toContain('Bluesky praktijk: 3 likes, 2 reposts, 0 reacties');
    await page.getByText('Toon als tabel').click();
    // Engagements (likes + reposts + replies + quotes) at the two moments: 1, then 5.
    expect(await growth.locator('table tbody td').allTextContents()).toEqual(['1', '5']);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
    const engagements = page.locator('.figure-card').filter({ hasText: 'Interacties' }).first();
    await expect.poll(() => engagements.locator('.figure-value').textContent()).toBe('5');
    expect(await page.getByRole('link', { name: text }).count()).toBeGreaterThan(0);
    console.info(`bluesky metrics walk: ${Date.now() - started} ms`);
  });
});
