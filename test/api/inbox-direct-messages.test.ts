// Direct messages through the inbox, on the real database, against the Graph contract server
// (test/support/fake-meta-messages.ts): Messenger and Instagram messages read by the leased poll
// and stored once; answered through the API inside Meta's 24-hour window, refused with a clear 422
// outside it (nothing stored), a planned answer that falls outside it failed by the engine before any
// call; and why a channel cannot be read — stored per channel, shown in the channels API (to that
// organisation only), cleared by the next read that succeeds.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/contracts/channel.ts';
import type { InboxItemView, InboxList } from '../../src/contracts/inbox.ts';
import { channels, inboxItems, inboxPollState, inboxReplies } from '../../src/db/schema.ts';
import { claimDueChannels, pollChannel } from '../../src/features/inbox/poll-channels.ts';
import { sendDueReplies } from '../../src/features/inbox/send-replies.ts';
import { FB_PAGE, IG } from '../support/fake-meta-comments.ts';
import { insertMetaChannel, withMetaInbox } from '../support/meta-channel.ts';
import { buildOrg, type Client, loginAs, type TestOrg } from '../support/test-app.ts';

const inbox = withMetaInbox();
const { db, deps } = inbox;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let stranger: Client;

beforeAll(async () => {
  [org, other] = await Promise.all([buildOrg(inbox.t), buildOrg(inbox.t)]);
  [editor, stranger] = await Promise.all([loginAs(inbox.t, org.users.editor.email), loginAs(inbox.t, other.users.admin.email)]);
});
afterEach(() => {
  Object.assign(inbox.meta.state, { noInboxPermission: false, noMessagingPermission: false, revoked: false });
});

const channel = (type: 'facebook' | 'instagram') => insertMetaChannel(inbox.t, org.id, type);
/** One poll of this channel, due now (others are released). */
async function poll(channelId: string) {
  await db().update(inboxPollState).set({ nextPollAt: sql`now()` }).where(eq(inboxPollState.channelId, channelId));
  const claimed = await claimDueChannels(db(), 'w1', 100);
  for (const id of claimed.filter((c) => c !== channelId))
    await db().update(inboxPollState).set({ leaseOwner: null, leaseUntil: null }).where(eq(inboxPollState.channelId, id));
  if (!claimed.includes(channelId)) throw new Error('channel not due');
  return pollChannel(db(), channelId, 'w1', deps());
}
const stateOf = async (channelId: string) => (await db().select().from(inboxPollState).where(eq(inboxPollState.channelId, channelId)))[0]!;
const itemsOf = (channelId: string) => db().select().from(inboxItems).where(eq(inboxItems.channelId, channelId)).orderBy(inboxItems.writtenAt);
const channelsOf = async (c: Client, orgId: string) => {
  const res = await c.get(`/api/orgs/${orgId}/channels`);
  expect(res.status).toBe(200);
  return (await res.json()) as Channel[];
};

