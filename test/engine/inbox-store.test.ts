// Storing a page read from a network (store-inbound.ts): every field kept, triage and sentiment and
// the response-time target written with it, each item once, and text a network cut in the middle of
// an emoji stored rather than failing the whole page.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InboundItem } from '../../src/channels/reading.ts';
import { inboxItems } from '../../src/db/schema.ts';
import { loadOrgTargets } from '../../src/features/inbox/response-targets.ts';
import { storeInbound } from '../../src/features/inbox/store-inbound.ts';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon.ts';
import { buildMastodonChannel } from '../support/inbox-factory.ts';
import { buildOrg, createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let fake: FakeMastodon;
beforeAll(async () => {
  t = await createTestApp();
  fake = await startFakeMastodon();
});
afterAll(async () => {
  await fake.stop();
  await t.close();
});

const item = (externalId: string, text: string, extra: Partial<InboundItem> = {}): InboundItem => ({
  externalId,
  kind: 'reply',
  threadExternalId: 'root-1',
  parentExternalId: 'root-1',
  author: { externalId: 'acct-7', handle: 'piet@zorg.social', displayName: 'Piet' },
  text,
  lang: 'nl',
  url: `https://zorg.social/@piet/${externalId}`,
  createdAt: '2026-11-20T09:30:00.000Z',
  ...extra,
});

it('stores each field of a page with its triage, mood and target, and each item only once', async () => {
  const org = await buildOrg(t);
  const channelId = await buildMastodonChannel(t, org.id, fake);
  const channel = { id: channelId, orgId: org.id };
  const targets = await loadOrgTargets(t.database.db, org.id);
  const now = new Date('2026-11-23T10:00:00.000Z');
  const page = [
    item('n1', 'Tot hoe laat mag er morgen bezoek komen?', { attachments: 3 }),
    item('n2', 'Pa is op de keukenvloer gevallen en ademt niet', { lang: null, author: { externalId: 'acct-8', handle: 'an@zorg.social', displayName: null } }),
  ];
  const stored = await storeInbound(t.database.db, channel, page, targets, now);
  expect(stored.map((s) => s.category).sort()).toEqual(['crisis', 'question']);
  expect(stored.find((s) => s.category === 'crisis')?.urgent).toBe(true);

  const rows = await t.database.db.select().from(inboxItems).where(eq(inboxItems.channelId, channelId)).orderBy(inboxItems.externalId);
  expect(rows).toHaveLength(2);
  const [question, crisis] = rows;
  expect(question).toMatchObject({
    orgId: org.id,
    kind: 'reply',
    threadKey: 'root-1',
    parentExternalId: 'root-1',
    authorExternalId: 'acct-7',
    authorHandle: 'piet@zorg.social',
    authorName: 'Piet',
    text: 'Tot hoe laat mag er morgen bezoek komen?',
    attachments: 3,
    lang: 'nl',
    url: 'https://zorg.social/@piet/n1',
    category: 'question',
    urgent: false,
    state: 'open',
    postId: null,
  });
  expect(question!.writtenAt.toISOString()).toBe('2026-11-20T09:30:00.000Z');
  expect(question!.receivedAt.toISOString()).toBe(now.toISOString());
  expect(question!.dueAt!.getTime()).toBeGreaterThan(now.getTime());
  expect(question!.warnAt!.getTime()).toBeLessThan(question!.dueAt!.getTime());
  expect(crisis).toMatchObject({ category: 'crisis', urgent: true, authorName: null, lang: 'nl' });
  expect(crisis!.sentiment).toBe('negative');
  expect(crisis!.sentimentScore).toBeLessThan(0);

  // Read again (a worker that lost its lease, an overlapping page): nothing new, nothing doubled.
  const again = await storeInbound(t.database.db, channel, [...page, item('n3', 'Dank voor de goede zorg!')], targets, now);
  expect(again.map((s) => s.category)).toEqual(['compliment']);
  expect(await t.database.db.select().from(inboxItems).where(eq(inboxItems.channelId, channelId))).toHaveLength(3);
});

it('stores text with half an emoji (a lone surrogate) with a replacement character, and the rest of the page', async () => {
  const org = await buildOrg(t);
  const channelId = await buildMastodonChannel(t, org.id, fake);
  const targets = await loadOrgTargets(t.database.db, org.id);
  const cut = 'Bedankt \ud83d';
  const stored = await storeInbound(t.database.db, { id: channelId, orgId: org.id }, [item('s1', cut), item('s2', 'Wat een fijne zorg')], targets);
  expect(stored).toHaveLength(2);
  const rows = await t.database.db.select().from(inboxItems).where(eq(inboxItems.channelId, channelId)).orderBy(inboxItems.externalId);
  expect(rows.map((r) => r.text)).toEqual(['Bedankt \ufffd', 'Wat een fijne zorg']);
});

it('stores a typed backslash escape as typed, beside a whole emoji and half of one', async () => {
  const org = await buildOrg(t);
  const channelId = await buildMastodonChannel(t, org.id, fake);
  const targets = await loadOrgTargets(t.database.db, org.id);
  // `\ud83d` typed as six characters looks like the escape JSON writes for half an emoji: it is text.
  const typed = String.raw`Zie C:\ud83d\map 😀`;
  const stored = await storeInbound(
    t.database.db,
    { id: channelId, orgId: org.id },
    [
      item('b1', typed),
      item('b2', 'Hartelijk dank 😀'),
      item('b3', 'Half \ud83d en heel 😀', { author: { externalId: 'a\ud83d', handle: 'h\ud83d@x', displayName: 'Naam \ud83d' } }),
    ],
    targets,
  );
  expect(stored).toHaveLength(3);
  const rows = await t.database.db.select().from(inboxItems).where(eq(inboxItems.channelId, channelId)).orderBy(inboxItems.externalId);
  expect(rows.map((r) => [r.text, r.authorName])).toEqual([
    [typed, 'Piet'],
    ['Hartelijk dank 😀', 'Piet'],
    ['Half \ufffd en heel 😀', 'Naam \ufffd'],
  ]);
});
