// The privacy guard at submission, approval and publication, and the approver's override.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let contributor: Client;
let editor: Client;
let approver: Client;
let base: string;
const LEAK = 'Mevrouw Jansen (Tiel) herstelt van haar hartinfarct op onze hartbewaking. Beterschap!';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  base = `/api/orgs/${org.id}`;
  [contributor, editor, approver] = await Promise.all([
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.editor.email),
    loginAs(t, org.users.approver.email),
  ]);
});
afterAll(() => t.close());

async function draft(text: string) {
  const res = await contributor.post(`${base}/posts`, { baseText: text, variants: [{ channelId: org.channelId, text: null }] });
  return (await res.json()) as { id: string; guard: { verdict: string }; allowedActions: string[] };
}

describe('privacy guard in the post lifecycle', () => {
  it('shows the block on the post and refuses submission with the finding named', async () => {
    const post = await draft(LEAK);
    expect(post.guard.verdict).toBe('block');
    expect(post.allowedActions).not.toContain('submit');
    const res = await contributor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { path: string; message: string }[] } };
    expect(body.error.code).toBe('guard_blocked');
    expect(body.error.details.length).toBeGreaterThan(0);
    expect(body.error.details[0]!.path).toBe('baseText');
  });

  it('lets a clean post through', async () => {
    const post = await draft('Kom op zaterdag naar onze open dag in de Hoofdstraat! Iedereen is welkom.');
    expect(post.guard.verdict).not.toBe('block');
    const res = await contributor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' });
    expect(res.status).toBe(200);
  });

  it('lets only an approver override, with a written reason, for exactly that content', async () => {
    const post = await draft(LEAK);
    expect((await editor.post(`${base}/posts/${post.id}/guard-override`, { reason: 'Mevrouw gaf schriftelijk toestemming.' })).status).toBe(403);
    expect((await approver.post(`${base}/posts/${post.id}/guard-override`, { reason: 'kort' })).status).toBe(422);
    const ok = await approver.post(`${base}/posts/${post.id}/guard-override`, { reason: 'Mevrouw gaf schriftelijk toestemming (formulier 12).' });
    expect(ok.status).toBe(200);
    const after = (await ok.json()) as { guard: { overridden: boolean }; events: { action: string; reason: string | null }[]; version: number };
    expect(after.guard.overridden).toBe(true);
    expect(after.events.at(-1)).toMatchObject({ action: 'guard_override', reason: 'Mevrouw gaf schriftelijk toestemming (formulier 12).' });

    expect((await contributor.post(`${base}/posts/${post.id}/transitions`, { event: 'submit' })).status).toBe(200);
    // Four eyes: who let it past the guard does not also approve it (test/security/four-eyes.test.ts).
    expect((await approver.post(`${base}/posts/${post.id}/transitions`, { event: 'approve' })).status).toBe(403);
    expect((await editor.post(`${base}/posts/${post.id}/transitions`, { event: 'approve' })).status).toBe(200);

    // Any edit needs a new override: the editor's change sends it back to draft and blocks again.
    const current = (await (await editor.get(`${base}/posts/${post.id}`)).json()) as { version: number };
    const edited = await editor.patch(`${base}/posts/${post.id}`, { version: current.version, baseText: `${LEAK} Groetjes van de afdeling.` });
    const editedPost = (await edited.json()) as { status: string; guard: { overridden: boolean; verdict: string } };
    expect(editedPost.status).toBe('draft');
    expect(editedPost.guard).toMatchObject({ verdict: 'block', overridden: false });
  });
});
