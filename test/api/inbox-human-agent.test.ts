// Answering a Messenger or Instagram direct message past Meta's 24 hours with the HUMAN_AGENT tag,
// on the real database against the Graph contract server (test/support/fake-meta-messages.ts; an
// unknown request — any other tag or messaging type — fails the test): with META_HUMAN_AGENT set the
// answer goes out as messaging_type MESSAGE_TAG, tag HUMAN_AGENT up to 7 days after the person's last
// message (inside the 24 hours still as RESPONSE); beyond the 7 days, or without the setting, a clear
// 422 and no call. The conversation view says which window applies, the audit trail records it, and
// `zorgpost doctor` says whether the setting is on.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InboxItemView } from '../../src/contracts/inbox.ts';
import { auditEvents, channels, inboxItems, inboxReplies } from '../../src/db/schema.ts';
import { sendDueReplies } from '../../src/features/inbox/send-replies.ts';
import { runDoctor } from '../../src/features/ops/doctor.ts';
import type { FakeMetaComments } from '../support/fake-meta-comments.ts';
import { insertMetaChannel, withMetaInbox } from '../support/meta-channel.ts';
import { buildOrg, type Client, loginAs, type TestOrg } from '../support/test-app.ts';

const inbox = withMetaInbox();
const { db, deps } = inbox;
let org: TestOrg;
let editor: Client;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  org = await buildOrg(inbox.t);
  editor = await loginAs(inbox.t, org.users.editor.email);
});
afterEach(() => {
  delete process.env.META_HUMAN_AGENT;
  inbox.meta.state.humanAgentGranted = false;
});

const base = () => `/api/orgs/${org.id}/inbox`;
const channel = (type: 'facebook' | 'instagram') => insertMetaChannel(inbox.t, org.id, type);
type Conversation = ReturnType<FakeMetaComments['conversation']>;
/** A conversation whose person last wrote `ago` ms ago, stored in the inbox as the poll stores it. */
async function conversation(channelId: string, platform: 'messenger' | 'instagram', ago: number): Promise<{ c: Conversation; id: string }> {
  const c = inbox.meta.conversation(platform, `Persoon ${randomUUID().slice(0, 4)}`);
  const m = inbox.meta.message(c, 'Kunt u mij terugbellen over mijn afspraak?', { at: Date.now() - ago });
  const [row] = await db()
    .insert(inboxItems)
    .values({
      orgId: org.id,
      channelId,
      externalId: m.id,
      kind: 'message',
      threadKey: c.id,
      authorExternalId: c.person.id,
      authorHandle: c.person.name,
      text: m.text,
      writtenAt: new Date(m.created),
    })
    .returning();
  return { c, id: row!.id };
}
const view = async (id: string) => (await (await editor.get(`${base()}/items/${id}`)).json()) as InboxItemView;
const answer = (id: string, body: Record<string, unknown>, lang = 'nl') =>
  editor.request('POST', `${base()}/items/${id}/replies`, body, { 'accept-language': lang });
const posts = () => inbox.meta.seen.filter((r) => r.method === 'POST').length;
type ErrorBody = { error: { code: string; message: string; details: { path: string }[] } };

