// The Bluesky adapter's reading capabilities against the full local network (PDS + AppView):
// other accounts reply to, mention, quote, like, repost and follow the organisation's account;
// the adapter reads that back as a person would see it in the Bluesky app.
import { randomUUID } from 'node:crypto';
import { AtpAgent } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../src/channels/bluesky/bluesky-adapter';
import { fetchInbound } from '../../src/channels/bluesky/inbound';
import { postRecordKey, replyRecordKey } from '../../src/channels/bluesky/record-key';
import { PRIVATE_REPLY_REFUSED } from '../../src/channels/bluesky/reply';
import { adapterFor } from '../../src/channels/registry';
import { ChannelReadError, type ChannelAccess, type InboundItem } from '../../src/channels/reading';
import { outbound, type Outbound } from '../../src/net/safe-fetch';
import { blueskyNetwork, type BlueskyActor, type BlueskyNetwork, type BlueskyTestAccount } from '../support/bluesky-network';

// The network listens on loopback: a private target, allowed only with ZORGPOST_ALLOW_PRIVATE_TARGETS.
const net = outbound({ allowPrivate: true });

let network: BlueskyNetwork;
let ours: BlueskyTestAccount;
let buurvrouw: BlueskyActor;
let mantelzorger: BlueskyActor;
let journalist: BlueskyActor;

beforeAll(async () => {
  network = await blueskyNetwork();
  ours = await network.createAccount('zorgcentrum');
  [buurvrouw, mantelzorger, journalist] = await Promise.all([
    network.createActor('buurvrouw'),
    network.createActor('mantelzorger'),
    network.createActor('journalist'),
  ]);
}, 600_000);

afterAll(async () => {
  await network?.stop();
});

function access(account: BlueskyTestAccount = ours, via: Outbound = net): ChannelAccess {
  return { settings: {}, credentials: { service: network.pdsUrl, identifier: account.handle, appPassword: account.appPassword }, net: via };
}

async function publish(text: string): Promise<{ uri: string; cid: string }> {
  const outcome = await blueskyAdapter.publish({
    postId: randomUUID(),
    text,
    media: [],
    channel: { id: randomUUID(), slug: 'bluesky', orgSlug: 'zorg', settings: {} },
    credentials: access().credentials,
    net,
  });
  if (outcome.kind !== 'published') throw new Error(`publish failed: ${JSON.stringify(outcome)}`);
  const res = await fetch(
    `${network.pdsUrl}/xrpc/com.atproto.repo.getRecord?repo=${ours.did}&collection=app.bsky.feed.post&rkey=${outcome.externalId.split('/').pop()}`,
  );
  const { uri, cid } = (await res.json()) as { uri: string; cid: string };
  // Others react once they see it (see waitForIndexed).
  await network.waitForIndexed(uri);
  return { uri, cid };
}

/** Reads with a fresh cursor until every one of `uris` is there (the AppView indexes asynchronously). */
async function inboundContaining(uris: string[]): Promise<InboundItem[]> {
  return network.waitFor(`notifications for ${uris.length} items`, async () => {
    const page = await blueskyAdapter.fetchInbound!({ ...access(), cursor: null });
    return uris.every((u) => page.items.some((i) => i.externalId === u)) && page.items;
  });
}

/** Our posts on the PDS (the repository itself, not the AppView). */
async function ourPosts(): Promise<{ uri: string }[]> {
  const res = await fetch(`${network.pdsUrl}/xrpc/com.atproto.repo.listRecords?repo=${ours.did}&collection=app.bsky.feed.post&limit=100`);
  return ((await res.json()) as { records: { uri: string }[] }).records;
}

