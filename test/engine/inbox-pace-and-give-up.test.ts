// The inbox engine's pace per network and what happens when an answer is given up: a channel is
// read at its adapter's own interval (never before it has passed; a backlog brings it back soon),
// and an answer that failed for good, or stayed unconfirmed after every check, is told to the
// person the item is assigned to, else to the people on duty. The network is a scripted adapter
// behind the interface (each network's own reading is tested against its contract in test/channels/).
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelAdapter } from '../../src/channels/channel-adapter.ts';
import type { InboundPage, ReplyRequest } from '../../src/channels/reading.ts';
import { adapterFor } from '../../src/channels/registry.ts';
import { channels, inboxPollState, inboxReplies, notifications } from '../../src/db/schema.ts';
import { claimDueChannels, pollChannel, pollIntervalMs } from '../../src/features/inbox/poll-channels.ts';
import { sendDueReplies } from '../../src/features/inbox/send-replies.ts';
import { MAX_ATTEMPTS } from '../../src/features/publishing/retry-policy.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildOrg, createTestApp, loginAs, type TestApp, type TestOrg } from '../support/test-app.ts';

const { FIVE_MINUTES, script } = vi.hoisted(() => ({
  FIVE_MINUTES: 5 * 60_000,
  script: {
    pages: [] as InboundPage[],
    reads: 0,
    replies: [] as ('refused' | 'unknown' | 'busy')[],
  },
}));

vi.mock('../../src/channels/registry.ts', async (original) => {
  const real = await original<typeof import('../../src/channels/registry.ts')>();
  const paced: ChannelAdapter = {
    ...real.adapterFor('webhook')!,
    type: 'paced',
    idempotent: false,
    inboundPollMs: FIVE_MINUTES,
    async fetchInbound(req) {
      script.reads++;
      return script.pages.shift() ?? { items: [], cursor: req.cursor };
    },
    async reply(_req: ReplyRequest) {
      const next = script.replies.shift();
      if (next === 'unknown') return { kind: 'unknown', reason: 'no answer within 30 s' };
      if (next === 'busy') return { kind: 'failed', retryable: true, reason: 'rate-limited', code: 'rate_limited' };
      return { kind: 'failed', retryable: false, reason: 'the network refused the answer: comment deleted', code: 'post_refused' };
    },
  };
  return {
    ...real,
    adapterFor: (type: string) => (type === 'paced' ? paced : real.adapterFor(type)),
    allAdapters: () => [...real.allAdapters(), paced],
  };
});

let t: TestApp;
let org: TestOrg;
let channelId: string;
const db = () => t.database.db;
const deps = () => ({ secrets: t.deps.secrets, net: t.deps.net });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());
beforeEach(async () => {
  org = await buildOrg(t);
  const [channel] = await db()
    .insert(channels)
    .values({ orgId: org.id, type: 'paced', name: 'Paced', slug: `paced-${Math.random().toString(36).slice(2, 8)}` })
    .returning();
  channelId = channel!.id;
  script.pages = [];
  script.replies = [];
});

/** Claims due channels and answers whether ours was among them (others are released untouched). */
async function claimMine(worker: string): Promise<boolean> {
  await claimDueChannels(db(), `${worker}-warmup`, 0);
  const claimed = await claimDueChannels(db(), worker, 100);
  for (const id of claimed.filter((c) => c !== channelId)) {
    await db().update(inboxPollState).set({ leaseOwner: null, leaseUntil: null }).where(eq(inboxPollState.channelId, id));
  }
  return claimed.includes(channelId);
}
/** Time passes for this channel: its next poll moves earlier by `ms`. */
const passes = (ms: number) =>
  db()
    .update(inboxPollState)
    .set({ nextPollAt: sql`${inboxPollState.nextPollAt} - ${`${ms} milliseconds`}::interval` })
    .where(eq(inboxPollState.channelId, channelId));
const state = async () => (await db().select().from(inboxPollState).where(eq(inboxPollState.channelId, channelId)))[0]!;
const item = (id: string) => ({
  externalId: id,
  kind: 'comment' as const,
  threadExternalId: 'post-1',
  parentExternalId: 'post-1',
  author: { externalId: 'u1', handle: 'jan', displayName: 'Jan' },
  text: 'Hoe laat begint het spreekuur?',
  lang: 'nl',
  url: null,
  createdAt: new Date().toISOString(),
});

