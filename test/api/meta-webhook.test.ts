// Meta's webhook callback (/hooks/meta) as Meta calls it: the subscription handshake, signed
// deliveries (X-Hub-Signature-256 over the raw body with the app secret), a comment or message
// making only the matching channels' next read come now (in every organisation that connected that
// account, in no other), and an Instagram @mention read by the worker from the Graph contract server
// (test/support/fake-meta-comments.ts; an unknown request fails the test) and stored once as an inbox
// item, then answered through /mentions. Bad bodies are refused with 4xx and change nothing.
import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { channels, inboxItems, inboxPollState, inboxReplies, inboxWebhookMentions } from '../../src/db/schema.ts';
import { claimDueChannels, pollChannel } from '../../src/features/inbox/poll-channels.ts';
import { MAX_MENTION_ATTEMPTS, readWebhookMentions } from '../../src/features/inbox/webhook-mentions.ts';
import { sendDueReplies } from '../../src/features/inbox/send-replies.ts';
import { runDoctor } from '../../src/features/ops/doctor.ts';
import { FB_PAGE, IG } from '../support/fake-meta-comments.ts';
import { buildPublished } from '../support/metrics-factory.ts';
import { buildOrg, type TestOrg } from '../support/test-app.ts';
import { withMetaInbox } from '../support/meta-channel.ts';

const VERIFY_TOKEN = 'verify-token-0123456789abcdef';
const MAX_BODY = 64 * 1024;
const inbox = withMetaInbox({ META_WEBHOOK_VERIFY_TOKEN: VERIFY_TOKEN, API_BODY_MAX_BYTES: String(MAX_BODY) });
const { db, deps, sign, deliver } = inbox;
let orgA: TestOrg;
let orgB: TestOrg;
let orgC: TestOrg;

beforeAll(async () => {
  [orgA, orgB, orgC] = [await buildOrg(inbox.t), await buildOrg(inbox.t), await buildOrg(inbox.t)];
});

const feedComment = (pageId: string, verb = 'add', item = 'comment') => ({
  object: 'page',
  entry: [
    {
      id: pageId,
      time: Math.floor(Date.now() / 1000),
      changes: [
        { field: 'feed', value: { item, verb, comment_id: `${pageId}_1_2`, post_id: `${pageId}_1`, from: { id: '9', name: 'Jan' }, message: 'Hallo' } },
      ],
    },
  ],
});
const mention = (igUserId: string, mediaId: string, commentId?: string) => ({
  object: 'instagram',
  entry: [
    {
      id: igUserId,
      time: Math.floor(Date.now() / 1000),
      changes: [{ field: 'mentions', value: { media_id: mediaId, ...(commentId && { comment_id: commentId }) } }],
    },
  ],
});

async function channel(org: TestOrg, type: 'facebook' | 'instagram', settings: Record<string, unknown>): Promise<string> {
  const [row] = await db()
    .insert(channels)
    .values({
      orgId: org.id,
      type,
      name: `${type} ${org.slug}`,
      slug: `${type}-${randomUUID().slice(0, 6)}`,
      settings,
      credentials: inbox.t.deps.secrets.seal({ pageToken: FB_PAGE.token }),
    })
    .returning();
  // Read a minute ago: the next read is due in four minutes.
  await db()
    .insert(inboxPollState)
    .values({ channelId: row!.id, orgId: org.id, nextPollAt: new Date(Date.now() + 4 * 60_000) });
  return row!.id;
}
const dueIn = async (ids: string[]) => {
  const rows = await db().select().from(inboxPollState).where(inArray(inboxPollState.channelId, ids));
  return ids.map((id) => Math.round((rows.find((r) => r.channelId === id)!.nextPollAt.getTime() - Date.now()) / 60_000) + 0);
};
const mentionRows = () => db().select().from(inboxWebhookMentions);

