// A Bluesky channel of a test organisation, connected to an account on the local network, and a
// post published on it through the real adapter (what the engine does), waited for in the AppView.
import { randomUUID } from 'node:crypto';
import { blueskyAdapter } from '../../src/channels/bluesky/bluesky-adapter';
import { channels } from '../../src/db/schema';
import type { BlueskyNetwork, BlueskyTestAccount } from './bluesky-network';
import type { startTestServer } from './test-server';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
export type BlueskyChannel = typeof channels.$inferSelect;

export async function addBlueskyChannel(server: TestServer, orgId: string, network: BlueskyNetwork, account: BlueskyTestAccount): Promise<BlueskyChannel> {
  const [channel] = await server.database.db
    .insert(channels)
    .values({
      orgId,
      type: 'bluesky',
      name: 'Bluesky praktijk',
      slug: `bluesky-${randomUUID().slice(0, 6)}`,
      settings: { service: network.pdsUrl, handle: account.handle, did: account.did },
      credentials: server.deps.secrets.seal({ service: network.pdsUrl, identifier: account.handle, appPassword: account.appPassword }),
    })
    .returning();
  return channel!;
}

/** Publishes `text` on the channel and waits until the AppView has indexed it; its at:// URI. */
export async function publishOnBluesky(server: TestServer, network: BlueskyNetwork, channel: BlueskyChannel, text: string): Promise<string> {
  const published = await blueskyAdapter.publish({
    postId: randomUUID(),
    text,
    media: [],
    channel: { id: channel.id, slug: channel.slug, orgSlug: 'zorg', settings: channel.settings },
    credentials: server.deps.secrets.open(channel.credentials!),
    net: server.deps.net,
  });
  if (published.kind !== 'published') throw new Error(`publish failed: ${JSON.stringify(published)}`);
  await network.waitForIndexed(published.externalId);
  return published.externalId;
}