describe.each([
  ['facebook', 'messenger'],
  ['instagram', 'instagram'],
] as const)('%s direct messages past the 24 hours', (type, platform) => {
  it('with META_HUMAN_AGENT: tagged HUMAN_AGENT up to 7 days, untagged inside the 24 hours; the view and the audit say which window', async () => {
    process.env.META_HUMAN_AGENT = '1';
    inbox.meta.state.humanAgentGranted = true;
    const channelId = await channel(type);
    const late = await conversation(channelId, platform, 3 * DAY);
    const lastAt = late.c.messages[0]!.created;
    expect((await view(late.id)).messageWindow).toEqual({ kind: 'human_agent', until: new Date(lastAt + 7 * DAY).toISOString(), hours: 168 });
    const res = await answer(late.id, { text: 'Excuses voor het late antwoord: we bellen u morgen.' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { reply: unknown }).reply).toMatchObject({ status: 'sent', private: true });
    expect(late.c.messages.at(-1)).toMatchObject({ text: 'Excuses voor het late antwoord: we bellen u morgen.', tag: 'HUMAN_AGENT' });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'inbox.reply'), sql`${auditEvents.detail}->>'itemId' = ${late.id}`));
    expect(audit!.detail).toMatchObject({ mode: 'message', window: 'human_agent' });

    const fresh = await conversation(channelId, platform, 2 * HOUR);
    expect((await view(fresh.id)).messageWindow).toMatchObject({ kind: 'standard', hours: 168 });
    expect((await answer(fresh.id, { text: 'Dat kan, we bellen u vandaag.' })).status).toBe(201);
    expect(fresh.c.messages.at(-1)).toMatchObject({ text: 'Dat kan, we bellen u vandaag.' });
    expect(fresh.c.messages.at(-1)!.tag).toBeUndefined();
  });

  it('beyond the 7 days, or without the setting past the 24 hours: a 422 naming the window, nothing stored, no call', async () => {
    const channelId = await channel(type);
    const calls = posts();
    // Without the setting: the existing refusal after 24 hours, and the view says closed.
    const threeDays = await conversation(channelId, platform, 3 * DAY);
    expect((await view(threeDays.id)).messageWindow).toMatchObject({ kind: 'closed', hours: 24 });
    const refused = await answer(threeDays.id, { text: 'Sorry voor de vertraging.' });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as ErrorBody).error).toMatchObject({ code: 'inbox_message_window_closed', message: expect.stringMatching(/24 uur/) });

    process.env.META_HUMAN_AGENT = '1';
    const eightDays = await conversation(channelId, platform, 8 * DAY);
    expect((await view(eightDays.id)).messageWindow).toMatchObject({ kind: 'closed', hours: 168 });
    const tooLate = await answer(eightDays.id, { text: 'Sorry voor de vertraging.' }, 'en');
    expect(tooLate.status).toBe(422);
    expect(((await tooLate.json()) as ErrorBody).error).toMatchObject({
      code: 'inbox_message_window_closed_human_agent',
      message: expect.stringMatching(/within 7 days/),
    });
    // A plan that falls past the 7 days is refused on the time field.
    const planned = await answer(threeDays.id, { text: 'Volgende week bellen we.', at: new Date(Date.now() + 5 * DAY).toISOString() });
    expect(planned.status).toBe(422);
    expect(((await planned.json()) as ErrorBody).error.details[0]!.path).toBe('at');
    for (const id of [threeDays.id, eightDays.id]) expect(await db().select().from(inboxReplies).where(eq(inboxReplies.itemId, id))).toEqual([]);
    expect(posts()).toBe(calls);
  });

  it('an answer planned inside the 7 days that comes due past them is failed by the engine without a call; a refused tag is told as such', async () => {
    process.env.META_HUMAN_AGENT = '1';
    const channelId = await channel(type);
    const old = await conversation(channelId, platform, 7 * DAY + HOUR);
    await db().insert(inboxReplies).values({ orgId: org.id, itemId: old.id, text: 'Alsnog ons antwoord.', private: true, status: 'planned' });
    const calls = posts();
    expect((await sendDueReplies(db(), 'w1', deps())).failed).toBe(1);
    expect(posts()).toBe(calls);
    expect((await view(old.id)).replies[0]).toMatchObject({ status: 'failed', failure: 'system:message_window_closed_human_agent' });

    // The setting is on but Meta never granted the permission: the answer fails with that reason; the channel is untouched.
    const two = await conversation(channelId, platform, 2 * DAY);
    const res = await answer(two.id, { text: 'Wij bellen u.' });
    expect(((await res.json()) as { reply: { status: string; failure: string } }).reply).toMatchObject({
      status: 'failed',
      failure: expect.stringMatching(/^system:human_agent_refused/),
    });
    const [row] = await db().select().from(channels).where(eq(channels.id, channelId));
    expect(row!.lastError).toBeNull();
  });
});

describe('zorgpost doctor', () => {
  it('says whether answers past 24 hours go out as a human agent', async () => {
    const said = async () => (await runDoctor(db(), inbox.t.deps.config, inbox.t.deps.secrets)).find((c) => c.id === 'meta_human_agent');
    expect(await said()).toMatchObject({ verdict: 'ok', text: { en: expect.stringMatching(/HUMAN_AGENT off .* only within 24 hours/) } });
    process.env.META_HUMAN_AGENT = '1';
    expect(await said()).toMatchObject({ verdict: 'ok', text: { nl: expect.stringMatching(/HUMAN_AGENT aan .* tot 7 dagen/) } });
    const app = process.env.META_APP_ID;
    delete process.env.META_APP_ID;
    try {
      expect(await said()).toMatchObject({ verdict: 'warn' });
    } finally {
      process.env.META_APP_ID = app;
    }
  });
});
