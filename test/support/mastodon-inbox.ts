// The Mastodon contract server (fake-mastodon.ts) beside a test app for a test file (withMastodonServer:
// the API tests keep their own organisations), and the inbox engine against it (withMastodonInbox: for
// each test its own organisation with a Mastodon channel; the server's mentions are shared, the cursor is
// per channel). Every request the server did not expect fails the test that made it.
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { inboxItems, inboxPollState } from '../../src/db/schema.ts';
import { claimDueChannels, pollChannel } from '../../src/features/inbox/poll-channels.ts';
import type { Outbound } from '../../src/net/safe-fetch.ts';
import { type FakeMastodon, startFakeMastodon } from './fake-mastodon.ts';
import { type FileApp, withTestApp } from './file-app.ts';
import { buildMastodonChannel } from './inbox-factory.ts';
import { buildOrg, type TestOrg } from './test-app.ts';

export interface MastodonServer extends FileApp {
  /** The Mastodon contract server; a request it did not expect fails the test that made it. */
  readonly fake: FakeMastodon;
}

/** Registers the file's hooks (the app may reach the server on 127.0.0.1); call it once at the top of a test file. */
export function withMastodonServer(): MastodonServer {
  const app = withTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  let fake: FakeMastodon;
  beforeAll(async () => {
    fake = await startFakeMastodon();
  });
  afterEach(() => expect(fake.unexpected).toEqual([]));
  afterAll(async () => {
    await fake?.stop();
  });
  return {
    get t() {
      return app.t;
    },
    get fake() {
      return fake;
    },
    db: app.db,
    deps: app.deps,
  };
}

export interface MastodonInbox extends MastodonServer {
  /** This test's organisation and its Mastodon channel. */
  readonly org: TestOrg;
  readonly channelId: string;
  /** The channel's items, oldest first. */
  items(): Promise<(typeof inboxItems.$inferSelect)[]>;
  /** Makes the channel due for reading now. */
  dueNow(): Promise<unknown>;
  /** Claims due channels as `worker` and reads this test's channel only (others are released); null when it was not claimed. */
  pollMine(worker: string, net?: Outbound, leaseMs?: number): Promise<Awaited<ReturnType<typeof pollChannel>> | null>;
}

/** withMastodonServer, and for each test its own organisation and channel; call it once at the top of a test file. */
export function withMastodonInbox(): MastodonInbox {
  const server = withMastodonServer();
  const { db, deps } = server;
  let org: TestOrg;
  let channelId: string;
  beforeEach(async () => {
    org = await buildOrg(server.t);
    channelId = await buildMastodonChannel(server.t, org.id, server.fake);
  });
  return {
    get t() {
      return server.t;
    },
    get fake() {
      return server.fake;
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
      return pollChannel(db(), channelId, worker, { ...deps(), net: net ?? server.t.deps.net }, leaseMs);
    },
  };
}
