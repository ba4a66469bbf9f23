// Four eyes really means four: the approver is neither the author, nor anyone who changed the
// content, nor the person who let the same content past the privacy guard (and the reverse).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let base: string;
let contributor: Client;
let editor: Client;
let approver: Client;
let admin: Client;
const LEAK = 'Mevrouw Jansen (Tiel) herstelt van haar hartinfarct op onze hartbewaking. Beterschap!';
const CLEAN = 'Kom op zaterdag naar onze open dag in de Hoofdstraat! Iedereen is welkom.';

type PostBody = { id: string; status: string; version: number; allowedActions: string[]; fourEyes: string | null };
type ErrorBody = { error: { code: string; message: string } };

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
});
afterAll(() => t.close());

async function draft(text: string, by = contributor): Promise<PostBody> {
  const res = await by.post(`${base}/posts`, { baseText: text, variants: [{ channelId: org.channelId, text: null }] });
  expect(res.status).toBe(201);
  return (await res.json()) as PostBody;
}
const transition = (who: Client, id: string, event: string) => who.post(`${base}/posts/${id}/transitions`, { event });
const view = async (who: Client, id: string) => (await (await who.get(`${base}/posts/${id}`)).json()) as PostBody;
const override = (who: Client, id: string) =>
  who.post(`${base}/posts/${id}/guard-override`, { reason: 'Mevrouw gaf schriftelijk toestemming (formulier 12).' });

async function refused(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  return body.error.message;
}

describe('who wrote it does not approve it', () => {
  it('refuses an editor who changed the text after submission, and offers no Approve button; a third person approves', async () => {
    const post = await draft(CLEAN);
    expect((await transition(contributor, post.id, 'submit')).status).toBe(200);
    const inReview = await view(editor, post.id);
    expect(inReview.allowedActions).toContain('approve');

    // The editor improves the text (back to draft), the author submits again.
    const edited = await editor.patch(`${base}/posts/${post.id}`, { version: inReview.version, baseText: `${CLEAN} Tot dan!` });
    expect(edited.status).toBe(200);
    expect((await transition(contributor, post.id, 'submit')).status).toBe(200);

    expect((await view(editor, post.id)).allowedActions).not.toContain('approve');
    // The web app says why, from the server's answer.
    expect((await view(editor, post.id)).fourEyes).toBe('edited_post_review');
    expect((await view(approver, post.id)).fourEyes).toBeNull();
    const message = await refused(await transition(editor, post.id, 'approve'), 403, 'edited_post_review');
    expect(message).toContain('iemand anders');
    expect((await view(editor, post.id)).status).toBe('in_review');

    // English for an English reader.
    const en = await editor.request('POST', `${base}/posts/${post.id}/transitions`, { event: 'approve' }, { 'accept-language': 'en' });
    expect(((await en.json()) as ErrorBody).error.message).toContain('someone else');

    expect((await view(approver, post.id)).allowedActions).toContain('approve');
    const ok = await transition(approver, post.id, 'approve');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as PostBody).status).toBe('approved');
  });

  it('still refuses the author, and lets an editor who only read it approve', async () => {
    const post = await draft(CLEAN, editor);
    expect((await transition(editor, post.id, 'submit')).status).toBe(200);
    await refused(await transition(editor, post.id, 'approve'), 403, 'own_post_review');
    const other = await draft(CLEAN);
    expect((await transition(contributor, other.id, 'submit')).status).toBe(200);
    expect((await transition(editor, other.id, 'approve')).status).toBe(200);
  });
});

describe('an override and the approval of the same content need two people', () => {
  it('refuses an admin who overrode the block to approve it too; another person approves', async () => {
    const post = await draft(LEAK);
    expect(post.allowedActions).not.toContain('submit');
    expect((await override(admin, post.id)).status).toBe(200);
    expect((await transition(contributor, post.id, 'submit')).status).toBe(200);

    expect((await view(admin, post.id)).allowedActions).not.toContain('approve');
    expect((await view(admin, post.id)).fourEyes).toBe('override_then_approve');
    await refused(await transition(admin, post.id, 'approve'), 403, 'override_then_approve');
    expect((await view(admin, post.id)).status).toBe('in_review');

    expect((await view(approver, post.id)).allowedActions).toContain('approve');
    expect((await transition(approver, post.id, 'approve')).status).toBe(200);
  });

  it('refuses whoever approved the content to override the block that appears later', async () => {
    // The rules that block this text are off while it is approved, then switched back on.
    const check = await admin.post(`${base}/guard/check`, { text: LEAK, kind: 'post', lang: 'nl' });
    const rules = [
      ...new Set(
        ((await check.json()) as { findings: { rule: string; severity: string }[] }).findings.filter((f) => f.severity === 'block').map((f) => f.rule),
      ),
    ];
    expect(rules.length).toBeGreaterThan(0);
    const severities = (level: string) => Object.fromEntries(rules.map((r) => [r, level]));
    expect((await admin.request('PUT', `${base}/guard/settings`, { severities: severities('off') })).status).toBe(200);

    const post = await draft(LEAK);
    expect((await transition(contributor, post.id, 'submit')).status).toBe(200);
    expect((await transition(approver, post.id, 'approve')).status).toBe(200);
    expect((await admin.request('PUT', `${base}/guard/settings`, { severities: severities('block') })).status).toBe(200);

    expect((await view(approver, post.id)).allowedActions).not.toContain('override_guard');
    expect((await view(approver, post.id)).fourEyes).toBe('approve_then_override');
    await refused(await override(approver, post.id), 403, 'approve_then_override');
    expect((await view(admin, post.id)).allowedActions).toContain('override_guard');
    expect((await override(admin, post.id)).status).toBe(200);
    await admin.request('PUT', `${base}/guard/settings`, {});
  });
});
