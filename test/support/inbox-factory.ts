// Inbox factories: a Mastodon channel connected to the fake instance, and items stored directly.
import { randomUUID } from 'node:crypto';
import { channels, inboxItems } from '../../src/db/schema.ts';
import type { FakeMastodon } from './fake-mastodon.ts';
import type { TestApp } from './test-app.ts';

export async function buildMastodonChannel(t: TestApp, orgId: string, fake: FakeMastodon): Promise<string> {
  const [channel] = await t.database.db
    .insert(channels)
    .values({
      orgId,
      type: 'mastodon',
      name: 'Mastodon',
      slug: `mastodon-${randomUUID().slice(0, 6)}`,
      settings: { instance: fake.url, acct: 'zorg', accountId: '42' },
      credentials: t.deps.secrets.seal({ clientId: 'c', clientSecret: 's', accessToken: fake.issueToken() }),
    })
    .returning();
  return channel!.id;
}

/** An item as if read from a network; `minutesAgo` sets when it was written. */
export async function buildItem(
  t: TestApp,
  orgId: string,
  channelId: string,
  extra: Partial<typeof inboxItems.$inferInsert> & { minutesAgo?: number } = {},
): Promise<string> {
  const { minutesAgo = 0, ...rest } = extra;
  const externalId = rest.externalId ?? randomUUID();
  const [row] = await t.database.db
    .insert(inboxItems)
    .values({
      orgId,
      channelId,
      externalId,
      kind: 'mention',
      threadKey: externalId,
      authorExternalId: 'a1',
      authorHandle: 'jan@mastodon.example',
      authorName: 'Jan',
      text: 'Tot wanneer mag ik vanavond op bezoek komen?',
      writtenAt: new Date(Date.now() - minutesAgo * 60_000),
      ...rest,
    })
    .returning({ id: inboxItems.id });
  return row!.id;
}