describe('Bluesky reading against the local network with AppView', () => {
  it('offers every reading capability, also through the registry, and no private replies', () => {
    const registered = adapterFor('bluesky')!;
    for (const adapter of [blueskyAdapter, registered]) {
      expect(typeof adapter.fetchInbound).toBe('function');
      expect(typeof adapter.reply).toBe('function');
      expect(typeof adapter.readFigures).toBe('function');
      expect(typeof adapter.readFollowers).toBe('function');
      expect(typeof adapter.search).toBe('function');
      expect(typeof adapter.findReply).toBe('function');
      expect(adapter.privateReplies).toBe(false);
    }
  });

  it('returns replies, mentions and quotes once each, with their kind and thread, and nothing again with the cursor', async () => {
    const post = await publish('Vanaf maandag griepprik in wijkcentrum De Linde. #griepprik');
    const reply = await buurvrouw.reply(post, 'Is daar een afspraak voor nodig?');
    await network.waitForIndexed(reply.uri);
    const replyInThread = await mantelzorger.reply(reply, 'Dat wil ik ook graag weten, voor mijn moeder.');
    const mention = await mantelzorger.post(`Fijn dat @${ours.handle} zo goed bereikbaar is.`);
    const quote = await journalist.quote(post, 'Goed initiatief in de wijk.');
    const expected = [reply.uri, replyInThread.uri, mention.uri, quote.uri];

    const items = await inboundContaining(expected);
    expect(items.map((i) => i.externalId).sort()).toEqual([...new Set(items.map((i) => i.externalId))].sort()); // each once
    const byUri = new Map(items.map((i) => [i.externalId, i]));
    expect(byUri.get(reply.uri)).toMatchObject({
      kind: 'reply',
      threadExternalId: post.uri,
      parentExternalId: post.uri,
      text: 'Is daar een afspraak voor nodig?',
      author: { externalId: buurvrouw.did, handle: buurvrouw.handle },
      url: `https://bsky.app/profile/${buurvrouw.handle}/post/${reply.uri.split('/').pop()}`,
    });
    // A reply to a reply stays in the thread of our post.
    expect(byUri.get(replyInThread.uri)).toMatchObject({ kind: 'reply', threadExternalId: post.uri, parentExternalId: reply.uri });
    expect(byUri.get(mention.uri)).toMatchObject({ kind: 'mention', threadExternalId: mention.uri, parentExternalId: null });
    expect(byUri.get(quote.uri)).toMatchObject({ kind: 'quote', threadExternalId: quote.uri, parentExternalId: post.uri, text: 'Goed initiatief in de wijk.' });
    expect(Date.parse(byUri.get(quote.uri)!.createdAt)).toBeGreaterThan(Date.now() - 5 * 60_000);
    // Newest first.
    expect(items.findIndex((i) => i.externalId === quote.uri)).toBeLessThan(items.findIndex((i) => i.externalId === reply.uri));

    // With the cursor: nothing again, then only what is new.
    const first = await blueskyAdapter.fetchInbound!({ ...access(), cursor: null });
    const again = await blueskyAdapter.fetchInbound!({ ...access(), cursor: first.cursor });
    expect(again.items).toEqual([]);
    const later = await buurvrouw.reply(post, 'Bedankt, ik kom dinsdag.');
    const news = await network.waitFor('the new reply', async () => {
      const page = await blueskyAdapter.fetchInbound!({ ...access(), cursor: again.cursor });
      return page.items.length > 0 && page;
    });
    expect(news.items.map((i) => i.externalId)).toEqual([later.uri]);
    expect((await blueskyAdapter.fetchInbound!({ ...access(), cursor: news.cursor })).items).toEqual([]);
    // A cursor it cannot read: from the newest again rather than an error (the store is idempotent).
    expect((await blueskyAdapter.fetchInbound!({ ...access(), cursor: 'not-a-cursor' })).items).toHaveLength(first.items.length + 1);
  });

  it('pages through a backlog over several calls without returning anything twice, and catches a late-arriving reply', async () => {
    const account = await network.createAccount('huisartsenpost');
    const post = await blueskyAdapter.publish({
      postId: randomUUID(),
      text: 'Huisartsenpost open tijdens de feestdagen.',
      media: [],
      channel: { id: randomUUID(), slug: 'bluesky', orgSlug: 'zorg', settings: {} },
      credentials: access(account).credentials,
      net,
    });
    if (post.kind !== 'published') throw new Error('publish failed');
    await network.waitForIndexed(post.externalId);
    const replies: string[] = [];
    for (let i = 1; i <= 7; i++) replies.push((await (i % 2 ? buurvrouw : mantelzorger).reply(post.externalId, `Vraag ${i} over de openingstijden`)).uri);
    await network.waitFor('7 reply notifications', async () => {
      const page = await blueskyAdapter.fetchInbound!({ ...access(account), cursor: null });
      return page.items.length === 7;
    });

    // Pages of 2, at most 2 pages per call: the backlog of 7 needs several calls, each saying there is more.
    const paging = { pageSize: 2, maxPages: 2 };
    const drain = async (from: string | null) => {
      const ids: string[] = [];
      let cursor = from;
      let calls = 0;
      for (let more = true; more; calls++) {
        if (calls > 20) throw new Error('the backlog never ends');
        const page = await fetchInbound({ ...access(account), cursor }, paging);
        ids.push(...page.items.map((i) => i.externalId));
        cursor = page.cursor;
        more = page.more === true;
      }
      return { ids, cursor, calls };
    };
    const backlog = await drain(null);
    expect(backlog.calls).toBeGreaterThanOrEqual(2);
    expect([...backlog.ids].sort()).toEqual([...replies].sort()); // every one, none twice
    expect((await drain(backlog.cursor)).ids).toEqual([]);

    // Two more, one of them written "five minutes ago": the AppView sorts it below the seven
    // earlier ones, and it is still found.
    const fresh = await buurvrouw.reply(post.externalId, 'Nog een vraag');
    const late = await mantelzorger.reply(post.externalId, 'Te laat binnengekomen', { createdAt: new Date(Date.now() - 5 * 60_000).toISOString() });
    await network.waitForIndexed(fresh.uri, late.uri);
    const news = await network.waitFor('the two new replies', async () => {
      const drained = await drain(backlog.cursor);
      return drained.ids.length === 2 && drained;
    });
    expect([...news.ids].sort()).toEqual([fresh.uri, late.uri].sort());
    expect((await drain(news.cursor)).ids).toEqual([]);
  });

  it('answers with a real reply record in the thread; a repeat with the same reply id adds nothing', async () => {
    const post = await publish('Vragen over de thuiszorg? Stel ze hier.');
    const question = await buurvrouw.reply(post, 'Hoe vraag ik thuiszorg aan?');
    const [item] = (await inboundContaining([question.uri])).filter((i) => i.externalId === question.uri);
    const before = (await ourPosts()).length;

    const replyId = randomUUID();
    const text = `Dag @${buurvrouw.handle}, kijk op https://example.org/thuiszorg of bel ons. #thuiszorg`;
    const request = {
      ...access(),
      replyId,
      to: { externalId: item!.externalId, threadExternalId: item!.threadExternalId, authorHandle: item!.author.handle },
      text,
      private: false,
    };
    const outcome = await blueskyAdapter.reply!(request);
    expect(outcome).toEqual({
      kind: 'published',
      externalId: `at://${ours.did}/app.bsky.feed.post/${replyRecordKey(replyId)}`,
      externalUrl: `https://bsky.app/profile/${ours.handle}/post/${replyRecordKey(replyId)}`,
    });
    if (outcome.kind !== 'published') return;

    // The record: root is our post, parent the question, both strong refs; facets for link, tag and mention.
    const res = await fetch(`${network.pdsUrl}/xrpc/com.atproto.repo.getRecord?repo=${ours.did}&collection=app.bsky.feed.post&rkey=${replyRecordKey(replyId)}`);
    const record = (await res.json()) as { value: { text: string; reply: unknown; facets: { features: { $type: string }[] }[] } };
    expect(record.value.text).toBe(text);
    expect(record.value.reply).toEqual({ root: post, parent: question });
    expect(record.value.facets.flatMap((f) => f.features.map((x) => x.$type)).sort()).toEqual([
      'app.bsky.richtext.facet#link',
      'app.bsky.richtext.facet#mention',
      'app.bsky.richtext.facet#tag',
    ]);

    // Visible in the thread as the Bluesky app shows it (the AppView).
    const appView = new AtpAgent({ service: network.bskyUrl });
    const answer = await network.waitFor('our answer in the thread', async () => {
      const { data } = await appView.app.bsky.feed.getPostThread({ uri: post.uri, depth: 5 });
      const thread = data.thread as { replies?: { post: { uri: string }; replies?: { post: { uri: string; author: { did: string } } }[] }[] };
      return thread.replies?.find((r) => r.post.uri === question.uri)?.replies?.find((r) => r.post.uri === outcome.externalId);
    });
    expect(answer.post.author.did).toBe(ours.did);

    // The same answer sent again: the same record, no second one.
    expect(await blueskyAdapter.reply!(request)).toEqual(outcome);
    expect((await ourPosts()).length).toBe(before + 1);

    // After an unknown outcome the engine reads whether the answer arrived: this one did, another never left.
    expect(await blueskyAdapter.findReply!(request)).toEqual({ externalId: outcome.externalId, externalUrl: outcome.externalUrl });
    expect(await blueskyAdapter.findReply!({ ...request, replyId: randomUUID() })).toBeNull();

    // Privately: not possible on Bluesky; nothing is written.
    const privately = await blueskyAdapter.reply!({ ...request, replyId: randomUUID(), private: true });
    expect(privately).toEqual({ kind: 'failed', retryable: false, reason: PRIVATE_REPLY_REFUSED, code: 'post_refused' });
    expect((await ourPosts()).length).toBe(before + 1);
  });

  it('reads likes, reposts, replies and quotes of our posts, in batches of 25', async () => {
    const post = await publish('Dank aan alle vrijwilligers van dit jaar!');
    await network.react(post.uri, [
      { by: buurvrouw, act: 'like' },
      { by: mantelzorger, act: 'like' },
      { by: journalist, act: 'like' },
      { by: buurvrouw, act: 'repost' },
      { by: mantelzorger, act: 'repost' },
    ]);
    await journalist.reply(post, 'Mooi!');
    await journalist.quote(post, 'Terecht.');
    // 26 addresses that do not exist first, so ours lands in the second batch.
    const absent = Array.from({ length: 26 }, () => `at://${ours.did}/app.bsky.feed.post/${postRecordKey(randomUUID())}`);
    const figures = await network.waitFor('the counts of the post', async () => {
      const read = await blueskyAdapter.readFigures!({ ...access(), externalIds: [...absent, post.uri] });
      return read.length === 1 && read[0]!.likes === 3 && read[0]!.reposts === 2 && read[0]!.replies === 1 && read[0]!.quotes === 1 && read;
    });
    expect(figures).toEqual([
      { externalId: post.uri, likes: 3, reposts: 2, replies: 1, quotes: 1, impressions: null, reach: null, clicks: null, videoViews: null },
    ]);
    expect(await blueskyAdapter.readFigures!({ ...access(), externalIds: [] })).toEqual([]);
  });

  it('reads the follower count', async () => {
    const account = await network.createAccount('wijkteam');
    // A new account is known to the AppView once it has indexed it.
    await network.waitFor('the new account in the AppView', async () => (await blueskyAdapter.readFollowers!(access(account))) === 0);
    await Promise.all([buurvrouw.follow(account.did), journalist.follow(account.did)]);
    await network.waitFor('2 followers', async () => (await blueskyAdapter.readFollowers!(access(account))) === 2);
  });

  it('finds a post by another account with search', async () => {
    const word = `Zorgvliet${randomUUID().slice(0, 6)}`;
    const post = await journalist.post(`Lange wachttijden bij ${word} deze week.`);
    const found = await network.waitFor('the post in search', async () => {
      const result = await blueskyAdapter.search!({ ...access(), query: word, cursor: null });
      return result.items.find((i) => i.externalId === post.uri);
    });
    expect(found).toMatchObject({
      author: { externalId: journalist.did, handle: journalist.handle },
      text: `Lange wachttijden bij ${word} deze week.`,
      url: `https://bsky.app/profile/${journalist.handle}/post/${post.uri.split('/').pop()}`,
    });
  });

  it('a rate limit becomes a retryable error with the time Bluesky names', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 120;
    const limited: Outbound = {
      ...net,
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes('app.bsky.notification.listNotifications')) {
          return new Response(JSON.stringify({ error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }), {
            status: 429,
            headers: { 'content-type': 'application/json', 'ratelimit-limit': '3000', 'ratelimit-remaining': '0', 'ratelimit-reset': String(reset) },
          });
        }
        return net.fetch(input, init);
      },
    };
    const error = await blueskyAdapter.fetchInbound!({ ...access(ours, limited), cursor: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelReadError);
    const { opts } = error as ChannelReadError;
    expect(opts.retryable).toBe(true);
    expect(opts.channelProblem).toBeFalsy();
    expect(opts.retryAfterMs).toBeGreaterThan(100_000);
    expect(opts.retryAfterMs).toBeLessThanOrEqual(121_000);
  });

  it('a revoked app password is a channel problem, also for a session kept from before', async () => {
    const agent = new AtpAgent({ service: network.pdsUrl });
    await agent.login({ identifier: ours.handle, password: ours.password });
    const { data } = await agent.com.atproto.server.createAppPassword({ name: 'to-revoke' });
    const grant = { ...ours, appPassword: data.password };
    expect(await blueskyAdapter.readFollowers!(access(grant))).toBeTypeOf('number'); // session kept
    await agent.com.atproto.server.revokeAppPassword({ name: 'to-revoke' });
    for (const read of [() => blueskyAdapter.fetchInbound!({ ...access(grant), cursor: null }), () => blueskyAdapter.readFollowers!(access(grant))]) {
      const error = await read().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChannelReadError);
      expect((error as ChannelReadError).opts).toMatchObject({ retryable: false, channelProblem: true });
    }
  });
});
