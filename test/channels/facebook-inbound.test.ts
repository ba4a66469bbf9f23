// Reading and answering comments on a Facebook Page against the Graph contract server
// (test/support/fake-meta-comments.ts): comments and replies on the page's posts kept in their
// post's thread, only posts commented on since the last read, rate limits and a revoked grant,
// public answers (one level deep), private answers (once, within 7 days) and settling an answer
// whose outcome was lost.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../src/channels/facebook/facebook-adapter';
import { ChannelReadError, type ReplyRequest } from '../../src/channels/reading';
import { outbound } from '../../src/net/safe-fetch';
import { FB_PAGE, type FakeMetaComments, startFakeMetaComments } from '../support/fake-meta-comments';

const net = outbound({ allowPrivate: true });
let fake: FakeMetaComments;

beforeAll(async () => {
  fake = await startFakeMetaComments();
  Object.assign(process.env, fake.env);
});
afterEach(() => {
  expect(fake.unexpected).toEqual([]);
  fake.state.revoked = false;
  fake.state.noInboxPermission = false;
  fake.state.rateLimited = 0;
});
afterAll(() => fake.close());

const access = { settings: { pageId: FB_PAGE.id, pageName: FB_PAGE.name }, credentials: { pageToken: FB_PAGE.token }, net };
const read = (cursor: string | null) => facebookAdapter.fetchInbound!({ ...access, cursor });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => new ChannelReadError('it read'),
    (e: ChannelReadError) => e,
  );
const commentCallsOn = (id: string) => fake.seen.filter((r) => r.path.endsWith(`/${id}/comments`) && r.method === 'GET').length;
const to = (c: { id: string; on: string; parent: string | null }, kind: 'comment' | 'reply' = c.parent ? 'reply' : 'comment') => ({
  externalId: c.id,
  threadExternalId: c.on,
  authorHandle: 'Jan Jansen',
  kind,
  parentExternalId: c.parent ?? c.on,
});
const request = (target: ReturnType<typeof to>, text: string, priv = false): ReplyRequest => ({
  ...access,
  replyId: randomUUID(),
  to: target,
  text,
  private: priv,
});

/** The cursor after everything there is now. */
async function caughtUp(): Promise<string | null> {
  return (await read(null)).cursor;
}

describe('Facebook: reading comments', () => {
  it("reads comments and replies on the page's posts oldest first, each in its post's thread, without our own", async () => {
    const cursor = await caughtUp();
    const post = fake.post();
    const question = fake.comment(post, 'Jan Jansen', 'Is de polikliniek open op 2e kerstdag?', { at: Date.now() - 3000 });
    const ours = fake.comment(post, FB_PAGE.name, 'Nee, vanaf 27 december weer.', { parent: question.id, at: Date.now() - 2000, fromId: FB_PAGE.id });
    const thanks = fake.comment(post, 'Els de Vries', 'Dank voor het antwoord!', { parent: question.id, at: Date.now() - 1000 });
    const page = await read(cursor);
    expect(page.items.map((i) => i.externalId)).toEqual([question.id, thanks.id]);
    expect(page.items.map((i) => i.externalId)).not.toContain(ours.id);
    expect(page.items[0]).toEqual({
      externalId: question.id,
      kind: 'comment',
      threadExternalId: post,
      parentExternalId: post,
      author: { externalId: 'u-Jan Jansen', handle: 'Jan Jansen', displayName: 'Jan Jansen' },
      text: 'Is de polikliniek open op 2e kerstdag?',
      lang: null,
      url: `https://www.facebook.com/${question.id}`,
      createdAt: new Date(Math.floor(question.created / 1000) * 1000).toISOString(),
    });
    expect(page.items[1]).toMatchObject({ kind: 'reply', threadExternalId: post, parentExternalId: question.id, author: { handle: 'Els de Vries' } });
  });

  it('asks only posts commented on since the last read; a quiet timeline moves nothing', async () => {
    const quiet = fake.post(3_600_000);
    fake.comment(quiet, 'Piet', 'Oud nieuws', { at: Date.now() - 3_600_000 });
    const cursor = await caughtUp();
    const busy = fake.post();
    const fresh = fake.comment(busy, 'Mila', 'Waar kan ik me inschrijven?');
    const page = await read(cursor);
    expect(page.items.map((i) => i.externalId)).toEqual([fresh.id]);
    const again = await read(page.cursor);
    expect(again).toEqual({ items: [], cursor: page.cursor, more: false });
    // The quiet post was read once, on the first look back, and never since.
    expect(commentCallsOn(quiet)).toBe(1);
    expect(commentCallsOn(busy)).toBe(2);
  });

  it('two comments in the same second are both read, however the reads fall between them', async () => {
    const post = fake.post();
    const at = Math.floor(Date.now() / 1000) * 1000 + 10;
    const cursor = await caughtUp();
    const first = fake.comment(post, 'A', 'eerste', { at });
    const one = await read(cursor);
    expect(one.items.map((i) => i.externalId)).toEqual([first.id]);
    const second = fake.comment(post, 'B', 'tweede', { at: at + 5 });
    const two = await read(one.cursor);
    expect(two.items.map((i) => i.externalId)).toEqual([second.id]);
  });

  it('pages through a busy post down to the mark', async () => {
    const cursor = await caughtUp();
    const post = fake.post();
    const sent = Array.from({ length: 150 }, (_, i) => fake.comment(post, `P${i}`, `vraag ${i}`, { at: Date.now() + (i + 1) * 1000 }).id);
    const page = await read(cursor);
    expect(page.items.map((i) => i.externalId)).toEqual(sent);
  });

  it("keeps to Meta's usage estimate when rate-limited, and asks for reconnecting when the grant is revoked", async () => {
    const cursor = await caughtUp();
    fake.state.rateLimited = 1;
    const limited = await failure(read(cursor));
    expect(limited.opts).toEqual({ retryable: true, retryAfterMs: 7 * 60_000 });
    fake.state.revoked = true;
    expect((await failure(read(cursor))).opts).toMatchObject({ retryable: false, channelProblem: true });
  });

  it('a page token without the inbox permissions stops reading and answering only, never the publishing (not a channel problem)', async () => {
    fake.state.noInboxPermission = true;
    const lacking = await failure(read(null));
    expect(lacking.opts).toEqual({ retryable: false, blocked: 'permissions' });
    expect(lacking.message).toMatch(/connect the channel again/);
    fake.state.noInboxPermission = false;
    const question = fake.comment(fake.post(), 'Jan', 'Vraag');
    fake.state.noInboxPermission = true;
    const out = await facebookAdapter.reply!(request(to(question), 'Antwoord'));
    expect(out).toMatchObject({ kind: 'failed', retryable: false });
    expect(out).not.toHaveProperty('channelProblem');
  });
});

