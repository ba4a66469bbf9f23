// A private answer to a Facebook or Instagram comment (Meta's Private Replies: POST /{page-id}/messages
// with recipient {comment_id}), through the inbox's one reply path — the guard, approvals, planned
// answers — on the real database against the Graph contract server (test/support/fake-meta-comments.ts;
// an unknown request fails the test): once per comment and within 7 days of it, otherwise a 422 that
// names why in Dutch and English with nothing stored and no call made; the conversation view offers it
// only while it can go out, and the audit trail says it went privately.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxItemView } from '../../src/contracts/inbox.ts';
import { auditEvents, inboxItems, inboxReplies } from '../../src/db/schema.ts';
import { sendDueReplies } from '../../src/features/inbox/send-replies.ts';
import { IG } from '../support/fake-meta-comments.ts';
import { insertMetaChannel, withMetaInbox } from '../support/meta-channel.ts';
import { buildOrg, type Client, loginAs, type TestOrg } from '../support/test-app.ts';

const inbox = withMetaInbox();
const { db, deps } = inbox;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let approver: Client;
let stranger: Client;

beforeAll(async () => {
  [org, other] = await Promise.all([buildOrg(inbox.t), buildOrg(inbox.t)]);
  [editor, approver, stranger] = await Promise.all([
    loginAs(inbox.t, org.users.editor.email),
    loginAs(inbox.t, org.users.approver.email),
    loginAs(inbox.t, other.users.admin.email),
  ]);
});

const base = () => `/api/orgs/${org.id}/inbox`;
const channel = (type: 'facebook' | 'instagram') => insertMetaChannel(inbox.t, org.id, type);
/** The contract server's comment, stored as the inbox stores it. */
async function item(
  channelId: string,
  c: { id: string; on: string; parent: string | null; from: { id: string; name: string }; message: string; created: number },
  kind?: string,
) {
  const [row] = await db()
    .insert(inboxItems)
    .values({
      orgId: org.id,
      channelId,
      externalId: c.id,
      kind: kind ?? (c.parent ? 'reply' : 'comment'),
      threadKey: c.on,
      parentExternalId: c.parent ?? c.on,
      authorExternalId: c.from.id,
      authorHandle: c.from.name,
      text: c.message,
      writtenAt: new Date(c.created),
    })
    .returning();
  return row!.id;
}
const view = async (id: string) => (await (await editor.get(`${base()}/items/${id}`)).json()) as InboxItemView;
const answer = (id: string, body: Record<string, unknown>, client = editor, lang = 'nl') =>
  client.request('POST', `${base()}/items/${id}/replies`, body, { 'accept-language': lang });
const posts = () => inbox.meta.seen.filter((r) => r.method === 'POST').length;
type ErrorBody = { error: { code: string; message: string; details: { path: string; message: string }[] } };

