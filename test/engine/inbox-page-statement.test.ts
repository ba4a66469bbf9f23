// A page read by the inbox engine is stored in one statement with the lease check and the cursor
// move (and, for a page with something urgent, in a transaction with the crisis announcement),
// while the next page is read and triaged. What must hold: a page whose lease was lost stores
// nothing and announces nothing; a failure between pages keeps the pages before it; a page that
// cannot be stored moves no cursor, without BEGIN/COMMIT around it.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { inboxPollState, notifications } from '../../src/db/schema.ts';
import type { Outbound } from '../../src/net/safe-fetch.ts';
import { withMastodonInbox } from '../support/mastodon-inbox.ts';

// A marker stands in for what the classifier recognises: this file tests the engine's handling of a crisis, not triage.
vi.mock('../../src/triage/triage.ts', async (real) => (await import('../support/crisis-marker.ts')).withCrisisMarker(await real()));

const inbox = withMastodonInbox();
const { db, items, dueNow, pollMine } = inbox;
const state = async () => (await db().select().from(inboxPollState).where(eq(inboxPollState.channelId, inbox.channelId)))[0]!;
const crisisNotices = () =>
  db()
    .select()
    .from(notifications)
    .where(and(eq(notifications.orgId, inbox.org.id), eq(notifications.kind, 'inbox_urgent')));

/** A network whose `nth` notifications call waits until released (or fails, when `fail`). */
function stallingNet(nth: number, fail = false) {
  let release!: () => void;
  const hung = new Promise<void>((r) => (release = r));
  const seen = { calls: 0 };
  const net: Outbound = {
    ...inbox.t.deps.net,
    check: inbox.t.deps.net.check,
    fetch: async (input, init) => {
      if (String(input).includes('/api/v1/notifications') && ++seen.calls === nth) {
        if (fail) throw new Error('connection reset');
        await hung;
      }
      return inbox.t.deps.net.fetch(input, init);
    },
  };
  return { net, release, seen };
}

describe('one statement per page', () => {
  it('a page whose lease was taken while it was read stores nothing of it and announces nothing; the new holder reads it once', async () => {
    inbox.fake.mention({ acct: 'eerste@zorg.social', text: 'Hallo' });
    await pollMine('start');
    const before = (await items()).length;
    const sent = Array.from({ length: 84 }, (_, i) => inbox.fake.mention({ acct: `p${i}@zorg.social`, text: `Vraag ${i}` }).id);
    const crisis = inbox.fake.mention({ acct: 'anon@zorg.social', text: '[crisis] ik zie het allemaal niet meer zitten', language: 'nl' });
    await dueNow();
    const { net, release, seen } = stallingNet(2);
    const a = pollMine('worker-a', net);
    await vi.waitFor(() => expect(seen.calls).toBe(2), { timeout: 5000 });
    await vi.waitFor(async () => expect((await items()).length).toBe(before + 80), { timeout: 5000 });
    const afterFirstPage = (await state()).cursor;
    // Another worker holds the channel now (A's lease ran out and was claimed while A waited).
    await db().update(inboxPollState).set({ leaseOwner: 'worker-b' }).where(eq(inboxPollState.channelId, inbox.channelId));
    release();
    expect((await a)?.stored).toBe(80);
    // Nothing of the second page (with the crisis in it) is stored, announced or passed by the cursor.
    expect((await items()).map((i) => i.externalId)).not.toContain(crisis.id);
    expect(await crisisNotices()).toHaveLength(0);
    expect(await state()).toMatchObject({ cursor: afterFirstPage, leaseOwner: 'worker-b' });
    // The new holder reads from there: each item once, the crisis announced once.
    await db().update(inboxPollState).set({ leaseOwner: null, leaseUntil: null }).where(eq(inboxPollState.channelId, inbox.channelId));
    await dueNow();
    expect((await pollMine('worker-b'))?.stored).toBe(5);
    const stored = (await items()).map((i) => i.externalId);
    expect(new Set(stored).size).toBe(stored.length);
    for (const id of [...sent, crisis.id]) expect(stored).toContain(id);
    expect(await crisisNotices()).toHaveLength(1);
  });

  it('a failure reading the next page keeps the page stored before it, and the next turn goes on from there', async () => {
    inbox.fake.mention({ acct: 'eerste@zorg.social', text: 'Hallo' });
    await pollMine('start');
    const before = (await items()).length;
    const sent = Array.from({ length: 90 }, (_, i) => inbox.fake.mention({ acct: `q${i}@zorg.social`, text: `Vraag ${i}` }).id);
    await dueNow();
    const { net } = stallingNet(2, true);
    expect((await pollMine('worker-a', net))?.stored).toBe(80);
    expect((await items()).length).toBe(before + 80);
    expect(await state()).toMatchObject({ failures: 1, leaseOwner: null, lastError: 'Mastodon could not be reached' });
    await db().update(inboxPollState).set({ nextPollAt: sql`now()` }).where(eq(inboxPollState.channelId, inbox.channelId));
    expect((await pollMine('worker-b'))?.stored).toBe(10);
    const stored = (await items()).map((i) => i.externalId);
    expect(new Set(stored).size).toBe(stored.length);
    for (const id of sent) expect(stored).toContain(id);
  });

  it('a page the database refuses moves no cursor and stores none of its items (one statement, no transaction around it)', async () => {
    inbox.fake.mention({ acct: 'eerste@zorg.social', text: 'Hallo' });
    await pollMine('start');
    const cursor = (await state()).cursor;
    const before = (await items()).length;
    const ok = inbox.fake.mention({ acct: 'een@zorg.social', text: 'Gewoon een vraag' });
    const refused = inbox.fake.mention({ acct: 'twee@zorg.social', text: 'Weigerbaar [refuse]' });
    // The database refuses one row of the page (a trigger stands in for any failing insert).
    await db().execute(sql`
      CREATE OR REPLACE FUNCTION test_refuse_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.text LIKE '%[refuse]%' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await db().execute(sql`CREATE TRIGGER test_refuse_item BEFORE INSERT ON inbox_items FOR EACH ROW EXECUTE FUNCTION test_refuse_item()`);
    try {
      await dueNow();
      expect((await pollMine('w1'))?.stored).toBe(0);
      expect((await items()).length).toBe(before);
      expect(await state()).toMatchObject({ cursor, failures: 1, lastError: expect.stringMatching(/^internal error/) });
      // The failed query's text (and the page's messages in it) never reaches the stored reason.
      expect((await state()).lastError).not.toMatch(/Weigerbaar|Gewoon een vraag|insert/i);
    } finally {
      await db().execute(sql`DROP TRIGGER test_refuse_item ON inbox_items`);
    }
    await db().update(inboxPollState).set({ nextPollAt: sql`now()` }).where(eq(inboxPollState.channelId, inbox.channelId));
    expect((await pollMine('w1'))?.stored).toBe(2);
    expect((await items()).map((i) => i.externalId)).toEqual(expect.arrayContaining([ok.id, refused.id]));
  });
});
