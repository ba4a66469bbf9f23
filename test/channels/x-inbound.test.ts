// Reading and answering reactions on X against its contract server (test/support/fake-x.ts):
// the mentions timeline with since_id and pagination, threads by conversation_id, 429 with
// x-rate-limit-reset, answers as replies and finding an answer whose outcome was lost.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/channels/channel-adapter';
import { ChannelReadError, type InboundItem, type ReplyRequest } from '../../src/channels/reading';
import { xAdapter } from '../../src/channels/x/x-adapter';
import { outbound } from '../../src/net/safe-fetch';
import { type FakeX, startFakeX } from '../support/fake-x';

const net = outbound({ allowPrivate: true });
const REDIRECT = 'https://zorgpost.test/api/oauth/callback';

let fake: FakeX;
let connection: Connection;

async function connect(): Promise<Connection> {
  const ctx = { redirectUri: REDIRECT, net, env: fake.env };
  const start = await xAdapter.oauth.begin({}, randomUUID(), ctx);
  const back = new URL((await fetch(start.authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
  return xAdapter.oauth.finish(start.pending, back.searchParams.get('code')!, ctx);
}
const access = () => ({ settings: connection.settings, credentials: connection.credentials, net });
const read = (cursor: string | null) => xAdapter.fetchInbound!({ ...access(), cursor });
/** Reads until the network has no backlog left, as the engine does. */
async function readAll(cursor: string | null): Promise<{ items: InboundItem[]; cursor: string | null; calls: number }> {
  const items: InboundItem[] = [];
  let calls = 0;
  for (;;) {
    const page = await read(cursor);
    calls++;
    items.push(...page.items);
    cursor = page.cursor;
    if (!page.more) return { items, cursor, calls };
  }
}
/** Our own post on X, published through the adapter. */
async function ourPost(text: string): Promise<string> {
  const out = await xAdapter.publish({
    postId: randomUUID(),
    text,
    media: [],
    channel: { id: randomUUID(), slug: 'x', orgSlug: 'zorg', settings: connection.settings },
    credentials: connection.credentials,
    net,
  });
  if (out.kind !== 'published') throw new Error(`not published: ${JSON.stringify(out)}`);
  return out.externalId;
}
const replyTo = (item: { externalId: string; threadExternalId: string }, text: string, extra: Partial<ReplyRequest> = {}): ReplyRequest => ({
  ...access(),
  replyId: randomUUID(),
  to: { externalId: item.externalId, threadExternalId: item.threadExternalId, authorHandle: 'jan_nl' },
  text,
  private: false,
  ...extra,
});

let start: string | null;
beforeAll(async () => {
  fake = await startFakeX(REDIRECT);
  connection = await connect();
});
beforeEach(async () => {
  // Every test reads from where the previous ones left off.
  start = (await readAll(null)).cursor;
});
afterEach(() => expect(fake.unexpected).toEqual([]));
afterAll(() => fake.stop());

describe('X: reading reactions', () => {
  it('reads replies, quotes and mentions oldest first, each thread by its conversation, with the authors', async () => {
    const post = await ourPost('Griepprik vanaf maandag op afspraak.');
    const reply = fake.mention({ username: 'jan_nl', text: '@ziekenhuis Ook voor kinderen?', inReplyTo: post, lang: 'nl' });
    const deeper = fake.mention({ username: 'els', text: '@jan_nl @ziekenhuis Zou ik ook willen weten', inReplyTo: reply.id, lang: 'nl' });
    const quote = fake.mention({ username: 'kees', text: 'Goed geregeld @ziekenhuis', quoted: post, lang: 'nl' });
    const plain = fake.mention({ username: 'mila', text: 'Hi @ziekenhuis, is er parkeerplaats?', lang: 'en' });
    const { items } = await readAll(start);
    expect(items.map((i) => i.externalId)).toEqual([reply.id, deeper.id, quote.id, plain.id]);
    expect(items[0]).toEqual({
      externalId: reply.id,
      kind: 'reply',
      threadExternalId: post,
      parentExternalId: post,
      author: { externalId: 'u-jan_nl', handle: 'jan_nl', displayName: 'JAN_NL' },
      text: '@ziekenhuis Ook voor kinderen?',
      lang: 'nl',
      url: `https://x.com/jan_nl/status/${reply.id}`,
      createdAt: reply.createdAt,
    });
    expect(items[1]).toMatchObject({ kind: 'reply', threadExternalId: post, parentExternalId: reply.id });
    expect(items[2]).toMatchObject({ kind: 'quote', threadExternalId: quote.id, parentExternalId: post });
    expect(items[3]).toMatchObject({ kind: 'mention', threadExternalId: plain.id, parentExternalId: null, lang: 'en' });
    const mentions = fake.log.filter((r) => r.path.endsWith('/mentions')).at(-1)!;
    expect(mentions.query.get('expansions')).toContain('author_id');
    expect(mentions.query.get('tweet.fields')).toContain('conversation_id');
  });

  it('asks only for what is newer, and a quiet timeline moves nothing', async () => {
    const first = fake.mention({ username: 'jan_nl', text: '@ziekenhuis Vraagje' });
    const once = await readAll(start);
    expect(once.items.map((i) => i.externalId)).toEqual([first.id]);
    expect(
      fake.log
        .filter((r) => r.path.endsWith('/mentions'))
        .at(-1)!
        .query.get('since_id'),
    ).toBe(JSON.parse(start!).since);
    const again = await read(once.cursor);
    expect(again).toEqual({ items: [], cursor: once.cursor, more: false });
  });

  it('pages a backlog of 230 down to what it saw before moving its mark: none lost, none twice', async () => {
    const sent = Array.from({ length: 230 }, (_, i) => fake.mention({ username: `p${i}`, text: `@ziekenhuis vraag ${i}` }).id);
    const first = await read(start);
    // The newest 100 first; the mark stays until the older pages are read too.
    expect(first.more).toBe(true);
    expect(JSON.parse(first.cursor!).since).toBe(JSON.parse(start!).since);
    const rest = await readAll(first.cursor);
    expect(rest.calls).toBe(2);
    const ids = [...first.items, ...rest.items].map((i) => i.externalId);
    expect(new Set(ids).size).toBe(230);
    expect([...ids].sort()).toEqual([...sent].sort());
    expect(JSON.parse(rest.cursor!)).toEqual({ v: 1, since: sent.at(-1) });
  });

  it('keeps to x-rate-limit-reset when X answers 429', async () => {
    const reset = Math.floor(Date.now() / 1000) + 600;
    fake.mentionScript.push({
      status: 429,
      headers: { 'x-rate-limit-reset': String(reset), 'x-rate-limit-remaining': '0' },
      json: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    });
    const error = await read(start).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelReadError);
    const opts = (error as ChannelReadError).opts;
    expect(opts.retryable).toBe(true);
    expect(opts.retryAfterMs).toBeGreaterThan(590_000);
    expect(opts.retryAfterMs).toBeLessThanOrEqual(600_000);
  });

  it('a revoked grant asks for reconnecting; an expired token waits for the refresh', async () => {
    const expired = { ...connection.credentials, expiresAt: new Date(Date.now() - 1000).toISOString() };
    const waiting = await xAdapter.fetchInbound!({ ...access(), credentials: expired, cursor: start }).then(
      () => new ChannelReadError('read'),
      (e: ChannelReadError) => e,
    );
    expect(waiting.opts).toEqual({ retryable: true, retryAfterMs: 60_000 });
    const revoked = { ...connection.credentials, accessToken: 'revoked' };
    const refused = await xAdapter.fetchInbound!({ ...access(), credentials: revoked, cursor: start }).then(
      () => new ChannelReadError('read'),
      (e: ChannelReadError) => e,
    );
    expect(refused.opts).toMatchObject({ retryable: false, channelProblem: true });
  });
});

describe('X: answering', () => {
  it('answers as a reply to the item, and finds that answer again when its outcome was lost', async () => {
    const post = await ourPost('Open dag zaterdag.');
    const question = fake.mention({ username: 'jan_nl', text: '@ziekenhuis Hoe laat?', inReplyTo: post });
    const item = { externalId: question.id, threadExternalId: post };
    const request = replyTo(item, 'Van tien tot vier, zie https://www.ziekenhuis.nl/open-dag');
    const out = await xAdapter.reply!(request);
    expect(out).toMatchObject({ kind: 'published', externalUrl: expect.stringMatching(/^https:\/\/x\.com\/ziekenhuis\/status\/\d+$/) });
    if (out.kind !== 'published') return;
    expect(fake.tweets.get(out.externalId)).toMatchObject({ inReplyTo: question.id, conversationId: post });
    // X shows it with the handle answered in front; it is still our answer.
    expect(await xAdapter.findReply!(request)).toEqual({ externalId: out.externalId, externalUrl: out.externalUrl });
    expect(await xAdapter.findReply!({ ...request, text: 'Iets anders' })).toBeNull();
    expect(await xAdapter.findReply!(replyTo({ externalId: post, threadExternalId: post }, request.text))).toBeNull();
  });

  it('has no private answers (direct messages need access above Basic)', async () => {
    expect(xAdapter.privateReplies).toBe(false);
    const out = await xAdapter.reply!(replyTo({ externalId: '1', threadExternalId: '1' }, 'Stuur ons een bericht', { private: true }));
    expect(out).toMatchObject({ kind: 'failed', retryable: false });
    expect(fake.log.filter((r) => r.method === 'POST' && r.path === '/2/dm_conversations')).toEqual([]);
  });

  it('keeps to the rate limit when answering, and an answer lost in a 503 stays unknown (never resent blindly)', async () => {
    const question = fake.mention({ username: 'jan_nl', text: '@ziekenhuis ?' });
    const item = { externalId: question.id, threadExternalId: question.id };
    fake.tweetScript.push({ status: 429, headers: { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 60) }, json: { title: 'Too Many Requests' } });
    const limited = await xAdapter.reply!(replyTo(item, 'Ja.'));
    expect(limited).toMatchObject({ kind: 'failed', retryable: true, code: 'rate_limited' });
    expect(limited.kind === 'failed' && limited.retryAfterMs).toBeGreaterThan(50_000);
    fake.tweetScript.push({ status: 503, json: { title: 'Service Unavailable' } });
    expect(await xAdapter.reply!(replyTo(item, 'Ja.'))).toMatchObject({ kind: 'unknown' });
  });
});
