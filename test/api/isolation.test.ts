// Walks every endpoint of the OpenAPI document as a member of another organisation and proves
// that nothing of organisation A can be read or changed from organisation B.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let a: TestOrg;
let b: TestOrg;
let adminA: Client;
let adminB: Client;
const ids: Record<string, string> = {};
let snapshotA: string;

async function snapshot(client: Client, org: TestOrg) {
  const parts = await Promise.all(
    ['', '/members', '/channels', '/media', '/posts', `/posts/${ids.post}`, '/queues', '/guard/settings', '/crisis'].map(async (p) =>
      (await client.get(`/api/orgs/${org.id}${p}`)).text(),
    ),
  );
  return parts.join('\n');
}

beforeAll(async () => {
  t = await createTestApp();
  a = await buildOrg(t);
  b = await buildOrg(t);
  adminA = await loginAs(t, a.users.admin.email);
  adminB = await loginAs(t, b.users.admin.email);
  const media = (await (await adminA.post(`/api/orgs/${a.id}/media`, imageForm(PNG_1PX, 'Geheim beeld van A'))).json()) as { id: string };
  const post = (await (
    await adminA.post(`/api/orgs/${a.id}/posts`, { baseText: 'Geheim concept van A', variants: [{ channelId: a.channelId, text: null }], mediaIds: [media.id] })
  ).json()) as { id: string };
  const queue = (await (await adminA.post(`/api/orgs/${a.id}/queues`, { name: 'Tips van A', slots: [{ weekday: 2, time: '10:00' }] })).json()) as {
    id: string;
  };
  Object.assign(ids, { post: post.id, postId: post.id, media: media.id, channel: a.channelId, queue: queue.id, userId: a.users.editor.id });
  snapshotA = await snapshot(adminA, a);
});
afterAll(() => t.close());

type Operation = { method: string; path: string; requestBody?: { content: Record<string, unknown> } };

/** The id of A's thing of the kind the path names, for {id} and the other path parameters. */
function urlFor(op: Operation, orgId: string): string {
  const kind = /\/(channels|media|queues)\//.exec(op.path)?.[1];
  const id = kind === 'channels' ? ids.channel : kind === 'media' ? ids.media : kind === 'queues' ? ids.queue : ids.post;
  return op.path.replace('{orgId}', orgId).replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? id! : ids[name]!));
}

async function operations(): Promise<Operation[]> {
  const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })));
}

// A body that would be valid if the ids belonged to the requester, so a refusal is about the ids.
function bodyFor(op: Operation, channelId: string, mediaId: string): unknown {
  if (op.method === 'GET' || op.method === 'DELETE') return undefined;
  if (op.path.endsWith('/media')) return imageForm(PNG_1PX, 'Alt');
  if (op.path.endsWith('/transitions')) return { event: 'cancel' };
  if (op.path.endsWith('/repeat')) return { everyDays: 7, times: 1 };
  if (op.path.endsWith('/held')) return { decision: 'cancel' };
  if (op.path.endsWith('/guard-override')) return { reason: 'Toestemming van de persoon zelf.' };
  if (op.path.endsWith('/guard/check')) return { text: 'Hallo' };
  if (op.path.endsWith('/guard/settings')) return { allow: { phones: ['0201234567'] } };
  if (op.path.includes('/crisis/')) return {};
  if (op.path.endsWith('/items')) return { postId: ids.post };
  if (op.path.includes('/queues')) return { name: 'Overgenomen', slots: [] };
  if (op.path.endsWith('/publish-now')) return undefined;
  if (op.path.includes('/posts')) return { version: 1, baseText: 'Overgenomen', variants: [{ channelId, text: null }], mediaIds: [mediaId] };
  if (op.path.includes('/members/')) return { role: 'viewer' };
  if (op.path.endsWith('/password-reset')) return undefined;
  if (op.path.endsWith('/invitations')) return { email: `x-${Date.now()}@example.nl`, role: 'viewer' };
  if (op.path.includes('/channels/')) return { name: 'Overgenomen', active: false };
  if (op.path.endsWith('/channels')) return { type: 'website', name: `Kanaal ${Date.now()}` };
  if (op.path.includes('/media/')) return { altText: 'Overgenomen' };
  return { name: 'Overgenomen' };
}

describe('cross-organisation isolation', () => {
  it('covers organisation-scoped endpoints of the API document', async () => {
    const scoped = (await operations()).filter((op) => op.path.startsWith('/api/orgs/'));
    expect(scoped.length).toBeGreaterThanOrEqual(18);
  });

  it("answers 404 to a member of B for every endpoint under A's organisation", async () => {
    for (const op of (await operations()).filter((o) => o.path.startsWith('/api/orgs/{orgId}'))) {
      const url = urlFor(op, a.id);
      const res = await adminB.request(op.method, url, bodyFor(op, a.channelId, ids.media!));
      expect(res.status, `${op.method} ${op.path}`).toBe(404);
    }
  });

  it("refuses A's ids inside B's own organisation on every endpoint", async () => {
    for (const op of (await operations()).filter((o) => /\{(id|userId|postId)\}/.test(o.path) || (o.method === 'POST' && o.path.endsWith('/posts')))) {
      const url = urlFor(op, b.id);
      const res = await adminB.request(op.method, url, bodyFor(op, a.channelId, ids.media!));
      // 404: the thing does not exist for B; 422: a body naming A's channel or media is refused.
      expect([404, 422], `${op.method} ${op.path} → ${res.status}`).toContain(res.status);
    }
  });

  it("leaves A's data exactly as it was", async () => {
    expect(await snapshot(adminA, a)).toBe(snapshotA);
  });

  it("lists nothing of A in B's lists", async () => {
    for (const p of ['/members', '/channels', '/media', '/posts', '/queues', '/crisis']) {
      const text = await (await adminB.get(`/api/orgs/${b.id}${p}`)).text();
      expect(text, p).not.toContain(ids.post!);
      expect(text, p).not.toContain(ids.media!);
      expect(text, p).not.toContain(a.users.editor.email);
      expect(text, p).not.toContain(a.channelId);
      expect(text, p).not.toContain(ids.queue!);
    }
  });

  it("does not serve A's unpublished media through B's public feed", async () => {
    const res = await t.app.request(`/feeds/${b.slug}/${b.channelSlug}/media/${ids.media}`);
    expect(res.status).toBe(404);
  });
});
