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
    const question = fake.comment(media, 'jan.jansen', 'Moet ik voor het bloedprikken nuchter zijn?', { at: Date.now() - 3000 });
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
        text: 'Moet ik voor het bloedprikken nuchter zijn?',
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

  it('answers a comment privately once through the page, within 7 days; a tag or a late comment is refused before any call', async () => {
    expect(instagramAdapter.privateReplies).toBe(true);
    expect(instagramAdapter.privateReplyLimits).toMatchObject({ kinds: ['comment', 'reply'], withinMs: 7 * 86_400_000, oncePerItem: true });
    const media = fake.media();
    const question = fake.comment(media, 'jan.jansen', 'Kunnen jullie mijn afspraak verzetten?');
    const to = { externalId: question.id, threadExternalId: media, authorHandle: 'jan.jansen', kind: 'comment' as const, parentExternalId: media };
    const sent = await instagramAdapter.reply!(
      request({ ...to, writtenAt: new Date(question.created).toISOString() }, 'Stuur ons uw geboortedatum in dit bericht.', true),
    );
    expect(sent).toMatchObject({ kind: 'published', externalUrl: null });
    expect(fake.state.comments.get(question.id)!.private.map((m) => m.text)).toEqual(['Stuur ons uw geboortedatum in dit bericht.']);
    // Nothing was written under the comment.
    expect([...fake.state.comments.values()].filter((c) => c.parent === question.id)).toEqual([]);
    const again = await instagramAdapter.reply!(request(to, 'Nog een keer', true));
    expect(again).toMatchObject({ kind: 'failed', retryable: false, reason: 'system:private_reply_used', params: { days: 7 } });
    expect(again).not.toHaveProperty('channelProblem');
    await expect(instagramAdapter.findReply!(request(to, 'Stuur ons uw geboortedatum in dit bericht.', true))).rejects.toThrow(/cannot tell/);

    const calls = fake.seen.length;
    const old = fake.comment(media, 'piet', 'Oude vraag', { at: Date.now() - 8 * 86_400_000 });
    const late = await instagramAdapter.reply!(request({ ...to, externalId: old.id, writtenAt: new Date(old.created).toISOString() }, 'Te laat?', true));
    expect(late).toMatchObject({ kind: 'failed', retryable: false, reason: 'system:private_reply_window_closed' });
    const tag = fake.tag('buurt', `Dank @${IG.username}`);
    const onTag = await instagramAdapter.reply!(
      request({ externalId: tag.id, threadExternalId: tag.id, authorHandle: 'buurt', kind: 'mention' }, 'Dank!', true),
    );
    expect(onTag).toMatchObject({ kind: 'failed', retryable: false });
    expect(fake.seen.length).toBe(calls);
  });
});