describe.each(['facebook', 'instagram'] as const)('%s: a private answer to a comment', (type) => {
  const on = () => (type === 'facebook' ? inbox.meta.post() : inbox.meta.media());

  it('goes out once as a message to the commenter, through the guard, and the audit says so; a second is refused with its reason', async () => {
    const channelId = await channel(type);
    const comment = inbox.meta.comment(on(), 'Jan Jansen', 'Zijn mijn bloedwaarden al binnen?');
    const id = await item(channelId, comment);
    expect(await view(id)).toMatchObject({
      privateReplies: true,
      privateReply: { until: new Date(comment.created + 7 * 86_400_000).toISOString(), unavailable: null },
    });

    // The guard looks at a private answer as at any answer.
    const blocked = await answer(id, { text: 'Uw BSN 111222333 staat genoteerd.', private: true });
    expect(blocked.status).toBe(422);
    expect(((await blocked.json()) as ErrorBody).error.code).toBe('guard_blocked');

    const res = await answer(id, { text: 'We sturen u een bericht om dit veilig te bespreken.', private: true });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { reply: unknown }).reply).toMatchObject({ status: 'sent', private: true });
    expect(inbox.meta.state.comments.get(comment.id)!.private.map((m) => m.text)).toEqual(['We sturen u een bericht om dit veilig te bespreken.']);
    // Nothing public under the comment.
    expect([...inbox.meta.state.comments.values()].filter((c) => c.parent === comment.id)).toEqual([]);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'inbox.reply'), sql`${auditEvents.detail}->>'itemId' = ${id}`));
    expect(audit!.detail).toMatchObject({ private: true, mode: 'private_reply' });
    expect(JSON.stringify(audit!.detail)).not.toContain('veilig');

    // Once per comment: refused before any call, and the view no longer offers it.
    const calls = posts();
    const again = await answer(id, { text: 'Nog een bericht.', private: true });
    expect(again.status).toBe(422);
    const error = ((await again.json()) as ErrorBody).error;
    expect(error.code).toBe('inbox_private_reply_used');
    expect(error.message).toMatch(/maar één per reactie/);
    expect(error.details[0]!.path).toBe('private');
    const inEnglish = await answer(id, { text: 'One more.', private: true }, editor, 'en');
    expect(((await inEnglish.json()) as ErrorBody).error.message).toMatch(/only one per comment/);
    expect(posts()).toBe(calls);
    expect(await view(id)).toMatchObject({ privateReplies: false, privateReply: { unavailable: 'used' } });
    // A public answer under it is still possible.
    expect((await answer(id, { text: 'Zie uw berichten.' })).status).toBe(201);
    expect(await db().select().from(inboxReplies).where(eq(inboxReplies.itemId, id))).toHaveLength(2);
  });

  it('within 7 days of the comment only: a late comment or a plan past the 7 days is refused with a clear 422, nothing stored', async () => {
    const channelId = await channel(type);
    const old = inbox.meta.comment(on(), 'Piet', 'Hebben jullie nog plek?', { at: Date.now() - 8 * 86_400_000 });
    const id = await item(channelId, old);
    expect(await view(id)).toMatchObject({ privateReplies: false, privateReply: { unavailable: 'window' } });
    const calls = posts();
    const late = await answer(id, { text: 'Ja, stuur ons een bericht.', private: true });
    expect(late.status).toBe(422);
    const error = ((await late.json()) as ErrorBody).error;
    expect(error.code).toBe('inbox_private_reply_window_closed');
    expect(error.message).toMatch(/binnen 7 dagen/);

    const fresh = inbox.meta.comment(on(), 'Anna', 'Hoe maak ik een afspraak?', { at: Date.now() - 6 * 86_400_000 });
    const freshId = await item(channelId, fresh);
    const at = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const planned = await answer(freshId, { text: 'Morgen bellen we u.', private: true, at }, editor, 'en');
    expect(planned.status).toBe(422);
    const plannedError = ((await planned.json()) as ErrorBody).error;
    expect(plannedError.message).toMatch(/within 7 days/);
    expect(plannedError.details[0]!.path).toBe('at');
    expect(await db().select().from(inboxReplies).where(eq(inboxReplies.itemId, id))).toEqual([]);
    expect(await db().select().from(inboxReplies).where(eq(inboxReplies.itemId, freshId))).toEqual([]);
    expect(posts()).toBe(calls);
  });

  it('waits for approval like any answer; one that comes due after the 7 days is failed by the engine without a call', async () => {
    const channelId = await channel(type);
    expect((await editor.patch(`${base()}/settings`, { repliesNeedApproval: true })).status).toBe(200);
    try {
      const comment = inbox.meta.comment(on(), 'Fatima', 'Kan ik mijn medicatie ophalen?');
      const id = await item(channelId, comment);
      const res = await answer(id, { text: 'We sturen u een bericht.', private: true });
      const { reply } = (await res.json()) as { reply: { id: string; status: string } };
      expect(reply.status).toBe('awaiting_approval');
      // A second private answer while the first waits: the one place is taken.
      expect(((await (await answer(id, { text: 'Nog een.', private: true })).json()) as ErrorBody).error.code).toBe('inbox_private_reply_used');
      const ok = await approver.post(`${base()}/replies/${reply.id}/approve`);
      expect(((await ok.json()) as { status: string }).status).toBe('sent');
      expect(inbox.meta.state.comments.get(comment.id)!.private).toHaveLength(1);

      // Planned within the 7 days, but it came due after them (e.g. approved too late).
      const slow = inbox.meta.comment(on(), 'Kees', 'Is er parkeerplek?', { at: Date.now() - 8 * 86_400_000 });
      const slowId = await item(channelId, slow);
      await db().insert(inboxReplies).values({ orgId: org.id, itemId: slowId, text: 'Ja.', private: true, status: 'planned' });
      const calls = posts();
      expect((await sendDueReplies(db(), 'w1', deps())).failed).toBe(1);
      expect(posts()).toBe(calls);
      expect((await view(slowId)).replies[0]).toMatchObject({ status: 'failed', failure: 'system:private_reply_window_closed' });
    } finally {
      await editor.patch(`${base()}/settings`, { repliesNeedApproval: false });
    }
  });
});

describe('where a private answer is not offered', () => {
  it('an Instagram tag is refused naming why; another organisation cannot answer the item at all', async () => {
    const channelId = await channel('instagram');
    const tag = inbox.meta.tag('sportclub', `Dank @${IG.username}!`);
    const id = await item(
      channelId,
      { id: tag.id, on: tag.id, parent: null, from: { id: 'u-sportclub', name: 'sportclub' }, message: tag.caption, created: tag.created },
      'mention',
    );
    expect(await view(id)).toMatchObject({ privateReplies: false, privateReply: { until: null, unavailable: 'kind' } });
    const res = await answer(id, { text: 'Stuur ons een bericht.', private: true });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.code).toBe('inbox_private_reply_kind');
    expect((await stranger.post(`/api/orgs/${org.id}/inbox/items/${id}/replies`, { text: 'Hoi', private: true })).status).toBe(404);
    expect((await stranger.post(`/api/orgs/${other.id}/inbox/items/${id}/replies`, { text: 'Hoi', private: true })).status).toBe(404);
  });

  it('two private answers at the same moment: one is stored, the other refused', async () => {
    const channelId = await channel('facebook');
    const comment = inbox.meta.comment(inbox.meta.post(), 'Sara', 'Mag ik bellen?');
    const id = await item(channelId, comment);
    await editor.patch(`${base()}/settings`, { repliesNeedApproval: true });
    try {
      const answers = await Promise.all([answer(id, { text: 'Bericht één.', private: true }), answer(id, { text: 'Bericht twee.', private: true })]);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 422]);
      expect(await db().select().from(inboxReplies).where(eq(inboxReplies.itemId, id))).toHaveLength(1);
    } finally {
      await editor.patch(`${base()}/settings`, { repliesNeedApproval: false });
    }
  });
});
