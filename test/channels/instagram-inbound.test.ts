// Reading and answering comments on Instagram against the Graph contract server
// (test/support/fake-meta-comments.ts): comments and their replies on our media, only media whose
// comment count changed, tags of us as mentions, answers under the comment (one level deep) or
// through /mentions, and settling an answer whose outcome was lost.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../src/channels/instagram/instagram-adapter';
import { ChannelReadError, type ReplyRequest } from '../../src/channels/reading';
import { outbound } from '../../src/net/safe-fetch';
import { FB_PAGE, type FakeMetaComments, IG, startFakeMetaComments } from '../support/fake-meta-comments';

const net = outbound({ allowPrivate: true });
let fake: FakeMetaComments;

beforeAll(async () => {
  fake = await startFakeMetaComments();
  Object.assign(process.env, fake.env);
});
afterEach(() => {
  expect(fake.unexpected).toEqual([]);
  fake.state.revoked = false;
  fake.state.rateLimited = 0;
});
afterAll(() => fake.close());

const access = { settings: { igUserId: IG.id, username: IG.username, pageId: FB_PAGE.id }, credentials: { pageToken: FB_PAGE.token }, net };
const read = (cursor: string | null) => instagramAdapter.fetchInbound!({ ...access, cursor });
const callsOn = (id: string) => fake.seen.filter((r) => r.method === 'GET' && r.path.endsWith(`/${id}/comments`)).length;
const request = (to: ReplyRequest['to'], text: string, priv = false): ReplyRequest => ({ ...access, replyId: randomUUID(), to, text, private: priv });

describe('Instagram: reading', () => {
  it('reads comments and their replies on our media oldest first, in the media’s thread, without our own', async () => {
    const start = (await read(null)).cursor;
    const media = fake.media();
    const question = fake.comment(media, 'jan.jansen', 'Moet ik nuchter komen voor bloedprikken?', { at: Date.now() - 3000 });
    fake.comment(media, IG.username, 'Nee, dat hoeft niet.', { parent: question.id, at: Date.now() - 2000, fromId: IG.id });
    const follow = fake.comment(media, 'els', 'Fijn om te weten', { parent: question.id, at: Date.now() - 1000 });
    const page = await read(start);
    expect(page.items).toEqual([
      {
        externalId: question.id,
        kind: 'comment',
        threadExternalId: media,
        parentExternalId: media,
        author: { externalId: 'u-jan.jansen', handle: 'jan.jansen', displayName: null },
        text: 'Moet ik nuchter komen voor bloedprikken?',
        lang: null,
        url: null,
        createdAt: new Date(Math.floor(question.created / 1000) * 1000).toISOString(),
      },
      expect.objectContaining({ externalId: follow.id, kind: 'reply', threadExternalId: media, parentExternalId: question.id }),
    ]);
  });

  it('reads only media whose comment count changed; a quiet account moves nothing', async () => {
    const start = (await read(null)).cursor;
    const quiet = fake.media();
    const busy = fake.media();
    const first = fake.comment(busy, 'mila', 'Waar is de ingang?');
    const one = await read(start);
    expect(one.items.map((i) => i.externalId)).toEqual([first.id]);
    expect([callsOn(quiet), callsOn(busy)]).toEqual([0, 1]);
    const two = await read(one.cursor);
    expect(two.items).toEqual([]);
    expect(callsOn(busy)).toBe(1);
    const second = fake.comment(busy, 'piet', 'En de parkeerplaats?');
    expect((await read(two.cursor)).items.map((i) => i.externalId)).toEqual([second.id]);
  });

  it('reads media we are tagged in as mentions, each its own thread', async () => {
    const start = (await read(null)).cursor;
    const tag = fake.tag('sportclub', `Bedankt @${IG.username} voor de EHBO-les!`);
    const page = await read(start);
    expect(page.items).toEqual([
      expect.objectContaining({
        externalId: tag.id,
        kind: 'mention',
        threadExternalId: tag.id,
        parentExternalId: null,
        author: { externalId: 'sportclub', handle: 'sportclub', displayName: null },
        url: `https://www.instagram.com/p/T${tag.id}/`,
      }),
    ]);
  });

  it('keeps to the usage estimate when rate-limited; a revoked grant asks for reconnecting', async () => {
    fake.state.rateLimited = 1;
    const limited = await read(null).then(
      () => new ChannelReadError('it read'),
      (e: ChannelReadError) => e,
    );
    expect(limited.opts).toEqual({ retryable: true, retryAfterMs: 7 * 60_000 });
    fake.state.revoked = true;
    const revoked = await read(null).then(
      () => new ChannelReadError('it read'),
      (e: ChannelReadError) => e,
    );
    expect(revoked.opts).toMatchObject({ retryable: false, channelProblem: true });
  });
});

describe('Instagram: answering', () => {
  it('answers a comment under it, a reply under its comment, and finds an answer whose outcome was lost', async () => {
    const media = fake.media();
    const question = fake.comment(media, 'jan.jansen', 'Hoe lang duurt het bezoekuur op zondag?');
    const follow = fake.comment(media, 'els', 'Ook in het weekend?', { parent: question.id });
    const first = request(
      { externalId: question.id, threadExternalId: media, authorHandle: 'jan.jansen', kind: 'comment', parentExternalId: media },
      'Tot 20:00 uur.',
    );
    expect(await instagramAdapter.findReply!(first)).toBeNull();
    const out = await instagramAdapter.reply!(first);
    expect(out).toMatchObject({ kind: 'published' });
    expect(await instagramAdapter.findReply!(first)).toEqual({ externalId: out.kind === 'published' ? out.externalId : '', externalUrl: null });
    const second = await instagramAdapter.reply!(
      request({ externalId: follow.id, threadExternalId: media, authorHandle: 'els', kind: 'reply', parentExternalId: question.id }, 'Ja, ook in het weekend.'),
    );
    expect(second).toMatchObject({ kind: 'published' });
    const ours = [...fake.state.comments.values()].filter((c) => c.from.id === IG.id && c.on === media);
    expect(ours.map((c) => [c.parent, c.message])).toEqual([
      [question.id, 'Tot 20:00 uur.'],
      [question.id, 'Ja, ook in het weekend.'],
    ]);
  });

  it('answers a tag through /mentions where our name is in the caption; elsewhere Instagram’s refusal is told', async () => {
    const named = fake.tag('sportclub', `Dank @${IG.username}!`);
    const out = await instagramAdapter.reply!(
      request({ externalId: named.id, threadExternalId: named.id, authorHandle: 'sportclub', kind: 'mention', parentExternalId: null }, 'Graag gedaan!'),
    );
    expect(out).toMatchObject({ kind: 'published' });
    const unnamed = fake.tag('buurt', 'Mooie dag');
    const refused = await instagramAdapter.reply!(
      request({ externalId: unnamed.id, threadExternalId: unnamed.id, authorHandle: 'buurt', kind: 'mention', parentExternalId: null }, 'Dank!'),
    );
    expect(refused).toMatchObject({ kind: 'failed', retryable: false, reason: expect.stringMatching(/not mentioned in the caption/) });
  });

  it('has no private answers', async () => {
    expect(instagramAdapter.privateReplies).toBe(false);
    const out = await instagramAdapter.reply!(request({ externalId: '1', threadExternalId: '1', authorHandle: 'x' }, 'Stuur ons een DM', true));
    expect(out).toMatchObject({ kind: 'failed', retryable: false });
  });
});
