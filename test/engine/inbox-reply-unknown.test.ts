// An answer whose send ends in an unknown outcome (a timeout after the request may have left) is
// neither sent twice nor lost: it becomes "unconfirmed" and the next turns settle it by reading
// the network (findReply), sending only when the answer is certainly absent. The network here is
// a scripted stand-in behind the adapter interface (the Bluesky adapter's findReply reads our
// repository by the record key derived from the reply id; test/bluesky covers that part).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelAdapter } from '../../src/channels/channel-adapter.ts';
import type { ReplyRequest } from '../../src/channels/reading.ts';
import { channels, inboxReplies } from '../../src/db/schema.ts';
import { sendDueReplies } from '../../src/features/inbox/send-replies.ts';
import { buildItem } from '../support/inbox-factory.ts';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app.ts';

/** What the simulated network holds, and how its next calls go. */
const network = {
  answers: new Map<string, string>(),
  replyCalls: 0,
  /** 'lost-after': written, but the answer never came back; 'lost-before': never written, no answer either. */
  next: [] as ('lost-after' | 'lost-before')[],
  findFails: 0,
  findable: true,
};
const uri = (id: string) => `at://did:plc:zorg/app.bsky.feed.post/${id.slice(0, 13)}`;

vi.mock('../../src/channels/registry.ts', async (original) => {
  const real = await original<typeof import('../../src/channels/registry.ts')>();
  const scripted = (idempotent: boolean, findable: boolean): ChannelAdapter => ({
    ...real.adapterFor('webhook')!,
    type: findable ? 'scripted' : 'scripted-blind',
    idempotent,
    async reply(req: ReplyRequest) {
      network.replyCalls++;
      const mode = network.next.shift();
      if (mode === 'lost-before') throw new Error('socket hang up');
      network.answers.set(req.replyId, req.text);
      if (mode === 'lost-after') return { kind: 'unknown', reason: 'no answer within 30 s' };
      return { kind: 'published', externalId: uri(req.replyId), externalUrl: null };
    },
    ...(findable && {
      async findReply(req: ReplyRequest) {
        if (network.findFails > 0) {
          network.findFails--;
          throw new Error('the network cannot be read now');
        }
        return network.answers.has(req.replyId) ? { externalId: uri(req.replyId), externalUrl: null } : null;
      },
    }),
  });
  const extra = new Map([
    ['scripted', scripted(true, true)],
    ['scripted-blind', scripted(false, false)],
  ]);
  return { ...real, adapterFor: (type: string) => extra.get(type) ?? real.adapterFor(type) };
});

let t: TestApp;
let org: TestOrg;
const db = () => t.database.db;
const deps = () => ({ secrets: t.deps.secrets, net: t.deps.net });

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
});
afterAll(() => t?.close());

async function plannedReply(type: string) {
  const [channel] = await db()
    .insert(channels)
    .values({ orgId: org.id, type, name: type, slug: `${type}-${Math.random().toString(36).slice(2, 8)}` })
    .returning();
  const itemId = await buildItem(t, org.id, channel!.id, { text: 'Hoe laat begint het spreekuur?' });
  const [reply] = await db().insert(inboxReplies).values({ orgId: org.id, itemId, text: 'Om negen uur.', status: 'planned' }).returning();
  return reply!.id;
}
const row = async (id: string) => (await db().select().from(inboxReplies).where(eq(inboxReplies.id, id)))[0]!;
/** The next check is due now (instead of after the backoff). */
const dueNow = (id: string) => db().update(inboxReplies).set({ dueAt: new Date() }).where(eq(inboxReplies.id, id));

describe('an answer whose outcome is unknown', () => {
  it('that did arrive: unconfirmed, then found by reading — marked sent, never sent a second time', async () => {
    const id = await plannedReply('scripted');
    const calls = network.replyCalls;
    network.next.push('lost-after');
    expect((await sendDueReplies(db(), 'w1', deps())).unconfirmed).toBe(1);
    const waiting = await row(id);
    expect(waiting.status).toBe('unconfirmed');
    expect(waiting.failure).toContain('no answer within 30 s');
    expect(waiting.dueAt.getTime()).toBeGreaterThan(Date.now());
    // Not before its check is due.
    expect((await sendDueReplies(db(), 'w1', deps())).sent).toBe(0);
    await dueNow(id);
    // The network cannot be read yet: it stays unconfirmed, nothing is resent.
    network.findFails = 1;
    expect((await sendDueReplies(db(), 'w2', deps())).unconfirmed).toBe(1);
    await dueNow(id);
    expect((await sendDueReplies(db(), 'w2', deps())).sent).toBe(1);
    expect(network.replyCalls - calls).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'sent', externalId: uri(id), failure: null });
  });

  it('that never arrived: unconfirmed, then confirmed absent by reading — sent once', async () => {
    const id = await plannedReply('scripted');
    const calls = network.replyCalls;
    network.next.push('lost-before');
    await sendDueReplies(db(), 'w1', deps());
    expect((await row(id)).status).toBe('unconfirmed');
    expect(network.answers.has(id)).toBe(false);
    await dueNow(id);
    expect((await sendDueReplies(db(), 'w2', deps())).sent).toBe(1);
    expect(network.replyCalls - calls).toBe(2);
    expect(network.answers.get(id)).toBe('Om negen uur.');
  });

  it('where the network can be neither read nor safely resent: a person is asked, nothing is resent', async () => {
    const id = await plannedReply('scripted-blind');
    const calls = network.replyCalls;
    network.next.push('lost-after');
    await sendDueReplies(db(), 'w1', deps());
    expect(await row(id)).toMatchObject({ status: 'failed', failure: 'system:unconfirmed' });
    await dueNow(id);
    await sendDueReplies(db(), 'w2', deps());
    expect(network.replyCalls - calls).toBe(1);
  });

  it('a worker that died while sending: the next one reads first and does not send again', async () => {
    const id = await plannedReply('scripted');
    await sendDueReplies(db(), 'w1', deps());
    const calls = network.replyCalls;
    await db()
      .update(inboxReplies)
      .set({ status: 'sending', leaseOwner: 'dead', leaseExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(inboxReplies.id, id));
    expect((await sendDueReplies(db(), 'w3', deps())).sent).toBe(1);
    expect(network.replyCalls).toBe(calls);
  });
});
