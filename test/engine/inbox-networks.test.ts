// The inbox engine with the networks' own adapters against their contract servers: reactions on X
// and on a Facebook Page are read by the leased poll, stored once, kept with the post they react
// to, read again only at the network's pace, and answered by the engine (publicly on X,
// privately through Messenger on Facebook).
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { xAdapter } from '../../src/channels/x/x-adapter.ts';
import { channels, inboxItems, inboxPollState, inboxReplies, postVariants, posts } from '../../src/db/schema.ts';
import { claimDueChannels, pollChannel } from '../../src/features/inbox/poll-channels.ts';
import { sendDueReplies } from '../../src/features/inbox/send-replies.ts';
import { FB_PAGE, type FakeMetaComments, startFakeMetaComments } from '../support/fake-meta-comments.ts';
import { type FakeX, startFakeX } from '../support/fake-x.ts';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let x: FakeX;
let meta: FakeMetaComments;
const db = () => t.database.db;
const deps = () => ({ secrets: t.deps.secrets, net: t.deps.net });

beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  x = await startFakeX('https://zorgpost.test/api/oauth/callback');
  meta = await startFakeMetaComments();
  Object.assign(process.env, meta.env);
});
afterEach(() => {
  expect(x.unexpected).toEqual([]);
  expect(meta.unexpected).toEqual([]);
});
afterAll(async () => {
  await x.stop();
  await meta.close();
  await t.close();
});

async function channel(type: string, settings: Record<string, unknown>, credentials: Record<string, unknown>): Promise<string> {
  const [row] = await db()
    .insert(channels)
    .values({ orgId: org.id, type, name: type, slug: `${type}-${randomUUID().slice(0, 6)}`, settings, credentials: t.deps.secrets.seal(credentials) })
    .returning();
  return row!.id;
}
/** Our published post on a channel, with the network's id. */
async function published(channelId: string, externalId: string): Promise<string> {
  const [post] = await db().insert(posts).values({ orgId: org.id, baseText: 'Griepprik', status: 'published' }).returning();
  await db().insert(postVariants).values({ orgId: org.id, postId: post!.id, channelId, externalId });
  return post!.id;
}
/** One poll of this channel, if it is due (others are released). */
async function poll(channelId: string) {
  await claimDueChannels(db(), 'warmup', 0);
  const claimed = await claimDueChannels(db(), 'w1', 100);
  for (const id of claimed.filter((c) => c !== channelId))
    await db().update(inboxPollState).set({ leaseOwner: null, leaseUntil: null }).where(eq(inboxPollState.channelId, id));
  return claimed.includes(channelId) ? pollChannel(db(), channelId, 'w1', deps()) : null;
}
const itemsOf = (channelId: string) => db().select().from(inboxItems).where(eq(inboxItems.channelId, channelId)).orderBy(inboxItems.writtenAt);
const nextPollIn = async (channelId: string) =>
  (await db().select().from(inboxPollState).where(eq(inboxPollState.channelId, channelId)))[0]!.nextPollAt.getTime() - Date.now();

describe('X through the engine', () => {
  it('stores a reply to our post once, in its thread, reads again after two minutes, and answers it', async () => {
    const ctx = { redirectUri: 'https://zorgpost.test/api/oauth/callback', net: t.deps.net, env: x.env };
    const start = await xAdapter.oauth.begin({}, randomUUID(), ctx);
    const back = new URL((await fetch(start.authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    const connection = await xAdapter.oauth.finish(start.pending, back.searchParams.get('code')!, ctx);
    const channelId = await channel('x', connection.settings, connection.credentials!);
    const out = await xAdapter.publish({
      postId: randomUUID(),
      text: 'Griepprik vanaf maandag.',
      media: [],
      channel: { id: channelId, slug: 'x', orgSlug: 'o', settings: connection.settings },
      credentials: connection.credentials,
      net: t.deps.net,
    });
    if (out.kind !== 'published') throw new Error('not published');
    const postId = await published(channelId, out.externalId);
    const question = x.mention({ username: 'jan_nl', text: '@ziekenhuis Ook voor zwangeren?', inReplyTo: out.externalId, lang: 'nl' });

    expect((await poll(channelId))?.stored).toBe(1);
    const [item] = await itemsOf(channelId);
    expect(item).toMatchObject({ externalId: question.id, kind: 'reply', threadKey: out.externalId, postId, authorHandle: 'jan_nl', lang: 'nl' });
    const wait = await nextPollIn(channelId);
    expect(wait).toBeGreaterThan(110_000);
    expect(wait).toBeLessThanOrEqual(120_000);
    expect(await poll(channelId)).toBeNull();

    await db().insert(inboxReplies).values({ orgId: org.id, itemId: item!.id, text: 'Ja, ook voor zwangeren.', status: 'planned' });
    expect((await sendDueReplies(db(), 'w1', deps())).sent).toBe(1);
    const answer = [...x.tweets.values()].find((tw) => tw.inReplyTo === question.id);
    expect(answer?.text).toBe('@jan_nl Ja, ook voor zwangeren.');
    // Read again once the pace allows: nothing new, nothing doubled.
    await db().update(inboxPollState).set({ nextPollAt: sql`now()` }).where(eq(inboxPollState.channelId, channelId));
    expect((await poll(channelId))?.stored).toBe(0);
  });
});

describe('Facebook through the engine', () => {
  it('stores comments with their post and answers one privately through Messenger', async () => {
    const channelId = await channel('facebook', { pageId: FB_PAGE.id, pageName: FB_PAGE.name }, { pageToken: FB_PAGE.token });
    const fbPost = meta.post();
    const postId = await published(channelId, fbPost);
    const question = meta.comment(fbPost, 'Jan Jansen', 'Mag ik bellen over mijn moeder? Ze is opgenomen op de afdeling.', { at: Date.now() - 2000 });
    meta.comment(fbPost, 'Els', 'Ik heb dezelfde vraag', { parent: question.id, at: Date.now() - 1000 });
    expect((await poll(channelId))?.stored).toBe(2);
    const stored = await itemsOf(channelId);
    expect(stored.map((i) => [i.kind, i.threadKey, i.parentExternalId, i.postId])).toEqual([
      ['comment', fbPost, fbPost, postId],
      ['reply', fbPost, question.id, postId],
    ]);
    const wait = await nextPollIn(channelId);
    expect(wait).toBeGreaterThan(290_000);
    expect(wait).toBeLessThanOrEqual(300_000);

    await db().insert(inboxReplies).values({ orgId: org.id, itemId: stored[0]!.id, text: 'We bellen u vandaag nog terug.', private: true, status: 'planned' });
    expect((await sendDueReplies(db(), 'w1', deps())).sent).toBe(1);
    expect(meta.state.comments.get(question.id)!.private.map((m) => m.text)).toEqual(['We bellen u vandaag nog terug.']);
    const [reply] = await db()
      .select()
      .from(inboxReplies)
      .where(and(eq(inboxReplies.itemId, stored[0]!.id), eq(inboxReplies.status, 'sent')));
    expect(reply!.externalId).toMatch(/^m_/);
  });
});
