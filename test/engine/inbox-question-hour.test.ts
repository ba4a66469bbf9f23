// The engine puts what it reads into a running question hour's queue as it stores the page, and
// skips that work for a channel whose question hours are far from what it read.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { inboxPollState, qaHours, qaQuestions } from '../../src/db/schema.ts';
import { withMastodonInbox } from '../support/mastodon-inbox.ts';

// Each test its own organisation and channel; the fake's mentions are shared.
const inbox = withMastodonInbox();
const { db } = inbox;
/** Reads this test's channel once from the start (other channels left alone). */
async function read() {
  await db().insert(inboxPollState).values({ channelId: inbox.channelId, orgId: inbox.org.id, cursor: '0' });
  const tally = await inbox.pollMine('qa-worker');
  expect(tally).not.toBeNull();
  return tally;
}

/** A question hour on this test's channel. */
async function hour(startsMinutesFromNow: number) {
  const starts = new Date(Date.now() + startsMinutesFromNow * 60_000);
  const [row] = await db()
    .insert(qaHours)
    .values({
      orgId: inbox.org.id,
      channelId: inbox.channelId,
      title: 'Spreekuur',
      hashtag: 'VraagHet',
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 60 * 60_000),
    })
    .returning();
  return row!.id;
}

it('puts a mention written during a question hour in its queue, labelled, as the page is stored', async () => {
  const hourId = await hour(-10);
  inbox.fake.mention({ acct: 'vrager@zorg.social', text: 'Hoe lang duurt het herstel na een knieoperatie? #VraagHet' });
  await read();
  const items = await inbox.items();
  const stored = items.find((i) => i.text.includes('knieoperatie'));
  expect(stored?.labels).toContain('spreekuur');
  const queue = await db().select().from(qaQuestions).where(eq(qaQuestions.qaHourId, hourId));
  expect(queue.map((q) => q.itemId)).toContain(stored!.id);
});

it('leaves the queue of an hour next week alone (nothing read was written in its window)', async () => {
  const hourId = await hour(7 * 24 * 60);
  inbox.fake.mention({ acct: 'vroeg@zorg.social', text: 'Alvast een vraag voor het spreekuur #VraagHet' });
  const tally = await read();
  expect(tally?.stored).toBeGreaterThan(0);
  expect(await db().select().from(qaQuestions).where(eq(qaQuestions.qaHourId, hourId))).toEqual([]);
  const items = await inbox.items();
  expect(items.every((i) => !i.labels.includes('spreekuur'))).toBe(true);
});
