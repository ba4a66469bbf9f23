// Approval chains (issue 10): ordered steps of roles or named people, any-of or all-of, bound to
// the content hash; anchored return comments; expiry when the planned time passes unapproved.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, notifications, users } from '../../src/db/schema';
import { expireApprovals } from '../../src/features/approvals/expire-approvals';
import { buildOrg, createTestApp, imageForm, localIn, loginAs, PASSWORD, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { hashPassword } from '../../src/features/auth/passwords';

let t: TestApp;
let org: TestOrg;
let base: string;
let contributor: Client;
let editor: Client;
let approver: Client;
let admin: Client;
let second: { id: string; client: Client };
const LEAK = 'Mevrouw Jansen (Tiel) herstelt van haar hartinfarct op onze hartbewaking. Beterschap!';
const CLEAN = 'Kom op zaterdag naar onze open dag in de Hoofdstraat! Iedereen is welkom.';

type Step = { done: boolean; approvedBy: { id: string }[]; waitingFor: { id: string }[] };
type PostBody = {
  id: string;
  status: string;
  version: number;
  allowedActions: string[];
  approval: { currentStep: number | null; steps: Step[]; comments: { part: string; start: number; end: number; quote: string; body: string }[] };
  events: { action: string; actor: { id: string } | null }[];
};

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  base = `/api/orgs/${org.id}`;
  [contributor, editor, approver, admin] = await Promise.all([
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.editor.email),
    loginAs(t, org.users.approver.email),
    loginAs(t, org.users.admin.email),
  ]);
  // A second approver (the privacy officer), for all-of steps.
  const email = `privacy-${randomUUID().slice(0, 8)}@example.nl`;
  const [user] = await t.database.db
    .insert(users)
    .values({ email, name: 'Privacy officer', passwordHash: await hashPassword(PASSWORD) })
    .returning();
  await t.database.db.insert(memberships).values({ orgId: org.id, userId: user!.id, role: 'approver' });
  second = { id: user!.id, client: await loginAs(t, email) };
});
afterAll(() => t.close());

