// "Publish now" on an approved post without a planned time, while a worker loop runs: the answer
// is the post on its way (publishing or published), never a 409 because the worker was faster,
// and the post goes out exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/features/publishing/worker.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let base: string;
let contributor: Client;
let approver: Client;
let editor: Client;
let worker: Awaited<ReturnType<typeof startWorker>>;
const errors: unknown[] = [];

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  base = `/api/orgs/${org.id}`;
  [contributor, approver, editor] = await Promise.all([
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.approver.email),
    loginAs(t, org.users.editor.email),
  ]);
  worker = await startWorker(t.database, { mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net }, { onError: (e) => errors.push(e) });
});
afterAll(async () => {
  await worker.stop();
  await t.close();
});

type PostBody = { id: string; status: string; events: { action: string }[] };

async function approvedPost(n: number): Promise<string> {
  const res = await contributor.post(`${base}/posts`, {
    baseText: `Open dag nummer ${n}: iedereen welkom.`,
    variants: [{ channelId: org.channelId, text: null }],
  });
  const { id } = (await res.json()) as { id: string };
  expect((await contributor.post(`${base}/posts/${id}/transitions`, { event: 'submit' })).status).toBe(200);
  expect((await approver.post(`${base}/posts/${id}/transitions`, { event: 'approve' })).status).toBe(200);
  return id;
}

describe('publish now with a running worker', () => {
  it('answers with the post published or publishing, every time, and sends it once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await approvedPost(i));
    const answers = [];
    for (const id of ids) {
      const res = await editor.post(`${base}/posts/${id}/publish-now`);
      const body = (await res.json()) as PostBody & { error?: unknown };
      answers.push({ status: res.status, post: body.status, error: body.error });
    }
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    for (const a of answers) expect(['publishing', 'published']).toContain(a.post);

    for (const id of ids) {
      await expect.poll(async () => ((await (await editor.get(`${base}/posts/${id}`)).json()) as PostBody).status, { timeout: 15_000 }).toBe('published');
      const post = (await (await editor.get(`${base}/posts/${id}`)).json()) as PostBody;
      expect(post.events.filter((e) => e.action === 'publish_succeeded')).toHaveLength(1);
    }
    const feed = await (await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/feed.json`)).json();
    const items = (feed as { items: { content_text?: string }[] }).items;
    for (let i = 0; i < 12; i++) expect(items.filter((item) => item.content_text === `Open dag nummer ${i}: iedereen welkom.`)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('answers again with the post as it is when it was already sent, and still refuses a draft', async () => {
    const id = await approvedPost(99);
    expect((await editor.post(`${base}/posts/${id}/publish-now`)).status).toBe(200);
    const again = await editor.post(`${base}/posts/${id}/publish-now`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as PostBody).status).toBe('published');

    const res = await contributor.post(`${base}/posts`, { baseText: 'Nog een concept.', variants: [{ channelId: org.channelId, text: null }] });
    const draft = (await res.json()) as { id: string };
    const refused = await editor.post(`${base}/posts/${draft.id}/publish-now`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('transition_refused');
  });
});