describe('Facebook: answering', () => {
  it('answers a comment under it, and a reply under the comment it answered (one level deep)', async () => {
    const post = fake.post();
    const question = fake.comment(post, 'Jan Jansen', 'Waar kan ik parkeren?');
    const follow = fake.comment(post, 'Els', 'Ik ook graag', { parent: question.id });
    const first = await facebookAdapter.reply!(request(to(question), 'Achter het gebouw, gratis.'));
    expect(first).toMatchObject({ kind: 'published' });
    const second = await facebookAdapter.reply!(request(to(follow), 'Zie hierboven, Els.'));
    expect(second).toMatchObject({ kind: 'published' });
    const answers = [...fake.state.comments.values()].filter((c) => c.from.id === FB_PAGE.id && c.on === post);
    expect(answers.map((c) => [c.parent, c.message])).toEqual([
      [question.id, 'Achter het gebouw, gratis.'],
      [question.id, 'Zie hierboven, Els.'],
    ]);
  });

  it('an answer whose outcome was lost is unknown, then found by reading the answers (and absent ones are told apart)', async () => {
    const post = fake.post();
    const question = fake.comment(post, 'Jan Jansen', 'Wanneer is het spreekuur?');
    const req = request(to(question), 'Elke dinsdag van 9 tot 11.');
    expect(await facebookAdapter.findReply!(req)).toBeNull();
    fake.state.loseNextAnswer = true;
    expect(await facebookAdapter.reply!(req)).toMatchObject({ kind: 'unknown' });
    const found = await facebookAdapter.findReply!(req);
    const made = [...fake.state.comments.values()].find((c) => c.parent === question.id && c.from.id === FB_PAGE.id)!;
    expect(found).toEqual({ externalId: made.id, externalUrl: `https://www.facebook.com/${made.id}` });
  });

  it('answers privately once per comment through Messenger; a second or a late one is refused without blaming the grant', async () => {
    expect(facebookAdapter.privateReplies).toBe(true);
    const post = fake.post();
    const question = fake.comment(post, 'Jan Jansen', 'Mijn uitslag van vorige week?');
    const req = request(to(question), 'We nemen contact met u op via dit bericht.', true);
    expect(await facebookAdapter.findReply!(req)).toBeNull();
    const sent = await facebookAdapter.reply!(req);
    expect(sent).toMatchObject({ kind: 'published', externalUrl: null });
    expect(fake.state.comments.get(question.id)!.private.map((m) => m.text)).toEqual(['We nemen contact met u op via dit bericht.']);
    // Facebook no longer offers a private answer: it cannot tell whose it was.
    await expect(facebookAdapter.findReply!(req)).rejects.toThrow(/cannot tell/);
    const again = await facebookAdapter.reply!(request(to(question), 'Nog een keer', true));
    expect(again).toMatchObject({ kind: 'failed', retryable: false, reason: 'system:private_reply_used' });
    expect(again).not.toHaveProperty('channelProblem');
    const old = fake.comment(post, 'Piet', 'Oude vraag', { at: Date.now() - 8 * 86_400_000 });
    const late = await facebookAdapter.reply!(request(to(old), 'Te laat?', true));
    expect(late).toMatchObject({ kind: 'failed', retryable: false, reason: 'system:private_reply_window_closed', params: { days: 7 } });
    // Told when the comment was written, the adapter refuses before calling.
    const calls = fake.seen.length;
    const known = await facebookAdapter.reply!(
      request({ ...to(old), writtenAt: new Date(old.created).toISOString() } as ReturnType<typeof to>, 'Te laat?', true),
    );
    expect(known).toMatchObject({ kind: 'failed', reason: 'system:private_reply_window_closed' });
    expect(fake.seen.length).toBe(calls);
    expect(late).not.toHaveProperty('channelProblem');
  });
});
