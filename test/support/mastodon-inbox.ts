// The inbox engine against the Mastodon contract server (fake-mastodon.ts): one app and one server for
// a test file, and for each test its own organisation with a Mastodon channel (the server's mentions
// are shared, the cursor is per channel). Every request the server did not expect fails the test.
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { inboxItems, inboxPollState } from '../../src/db/schema.ts';
import { claimDueChannels, pollChannel } from '../../src/features/inbox/poll-channels.ts';
import type { Outbound } from '../../src/net/safe-fetch.ts';
import { type FakeMastodon, startFakeMastodon } from './fake-mastodon.ts';
import { buildMastodonChannel } from './inbox-factory.ts';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from './test-app.ts';

export interface MastodonInbox {
  readonly t: TestApp;
  readonly fake: FakeMastodon;
  /** This test's organisation and its Mastodon channel. */
  readonly org: TestOrg;
  readonly channelId: string;
  db(): TestApp['database']['db'];
  deps(): { secrets: TestApp['deps']['secrets']; net: Outbound };
  /** The channel's items, oldest first. */
  items(): Promise<(typeof inboxItems.$inferSelect)[]>;
  /** Makes the channel due for reading now. */
  dueNow(): Promise<unknown>;
  /** Claims due channels as `worker` and reads this test's channel only (others are released); null when it was not claimed. */
  pollMine(worker: string, net?: Outbound, leaseMs?: number): Promise<Awaited<ReturnType<typeof pollChannel>> | null>;
}

/** Registers the file's hooks; call it once at the top of a test file. */
export function withMastodonInbox(): MastodonInbox {
  let t: TestApp;
  let fake: FakeMastodon;
  let org: TestOrg;
  let channelId: string;
  beforeAll(async () => {
    t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
    fake = await startFakeMastodon();
  });
  beforeEach(async () => {
    org = await buildOrg(t);
    channelId = await buildMastodonChannel(t, org.id, fake);
  });
  afterEach(() => expect(fake.unexpected).toEqual([]));
  afterAll(async () => {
    await fake?.stop();
    await t?.close();
  });
  const db = () => t.database.db;
  const deps = () => ({ secrets: t.deps.secrets, net: t.deps.net });
  return {
    get t() {
      return t;
    },
    get fake() {
      return fake;
    },
    get org() {
      return org;
    },
    get channelId() {
      return channelId;
    },
    db,
    deps,
    items: () => db().select().from(inboxItems).where(eq(inboxItems.channelId, channelId)).orderBy(inboxItems.writtenAt, inboxItems.externalId),
    dueNow: () => db().update(inboxPollState).set({ nextPollAt: sql`now()` }).where(eq(inboxPollState.channelId, channelId)),
    async pollMine(worker, net, leaseMs) {
      await claimDueChannels(db(), `${worker}-warmup`, 0); // creates the poll state rows
      const claimed = await claimDueChannels(db(), worker, 100, leaseMs);
      // Release what is not ours to read in this test.
      for (const id of claimed.filter((c) => c !== channelId)) {
        await db()
          .update(inboxPollState)
          .set({ leaseOwner: null, leaseUntil: null, nextPollAt: sql`now() + interval '1 hour'` })
          .where(eq(inboxPollState.channelId, id));
      }
      if (!claimed.includes(channelId)) return null;
      return pollChannel(db(), channelId, worker, { ...deps(), net: net ?? t.deps.net }, leaseMs);
    },
  };
}
