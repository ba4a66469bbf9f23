// The daily work on many posts: filters and search across any period, bulk actions with each
// post's own permission and state rules, moving a post (re-approval), duplicating, and the plan
// as CSV (import all-or-nothing with row numbers, export safe against formula injection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, createTestApp, localIn, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type Summary = { id: string; status: string; excerpt: string; labels: string[] };
type Page = { items: Summary[]; nextCursor: string | null };
type Outcome = { postId: string; outcome: 'done' | 'refused'; status: string | null; needsApproval: boolean; error: { code: string; message: string } | null };

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let editor: Client;
let contributor: Client;
let approver: Client;
let otherEditor: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  other = await buildOrg(t);
  editor = await loginAs(t, org.users.editor.email);
  contributor = await loginAs(t, org.users.contributor.email);
  approver = await loginAs(t, org.users.approver.email);
  otherEditor = await loginAs(t, other.users.editor.email);
  base = `/api/orgs/${org.id}`;
});
afterAll(async () => {
  await t?.close();
});

async function create(client: Client, body: Record<string, unknown>, orgBase = base, channelId = org.channelId): Promise<string> {
  const res = await client.post(`${orgBase}/posts`, { variants: [{ channelId, text: null }], ...body });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function status(id: string): Promise<string> {
  const res = await editor.get(`${base}/posts/${id}`);
  return ((await res.json()) as { status: string }).status;
}

/** A post of the contributor, submitted and approved by the editor, then scheduled. */
async function scheduledPost(text: string, at = localIn(5)): Promise<string> {
  const id = await create(contributor, { baseText: text, scheduledLocal: at });
  expect((await contributor.post(`${base}/posts/${id}/transitions`, { event: 'submit' })).status).toBe(200);
  expect((await editor.post(`${base}/posts/${id}/transitions`, { event: 'approve' })).status).toBe(200);
  expect((await editor.post(`${base}/posts/${id}/transitions`, { event: 'schedule' })).status).toBe(200);
  return id;
}

async function all(query: string): Promise<Summary[]> {
  const items: Summary[] = [];
  let cursor: string | null = null;
  do {
    const res = await editor.get(`${base}/posts?${query}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('filters and search on GET /posts', () => {
  it('finds posts by words, label, person and channel across months and years, paged with the cursor', async () => {
    const ids = [
      await create(contributor, { baseText: 'Open dag op de Linde: kom kijken!', scheduledLocal: localIn(3), labels: ['Open dag'] }),
      await create(editor, { baseText: 'Nog een OPEN DAG, nu in de Eik', scheduledLocal: localIn(200), labels: ['open dag', 'eik'] }),
      await create(contributor, { baseText: 'Open dag zonder tijd', labels: ['open dag'] }),
      await create(contributor, { baseText: 'Vacature verpleegkundige', scheduledLocal: localIn(40), labels: ['vacature'] }),
      await create(contributor, { baseText: 'Korting van 50% op koffie' }),
    ];
    const search = await all('q=open%20dag');
    expect(search.map((p) => p.id).sort()).toEqual(ids.slice(0, 3).sort());
    // LIKE's own characters are literal: "50%" is not "50 followed by anything".
    expect((await all('q=50%25')).map((p) => p.id)).toEqual([ids[4]]);
    expect((await all('q=5_%25')).map((p) => p.id)).toEqual([]);
    const labelled = await all('label=open%20dag');
    expect(labelled.map((p) => p.id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(labelled.every((p) => p.labels.includes('open dag'))).toBe(true);
    const byEditor = await all(`author=${org.users.editor.id}&q=dag`);
    expect(byEditor.map((p) => p.id)).toEqual([ids[1]]);
    const byStatus = await all('status=draft&label=vacature');
    expect(byStatus.map((p) => p.id)).toEqual([ids[3]]);
    expect(await all(`channel=${other.channelId}`)).toEqual([]);
  });

  it('searches a channel text too, and never another organisation', async () => {
    const id = await create(contributor, { baseText: 'Algemene tekst', variants: [{ channelId: org.channelId, text: 'Eigen tekst met zonnebloem' }] });
    await create(otherEditor, { baseText: 'zonnebloem bij de buren' }, `/api/orgs/${other.id}`, other.channelId);
    expect((await all('q=zonnebloem')).map((p) => p.id)).toEqual([id]);
  });

  it('refuses a malformed filter with 422 naming the field', async () => {
    const res = await editor.get(`${base}/posts?channel=nope`);
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain('channel');
  });
});

describe('moving a post (drag in the calendar)', () => {
  it('a scheduled post moved to another day keeps its new time and needs approval again', async () => {
    const id = await scheduledPost('Verplaats mij', localIn(4, '09:00'));
    const res = await editor.post(`${base}/posts/bulk`, { postIds: [id], action: 'reschedule', scheduledLocal: localIn(6, '09:00') });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Outcome[] };
    expect(body.results[0]).toMatchObject({ outcome: 'done', status: 'draft', needsApproval: true });
    const post = (await (await editor.get(`${base}/posts/${id}`)).json()) as { scheduledLocal: string; status: string };
    expect(post.scheduledLocal).toBe(localIn(6, '09:00'));
  });

  it('a move into the past is refused and changes nothing', async () => {
    const id = await scheduledPost('Niet naar gisteren');
    const res = await editor.post(`${base}/posts/bulk`, { postIds: [id], action: 'reschedule', scheduledLocal: localIn(-1) });
    const [outcome] = ((await res.json()) as { results: Outcome[] }).results;
    expect(outcome).toMatchObject({ outcome: 'refused', status: 'scheduled' });
    expect(outcome!.error!.code).toBe('time_in_past');
    expect(await status(id)).toBe('scheduled');
  });
});

describe('POST /posts/bulk', () => {
  it('applies per post: what the rules allow is done, the rest listed with the reason and left as it was', async () => {
    const own = await create(editor, { baseText: 'Van de redacteur zelf' });
    await editor.post(`${base}/posts/${own}/transitions`, { event: 'submit' });
    const theirs = await create(contributor, { baseText: 'Van de schrijver' });
    await contributor.post(`${base}/posts/${theirs}/transitions`, { event: 'submit' });
    const draft = await create(contributor, { baseText: 'Nog een concept' });
    const foreign = await create(otherEditor, { baseText: 'Van een andere organisatie' }, `/api/orgs/${other.id}`, other.channelId);

    const res = await editor.post(`${base}/posts/bulk`, { postIds: [theirs, own, draft, foreign], action: 'approve' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Outcome[]; done: number; refused: number };
    const by = Object.fromEntries(body.results.map((r) => [r.postId, r]));
    expect(by[theirs]).toMatchObject({ outcome: 'done', status: 'approved' });
    expect(by[own]).toMatchObject({ outcome: 'refused', status: 'in_review', error: { code: 'own_post_review' } });
    expect(by[draft]).toMatchObject({ outcome: 'refused', status: 'draft', error: { code: 'transition_refused' } });
    // Another organisation's post does not exist here: no status, nothing about it.
    expect(by[foreign]).toMatchObject({ outcome: 'refused', status: null, error: { code: 'not_found' } });
    expect(body).toMatchObject({ done: 1, refused: 3 });
    expect(await status(own)).toBe('in_review');
    const theirsInOther = await otherEditor.get(`/api/orgs/${other.id}/posts/${foreign}`);
    expect(((await theirsInOther.json()) as { status: string }).status).toBe('draft');
  });

  it("uses the person's own permissions: a contributor cannot cancel, an approver cannot move", async () => {
    const id = await create(contributor, { baseText: 'Blijft staan', scheduledLocal: localIn(8) });
    const cancel = ((await (await contributor.post(`${base}/posts/bulk`, { postIds: [id], action: 'cancel' })).json()) as { results: Outcome[] }).results;
    expect(cancel[0]).toMatchObject({ outcome: 'refused', error: { code: 'forbidden' } });
    const move = await approver.post(`${base}/posts/bulk`, { postIds: [id], action: 'reschedule', scheduledLocal: localIn(9) });
    expect(((await move.json()) as { results: Outcome[] }).results[0]).toMatchObject({ outcome: 'refused', error: { code: 'forbidden' } });
    expect(await status(id)).toBe('draft');
  });

  it('cancels several posts and puts approved ones in a queue', async () => {
    const a = await create(contributor, { baseText: 'Weg ermee 1' });
    const b = await create(contributor, { baseText: 'Weg ermee 2' });
    const cancelled = (await (await editor.post(`${base}/posts/bulk`, { postIds: [a, b], action: 'cancel' })).json()) as { done: number };
    expect(cancelled.done).toBe(2);
    expect(await status(a)).toBe('cancelled');

    const queue = (await (await editor.post(`${base}/queues`, { name: 'Evergreen', slots: [{ weekday: 1, time: '09:00' }] })).json()) as { id: string };
    const approved = await scheduledPost('Voor de wachtrij');
    const draft = await create(contributor, { baseText: 'Niet goedgekeurd' });
    const res = (await (await editor.post(`${base}/posts/bulk`, { postIds: [approved, draft], action: 'queue', queueId: queue.id })).json()) as {
      results: Outcome[];
    };
    expect(res.results.map((r) => r.outcome)).toEqual(['done', 'refused']);
    expect(res.results[1]!.error!.code).toBe('queue_post_needs_approval');

    // The audit trail says what was done to how many posts, never their texts.
    const admin = await loginAs(t, org.users.admin.email);
    const audit = (await (await admin.get(`${base}/audit?action=post.bulk`)).json()) as { items: { action: string; detail: Record<string, unknown> }[] };
    expect(audit.items.map((e) => e.detail)).toContainEqual({ action: 'cancel', done: 2, refused: 0 });
    expect(JSON.stringify(audit.items)).not.toContain('Weg ermee');
  });

  it('refuses a reschedule without a time, and more than 100 posts, with 422', async () => {
    const id = await create(contributor, { baseText: 'x' });
    expect((await editor.post(`${base}/posts/bulk`, { postIds: [id], action: 'reschedule' })).status).toBe(422);
    const many = Array.from({ length: 101 }, () => id);
    expect((await editor.post(`${base}/posts/bulk`, { postIds: many, action: 'cancel' })).status).toBe(422);
  });
});

describe('duplicating a post', () => {
  it('makes a new draft of the current person with the same text, channels and labels, without a time', async () => {
    const id = await scheduledPost('Nog eens, met dezelfde tekst');
    const res = await editor.post(`${base}/posts/${id}/duplicate`);
    expect(res.status).toBe(201);
    const copy = (await (await editor.get(`${base}/posts/${((await res.json()) as { id: string }).id}`)).json()) as {
      status: string;
      baseText: string;
      scheduledAt: string | null;
      author: { id: string };
      variants: { channelId: string }[];
    };
    expect(copy).toMatchObject({ status: 'draft', baseText: 'Nog eens, met dezelfde tekst', scheduledAt: null, author: { id: org.users.editor.id } });
    expect(copy.variants.map((v) => v.channelId)).toEqual([org.channelId]);
    expect((await otherEditor.post(`/api/orgs/${other.id}/posts/${id}/duplicate`)).status).toBe(404);
  });
});

describe('CSV import and export', () => {
  const future = localIn(30, '09:30').replace('T', ' ');
  const good = `text,channels,time,labels\r\n"Open dag, zaterdag",Website,${future},open dag; linde\r\nVacature,nieuws,,vacature\r\n`;

  it('a dry run stores nothing; the import stores every row as a draft in the org time zone', async () => {
    const dry = await editor.post(`${base}/posts/import`, { csv: good, dryRun: true });
    expect(await dry.json()).toMatchObject({ dryRun: true, rows: 2, problems: [], created: [] });
    expect(await all('q=zaterdag')).toEqual([]);
    const res = await editor.post(`${base}/posts/import`, { csv: good, dryRun: false });
    const body = (await res.json()) as { created: string[] };
    expect(body.created).toHaveLength(2);
    const post = (await (await editor.get(`${base}/posts/${body.created[0]}`)).json()) as { scheduledLocal: string; labels: string[]; status: string };
    expect(post).toMatchObject({ scheduledLocal: future.replace(' ', 'T'), labels: ['open dag', 'linde'], status: 'draft' });
  });

  it('one bad row stores nothing and names the row (dry run lists every problem)', async () => {
    const csv = `tekst;kanalen;tijd\nGoed bericht Meerkoet;Website;${future}\nFout bericht Meerkoet;Instagram;morgen\n;Website;\n`;
    const dry = (await (await editor.post(`${base}/posts/import`, { csv, dryRun: true })).json()) as { problems: { row: number; field: string }[] };
    expect(dry.problems.map((p) => `${p.row}:${p.field}`)).toEqual(['3:channels', '3:time', '4:text']);
    const res = await editor.post(`${base}/posts/import`, { csv, dryRun: false });
    expect(res.status).toBe(422);
    const error = ((await res.json()) as { error: { message: string; details: { path: string; message: string }[] } }).error;
    expect(error.message).toContain('2 rij');
    expect(error.details.map((d) => d.message)).toContain("Rij 3: Geen actief kanaal met de naam 'Instagram'.");
    expect(await all('q=Meerkoet')).toEqual([]);
  });

  it('names a broken quote and a viewer may not import', async () => {
    const dry = (await (await editor.post(`${base}/posts/import`, { csv: 'text\nok\n"kapot', dryRun: true })).json()) as { problems: { row: number }[] };
    expect(dry.problems).toEqual([expect.objectContaining({ row: 3, field: 'file' })]);
    const viewer = await loginAs(t, org.users.viewer.email);
    expect((await viewer.post(`${base}/posts/import`, { csv: good, dryRun: true })).status).toBe(403);
  });

  it('exports the planned posts of a period; formulas are neutralised; other organisations stay out', async () => {
    const at = localIn(60, '11:00');
    await create(contributor, { baseText: '=HYPERLINK("http://evil.example","klik")', scheduledLocal: at, labels: ['export'] });
    await create(contributor, { baseText: '@SUM(1+1)', scheduledLocal: at });
    await create(otherEditor, { baseText: 'Buren export', scheduledLocal: at }, `/api/orgs/${other.id}`, other.channelId);
    const day = at.slice(0, 10);
    const res = await editor.get(`${base}/plan.csv?from=${day}T00:00:00Z&to=${day}T23:59:59Z`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('text,channels,time,labels,status,author');
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")",Website,${at.replace('T', ' ')},export,draft`);
    expect(csv).toContain("'@SUM(1+1)");
    expect(csv).not.toContain('Buren');
  });
});
