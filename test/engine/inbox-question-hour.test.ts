// The engine puts what it reads into a running question hour's queue as it stores the page, and
// skips that work for a channel whose question hours are far from what it read.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inboxItems, inboxPollState, qaHours, qaQuestions } from '../../src/db/schema.ts';
import { claimDueChannels, pollChannel } from '../../src/features/inbox/poll-channels.ts';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon.ts';
import { buildMastodonChannel } from '../support/inbox-factory.ts';
import { buildOrg, createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let fake: FakeMastodon;
beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  fake = await startFakeMastodon();
});
afterAll(async () => {
  await fake.stop();
  await t.close();
});

const db = () => t.database.db;
/** Reads this channel once from the start (other channels left alone). */
async function read(channelId: string, orgId: string) {
  await db().insert(inboxPollState).values({ channelId, orgId, cursor: '0' }).onConflictDoNothing();
  await db().update(inboxPollState).set({ nextPollAt: sql`now()`, leaseOwner: null, leaseUntil: null }).where(eq(inboxPollState.channelId, channelId));
  const claimed = await claimDueChannels(db(), 'qa-worker', 100);
  for (const id of claimed.filter((c) => c !== channelId))
    await db().update(inboxPollState).set({ leaseOwner: null, leaseUntil: null }).where(eq(inboxPollState.channelId, id));
  expect(claimed).toContain(channelId);
  return pollChannel(db(), channelId, 'qa-worker', { secrets: t.deps.secrets, net: t.deps.net });
}

async function hour(orgId: string, channelId: string, startsMinutesFromNow: number) {
  const starts = new Date(Date.now() + startsMinutesFromNow * 60_000);
  const [row] = await db()
    .insert(qaHours)
    .values({ orgId, channelId, title: 'Spreekuur', hashtag: 'VraagHet', startsAt: starts, endsAt: new Date(starts.getTime() + 60 * 60_000) })
    .returning();
  return row!.id;
}

it('puts a mention written during a question hour in its queue, labelled, as the page is stored', async () => {
  const org = await buildOrg(t);
  const channelId = await buildMastodonChannel(t, org.id, fake);
  const hourId = await hour(org.id, channelId, -10);
  fake.mention({ acct: 'vrager@zorg.social', text: 'Hoe lang duurt het herstel na een knieoperatie? #VraagHet' });
  await read(channelId, org.id);
  const items = await db().select().from(inboxItems).where(eq(inboxItems.channelId, channelId));
  const stored = items.find((i) => i.text.includes('knieoperatie'));
  expect(stored?.labels).toContain('spreekuur');
  const queue = await db().select().from(qaQuestions).where(eq(qaQuestions.qaHourId, hourId));
  expect(queue.map((q) => q.itemId)).toContain(stored!.id);
});

it('leaves the queue of an hour next week alone (nothing read was written in its window)', async () => {
  const org = await buildOrg(t);
  const channelId = await buildMastodonChannel(t, org.id, fake);
  const hourId = await hour(org.id, channelId, 7 * 24 * 60);
  fake.mention({ acct: 'vroeg@zorg.social', text: 'Alvast een vraag voor het spreekuur #VraagHet' });
  const tally = await read(channelId, org.id);
  expect(tally?.stored).toBeGreaterThan(0);
  expect(await db().select().from(qaQuestions).where(eq(qaQuestions.qaHourId, hourId))).toEqual([]);
  const items = await db().select().from(inboxItems).where(eq(inboxItems.channelId, channelId));
  expect(items.every((i) => !i.labels.includes('spreekuur'))).toBe(true);
});