describe("a network's own pace", () => {
  it('the adapters declare it: Bluesky and Mastodon a minute, X two, Facebook and Instagram five, LinkedIn ten', () => {
    const pace = Object.fromEntries(['bluesky', 'mastodon', 'x', 'facebook', 'instagram', 'linkedin'].map((type) => [type, pollIntervalMs(adapterFor(type)!)]));
    expect(pace).toEqual({ bluesky: 60_000, mastodon: 60_000, x: 120_000, facebook: 300_000, instagram: 300_000, linkedin: 600_000 });
  });

  it('reads a channel, then not again before its interval has passed', async () => {
    script.pages.push({ items: [item('c1')], cursor: 'c1' });
    expect(await claimMine('w1')).toBe(true);
    await pollChannel(db(), channelId, 'w1', deps());
    const reads = script.reads;
    const after = await state();
    expect(after.nextPollAt.getTime() - Date.now()).toBeGreaterThan(FIVE_MINUTES - 10_000);
    expect(after.nextPollAt.getTime() - Date.now()).toBeLessThanOrEqual(FIVE_MINUTES);
    // A minute (the default pace) later: still not due.
    await passes(60_000);
    expect(await claimMine('w2')).toBe(false);
    // Four minutes and a bit later, the five have passed.
    await passes(FIVE_MINUTES - 60_000 + 1000);
    expect(await claimMine('w3')).toBe(true);
    await pollChannel(db(), channelId, 'w3', deps());
    expect(script.reads).toBe(reads + 1);
  });

  it('reads once a turn when the network says it is read up to now, and again until a quiet page when it does not say', async () => {
    expect(await claimMine('w1')).toBe(true);
    let reads = script.reads;
    script.pages.push({ items: [item('d1')], cursor: 'd1', more: false });
    await pollChannel(db(), channelId, 'w1', deps());
    expect(script.reads - reads).toBe(1);
    await passes(FIVE_MINUTES);
    expect(await claimMine('w2')).toBe(true);
    reads = script.reads;
    script.pages.push({ items: [item('d2')], cursor: 'd2' });
    await pollChannel(db(), channelId, 'w2', deps());
    expect(script.reads - reads).toBe(2);
  });

  it('comes back within a minute when the network said a backlog remains', async () => {
    // 25 pages in one turn, the last still saying "more".
    for (let i = 0; i < 25; i++) script.pages.push({ items: [item(`b${i}`)], cursor: `b${i}`, more: true });
    expect(await claimMine('w1')).toBe(true);
    await pollChannel(db(), channelId, 'w1', deps());
    expect((await state()).nextPollAt.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
  });
});

describe('an answer given up for good', () => {
  const told = () =>
    db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.orgId, org.id), eq(notifications.kind, 'inbox_reply_failed')));

  it('refused by the network: the assignee is told, once, with a link to the item', async () => {
    const itemId = await buildItem(t, org.id, channelId, { assigneeId: org.users.editor.id });
    const [reply] = await db().insert(inboxReplies).values({ orgId: org.id, itemId, text: 'Om negen uur.', status: 'planned' }).returning();
    script.replies.push('refused');
    expect((await sendDueReplies(db(), 'w1', deps())).failed).toBe(1);
    await sendDueReplies(db(), 'w2', deps());
    const rows = await told();
    expect(rows.map((n) => n.userId)).toEqual([org.users.editor.id]);
    expect(rows[0]!.params).toMatchObject({ itemId, replyId: reply!.id, channel: 'Paced', unconfirmed: 'no' });
    const editor = await loginAs(t, org.users.editor.email);
    const page = (await (await editor.get(`/api/orgs/${org.id}/notifications`)).json()) as { items: { kind: string; title: string; link: string }[] };
    expect(page.items.find((n) => n.kind === 'inbox_reply_failed')).toMatchObject({
      title: 'Een antwoord in de inbox (Paced) kon niet worden verstuurd: kijk het na en antwoord opnieuw',
      link: `/inbox/${itemId}`,
    });
  });

  it('unconfirmed after every check, on an item nobody is assigned: the people on duty are told', async () => {
    const itemId = await buildItem(t, org.id, channelId, {});
    // The last permitted attempt ends unknown on a network that can neither be read nor deduplicates.
    await db()
      .insert(inboxReplies)
      .values({ orgId: org.id, itemId, text: 'Om negen uur.', status: 'unconfirmed', attempts: MAX_ATTEMPTS - 1 });
    script.replies.push('unknown');
    expect((await sendDueReplies(db(), 'w1', deps())).failed).toBe(1);
    const rows = await told();
    // Nobody on the rota: the admins are on duty.
    expect(rows.map((n) => n.userId)).toEqual([org.users.admin.id]);
    expect(rows[0]!.params).toMatchObject({ itemId, unconfirmed: 'yes' });
  });

  it('an answer that is only retried is not announced; a network that cannot settle an unknown one asks at once', async () => {
    const itemId = await buildItem(t, org.id, channelId, { assigneeId: org.users.editor.id });
    const [reply] = await db().insert(inboxReplies).values({ orgId: org.id, itemId, text: 'Om negen uur.', status: 'planned' }).returning();
    script.replies.push('busy');
    expect((await sendDueReplies(db(), 'w1', deps())).retry).toBe(1);
    expect(await told()).toHaveLength(0);
    // Due again; this time the outcome is unknown, and this network can neither be read nor deduplicates.
    await db().update(inboxReplies).set({ dueAt: new Date() }).where(eq(inboxReplies.id, reply!.id));
    script.replies.push('unknown');
    expect((await sendDueReplies(db(), 'w2', deps())).failed).toBe(1);
    expect((await told()).map((n) => n.params.unconfirmed)).toEqual(['yes']);
  });
});
