// The inbox engine against the Mastodon contract server: reading mentions with a leased claim
// (no item twice, none lost when a worker dies mid-read, Retry-After kept, a refused grant marks
// the channel), a crisis announced to the people on duty, and planned answers sent once.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { channels, inboxItems, inboxPollState, inboxReplies, notifications, postVariants, posts } from '../../src/db/schema.ts';
import { claimDueChannels, pollDueChannels } from '../../src/features/inbox/poll-channels.ts';
import { sendDueReplies } from '../../src/features/inbox/send-replies.ts';
import { warnNearingTargets } from '../../src/features/inbox/warn-due.ts';
import type { Outbound } from '../../src/net/safe-fetch.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { withMastodonInbox } from '../support/mastodon-inbox.ts';

// A marker stands in for what the classifier recognises: this file tests the engine's handling of a crisis, not triage.
vi.mock('../../src/triage/triage.ts', async (real) => (await import('../support/crisis-marker.ts')).withCrisisMarker(await real()));

// Each test its own organisation and channel; the fake's mentions are shared but the cursor is per channel.
const inbox = withMastodonInbox();
const { db, deps, items, dueNow, pollMine } = inbox;

describe('reading mentions', () => {
  it('stores each mention once, keeps a reply with its thread, and moves the cursor only past what is stored', async () => {
    const first = inbox.fake.mention({ acct: 'jan@zorg.social', text: 'Is de polikliniek morgen open?', language: 'nl' });
    const tally = await pollMine('w1');
    expect(tally?.stored).toBeGreaterThanOrEqual(1);
    const answer = inbox.fake.mention({ acct: 'els@zorg.social', text: 'Goede vraag & ik wil het ook weten', inReplyToId: first.id });
    await dueNow();
    await pollMine('w1');
    await dueNow();
    const again = await pollMine('w1');
    expect(again?.stored).toBe(0);
    const mine = (await items()).filter((i) => [first.id, answer.id].includes(i.externalId));
    expect(mine.map((i) => i.externalId)).toEqual([first.id, answer.id]);
    expect(mine[1]).toMatchObject({
      kind: 'reply',
      threadKey: first.id,
      parentExternalId: first.id,
      text: 'Goede vraag & ik wil het ook weten',
      authorHandle: 'els@zorg.social',
    });
    const [state] = await db().select().from(inboxPollState).where(eq(inboxPollState.channelId, inbox.channelId));
    expect(state!.leaseOwner).toBeNull();
    expect(state!.nextPollAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
  });

  it('stores a quote of our status (Mastodon 4.5) as a quote linked to our post; quoted and mentioned at once, it is one item', async () => {
    await pollMine('start');
    // Our published status (no account: ours) and the post it came from.
    const ours = {
      id: `9${Date.now()}`,
      status: 'Open dag',
      mediaIds: [],
      inReplyToId: null,
      idempotencyKey: null,
      visibility: 'public',
      createdAt: new Date().toISOString(),
    };
    inbox.fake.statuses.set(ours.id, ours);
    const [post] = await db().insert(posts).values({ orgId: inbox.org.id, baseText: 'Open dag', status: 'published' }).returning();
    await db().insert(postVariants).values({ orgId: inbox.org.id, postId: post!.id, channelId: inbox.channelId, externalId: ours.id });
    const quote = inbox.fake.quote({ acct: 'lisa@zorg.social', text: 'Goed initiatief, kom allemaal!', quotedId: ours.id, language: 'nl' });
    const both = inbox.fake.quote({ acct: 'kees@zorg.social', text: 'Zie @zorg hierover', quotedId: ours.id, alsoMentions: true });
    await dueNow();
    await pollMine('w1');
    const stored = (await items()).filter((i) => [quote.id, both.id].includes(i.externalId));
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({
      kind: 'quote',
      externalId: quote.id,
      threadKey: quote.id,
      parentExternalId: ours.id,
      authorHandle: 'lisa@zorg.social',
      text: 'Goed initiatief, kom allemaal!',
      postId: post!.id,
    });
    expect(stored[1]).toMatchObject({ kind: 'quote', parentExternalId: ours.id, authorHandle: 'kees@zorg.social', postId: post!.id });
  });

  it('loses nothing and doubles nothing when a worker dies in the middle of reading', async () => {
    inbox.fake.mention({ acct: 'eerste@zorg.social', text: 'Hallo' });
    await pollMine('start'); // the cursor now stands at the newest mention
    const before = (await items()).length;
    const sent = Array.from({ length: 85 }, (_, i) => inbox.fake.mention({ acct: `p${i}@zorg.social`, text: `Vraag ${i}` }).id);
    await dueNow();
    // Worker A reads the first page and stores it; its second call hangs (a dead process).
    let release!: () => void;
    const hung = new Promise<void>((r) => (release = r));
    let calls = 0;
    const stalling: Outbound = {
      ...inbox.t.deps.net,
      check: inbox.t.deps.net.check,
      fetch: async (input, init) => {
        if (String(input).includes('/api/v1/notifications') && ++calls === 2) await hung;
        return inbox.t.deps.net.fetch(input, init);
      },
    };
    const a = pollMine('worker-a', stalling, 2000);
    await vi.waitFor(() => expect(calls).toBe(2), { timeout: 5000 });
    // The second page is asked for while the first is stored: the first is in once that commits.
    await vi.waitFor(async () => expect((await items()).length).toBe(before + 80), { timeout: 5000 });
    // While A's lease holds, nobody else reads the channel.
    expect(await claimDueChannels(db(), 'worker-b', 100)).not.toContain(inbox.channelId);
    await new Promise((r) => setTimeout(r, 2100));
    const b = await pollMine('worker-b');
    expect(b?.stored).toBe(5);
    release();
    const late = await a;
    expect(late?.stored).toBe(80); // A's late page was not stored: its lease was gone
    const stored = (await items()).map((i) => i.externalId);
    expect(new Set(stored).size).toBe(stored.length);
    for (const id of sent) expect(stored).toContain(id);
  });

  it('keeps to Retry-After when the instance rate-limits, and reads nothing before then', async () => {
    await pollMine('start');
    await dueNow();
    inbox.fake.notificationScript.push({ status: 429, headers: { 'retry-after': '120' }, json: { error: 'Too many requests' } });
    const tally = await pollMine('w1');
    expect(tally?.stored).toBe(0);
    const [state] = await db().select().from(inboxPollState).where(eq(inboxPollState.channelId, inbox.channelId));
    expect(state!.nextPollAt.getTime()).toBeGreaterThanOrEqual(Date.now() + 115_000);
    expect(state!.retryAfterUntil!.getTime()).toBeGreaterThanOrEqual(Date.now() + 115_000);
    expect(state!.lastError).toMatch(/rate-limiting/);
    expect(await pollMine('w2')).toBeNull();
  });

  it('marks the channel for reconnecting when the instance refuses the token', async () => {
    await db()
      .update(channels)
      .set({ credentials: inbox.t.deps.secrets.seal({ accessToken: 'revoked' }) })
      .where(eq(channels.id, inbox.channelId));
    await pollMine('w1');
    const [channel] = await db().select().from(channels).where(eq(channels.id, inbox.channelId));
    expect(channel!.lastError).toBe('system:failure:grant_revoked:mastodon:Mastodon');
    await dueNow();
    expect(await pollMine('w2')).toBeNull();
  });

  it('puts a crisis at the top and tells the people on duty at once', async () => {
    await pollMine('start');
    await dueNow();
    inbox.fake.mention({ acct: 'anon@zorg.social', text: '[crisis] ik zie het allemaal niet meer zitten', language: 'nl' });
    const tally = await pollDueChannels(db(), 'w1', deps(), 100);
    expect(tally.urgent).toBeGreaterThanOrEqual(1);
    const [item] = await db()
      .select()
      .from(inboxItems)
      .where(and(eq(inboxItems.channelId, inbox.channelId), eq(inboxItems.urgent, true)));
    expect(item).toMatchObject({ category: 'crisis', urgent: true });
    // Due in 15 minutes (crisis target, wall-clock time).
    expect(item!.dueAt!.getTime() - item!.receivedAt.getTime()).toBe(15 * 60_000);
    const told = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.orgId, inbox.org.id), eq(notifications.kind, 'inbox_urgent')));
    // Nobody is on the rota in this organisation: its admin is on duty (never nobody), told once.
    expect(told.map((n) => n.userId)).toEqual([inbox.org.users.admin.id]);
    expect(told[0]!.params).toMatchObject({ itemId: item!.id, region: 'nl' });
    expect(item!.dutyNotifiedAt).not.toBeNull();
  });
});

