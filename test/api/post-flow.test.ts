import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, createTestApp, imageForm, localIn, loginAs, PNG_1PX, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
});
afterAll(() => t.close());

describe('a post from draft to the website feed', () => {
  it('is written by a contributor, approved and published by an editor, and appears in the feed', async () => {
    const contributor = await loginAs(t, org.users.contributor.email);
    const base = `/api/orgs/${org.id}`;

    const upload = await contributor.post(`${base}/media`, imageForm(PNG_1PX, 'Verpleegkundige geeft een griepprik'));
    expect(upload.status).toBe(201);
    const image = (await upload.json()) as { id: string; mimeType: string };
    expect(image.mimeType).toBe('image/png');

    const created = await contributor.post(`${base}/posts`, {
      baseText: 'De griepprik is er weer. Kom langs op de prikdag in de sporthal.',
      variants: [{ channelId: org.channelId, text: 'Prikdag griepvaccinatie: zaterdag in de sporthal.' }],
      mediaIds: [image.id],
      scheduledLocal: localIn(3, '09:30'),
    });
    expect(created.status).toBe(201);
    const post = (await created.json()) as { id: string; status: string; scheduledLocal: string; allowedActions: string[] };
    expect(post.status).toBe('draft');
    expect(post.scheduledLocal).toBe(localIn(3, '09:30'));
    expect(post.allowedActions).toContain('submit');
    expect(post.allowedActions).not.toContain('approve');

    const submitted = await contributor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' });
    expect(((await submitted.json()) as { status: string }).status).toBe('in_review');

    const editor = await loginAs(t, org.users.editor.email);
    const approved = await editor.post(`${base}/posts/${post.id}/transitions`, { event: 'approve' });
    expect(approved.status).toBe(200);
    const published = await editor.post(`${base}/posts/${post.id}/publish-now`);
    expect(published.status).toBe(200);
    const after = (await published.json()) as { status: string; events: { action: string; actor: { name: string } | null }[] };
    expect(after.status).toBe('published');
    expect(after.events.map((e) => e.action)).toEqual(['created', 'submit', 'approve', 'schedule', 'start_publishing', 'publish_succeeded']);

    const rss = await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/rss.xml`);
    expect(rss.status).toBe(200);
    const xml = await rss.text();
    expect(xml).toContain('Prikdag griepvaccinatie: zaterdag in de sporthal.');
    expect(xml).toContain('Verpleegkundige geeft een griepprik');
  });

  it('refuses a contributor publishing or approving', async () => {
    const contributor = await loginAs(t, org.users.contributor.email);
    const base = `/api/orgs/${org.id}`;
    const created = await contributor.post(`${base}/posts`, { baseText: 'Tekst', variants: [{ channelId: org.channelId, text: null }] });
    const { id } = (await created.json()) as { id: string };
    expect((await contributor.post(`${base}/posts/${id}/publish-now`)).status).toBe(403);
    await contributor.post(`${base}/posts/${id}/transitions`, { event: 'submit' });
    const own = await contributor.post(`${base}/posts/${id}/transitions`, { event: 'approve' });
    expect(own.status).toBe(403);
  });

  it('does not let anyone approve their own post', async () => {
    const editor = await loginAs(t, org.users.editor.email);
    const base = `/api/orgs/${org.id}`;
    const { id } = (await (await editor.post(`${base}/posts`, { baseText: 'Eigen bericht' })).json()) as { id: string };
    await editor.post(`${base}/posts/${id}/transitions`, { event: 'submit' });
    const res = await editor.post(`${base}/posts/${id}/transitions`, { event: 'approve' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('own_post_review');
  });
});