describe.each(['facebook', 'instagram'] as const)('%s direct messages in the inbox', (type) => {
  const platform = type === 'facebook' ? 'messenger' : 'instagram';

  it('stores messages from others once, one thread per conversation, with the files counted; our own are left out', async () => {
    const channelId = await channel(type);
    await poll(channelId); // caught up
    const c = inbox.meta.conversation(platform, 'Fatima');
    const q = inbox.meta.message(c, 'Mag mijn dochter mee naar de afspraak?', { at: Date.now() - 3000 });
    inbox.meta.message(c, 'Ja hoor, dat mag.', { at: Date.now() - 2000, ours: true });
    const photo = inbox.meta.message(c, 'Hier de verwijsbrief', { at: Date.now() - 1000, attachments: 1 });
    expect((await poll(channelId)).stored).toBe(2);
    const stored = await itemsOf(channelId);
    const messages = stored.filter((i) => i.kind === 'message');
    expect(messages.map((i) => [i.externalId, i.threadKey, i.authorExternalId, i.attachments])).toEqual([
      [q.id, c.id, c.person.id, 0],
      [photo.id, c.id, c.person.id, 1],
    ]);
    // Read again from the start: nothing doubled.
    await db().update(inboxPollState).set({ cursor: null }).where(eq(inboxPollState.channelId, channelId));
    expect((await poll(channelId)).stored).toBe(0);
    expect((await itemsOf(channelId)).length).toBe(stored.length);

    const list = (await (await editor.get(`/api/orgs/${org.id}/inbox/items?channelId=${channelId}`)).json()) as InboxList;
    expect(list.items.find((i) => i.id === messages[1]!.id)).toMatchObject({ kind: 'message', attachments: 1, text: 'Hier de verwijsbrief' });
  });

  it('answers a message inside the 24 hours, privately to the person; outside them the API refuses clearly and stores nothing', async () => {
    const channelId = await channel(type);
    const c = inbox.meta.conversation(platform, 'Kees');
    inbox.meta.message(c, 'Wat zijn de bezoektijden?', { at: Date.now() - 20 * 3_600_000 });
    await poll(channelId); // the first read looks back a day
    const [item] = (await itemsOf(channelId)).filter((i) => i.threadKey === c.id);
    const res = await editor.post(`/api/orgs/${org.id}/inbox/items/${item!.id}/replies`, { text: 'Dagelijks van 14 tot 20 uur.' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { reply: { status: string; private: boolean } };
    expect(body.reply).toMatchObject({ status: 'sent', private: true });
    expect(c.messages.at(-1)).toMatchObject({ text: 'Dagelijks van 14 tot 20 uur.', from: { id: type === 'facebook' ? FB_PAGE.id : IG.id } });

    // A plan for the day after tomorrow falls outside the window: refused, naming the 24 hours.
    const at = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const planned = await editor.post(`/api/orgs/${org.id}/inbox/items/${item!.id}/replies`, { text: 'Nog een aanvulling.', at });
    expect(planned.status).toBe(422);
    const error = ((await planned.json()) as { error: { code: string; message: string; details: { path: string }[] } }).error;
    expect(error.code).toBe('inbox_message_window_closed');
    expect(error.message).toMatch(/24 uur/);
    expect(error.details[0]!.path).toBe('at');

    // An old conversation: refused now, before any call to Meta.
    const old = inbox.meta.conversation(platform, 'Laat');
    const [oldItem] = await db()
      .insert(inboxItems)
      .values({
        orgId: org.id,
        channelId,
        externalId: `m_old_${randomUUID()}`,
        kind: 'message',
        threadKey: old.id,
        authorExternalId: old.person.id,
        authorHandle: 'Laat',
        text: 'Hallo?',
        writtenAt: new Date(Date.now() - 25 * 3_600_000),
      })
      .returning();
    const sendsBefore = inbox.meta.seen.filter((r) => r.method === 'POST').length;
    const late = await editor.post(`/api/orgs/${org.id}/inbox/items/${oldItem!.id}/replies`, { text: 'Sorry voor het late antwoord.' });
    expect(late.status).toBe(422);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('inbox_message_window_closed');
    expect(await db().select().from(inboxReplies).where(eq(inboxReplies.itemId, oldItem!.id))).toEqual([]);
    expect(inbox.meta.seen.filter((r) => r.method === 'POST').length).toBe(sendsBefore);
  });

  it('a planned answer that comes due after the window is failed by the engine without a call, with a reason the person can read', async () => {
    const channelId = await channel(type);
    const c = inbox.meta.conversation(platform, 'Gepland');
    const [item] = await db()
      .insert(inboxItems)
      .values({
        orgId: org.id,
        channelId,
        externalId: `m_${randomUUID()}`,
        kind: 'message',
        threadKey: c.id,
        authorExternalId: c.person.id,
        authorHandle: 'Gepland',
        text: 'Bellen jullie me terug?',
        writtenAt: new Date(Date.now() - 25 * 3_600_000),
      })
      .returning();
    await db().insert(inboxReplies).values({ orgId: org.id, itemId: item!.id, text: 'Ja, morgen.', private: true, status: 'planned' });
    const sendsBefore = inbox.meta.seen.filter((r) => r.method === 'POST').length;
    expect((await sendDueReplies(db(), 'w1', deps())).failed).toBe(1);
    expect(inbox.meta.seen.filter((r) => r.method === 'POST').length).toBe(sendsBefore);
    const view = (await (await editor.get(`/api/orgs/${org.id}/inbox/items/${item!.id}`)).json()) as InboxItemView;
    expect(view.replies[0]).toMatchObject({ status: 'failed', failure: 'system:message_window_closed' });
  });
});

describe('an answer whose outcome was lost', () => {
  it('becomes unconfirmed, and the next turn finds it in the conversation instead of sending it twice', async () => {
    const channelId = await channel('facebook');
    const c = inbox.meta.conversation('messenger', 'Onzeker');
    inbox.meta.message(c, 'Kan ik morgen langskomen?');
    await poll(channelId);
    const [item] = (await itemsOf(channelId)).filter((i) => i.threadKey === c.id);
    const [reply] = await db()
      .insert(inboxReplies)
      .values({ orgId: org.id, itemId: item!.id, text: 'Ja, u bent welkom.', private: true, status: 'planned' })
      .returning();
    inbox.meta.state.loseNextMessage = true;
    expect((await sendDueReplies(db(), 'w1', deps())).unconfirmed).toBe(1);
    await db().update(inboxReplies).set({ dueAt: new Date() }).where(eq(inboxReplies.id, reply!.id));
    expect((await sendDueReplies(db(), 'w1', deps())).sent).toBe(1);
    const ours = c.messages.filter((m) => m.text === 'Ja, u bent welkom.');
    expect(ours).toHaveLength(1);
    const [settled] = await db().select().from(inboxReplies).where(eq(inboxReplies.id, reply!.id));
    expect(settled).toMatchObject({ status: 'sent', externalId: ours[0]!.id });
  });
});

describe('a channel that cannot be read', () => {
  it('connected before the inbox permissions: the reason is stored and shown to its organisation only, publishing untouched; a read that succeeds clears it', async () => {
    const channelId = await channel('facebook');
    inbox.meta.state.noInboxPermission = true;
    await poll(channelId);
    expect(await stateOf(channelId)).toMatchObject({ readingBlocked: 'permissions', lastError: expect.stringMatching(/inbox permissions/) });
    const [row] = await db().select().from(channels).where(eq(channels.id, channelId));
    expect(row!.lastError).toBeNull();
    expect((await channelsOf(editor, org.id)).find((c) => c.id === channelId)).toMatchObject({ readingBlocked: 'permissions', lastError: null });
    expect((await channelsOf(stranger, other.id)).map((c) => c.id)).not.toContain(channelId);
    expect((await stranger.get(`/api/orgs/${org.id}/channels`)).status).toBe(404);

    inbox.meta.state.noInboxPermission = false;
    await poll(channelId);
    expect((await stateOf(channelId)).readingBlocked).toBeNull();
    expect((await channelsOf(editor, org.id)).find((c) => c.id === channelId)!.readingBlocked).toBeNull();
  });

  it('only the messages refused: the comments are stored and the channel still says what it lacks', async () => {
    const channelId = await channel('facebook');
    await poll(channelId);
    const post = inbox.meta.post();
    const comment = inbox.meta.comment(post, 'Ruud', 'Goed artikel!');
    inbox.meta.message(inbox.meta.conversation('messenger', 'Privé'), 'Een privévraag');
    inbox.meta.state.noMessagingPermission = true;
    expect((await poll(channelId)).stored).toBe(1);
    expect((await itemsOf(channelId)).map((i) => i.externalId)).toContain(comment.id);
    expect(await stateOf(channelId)).toMatchObject({ readingBlocked: 'permissions', lastError: null });
  });

  it('a revoked grant is told as such', async () => {
    const channelId = await channel('instagram');
    inbox.meta.state.revoked = true;
    await poll(channelId);
    expect((await stateOf(channelId)).readingBlocked).toBe('revoked');
    expect((await channelsOf(editor, org.id)).find((c) => c.id === channelId)).toMatchObject({ readingBlocked: 'revoked', lastError: expect.any(String) });
  });
});
