// Direct messages on a Facebook Page (Messenger) and on Instagram, read and answered against the
// Graph contract server (test/support/fake-meta-messages.ts): the conversations updated since the
// last read, their messages from others (the page's own skipped), one thread per conversation,
// paging, a quiet second read; answers only inside Meta's 24-hour window (refused before any call
// outside it), an answer whose outcome was lost found again, and a grant without the messaging
// permission that still reads the comments and says what it lacks.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../src/channels/facebook/facebook-adapter';
import { instagramAdapter } from '../../src/channels/instagram/instagram-adapter';
import { META_SCOPES } from '../../src/channels/meta/meta-login';
import type { ReplyRequest } from '../../src/channels/reading';
import { outbound } from '../../src/net/safe-fetch';
import { FB_PAGE, type FakeMetaComments, IG, startFakeMetaComments } from '../support/fake-meta-comments';
import type { FakeConversation, FakeMessage } from '../support/fake-meta-messages';

const net = outbound({ allowPrivate: true });
let fake: FakeMetaComments;

beforeAll(async () => {
  fake = await startFakeMetaComments();
  Object.assign(process.env, fake.env);
});
afterEach(() => {
  expect(fake.unexpected).toEqual([]);
  fake.state.noMessagingPermission = false;
});
afterAll(() => fake.close());

const networks = [
  {
    name: 'Facebook Messenger',
    adapter: facebookAdapter,
    platform: 'messenger' as const,
    access: { settings: { pageId: FB_PAGE.id, pageName: FB_PAGE.name }, credentials: { pageToken: FB_PAGE.token }, net },
    ours: FB_PAGE.id,
  },
  {
    name: 'Instagram',
    adapter: instagramAdapter,
    platform: 'instagram' as const,
    access: {
      settings: { igUserId: IG.id, username: IG.username, pageId: FB_PAGE.id, pageName: FB_PAGE.name },
      credentials: { pageToken: FB_PAGE.token },
      net,
    },
    ours: IG.id,
  },
];

const sends = () => fake.seen.filter((r) => r.method === 'POST' && r.path.endsWith(`/${FB_PAGE.id}/messages`)).length;