describe('sending answers', () => {
  it('sends a planned answer at its time, once, as an in_reply_to status; a taken-over send is not doubled', async () => {
    const mention = inbox.fake.mention({ acct: 'jan@zorg.social', text: 'Hoe maak ik een afspraak?' });
    const itemId = await buildItem(inbox.t, inbox.org.id, inbox.channelId, { externalId: mention.id, authorHandle: 'jan@zorg.social' });
    const later = new Date(Date.now() + 3_600_000);
    const [planned] = await db()
      .insert(inboxReplies)
      .values({ orgId: inbox.org.id, itemId, text: 'Bel ons op werkdagen.', status: 'planned', dueAt: later })
      .returning();
    expect((await sendDueReplies(db(), 'w1', deps())).sent).toBe(0);
    await db().update(inboxReplies).set({ dueAt: new Date() }).where(eq(inboxReplies.id, planned!.id));
    expect((await sendDueReplies(db(), 'w1', deps())).sent).toBe(1);
    expect((await sendDueReplies(db(), 'w2', deps())).sent).toBe(0);
    // A worker that died after sending: its lease ran out; the takeover resends with the same key.
    await db()
      .update(inboxReplies)
      .set({ status: 'sending', leaseOwner: 'dead', leaseExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(inboxReplies.id, planned!.id));
    expect((await sendDueReplies(db(), 'w3', deps())).sent).toBe(1);
    const answers = inbox.fake.answersTo(mention.id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      status: '@jan@zorg.social Bel ons op werkdagen.',
      visibility: 'public',
      idempotencyKey: `zorgpost:reply:${planned!.id}`,
    });
    const [item] = await db().select().from(inboxItems).where(eq(inboxItems.id, itemId));
    expect(item!.firstResponseAt).not.toBeNull();
    expect(item!.state).toBe('waiting');
  });

  it('reads before resending a taken-over answer: one already on the instance (its key long forgotten) is found, not posted again', async () => {
    const mention = inbox.fake.mention({ acct: 'jan@zorg.social', text: 'Is er parkeerplaats?' });
    const itemId = await buildItem(inbox.t, inbox.org.id, inbox.channelId, { externalId: mention.id, authorHandle: 'jan@zorg.social' });
    const [reply] = await db()
      .insert(inboxReplies)
      .values({
        orgId: inbox.org.id,
        itemId,
        text: 'Ja, achter het gebouw.',
        status: 'sending',
        leaseOwner: 'dead',
        leaseExpiresAt: new Date(Date.now() - 1000),
      })
      .returning();
    // The dead worker's answer reached the instance; the instance no longer remembers its Idempotency-Key.
    const sent = {
      id: `8${Date.now()}`,
      status: '@jan@zorg.social Ja, achter het gebouw.',
      mediaIds: [],
      inReplyToId: mention.id,
      idempotencyKey: null,
      visibility: 'public',
      createdAt: new Date().toISOString(),
    };
    inbox.fake.statuses.set(sent.id, sent);
    expect((await sendDueReplies(db(), 'w2', deps())).sent).toBe(1);
    expect(inbox.fake.answersTo(mention.id).map((s) => s.id)).toEqual([sent.id]);
    const [row] = await db().select().from(inboxReplies).where(eq(inboxReplies.id, reply!.id));
    expect(row).toMatchObject({ status: 'sent', externalId: sent.id });
  });

  it('answers privately with a direct status', async () => {
    const mention = inbox.fake.mention({ acct: 'piet@zorg.social', text: 'Mijn uitslag?' });
    const itemId = await buildItem(inbox.t, inbox.org.id, inbox.channelId, { externalId: mention.id, authorHandle: 'piet@zorg.social' });
    await db()
      .insert(inboxReplies)
      .values({ orgId: inbox.org.id, itemId, text: 'We bellen je, stuur ons je nummer in een privébericht.', private: true, status: 'planned' });
    await sendDueReplies(db(), 'w1', deps());
    expect(inbox.fake.answersTo(mention.id)[0]).toMatchObject({ visibility: 'direct' });
  });

  it('warns the assignee once when an item nears its target', async () => {
    const itemId = await buildItem(inbox.t, inbox.org.id, inbox.channelId, {
      assigneeId: inbox.org.users.editor.id,
      warnAt: new Date(Date.now() - 1000),
      dueAt: new Date(Date.now() + 60_000),
    });
    expect(await warnNearingTargets(db())).toBeGreaterThanOrEqual(1);
    await warnNearingTargets(db());
    const told = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, inbox.org.users.editor.id), eq(notifications.kind, 'inbox_due_soon')));
    expect(told.filter((n) => n.params.itemId === itemId)).toHaveLength(1);
  });
});
