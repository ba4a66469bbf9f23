// What a person (or a buggy client) sees when they send something wrong: a clear 4xx with a
// stable code and a message in their language, and nothing half-stored.
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { media } from '../../src/db/schema.ts';
import { buildOrg, createTestApp, imageForm, localIn, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };
type PostBody = { id: string; status: string; version: number; baseText: string; allowedActions: string[] };

let t: TestApp;
let org: TestOrg;
let contributor: Client;
let editor: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  contributor = await loginAs(t, org.users.contributor.email);
  editor = await loginAs(t, org.users.editor.email);
  base = `/api/orgs/${org.id}`;
});
afterAll(() => t.close());

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

async function postCount(client: Client = contributor): Promise<number> {
  const res = await client.get(`${base}/posts`);
  expect(res.status).toBe(200);
  const page = (await res.json()) as { items: unknown[]; nextCursor: string | null };
  expect(page.nextCursor).toBeNull();
  return page.items.length;
}

async function mediaCount(client: Client = contributor): Promise<number> {
  const res = await client.get(`${base}/media`);
  expect(res.status).toBe(200);
  const page = (await res.json()) as { items: unknown[]; nextCursor: string | null };
  expect(page.nextCursor).toBeNull();
  return page.items.length;
}

async function filesOnDisk(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

/** A raw JSON request with the contributor's session, for bodies the client helper would encode. */
function raw(body: string, headers: Record<string, string> = {}) {
  return t.app.request(`${base}/posts`, {
    method: 'POST',
    headers: { cookie: contributor.cookie, 'x-csrf-token': contributor.csrf, 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('malformed JSON', () => {
  it('answers 400 bad_json in Dutch by default and stores nothing', async () => {
    const before = await postCount();
    const res = await raw('{"baseText": "Hallo",');
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('bad_json');
    expect(error.message).toBe('De aanvraag bevat geen geldige JSON.');
    expect(await postCount()).toBe(before);
  });

  it('answers in English when the browser prefers English', async () => {
    const res = await raw('not json at all', { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('bad_json');
    expect(error.message).toBe('The request body is not valid JSON.');
  });
});

describe('wrong types', () => {
  it('answers 422 with details naming the field', async () => {
    const before = await postCount();
    const res = await contributor.post(`${base}/posts`, { baseText: 123 });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Niet alle velden zijn goed ingevuld.');
    expect(error.details?.map((d) => d.path)).toEqual(['baseText']);
    expect(error.details?.[0]?.message).toBeTruthy();
    expect(await postCount()).toBe(before);
  });

  it('names the nested path of a wrong field inside a list', async () => {
    const res = await contributor.post(`${base}/posts`, {
      baseText: 'Tekst',
      variants: [
        { channelId: org.channelId, text: null },
        { channelId: 'kanaal-een', text: 5 },
      ],
    });
    expect(res.status).toBe(422);
    const paths = (await errorOf(res)).details?.map((d) => d.path).sort();
    expect(paths).toEqual(['variants.1.channelId', 'variants.1.text']);
  });

  it('names a wrong planned time and a missing text, in English on request', async () => {
    const res = await contributor.request('POST', `${base}/posts`, { scheduledLocal: '29-03-2026 09:30' }, { 'accept-language': 'en' });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.message).toBe('Some fields are not filled in correctly.');
    expect(error.details?.map((d) => d.path).sort()).toEqual(['baseText', 'scheduledLocal']);
  });

  it('refuses an unknown transition event with 422 naming "event"', async () => {
    const { id } = (await (await contributor.post(`${base}/posts`, { baseText: 'Tekst' })).json()) as PostBody;
    const res = await contributor.post(`${base}/posts/${id}/transitions`, { event: 'publish_succeeded' });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).details?.map((d) => d.path)).toEqual(['event']);
    expect(((await (await contributor.get(`${base}/posts/${id}`)).json()) as PostBody).status).toBe('draft');
  });
});

describe('unknown ids', () => {
  it('a post that does not exist → 404 not_found', async () => {
    const res = await contributor.get(`${base}/posts/${randomUUID()}`);
    expect(res.status).toBe(404);
    const error = await errorOf(res);
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Het bericht is niet gevonden.');
  });

  it('a channel that does not exist in the variants → 422 unknown_channel naming the id, nothing stored', async () => {
    const before = await postCount();
    const channelId = randomUUID();
    const res = await contributor.post(`${base}/posts`, { baseText: 'Tekst', variants: [{ channelId, text: null }] });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('unknown_channel');
    expect(error.message).toContain(channelId);
    expect(await postCount()).toBe(before);
  });

  it('a file that does not exist in mediaIds → 422 unknown_media naming the id, nothing stored', async () => {
    const before = await postCount();
    const mediaId = randomUUID();
    const res = await contributor.post(`${base}/posts`, { baseText: 'Tekst', variants: [{ channelId: org.channelId, text: null }], mediaIds: [mediaId] });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('unknown_media');
    expect(error.message).toContain(mediaId);
    expect(await postCount()).toBe(before);
  });

  it('a channel or file of another organisation is unknown here', async () => {
    const other = await buildOrg(t);
    const otherAdmin = await loginAs(t, other.users.admin.email);
    const image = (await (await otherAdmin.post(`/api/orgs/${other.id}/media`, imageForm(PNG_1PX, 'Beeld van een ander'))).json()) as { id: string };
    const before = await postCount();
    const withChannel = await contributor.post(`${base}/posts`, { baseText: 'Tekst', variants: [{ channelId: other.channelId, text: null }] });
    expect(withChannel.status).toBe(422);
    expect((await errorOf(withChannel)).code).toBe('unknown_channel');
    const withMedia = await contributor.post(`${base}/posts`, { baseText: 'Tekst', mediaIds: [image.id] });
    expect(withMedia.status).toBe(422);
    expect((await errorOf(withMedia)).code).toBe('unknown_media');
    expect(await postCount()).toBe(before);
  });

  it.each(['niet-een-uuid', '123', "1' OR '1'='1"])('a non-uuid post id %j → 404 or 422, never 500', async (id) => {
    for (const res of [
      await contributor.get(`${base}/posts/${encodeURIComponent(id)}`),
      await contributor.patch(`${base}/posts/${encodeURIComponent(id)}`, { version: 1, baseText: 'x' }),
      await contributor.post(`${base}/posts/${encodeURIComponent(id)}/transitions`, { event: 'submit' }),
      await contributor.get(`${base}/media/${encodeURIComponent(id)}/file`),
    ]) {
      expect([404, 422]).toContain(res.status);
      expect((await errorOf(res)).code).toMatch(/^(not_found|validation_failed)$/);
    }
  });

  it('a non-uuid organisation id → 404', async () => {
    const res = await contributor.get('/api/orgs/not-an-org/posts');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });
});

describe('planned time', () => {
  it('a time in the past → 422 time_in_past, nothing stored', async () => {
    const before = await postCount();
    const res = await contributor.post(`${base}/posts`, { baseText: 'Te laat', scheduledLocal: localIn(-2, '09:00') });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('time_in_past');
    expect(error.message).toContain(localIn(-2, '09:00').replace('T', ' '));
    expect(error.details?.map((d) => d.path)).toEqual(['scheduledLocal']);
    expect(await postCount()).toBe(before);
  });

  it('a date that does not exist → 422, nothing stored', async () => {
    const before = await postCount();
    const res = await contributor.post(`${base}/posts`, { baseText: 'Bestaat niet', scheduledLocal: '2031-02-30T10:00' });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('time_invalid');
    expect(await postCount()).toBe(before);
  });
});

describe('text length on the website channel (5000 visible characters)', () => {
  const create = (text: string) => contributor.post(`${base}/posts`, { baseText: 'Kort', variants: [{ channelId: org.channelId, text }] });

  it('accepts exactly 5000 characters', async () => {
    const res = await create('a'.repeat(5000));
    expect(res.status).toBe(201);
  });

  it('refuses 5001 characters with 422 text_too_long naming the length and the maximum, nothing stored', async () => {
    const before = await postCount();
    const res = await create('a'.repeat(5001));
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('text_too_long');
    expect(error.message).toContain('5001');
    expect(error.message).toContain('5000');
    expect(await postCount()).toBe(before);
  });

  it('counts an emoji as one character', async () => {
    // 5000 emoji are 10000 UTF-16 code units; counted per code unit this would be refused.
    const emoji = await create('😀'.repeat(5000));
    expect(emoji.status).toBe(201);
    const post = (await emoji.json()) as { variants: { length: number }[] };
    expect(post.variants[0]?.length).toBe(5000);
    // A nurse emoji is one visible character made of several code points.
    const nurse = await create(`${'a'.repeat(4999)}🧑‍⚕️`);
    expect(nurse.status).toBe(201);
    const over = await create(`${'a'.repeat(5000)}🧑‍⚕️`);
    expect(over.status).toBe(422);
    expect((await errorOf(over)).code).toBe('text_too_long');
  });

  it('checks the base text when the channel has no text of its own', async () => {
    const res = await contributor.post(`${base}/posts`, { baseText: 'b'.repeat(5001), variants: [{ channelId: org.channelId, text: null }] });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('text_too_long');
  });
});

describe('uploads', () => {
  let small: TestApp;
  let smallOrg: TestOrg;
  let uploader: Client;
  beforeAll(async () => {
    small = await createTestApp({ MEDIA_MAX_BYTES: '1000' });
    smallOrg = await buildOrg(small);
    uploader = await loginAs(small, smallOrg.users.contributor.email);
  });
  afterAll(() => small.close());

  const smallMediaCount = async () => ((await (await uploader.get(`/api/orgs/${smallOrg.id}/media`)).json()) as { items: unknown[] }).items.length;
  const upload = (form: FormData) => uploader.post(`/api/orgs/${smallOrg.id}/media`, form);

  it('stores a small real image (the limit is not refusing everything)', async () => {
    const before = await smallMediaCount();
    const res = await upload(imageForm(PNG_1PX, 'Eén pixel'));
    expect(res.status).toBe(201);
    expect(await smallMediaCount()).toBe(before + 1);
  });

  it('refuses a file just over the limit with 413 and stores nothing', async () => {
    const before = await smallMediaCount();
    const filesBefore = await filesOnDisk(small.deps.mediaDir);
    const big = Buffer.concat([PNG_1PX, Buffer.alloc(1200)]); // still starts as a PNG
    const res = await upload(imageForm(big, 'Te groot'));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('file_too_large');
    expect(await smallMediaCount()).toBe(before);
    expect(await filesOnDisk(small.deps.mediaDir)).toBe(filesBefore);
  });

  it('refuses a body far over the limit with 413 while reading it', async () => {
    const before = await smallMediaCount();
    const huge = Buffer.concat([PNG_1PX, Buffer.alloc(200 * 1024)]);
    const res = await upload(imageForm(huge, 'Veel te groot'));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('file_too_large');
    expect(await smallMediaCount()).toBe(before);
  });

  it('refuses a text file posing as a PNG with 415 and writes nothing to disk', async () => {
    const before = await mediaCount();
    const filesBefore = await filesOnDisk(t.deps.mediaDir);
    const fake = Buffer.from('Dit is geen afbeelding, alleen tekst met een .png-naam.\n');
    const res = await contributor.post(`${base}/media`, imageForm(fake, 'Nep', 'foto.png', 'image/png'));
    expect(res.status).toBe(415);
    const error = await errorOf(res);
    expect(error.code).toBe('file_type_refused');
    expect(await mediaCount()).toBe(before);
    expect(await filesOnDisk(t.deps.mediaDir)).toBe(filesBefore);
    const [row] = await t.database.db.select({ n: count() }).from(media).where(eq(media.orgId, org.id));
    expect(row?.n).toBe(before);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
  ])('refuses an image with %s alt text with 422 alt_text_required', async (_, alt) => {
    const before = await mediaCount();
    const res = await contributor.post(`${base}/media`, imageForm(PNG_1PX, alt));
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('alt_text_required');
    expect(await mediaCount()).toBe(before);
  });

  it('refuses an image without an altText field at all', async () => {
    const before = await mediaCount();
    const form = new FormData();
    form.set('file', new File([new Uint8Array(PNG_1PX)], 'foto.png', { type: 'image/png' }));
    const res = await contributor.post(`${base}/media`, form);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('alt_text_required');
    expect(await mediaCount()).toBe(before);
  });
});

describe('session and CSRF', () => {
  it('a write without the CSRF header → 403 csrf_failed, nothing stored', async () => {
    const before = await postCount();
    const res = await t.app.request(`${base}/posts`, {
      method: 'POST',
      headers: { cookie: contributor.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ baseText: 'Zonder token' }),
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('csrf_failed');
    expect(await postCount()).toBe(before);
  });

  it("a write with another session's CSRF token → 403 csrf_failed", async () => {
    const before = await postCount();
    const res = await contributor.request('POST', `${base}/posts`, { baseText: 'Verkeerd token' }, { 'x-csrf-token': editor.csrf });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('csrf_failed');
    expect(await postCount()).toBe(before);
  });

  it('no session → 401 not_authenticated for reads and writes, nothing stored', async () => {
    const before = await postCount();
    const read = await t.app.request(`${base}/posts`);
    expect(read.status).toBe(401);
    expect((await errorOf(read)).code).toBe('not_authenticated');
    const write = await t.app.request(`${base}/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': contributor.csrf },
      body: JSON.stringify({ baseText: 'Anoniem' }),
    });
    expect(write.status).toBe(401);
    const upload = await t.app.request(`${base}/media`, { method: 'POST', body: imageForm(PNG_1PX, 'Anoniem') });
    expect(upload.status).toBe(401);
    expect(await postCount()).toBe(before);
  });

  it('a made-up session cookie → 401', async () => {
    const res = await t.app.request(`${base}/posts`, { headers: { cookie: 'zp_session=verzonnen-token' } });
    expect(res.status).toBe(401);
  });
});

describe('editing', () => {
  it('a stale version → 409 version_conflict and the stored text is unchanged', async () => {
    const created = (await (await contributor.post(`${base}/posts`, { baseText: 'Versie één' })).json()) as PostBody;
    const saved = await contributor.patch(`${base}/posts/${created.id}`, { version: created.version, baseText: 'Versie twee' });
    expect(saved.status).toBe(200);
    const afterSave = (await saved.json()) as PostBody;
    expect(afterSave.version).toBeGreaterThan(created.version);

    // A second tab still holds the first version.
    const stale = await contributor.patch(`${base}/posts/${created.id}`, { version: created.version, baseText: 'Versie uit oud tabblad' });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).code).toBe('version_conflict');
    const stored = (await (await contributor.get(`${base}/posts/${created.id}`)).json()) as PostBody;
    expect(stored.baseText).toBe('Versie twee');
    expect(stored.version).toBe(afterSave.version);
  });

  it('editing an approved post sends it back to draft for a new approval', async () => {
    const created = (await (
      await contributor.post(`${base}/posts`, {
        baseText: 'Goedgekeurde tekst',
        variants: [{ channelId: org.channelId, text: null }],
        scheduledLocal: localIn(5),
      })
    ).json()) as PostBody;
    await contributor.post(`${base}/posts/${created.id}/transitions`, { event: 'submit' });
    const approved = (await (await editor.post(`${base}/posts/${created.id}/transitions`, { event: 'approve' })).json()) as PostBody;
    expect(approved.status).toBe('approved');

    const edited = await contributor.patch(`${base}/posts/${created.id}`, { version: approved.version, baseText: 'Stiekem gewijzigde tekst' });
    expect(edited.status).toBe(200);

    const now = (await (await editor.get(`${base}/posts/${created.id}`)).json()) as PostBody & {
      events: { action: string; fromStatus: string | null; toStatus: string | null }[];
    };
    expect(now.status).toBe('draft');
    expect(now.baseText).toBe('Stiekem gewijzigde tekst');
    expect(now.events.at(-1)).toMatchObject({ action: 'edit', fromStatus: 'approved', toStatus: 'draft' });
    expect(now.allowedActions).not.toContain('publish_now');
    // The editor cannot publish or schedule it without a new review.
    const publish = await editor.post(`${base}/posts/${created.id}/publish-now`);
    expect(publish.status).toBe(409);
    const schedule = await editor.post(`${base}/posts/${created.id}/transitions`, { event: 'schedule' });
    expect(schedule.status).toBe(409);
    expect(((await (await editor.get(`${base}/posts/${created.id}`)).json()) as PostBody).status).toBe('draft');
  });

  it('a refused edit (text too long) leaves the post as it was', async () => {
    const created = (await (
      await contributor.post(`${base}/posts`, { baseText: 'Origineel', variants: [{ channelId: org.channelId, text: null }] })
    ).json()) as PostBody;
    const res = await contributor.patch(`${base}/posts/${created.id}`, { version: created.version, baseText: 'x'.repeat(5001) });
    expect(res.status).toBe(422);
    const stored = (await (await contributor.get(`${base}/posts/${created.id}`)).json()) as PostBody;
    expect(stored.baseText).toBe('Origineel');
    expect(stored.version).toBe(created.version);
  });
});