describe.each(networks)('$name: reading direct messages', ({ adapter, platform, access }) => {
  const read = (cursor: string | null) => adapter.fetchInbound!({ ...access, cursor });
  const messagesOf = (items: { externalId: string; kind: string }[]) => items.filter((i) => i.kind === 'message').map((i) => i.externalId);

  it('reads messages from others oldest first, one thread per conversation, without our own; attachments are counted', async () => {
    const cursor = (await read(null)).cursor;
    const anna = fake.conversation(platform, 'Anna Smit');
    const bram = fake.conversation(platform, 'bram_b');
    const q = fake.message(anna, 'Kan mijn afspraak op dinsdag naar een andere dag?', { at: Date.now() - 4000 });
    const ourAnswer = fake.message(anna, 'Zeker, welke dag past u?', { at: Date.now() - 3000, ours: true });
    const photo = fake.message(bram, '', { at: Date.now() - 2000, attachments: 2 });
    const thanks = fake.message(anna, 'Donderdag graag', { at: Date.now() - 1000 });
    const page = await read(cursor);
    expect(messagesOf(page.items)).toEqual([q.id, photo.id, thanks.id]);
    expect(messagesOf(page.items)).not.toContain(ourAnswer.id);
    const first = page.items.find((i) => i.externalId === q.id)!;
    expect(first).toEqual({
      externalId: q.id,
      kind: 'message',
      threadExternalId: anna.id,
      parentExternalId: null,
      author: { externalId: anna.person.id, handle: 'Anna Smit', displayName: platform === 'messenger' ? 'Anna Smit' : null },
      text: 'Kan mijn afspraak op dinsdag naar een andere dag?',
      lang: null,
      url: null,
      createdAt: new Date(Math.floor(q.created / 1000) * 1000).toISOString(),
    });
    expect(page.items.find((i) => i.externalId === photo.id)).toMatchObject({ threadExternalId: bram.id, text: '', attachments: 2 });
    expect(page.items.find((i) => i.externalId === thanks.id)!.threadExternalId).toBe(anna.id);
    expect(page.blocked).toBeUndefined();
  });

  it('reads only conversations updated since the mark, and a second read brings nothing and keeps the cursor', async () => {
    const old = fake.conversation(platform, 'Oud');
    fake.message(old, 'lang geleden', { at: Date.now() - 3_600_000 });
    const cursor = (await read(null)).cursor;
    const fresh = fake.conversation(platform, 'Nieuw');
    const m = fake.message(fresh, 'Hallo?');
    const page = await read(cursor);
    expect(messagesOf(page.items)).toEqual([m.id]);
    const again = await read(page.cursor);
    expect(again).toEqual({ items: [], cursor: page.cursor, more: false });
    const readsOf = (c: FakeConversation) => fake.seen.filter((r) => r.method === 'GET' && r.path.endsWith(`/${c.id}/messages`)).length;
    // The old conversation was read only on the first look back a day.
    expect(readsOf(old)).toBe(1);
    // The fresh one again on the second read: updated in the mark's own second, it might hold another message of that second.
    expect(readsOf(fresh)).toBe(2);
  });

  it('a grant without the messaging permission still reads the comments, says what it lacks, and reads the messages once granted', async () => {
    const cursor = (await read(null)).cursor;
    const c = fake.conversation(platform, 'Wachtend');
    const waiting = fake.message(c, 'Is er iemand?');
    fake.state.noMessagingPermission = true;
    const lacking = await read(cursor);
    expect(lacking.blocked).toBe('permissions');
    expect(messagesOf(lacking.items)).toEqual([]);
    fake.state.noMessagingPermission = false;
    const granted = await read(lacking.cursor);
    expect(granted.blocked).toBeUndefined();
    expect(messagesOf(granted.items)).toEqual([waiting.id]);
  });

  it('an app Meta does not let message (error 3) still reads the comments and says the messages are refused', async () => {
    const cursor = (await read(null)).cursor;
    const comment = platform === 'messenger' ? fake.comment(fake.post(), 'Lees', 'Wel een reactie') : null;
    fake.message(fake.conversation(platform, 'Niet'), 'Niet te lezen');
    fake.state.noMessagingCapability = true;
    try {
      const page = await read(cursor);
      expect(page.blocked).toBe('other');
      expect(messagesOf(page.items)).toEqual([]);
      if (comment) expect(page.items.map((i) => i.externalId)).toContain(comment.id);
    } finally {
      fake.state.noMessagingCapability = false;
    }
  });

  it('an odd answer from Meta leaves out what cannot be read and keeps the rest', async () => {
    const cursor = (await read(null)).cursor;
    const odd = fake.conversation(platform, 'Vreemd');
    fake.message(odd, 'wordt verminkt');
    odd.garbled = true;
    const fine = fake.message(fake.conversation(platform, 'Gewoon'), 'Gewone vraag');
    const page = await read(cursor);
    expect(messagesOf(page.items)).toEqual([fine.id]);
  });

  // Last: its messages are written ahead of the clock, which moves the mark past the others'.
  it('pages through many conversations and a long conversation down to the mark, each message once', async () => {
    const cursor = (await read(null)).cursor;
    const sent: FakeMessage[] = [];
    const base = Date.now() + 1000;
    for (let i = 0; i < 30; i++) sent.push(fake.message(fake.conversation(platform, `p${i}`), `vraag ${i}`, { at: base + i * 1000 }));
    const busy = fake.conversation(platform, 'druk');
    for (let i = 0; i < 120; i++) sent.push(fake.message(busy, `bericht ${i}`, { at: base + 31_000 + i * 1000 }));
    const page = await read(cursor);
    expect(messagesOf(page.items)).toEqual(sent.map((m) => m.id));
    const second = await read(page.cursor);
    expect(messagesOf(second.items)).toEqual([]);
  });
});

