// Consent is for a purpose: a post for recruitment needs a consent for recruitment from the people
// in its images (a consent for publication does not do), and withdrawing a consent concerns only
// posts of its purpose. A removal from a network that fails after a withdrawal is not lost: it is
// retried by the worker with a lease, a bounded number of times, and shows on the consent screen.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, posts, postVariants, takedowns } from '../../src/db/schema.ts';
import { MAX_TAKEDOWN_ATTEMPTS, runTakedowns } from '../../src/features/consent/takedowns.ts';
import { buildWebhookChannel } from '../support/post-factory.ts';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let editor: Client;

let base: string;
// A network that answers DELETE from a script (afterwards 204) and counts the calls.
let network: Server;
let networkUrl: string;
const deletes: string[] = [];
const script: number[] = [];

beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  editor = await loginAs(t, org.users.editor.email);
  base = `/api/orgs/${org.id}`;
  network = createServer((req, res) => {
    if (req.method === 'DELETE') {
      deletes.push(req.url ?? '');
      res.writeHead(script.shift() ?? 204).end();
      return;
    }
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve));
  networkUrl = `http://127.0.0.1:${(network.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => network.close(() => resolve()));
  await t.close();
});

const body = async <T>(res: Response) => (await res.json()) as T;
type Finding = { rule: string; message: { nl: string } };
type PostView = { id: string; purpose: string; guard: { verdict: string; parts: { result: { findings: Finding[] } }[] } };

async function personInImage(name: string) {
  const person = await body<{ id: string }>(await editor.post(`${base}/consent/people`, { name, kind: 'resident' }));
  const form = imageForm(PNG_1PX, 'Bewoner in de tuin');
  form.set('personIds', person.id);
  form.set('showsPeople', 'true');
  const image = await body<{ id: string }>(await editor.request('POST', `${base}/media`, form));
  return { personId: person.id, imageId: image.id };
}
const consent = async (personId: string, purpose: string) =>
  body<{ id: string }>(await editor.post(`${base}/consent/people/${personId}/consents`, { purpose, validFrom: '2026-01-01' }));
const newPost = async (imageId: string, purpose?: string, channelId = org.channelId) =>
  body<PostView>(
    await editor.post(`${base}/posts`, {
      baseText: 'Werk bij ons in de zorg!',
      mediaIds: [imageId],
      variants: [{ channelId, text: null }],
      ...(purpose && { purpose }),
    }),
  );
const consentFindings = (p: PostView) => p.guard.parts.flatMap((part) => part.result.findings).filter((f) => f.rule === 'consent_missing');

describe('the purpose of a post decides which consent counts', () => {
  it('a recruitment post is blocked with only a consent for publication, and goes once there is one for recruitment', async () => {
    const { personId, imageId } = await personInImage('Wim Werving');
    await consent(personId, 'publication');

    const news = await newPost(imageId);
    expect(news.purpose).toBe('publication');
    expect(consentFindings(news)).toEqual([]);

    const recruiting = await newPost(imageId, 'recruitment');
    expect(recruiting.purpose).toBe('recruitment');
    expect(consentFindings(recruiting)).toEqual([
      expect.objectContaining({ message: expect.objectContaining({ nl: expect.stringContaining('toestemming voor werving') }) }),
    ]);
    const refused = await editor.post(`${base}/posts/${recruiting.id}/transitions`, { event: 'submit' });
    expect(refused.status).toBe(422);

    await consent(personId, 'recruitment');
    expect(consentFindings(await body<PostView>(await editor.get(`${base}/posts/${recruiting.id}`)))).toEqual([]);
    expect((await editor.post(`${base}/posts/${recruiting.id}/transitions`, { event: 'submit' })).status).toBe(200);
  });

  it('changing the purpose of a post is an edit: the new purpose is checked', async () => {
    const { personId, imageId } = await personInImage('Fien Fondsen');
    await consent(personId, 'publication');
    const post = await newPost(imageId);
    const version = (await body<{ version: number }>(await editor.get(`${base}/posts/${post.id}`))).version;
    expect((await editor.patch(`${base}/posts/${post.id}`, { version, purpose: 'fundraising' })).status).toBe(200);
    const after = await body<PostView>(await editor.get(`${base}/posts/${post.id}`));
    expect(after.purpose).toBe('fundraising');
    expect(consentFindings(after)).toHaveLength(1);
    expect((await editor.patch(`${base}/posts/${post.id}`, { version: version + 1, purpose: 'adverteren' })).status).toBe(422);
  });

  it('withdrawing a recruitment consent lists the recruitment posts only', async () => {
    const { personId, imageId } = await personInImage('Rik Twee Doelen');
    await consent(personId, 'publication');
    const recruitment = await consent(personId, 'recruitment');
    const news = await newPost(imageId);
    const recruiting = await newPost(imageId, 'recruitment');
    for (const id of [news.id, recruiting.id]) {
      await t.database.db.update(posts).set({ status: 'published', publishedAt: new Date() }).where(eq(posts.id, id));
      await t.database.db.update(postVariants).set({ publishedAt: new Date(), externalId: id }).where(eq(postVariants.postId, id));
    }
    const list = await body<{ items: { postId: string }[] }>(await editor.get(`${base}/consent/consents/${recruitment.id}/takedown`));
    expect(list.items.map((i) => i.postId)).toEqual([recruiting.id]);
  });
});

describe('a failed takedown is retried, not lost', () => {
  async function publishedOnWebhook(name: string, slug: string) {
    const channelId = await buildWebhookChannel(t.database.db, org.id, networkUrl, t.deps.secrets, slug);
    const { personId, imageId } = await personInImage(name);
    const given = await consent(personId, 'publication');
    const post = await newPost(imageId, undefined, channelId);
    await t.database.db.update(posts).set({ status: 'published', publishedAt: new Date() }).where(eq(posts.id, post.id));
    await t.database.db
      .update(postVariants)
      .set({ publishedAt: new Date(), externalId: `ext-${post.id}` })
      .where(eq(postVariants.postId, post.id));
    return { personId, consentId: given.id, postId: post.id };
  }
  const person = async (id: string) =>
    body<{ takedowns: { postId: string; status: string; attempts: number; lastError: string | null; nextAttemptAt: string | null }[] }>(
      await editor.get(`${base}/consent/people/${id}`),
    );
  /** As if the wait before the next attempt has passed. */
  const dueNow = () => t.database.db.execute(sql`UPDATE takedowns SET next_attempt_at = now() WHERE status = 'pending'`);
  const deps = () => ({ secrets: t.deps.secrets, net: t.deps.net });

  it('a removal the network refuses stays pending on the consent screen and the worker removes it later', async () => {
    const { personId, consentId, postId } = await publishedOnWebhook('Kees Later', 'hook-later');
    script.push(503);
    deletes.length = 0;
    const res = await editor.post(`${base}/consent/consents/${consentId}/withdraw`, { confirm: true });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({ removed: [], failed: [{ postId, retrying: true, reason: expect.stringContaining('503') }] });
    expect(deletes).toEqual([`/hook?id=ext-${postId}`]);
    expect((await person(personId)).takedowns).toEqual([
      expect.objectContaining({ postId, status: 'pending', attempts: 1, lastError: expect.stringContaining('503'), nextAttemptAt: expect.any(String) }),
    ]);

    // Not due yet: the worker leaves it.
    expect(await runTakedowns(t.database.db, deps())).toEqual([]);
    await dueNow();
    // Two workers at once: one removal call, not two (the lease).
    const [a, b] = await Promise.all([runTakedowns(t.database.db, deps()), runTakedowns(t.database.db, deps())]);
    expect([...a, ...b].map((o) => o.status)).toEqual(['done']);
    expect(deletes).toHaveLength(2);
    expect((await person(personId)).takedowns).toEqual([]);
    const [variant] = await t.database.db.select().from(postVariants).where(eq(postVariants.postId, postId));
    expect(variant!.removedAt).not.toBeNull();
    const audit = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), sql`${auditEvents.detail}->>'postId' = ${postId}`));
    expect(audit.map((e) => [e.action, e.detail.attempt])).toEqual(
      expect.arrayContaining([
        ['post.takedown_failed', 1],
        ['post.taken_down', 2],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('503');
  });

  it(`gives up after ${MAX_TAKEDOWN_ATTEMPTS} attempts and shows it as failed`, async () => {
    const { personId, consentId, postId } = await publishedOnWebhook('Els Nooit', 'hook-never');
    script.push(...Array(MAX_TAKEDOWN_ATTEMPTS).fill(500));
    deletes.length = 0;
    await editor.post(`${base}/consent/consents/${consentId}/withdraw`, { confirm: true });
    for (let i = 1; i < MAX_TAKEDOWN_ATTEMPTS + 2; i++) {
      await dueNow();
      await runTakedowns(t.database.db, deps());
    }
    expect(deletes).toHaveLength(MAX_TAKEDOWN_ATTEMPTS);
    expect((await person(personId)).takedowns).toEqual([
      expect.objectContaining({ postId, status: 'failed', attempts: MAX_TAKEDOWN_ATTEMPTS, nextAttemptAt: null }),
    ]);
    const [row] = await t.database.db.select().from(takedowns).where(eq(takedowns.consentId, consentId));
    expect(row!.status).toBe('failed');
    // Another organisation's people never see it.
    const other = await buildOrg(t);
    const outsider = await loginAs(t, other.users.editor.email);
    expect((await outsider.get(`/api/orgs/${other.id}/consent/people/${personId}`)).status).toBe(404);
  });
});