describe('the subscription handshake', () => {
  const verify = (q: Record<string, string | undefined>) =>
    inbox.t.app.request(`/hooks/meta?${new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined))}`);

  it('answers the challenge as plain text when the verify token is ours', async () => {
    const res = await verify({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('1158201444');
  });

  it('refuses a wrong token or mode with 403 in the JSON error format, and a missing challenge with 400', async () => {
    for (const q of [
      { 'hub.mode': 'subscribe', 'hub.verify_token': `${VERIFY_TOKEN}x`, 'hub.challenge': '1' },
      { 'hub.mode': 'subscribe', 'hub.challenge': '1' },
      { 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' },
    ]) {
      const res = await verify(q);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('webhook_verify_refused');
    }
    const res = await verify({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '<script>' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('webhook_challenge_invalid');
  });

  it('zorgpost doctor says where Meta should call, and that the endpoint is off without the app secret', async () => {
    const said = async () => (await runDoctor(db(), inbox.t.deps.config, inbox.t.deps.secrets)).find((c) => c.id === 'meta_webhooks');
    expect(await said()).toMatchObject({ verdict: 'ok', text: { en: expect.stringContaining('https://zorg.example/hooks/meta') } });
    const secret = process.env.META_APP_SECRET;
    delete process.env.META_APP_SECRET;
    try {
      expect(await said()).toMatchObject({ verdict: 'warn', text: { en: expect.stringContaining('/hooks/meta is off') } });
    } finally {
      process.env.META_APP_SECRET = secret;
    }
  });

  it('is not there (404) when the installation has no Meta app secret', async () => {
    const secret = process.env.META_APP_SECRET;
    delete process.env.META_APP_SECRET;
    try {
      const get = await verify({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' });
      expect(get.status).toBe(404);
      expect((await deliver(feedComment(FB_PAGE.id), { signature: 'sha256=00' })).status).toBe(404);
    } finally {
      process.env.META_APP_SECRET = secret;
    }
  });
});

describe('signed deliveries', () => {
  it('refuses a missing signature (401) and a wrong one (403) before reading the body, and nudges nothing', async () => {
    const fb = await channel(orgA, 'facebook', { pageId: '3001', pageName: 'Oost' });
    const body = feedComment('3001');
    const raw = JSON.stringify(body);
    const missing = await deliver(body, { signature: null });
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.code).toBe('webhook_signature_missing');
    for (const signature of [sign(raw, 'another-secret'), sign(`${raw} `), 'sha256=zz', sign(raw).replace('sha256=', 'sha1='), `${sign(raw)}00`]) {
      const res = await deliver(body, { signature });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('webhook_signature_invalid');
    }
    // Not even a malformed body is looked at without a valid signature.
    expect((await deliver(null, { raw: '{not json', signature: sign('other') })).status).toBe(403);
    expect(await dueIn([fb])).toEqual([4]);
    // Signed over the bytes as sent (Meta escapes non-ASCII as \uXXXX; here also a raw emoji), not over a re-serialised object.
    const raw2 = JSON.stringify(feedComment('3001')).replace('Hallo', 'Tevreden pati\\u00ebnt 👍');
    expect(raw2).toContain('pati\\u00ebnt');
    expect((await deliver(null, { raw: raw2 })).status).toBe(200);
    expect(await dueIn([fb])).toEqual([0]);
  });

  it('answers malformed bodies with 400 and stores nothing; unknown objects and fields with 200, ignored', async () => {
    const ig = await channel(orgA, 'instagram', { igUserId: '4001', username: 'oost', pageId: '4000' });
    const before = (await mentionRows()).length;
    for (const [raw, code] of [
      ['{"object":"instagram","entry":[', 'bad_json'],
      ['\u0000', 'bad_json'],
      ['"just a string"', 'webhook_body_invalid'],
      ['{"object":"instagram"}', 'webhook_body_invalid'],
      ['{"object":"instagram","entry":[{"id":"not-a-number","changes":[]}]}', 'webhook_body_invalid'],
      [JSON.stringify({ object: 'instagram', entry: [{ id: '4001', changes: [{ field: 'mentions', value: { comment_id: '5' } }] }] }), 'webhook_body_invalid'],
      [JSON.stringify({ object: 'page', entry: [{ id: '4000', changes: [{ field: 'feed', value: 'x' }] }] }), 'webhook_body_invalid'],
    ] as const) {
      const res = await deliver(null, { raw });
      expect(res.status, raw).toBe(400);
      expect((await res.json()).error.code).toBe(code);
    }
    // A mention beside a broken one: the whole delivery is refused, the good one not half-stored.
    const mixed = mention('4001', '77');
    mixed.entry[0]!.changes.push({ field: 'mentions', value: {} as never });
    expect((await deliver(mixed)).status).toBe(400);
    expect((await mentionRows()).length).toBe(before);

    for (const body of [
      { object: 'whatsapp_business_account', entry: [{ id: '4001', changes: [{ field: 'messages', value: {} }] }] },
      { object: 'instagram', entry: [{ id: '4001', changes: [{ field: 'story_insights', value: { media_id: '1' } }] }] },
      { object: 'page', entry: [{ id: '4000', changes: [{ field: 'feed', value: { item: 'reaction', verb: 'add' } }] }] },
    ]) {
      const res = await deliver(body);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ received: 0, nudged: 0, mentions: 0, stored: 0, edited: 0 });
    }
    expect(await dueIn([ig])).toEqual([4]);
    expect((await mentionRows()).length).toBe(before);
  });

  it('refuses a body over the limit with 413, told by its length or counted while it streams', async () => {
    const raw = JSON.stringify({ object: 'page', entry: [], pad: 'x'.repeat(MAX_BODY) });
    const res = await deliver(null, { raw });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('body_too_large');
    const chunks = [raw.slice(0, MAX_BODY / 2), raw.slice(MAX_BODY / 2)];
    const streamed = await inbox.t.app.request('/hooks/meta', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(raw) },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(new TextEncoder().encode(next));
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});

describe('what a delivery does', () => {
  it('a comment on a Page makes the next read of every channel of that page come now, and no other', async () => {
    const aPage = await channel(orgA, 'facebook', { pageId: '5001', pageName: 'Oost' });
    const cSamePage = await channel(orgC, 'facebook', { pageId: '5001', pageName: 'Oost' });
    const bOtherPage = await channel(orgB, 'facebook', { pageId: '5002', pageName: 'West' });
    const bInstagram = await channel(orgB, 'instagram', { igUserId: '5001', username: 'west', pageId: '5002' });
    const res = await deliver(feedComment('5001'));
    expect(await res.json()).toEqual({ received: 2, nudged: 2, mentions: 0, stored: 2, edited: 0 });
    expect(await dueIn([aPage, cSamePage, bOtherPage, bInstagram])).toEqual([0, 0, 4, 4]);
  });

  it('Instagram comments and messages nudge the Instagram channel; a channel waiting out a failure keeps waiting', async () => {
    const ig = await channel(orgB, 'instagram', { igUserId: '6001', username: 'west', pageId: '6000' });
    const failing = await channel(orgA, 'instagram', { igUserId: '6001', username: 'west', pageId: '6000' });
    await db().update(inboxPollState).set({ failures: 2 }).where(eq(inboxPollState.channelId, failing));
    const fb = await channel(orgB, 'facebook', { pageId: '6000', pageName: 'West' });
    await deliver({
      object: 'instagram',
      entry: [
        { id: '6001', time: 1, changes: [{ field: 'comments', value: { id: '1', text: 'Hoi', media: { id: '2' }, from: { id: '3', username: 'jan' } } }] },
      ],
    });
    expect(await dueIn([ig, failing, fb])).toEqual([0, 4, 4]);
    await db()
      .update(inboxPollState)
      .set({ nextPollAt: new Date(Date.now() + 4 * 60_000) })
      .where(eq(inboxPollState.channelId, ig));
    await deliver({
      object: 'instagram',
      entry: [{ id: '6001', time: 1, messaging: [{ sender: { id: '9' }, recipient: { id: '6001' }, message: { mid: 'm1', text: 'Hoi' } }] }],
    });
    await deliver({
      object: 'page',
      entry: [{ id: '6000', time: 1, messaging: [{ sender: { id: '9' }, recipient: { id: '6000' }, message: { mid: 'm2', text: 'Hoi' } }] }],
    });
    expect(await dueIn([ig, failing, fb])).toEqual([0, 4, 0]);
  });

  it('a comment announced while the channel is being read makes it due again at once; without one it waits its pace', async () => {
    const fb = await channel(orgA, 'facebook', { pageId: FB_PAGE.id, pageName: FB_PAGE.name });
    const readOnce = async (during?: () => unknown) => {
      await db().update(inboxPollState).set({ nextPollAt: sql`now()` }).where(eq(inboxPollState.channelId, fb));
      const claimed = await claimDueChannels(db(), 'w1', 100);
      // Only this channel is read here; others the earlier tests made due are let go.
      await db()
        .update(inboxPollState)
        .set({ leaseOwner: null, leaseUntil: null })
        .where(inArray(inboxPollState.channelId, claimed.filter((id) => id !== fb).concat(randomUUID())));
      expect(claimed).toContain(fb);
      await during?.();
      await pollChannel(db(), fb, 'w1', deps());
      return (await dueIn([fb]))[0];
    };
    expect(await readOnce()).toBe(5);
    expect(await readOnce(() => deliver(feedComment(FB_PAGE.id)))).toBe(0);
    expect(await readOnce()).toBe(5);
  });

  it('an Instagram comment @mention becomes one inbox item, triaged, once however often it is delivered, and is answered under the comment', async () => {
    const ours = await channel(orgB, 'instagram', { igUserId: IG.id, username: IG.username, pageId: FB_PAGE.id });
    const other = await channel(orgA, 'instagram', { igUserId: '17841400000000999', username: 'ander', pageId: '999' });
    const m = inbox.meta.mentionInComment(
      'els.de.vries',
      `@${IG.username} Sinds een kwartier klaagt vader over een knellende borst die uitstraalt naar links, en hij is klam. Wat doen we?`,
    );
    const body = mention(IG.id, m.mediaId, m.id);
    expect(await (await deliver(body)).json()).toEqual({ received: 1, nudged: 0, mentions: 1, stored: 0, edited: 0 });
    // Meta repeats a delivery it thinks failed: still one row.
    expect(await (await deliver(body)).json()).toEqual({ received: 1, nudged: 0, mentions: 0, stored: 0, edited: 0 });
    expect((await readWebhookMentions(db(), 'w1', deps())).done).toBe(1);
    const items = await db()
      .select()
      .from(inboxItems)
      .where(inArray(inboxItems.channelId, [ours, other]));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      orgId: orgB.id,
      channelId: ours,
      externalId: m.id,
      kind: 'mention',
      threadKey: m.mediaId,
      parentExternalId: m.mediaId,
      authorHandle: 'els.de.vries',
      text: m.text,
      url: `https://www.instagram.com/p/M${m.mediaId}/`,
      category: 'crisis',
      urgent: true,
    });
    // A replay after it was read: nothing new is recorded, read or stored.
    expect(await (await deliver(body)).json()).toEqual({ received: 1, nudged: 0, mentions: 0, stored: 0, edited: 0 });
    expect(await readWebhookMentions(db(), 'w1', deps())).toEqual({ done: 0, retried: 0, failed: 0 });
    expect(inbox.meta.seen.filter((r) => r.method === 'GET' && r.path.endsWith(`/${IG.id}`))).toHaveLength(1);

    await db().insert(inboxReplies).values({ orgId: orgB.id, itemId: items[0]!.id, text: 'Bel nu 112.', status: 'planned' });
    expect((await sendDueReplies(db(), 'w1', deps())).sent).toBe(1);
    const answer = [...inbox.meta.state.comments.values()].find((c) => c.parent === m.id);
    expect(answer).toMatchObject({ on: m.mediaId, message: 'Bel nu 112.', from: { id: IG.id, name: IG.username } });
  });

  it('a caption @mention is stored with its media id (as a tag of the same media would be) and answered on the media', async () => {
    const ours = await channel(orgC, 'instagram', { igUserId: IG.id, username: IG.username, pageId: FB_PAGE.id });
    const m = inbox.meta.mentionInCaption('sportclub', `Bedankt @${IG.username} voor de EHBO-les!`);
    await deliver(mention(IG.id, m.id));
    await readWebhookMentions(db(), 'w1', deps());
    const [item] = await db().select().from(inboxItems).where(eq(inboxItems.channelId, ours));
    expect(item).toMatchObject({ externalId: m.id, kind: 'mention', threadKey: m.id, parentExternalId: null, text: m.caption, category: 'compliment' });
    await db().insert(inboxReplies).values({ orgId: orgC.id, itemId: item!.id, text: 'Graag gedaan!', status: 'planned' });
    expect((await sendDueReplies(db(), 'w1', deps())).sent).toBe(1);
    expect([...inbox.meta.state.comments.values()].find((c) => c.on === m.id)?.message).toBe('Graag gedaan!');
  });

  it('a failing read is tried again later and given up after the bound; a mention that is gone is closed at once', async () => {
    const ours = await channel(orgA, 'instagram', { igUserId: IG.id, username: IG.username, pageId: FB_PAGE.id });
    // Only this channel is connected to the account now (the earlier tests' channels are switched off).
    await db().update(channels).set({ active: false }).where(sql`${channels.type} = 'instagram' AND ${channels.id} <> ${ours}`);
    const m = inbox.meta.mentionInComment('piet', `@${IG.username} waar kan ik parkeren?`);
    expect((await (await deliver(mention(IG.id, m.mediaId, m.id))).json()).mentions).toBe(1);
    const row = async () => (await db().select().from(inboxWebhookMentions).where(eq(inboxWebhookMentions.commentId, m.id)))[0]!;
    inbox.meta.state.mentionReadFaults = MAX_MENTION_ATTEMPTS + 3;
    for (let i = 1; i <= MAX_MENTION_ATTEMPTS; i++) {
      await db().update(inboxWebhookMentions).set({ nextAttemptAt: sql`now()` }).where(eq(inboxWebhookMentions.commentId, m.id));
      await readWebhookMentions(db(), 'w1', deps());
    }
    inbox.meta.state.mentionReadFaults = 0;
    expect(await row()).toMatchObject({ status: 'failed', attempts: MAX_MENTION_ATTEMPTS });
    expect(await db().select().from(inboxItems).where(eq(inboxItems.channelId, ours))).toEqual([]);

    await deliver(mention(IG.id, '123456789'));
    expect(await readWebhookMentions(db(), 'w1', deps())).toEqual({ done: 0, retried: 0, failed: 1 });
    const gone = await db().select().from(inboxWebhookMentions).where(eq(inboxWebhookMentions.mediaId, '123456789'));
    expect(gone.map((g) => [g.channelId, g.status, g.attempts])).toEqual([[ours, 'failed', 1]]);
  });
});

describe('comments carried by the delivery', () => {
  const fbDelivery = (pageId: string, values: Record<string, unknown>[]) => ({
    object: 'page',
    entry: [{ id: pageId, time: Math.floor(Date.now() / 1000), changes: values.map((value) => ({ field: 'feed', value })) }],
  });
  /** The `feed` change Meta sends for a comment, made from the contract server's comment (so the poll reads the same one). */
  const fbValue = (
    c: { id: string; on: string; parent: string | null; from: { id: string; name: string }; message: string; created: number },
    verb = 'add',
  ) => ({
    item: 'comment',
    verb,
    comment_id: c.id,
    post_id: c.on,
    parent_id: c.parent ?? c.on,
    message: c.message,
    from: { id: c.from.id.replace(/\D/g, '') || '42', name: c.from.name },
    created_time: Math.floor(c.created / 1000),
    post: { id: c.on, status_type: 'added_photos', is_published: true },
  });
  const igDelivery = (igUserId: string, values: Record<string, unknown>[], field = 'comments') => ({
    object: 'instagram',
    entry: [{ id: igUserId, time: Math.floor(Date.now() / 1000), changes: values.map((value) => ({ field, value })) }],
  });
  const items = (channelIds: string[]) => db().select().from(inboxItems).where(inArray(inboxItems.channelId, channelIds)).orderBy(inboxItems.writtenAt);
  /** Only these channels are connected to the test page and account (earlier tests' channels switched off). */
  const only = async (ids: string[]) => {
    await db()
      .update(channels)
      .set({ active: false })
      .where(
        sql`${channels.type} IN ('facebook', 'instagram') AND NOT (${channels.id} IN (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))`,
      );
  };

  it('a comment on a Page post older than the 25 the poll reads is stored at once in every organisation with that page, triaged, and the poll never stores it twice', async () => {
    const a = await channel(orgA, 'facebook', { pageId: FB_PAGE.id, pageName: FB_PAGE.name });
    const c = await channel(orgC, 'facebook', { pageId: FB_PAGE.id, pageName: FB_PAGE.name });
    const elsewhere = await channel(orgB, 'facebook', { pageId: '5999', pageName: 'Elders' });
    await only([a, c, elsewhere]);
    const old = inbox.meta.post(40 * 86_400_000);
    for (let i = 0; i < 26; i++) inbox.meta.post();
    const comment = inbox.meta.comment(old, 'Els', 'Pa zegt telkens dat hij dood wil. Wat nu te doen?', { fromId: '777' });
    const answer = inbox.meta.comment(old, 'Piet', 'Bel 113, Els.', { parent: comment.id, fromId: '778' });
    // Organisation A published that post through its channel; C did not.
    const ours = await buildPublished(db(), { orgId: orgA.id, channelId: a, publishedAt: new Date(Date.now() - 40 * 86_400_000), externalId: old });
    const res = await deliver(fbDelivery(FB_PAGE.id, [fbValue(comment), fbValue(answer)]));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ stored: 4, nudged: 2 });
    const stored = await items([a, c, elsewhere]);
    expect(stored.map((i) => [i.orgId, i.channelId, i.externalId, i.kind, i.threadKey, i.parentExternalId])).toEqual(
      expect.arrayContaining([
        [orgA.id, a, comment.id, 'comment', old, old],
        [orgC.id, c, comment.id, 'comment', old, old],
        [orgA.id, a, answer.id, 'reply', old, comment.id],
        [orgC.id, c, answer.id, 'reply', old, comment.id],
      ]),
    );
    expect(stored).toHaveLength(4);
    const crisis = stored.filter((i) => i.externalId === comment.id);
    expect(crisis.map((i) => [i.category, i.urgent, i.authorExternalId, i.authorHandle, i.writtenAt.getTime()])).toEqual([
      ['crisis', true, '777', 'Els', Math.floor(comment.created / 1000) * 1000],
      ['crisis', true, '777', 'Els', Math.floor(comment.created / 1000) * 1000],
    ]);
    // The people on duty of each organisation were told, once.
    expect(crisis.every((i) => i.dutyNotifiedAt !== null)).toBe(true);
    // Linked to our post only where that organisation published it.
    expect(stored.filter((i) => i.channelId === a).map((i) => i.postId)).toEqual([ours.postId, ours.postId]);
    expect(stored.filter((i) => i.channelId === c).map((i) => i.postId)).toEqual([null, null]);

    // Delivered again, then read by the poll from the start: nothing doubles.
    expect(await (await deliver(fbDelivery(FB_PAGE.id, [fbValue(comment)]))).json()).toMatchObject({ stored: 0 });
    await db().update(inboxPollState).set({ cursor: null, nextPollAt: sql`now()` }).where(eq(inboxPollState.channelId, a));
    await claimDueChannels(db(), 'w-comments', 100);
    await pollChannel(db(), a, 'w-comments', deps());
    const recent = inbox.meta.comment(inbox.meta.post(), 'Kees', 'Mooi verhaal', { fromId: '779' });
    await deliver(fbDelivery(FB_PAGE.id, [fbValue(recent)]));
    await db().update(inboxPollState).set({ cursor: null, nextPollAt: sql`now()`, leaseOwner: null, leaseUntil: null }).where(eq(inboxPollState.channelId, a));
    await claimDueChannels(db(), 'w-comments', 100);
    expect((await pollChannel(db(), a, 'w-comments', deps())).stored).toBe(0);
    expect((await items([a])).map((i) => i.externalId).sort()).toEqual([comment.id, answer.id, recent.id].sort());
  });

  it("the page's own comments are skipped, an edit keeps one item and changes it only while nothing answers it, and a removal changes nothing", async () => {
    const fb = await channel(orgB, 'facebook', { pageId: '8001', pageName: 'Noord' });
    await only([fb]);
    const base = { item: 'comment', post_id: '8001_1', created_time: Math.floor(Date.now() / 1000) - 60 };
    const own = { ...base, verb: 'add', comment_id: '8001_1_1', message: 'Dank voor uw reactie!', from: { id: '8001', name: 'Noord' } };
    const theirs = { ...base, verb: 'add', comment_id: '8001_1_2', message: 'Waar kan ik parkeren?', from: { id: '55', name: 'Anna' } };
    await deliver(fbDelivery('8001', [own, theirs]));
    const [item] = await items([fb]);
    expect(await items([fb])).toHaveLength(1);
    expect(item).toMatchObject({ externalId: '8001_1_2', text: 'Waar kan ik parkeren?', category: 'question', url: 'https://www.facebook.com/8001_1_2' });

    // Edited before anyone answered: the new text, triaged again; still one item.
    const edited = { ...theirs, verb: 'edited', message: 'Al de hele ochtend druk op mijn borstkas, en het trekt nu door naar mijn linkerarm.' };
    expect(await (await deliver(fbDelivery('8001', [edited]))).json()).toMatchObject({ stored: 0, edited: 1 });
    const [after] = await items([fb]);
    expect(after).toMatchObject({ id: item!.id, text: edited.message, category: 'crisis', urgent: true });
    expect(after!.dutyNotifiedAt).not.toBeNull();

    // Answered (here: planned): a later edit changes nothing the answer was written to.
    await db()
      .insert(inboxReplies)
      .values({ orgId: orgB.id, itemId: item!.id, text: 'Bel direct 112.', status: 'planned', dueAt: new Date(Date.now() + 3_600_000) });
    expect(await (await deliver(fbDelivery('8001', [{ ...theirs, verb: 'edited', message: 'Laat maar, gaat al beter.' }]))).json()).toMatchObject({
      edited: 0,
    });
    expect((await items([fb]))[0]).toMatchObject({ text: edited.message, category: 'crisis', urgent: true });

    // An edit of a comment never seen before is stored as it is now.
    await deliver(fbDelivery('8001', [{ ...theirs, verb: 'edited', comment_id: '8001_1_3', message: 'Hoe laat begint de les?' }]));
    // A removal: the inbox has no deleted state; nothing is stored or changed, and no read is called for.
    const removed = await deliver(fbDelivery('8001', [{ item: 'comment', verb: 'remove', comment_id: '8001_1_2', post_id: '8001_1', from: { id: '55' } }]));
    expect(await removed.json()).toEqual({ received: 0, nudged: 0, mentions: 0, stored: 0, edited: 0 });
    expect((await items([fb])).map((i) => [i.externalId, i.text])).toEqual([
      ['8001_1_2', edited.message],
      ['8001_1_3', 'Hoe laat begint de les?'],
    ]);
  });

  it('an Instagram comment is stored with its media as thread and a reply under its comment, our own account skipped, once however often it comes', async () => {
    const ours = await channel(orgA, 'instagram', { igUserId: IG.id, username: IG.username, pageId: FB_PAGE.id });
    const otherOrg = await channel(orgB, 'instagram', { igUserId: IG.id, username: IG.username, pageId: FB_PAGE.id });
    const otherAccount = await channel(orgC, 'instagram', { igUserId: '17841400000000777', username: 'ander', pageId: '777' });
    await only([ours, otherOrg, otherAccount]);
    const media = inbox.meta.media();
    const first = {
      id: '18000000000000001',
      text: 'Hoe lang moet je nu wachten voor de poli?',
      from: { id: '901', username: 'sanne' },
      media: { id: media, media_product_type: 'FEED' },
    };
    const reply = { id: '18000000000000002', text: 'Zelfde vraag!', from: { id: '902', username: 'bram' }, media: { id: media }, parent_id: first.id };
    const mine = { id: '18000000000000003', text: 'We zoeken het uit', from: { id: IG.id, username: IG.username }, media: { id: media }, parent_id: first.id };
    const byName = { id: '18000000000000004', text: 'Graag gedaan', from: { id: '1', username: IG.username }, media: { id: media } };
    const body = igDelivery(IG.id, [first, reply, mine, byName]);
    expect(await (await deliver(body)).json()).toMatchObject({ stored: 4, nudged: 2 });
    expect(await (await deliver(body)).json()).toMatchObject({ stored: 0 });
    const stored = await items([ours, otherOrg, otherAccount]);
    expect(stored.filter((i) => i.channelId === ours).map((i) => [i.externalId, i.kind, i.threadKey, i.parentExternalId, i.authorHandle, i.category])).toEqual(
      expect.arrayContaining([
        [first.id, 'comment', media, media, 'sanne', 'question'],
        [reply.id, 'reply', media, first.id, 'bram', expect.any(String)],
      ]),
    );
    expect(stored.map((i) => i.channelId).sort()).toEqual([ours, ours, otherOrg, otherOrg].sort());
    expect(stored.every((i) => i.orgId === (i.channelId === ours ? orgA.id : orgB.id))).toBe(true);
    // A comment during a live broadcast comes in the same shape (`live_comments`): stored the same way.
    const live = { id: '18000000000000005', text: 'Goed uitgelegd!', from: { id: '903', username: 'joke' }, media: { id: '18000000000000900' } };
    expect(await (await deliver(igDelivery(IG.id, [live], 'live_comments'))).json()).toMatchObject({ stored: 2 });
    expect((await items([ours])).find((i) => i.externalId === live.id)).toMatchObject({ kind: 'comment', threadKey: live.media.id, authorHandle: 'joke' });
  });

  it('a malformed comment refuses the whole delivery with 400 and stores nothing', async () => {
    const fb = await channel(orgA, 'facebook', { pageId: '8101', pageName: 'Zuid' });
    const ig = await channel(orgA, 'instagram', { igUserId: '8102', username: 'zuid', pageId: '8101' });
    await only([fb, ig]);
    const good = { item: 'comment', verb: 'add', comment_id: '8101_1_1', post_id: '8101_1', message: 'Hoi', from: { id: '5', name: 'Jo' } };
    for (const body of [
      fbDelivery('8101', [good, { ...good, comment_id: '8101_1_2', message: 42 }]),
      fbDelivery('8101', [good, { ...good, comment_id: 'javascript:alert(1)' }]),
      fbDelivery('8101', [{ ...good, post_id: undefined }]),
      igDelivery('8102', [{ id: '1', text: 'Hoi', from: { id: '2', username: 'x' } }]),
      igDelivery('8102', [{ id: '1', text: ['Hoi'], media: { id: '3' } }]),
    ]) {
      const res = await deliver(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).error.code).toBe('webhook_body_invalid');
    }
    expect(await items([fb, ig])).toEqual([]);
    // A feed change that names no comment (an older delivery shape) only makes the read come sooner.
    expect(await (await deliver(fbDelivery('8101', [{ item: 'comment', verb: 'add', post_id: '8101_1' }]))).json()).toMatchObject({ nudged: 1, stored: 0 });
  });
});