describe.each(networks)('$name: answering a direct message', ({ adapter, platform, access, ours }) => {
  const request = (c: FakeConversation, text: string, lastMessageAt: number): ReplyRequest => ({
    ...access,
    replyId: randomUUID(),
    to: {
      externalId: c.messages.at(-1)!.id,
      threadExternalId: c.id,
      authorHandle: c.person.name,
      kind: 'message',
      parentExternalId: null,
      authorExternalId: c.person.id,
      lastMessageAt: new Date(lastMessageAt).toISOString(),
    },
    text,
    private: true,
  });

  it('answers within 24 hours through the Send API to the person, as a standard response', async () => {
    const c = fake.conversation(platform, 'Anna');
    const q = fake.message(c, 'Hoe laat open?', { at: Date.now() - 23 * 3_600_000 });
    const out = await adapter.reply!(request(c, 'Vanaf 8 uur.', q.created));
    expect(out).toMatchObject({ kind: 'published', externalUrl: null });
    const answer = c.messages.at(-1)!;
    expect(answer).toMatchObject({ from: { id: ours }, text: 'Vanaf 8 uur.' });
    expect(out).toMatchObject({ externalId: answer.id });
  });

  it('refuses outside the window before calling Meta, naming the 24 hours; never reaches past it with a tag', async () => {
    const c = fake.conversation(platform, 'Laat');
    const q = fake.message(c, 'Nog een vraag', { at: Date.now() - 25 * 3_600_000 });
    const before = sends();
    const out = await adapter.reply!(request(c, 'Sorry voor de late reactie', q.created));
    expect(out).toEqual({
      kind: 'failed',
      retryable: false,
      reason: 'system:message_window_closed',
      code: 'post_refused',
      params: expect.objectContaining({ hours: 24 }),
    });
    expect(sends()).toBe(before);
    // Meta's own refusal (its clock, our stale idea of the last message) reads the same, and blames no permission.
    const meta = await adapter.reply!(request(c, 'Toch proberen', Date.now()));
    expect(meta).toMatchObject({ kind: 'failed', retryable: false, reason: 'system:message_window_closed' });
    expect(meta).not.toHaveProperty('channelProblem');
    expect(sends()).toBe(before + 1);
  });

  it('an answer whose outcome was lost is found in the conversation; one never sent is certainly absent', async () => {
    const c = fake.conversation(platform, 'Verloren');
    const q = fake.message(c, 'Wanneer is de uitslag er?');
    const req = request(c, 'Binnen een week.', q.created);
    expect(await adapter.findReply!(req)).toBeNull();
    fake.state.loseNextMessage = true;
    expect(await adapter.reply!(req)).toMatchObject({ kind: 'unknown' });
    const made = c.messages.at(-1)!;
    expect(await adapter.findReply!(req)).toEqual({ externalId: made.id, externalUrl: null });
  });

  it("without the messaging permission the answer fails plainly and the channel's publishing is left alone", async () => {
    const c = fake.conversation(platform, 'Geen recht');
    const q = fake.message(c, 'Hallo');
    fake.state.noMessagingPermission = true;
    const out = await adapter.reply!(request(c, 'Dag!', q.created));
    expect(out).toMatchObject({ kind: 'failed', retryable: false, reason: expect.stringMatching(/connect the channel again/) });
    expect(out).not.toHaveProperty('channelProblem');
  });
});

describe('the permissions asked', () => {
  it('asks for Instagram messaging alongside Page messaging; both adapters declare the 24-hour window', () => {
    expect(META_SCOPES).toEqual(expect.arrayContaining(['pages_messaging', 'instagram_manage_messages']));
    expect(facebookAdapter.messageWindowMs).toBe(24 * 3_600_000);
    expect(instagramAdapter.messageWindowMs).toBe(24 * 3_600_000);
  });
});