const setChain = (steps: unknown[], channelId: string | null = null) => admin.request('PUT', `${base}/approval-chains`, { channelId, steps });
const step = (over: Record<string, unknown>) => ({ roles: [], people: [], mode: 'any', includesTime: false, ...over });
async function draft(text: string, extra: Record<string, unknown> = {}): Promise<PostBody> {
  const res = await contributor.post(`${base}/posts`, {
    baseText: text,
    variants: [{ channelId: org.channelId, text: null }],
    scheduledLocal: localIn(5),
    ...extra,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as PostBody;
}
const act = (who: Client, id: string, event: string, extra: Record<string, unknown> = {}) => who.post(`${base}/posts/${id}/transitions`, { event, ...extra });
const view = async (who: Client, id: string) => (await (await who.get(`${base}/posts/${id}`)).json()) as PostBody;
async function refused(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
}

describe('approval chain settings', () => {
  it('only an admin sets a chain, and only with reviewers of the organisation', async () => {
    expect((await editor.request('PUT', `${base}/approval-chains`, { channelId: null, steps: [step({ roles: ['approver'] })] })).status).toBe(403);
    await refused(await setChain([step({ people: [org.users.contributor.id] })]), 422, 'approval_chain_invalid');
    expect((await setChain([step({})])).status).toBe(422);
    const got = await (await approver.get(`${base}/approval-chains`)).json();
    expect((got as { chains: unknown[] }).chains).toEqual([]);
  });
});

describe('a two-step chain', () => {
  it('with a guard override needs three different people: the overrider may approve a step but not give the final approval', async () => {
    expect((await setChain([step({ roles: ['approver'] }), step({ roles: ['approver', 'editor'] })])).status).toBe(200);
    const post = await draft(LEAK);
    const over = await approver.post(`${base}/posts/${post.id}/guard-override`, { reason: 'Mevrouw gaf schriftelijk toestemming (formulier 12).' });
    expect(over.status).toBe(200);
    expect((await act(contributor, post.id, 'submit')).status).toBe(200);
    // The editor is not in step 1.
    await refused(await act(editor, post.id, 'approve'), 403, 'not_your_step');
    expect((await act(approver, post.id, 'approve')).status).toBe(200);
    const afterOne = await view(approver, post.id);
    expect(afterOne.status).toBe('in_review');
    expect(afterOne.approval.currentStep).toBe(1);
    expect(afterOne.approval.steps[0]!.approvedBy.map((p) => p.id)).toEqual([org.users.approver.id]);
    // Step 2 includes approvers, but the one who overrode the guard is not the final approver.
    expect(afterOne.allowedActions).not.toContain('approve');
    await refused(await act(approver, post.id, 'approve'), 403, 'override_then_approve');
    expect((await act(editor, post.id, 'approve')).status).toBe(200);
    const done = await view(editor, post.id);
    expect(done.status).toBe('approved');
    const people = new Set(done.events.filter((e) => ['created', 'guard_override', 'step_approved', 'approve'].includes(e.action)).map((e) => e.actor?.id));
    expect(people).toEqual(new Set([org.users.contributor.id, org.users.approver.id, org.users.editor.id]));
  });

  it('never lets the author or a later editor approve, nor one person approve two steps', async () => {
    await setChain([step({ people: [org.users.editor.id, org.users.admin.id] }), step({ roles: ['editor', 'admin'] })]);
    const post = await draft(CLEAN);
    const edited = await admin.patch(`${base}/posts/${post.id}`, { version: post.version, baseText: `${CLEAN} Tot dan!` });
    expect(edited.status).toBe(200);
    expect((await act(contributor, post.id, 'submit')).status).toBe(200);
    await refused(await act(admin, post.id, 'approve'), 403, 'edited_post_review');
    await refused(await act(contributor, post.id, 'approve'), 403, 'forbidden');
    expect((await act(editor, post.id, 'approve')).status).toBe(200);
    await refused(await act(editor, post.id, 'approve'), 403, 'already_approved_step');
    // Nobody is left for step 2: the admin edited, the editor approved step 1.
    expect((await view(editor, post.id)).approval.steps[1]!.waitingFor).toEqual([]);
  });
});

describe('any-of and all-of', () => {
  it('an all-of step waits for every named person; an any-of step for one', async () => {
    await setChain([step({ people: [org.users.approver.id, second.id], mode: 'all' }), step({ roles: ['editor'] })]);
    const post = await draft(CLEAN);
    await act(contributor, post.id, 'submit');
    expect((await act(second.client, post.id, 'approve')).status).toBe(200);
    let now = await view(approver, post.id);
    expect(now.approval.currentStep).toBe(0);
    expect(now.approval.steps[0]!.waitingFor.map((p) => p.id)).toEqual([org.users.approver.id]);
    // "Waiting for me": the approver yes, the editor not yet.
    const mine = async (who: Client) => ((await (await who.get(`${base}/posts?waiting=me`)).json()) as { items: { id: string }[] }).items.map((i) => i.id);
    expect(await mine(approver)).toContain(post.id);
    expect(await mine(editor)).not.toContain(post.id);
    expect((await act(approver, post.id, 'approve')).status).toBe(200);
    now = await view(editor, post.id);
    expect(now.approval.currentStep).toBe(1);
    expect(await mine(editor)).toContain(post.id);
    expect(await mine(approver)).not.toContain(post.id);
    const home = (await (await editor.get(`${base}/home/sections/to_approve`)).json()) as { items: { id: string }[] };
    expect(home.items.map((i) => i.id)).toContain(post.id);
    expect((await act(editor, post.id, 'approve')).status).toBe(200);
    expect((await view(editor, post.id)).status).toBe('approved');
  });
});

describe('re-approval', () => {
  it('an edit of the text or of an alt text after step 1 sends the post back to step 1', async () => {
    await setChain([step({ roles: ['approver'] }), step({ roles: ['editor'] })]);
    const upload = await contributor.post(`${base}/media`, imageForm(PNG_1PX, 'Twee verpleegkundigen bij de ingang'));
    const image = (await upload.json()) as { id: string };
    const post = await draft(CLEAN, { mediaIds: [image.id] });
    await act(contributor, post.id, 'submit');
    expect((await act(approver, post.id, 'approve')).status).toBe(200);
    expect((await view(editor, post.id)).approval.currentStep).toBe(1);

    const altEdit = await contributor.patch(`${base}/media/${image.id}`, { altText: 'Twee verpleegkundigen bij de hoofdingang' });
    expect(altEdit.status).toBe(200);
    expect((await view(contributor, post.id)).status).toBe('draft');
    expect((await act(contributor, post.id, 'submit')).status).toBe(200);
    const back = await view(editor, post.id);
    expect(back.approval.currentStep).toBe(0);
    expect(back.approval.steps[0]!.done).toBe(false);
    await refused(await act(editor, post.id, 'approve'), 403, 'not_your_step');

    expect((await act(approver, post.id, 'approve')).status).toBe(200);
    const v = await view(contributor, post.id);
    expect((await contributor.patch(`${base}/posts/${post.id}`, { version: v.version, baseText: `${CLEAN} Gratis koffie.` })).status).toBe(200);
    await act(contributor, post.id, 'submit');
    expect((await view(editor, post.id)).approval.currentStep).toBe(0);
  });
});

describe('return with comments', () => {
  it('stores a comment anchored to a passage, and refuses one whose quote is not in the text', async () => {
    await setChain([]);
    const post = await draft(CLEAN);
    await act(contributor, post.id, 'submit');
    const start = CLEAN.indexOf('Hoofdstraat');
    const wrong = { part: 'base', start, end: start + 11, quote: 'Kerkstraat!', body: 'Welke straat?' };
    await refused(await act(approver, post.id, 'request_changes', { reason: 'Zie opmerking', comments: [wrong] }), 422, 'comment_not_matching');
    expect((await view(approver, post.id)).status).toBe('in_review');
    const right = { ...wrong, quote: 'Hoofdstraat', body: 'Noem het huisnummer.' };
    expect((await act(approver, post.id, 'request_changes', { reason: 'Zie opmerking', comments: [right] })).status).toBe(200);
    const back = await view(contributor, post.id);
    expect(back.status).toBe('changes_requested');
    expect(back.approval.comments).toEqual([
      expect.objectContaining({ part: 'base', start, end: start + 11, quote: 'Hoofdstraat', body: 'Noem het huisnummer.' }),
    ]);
  });
});

describe('expiry', () => {
  it('an approval still open when the planned time passes expires: not scheduled, author and step approvers told once', async () => {
    await setChain([step({ people: [second.id] })]);
    const post = await draft(CLEAN);
    await act(contributor, post.id, 'submit');
    await t.database.db.execute(sql`update posts set scheduled_at = now() - interval '1 hour' where id = ${post.id}`);
    expect(await expireApprovals(t.database.db)).toBeGreaterThanOrEqual(1);
    expect(await expireApprovals(t.database.db)).toBe(0);
    await refused(await act(second.client, post.id, 'approve'), 422, 'approval_expired');
    const after = await view(contributor, post.id);
    expect(after.status).toBe('in_review');
    expect(after.allowedActions).not.toContain('schedule');
    const told = await t.database.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(sql`${notifications.postId} = ${post.id} and ${notifications.kind} = 'approval_expired'`);
    expect(told.map((r) => r.userId).sort()).toEqual([org.users.contributor.id, second.id].sort());
  });
});
