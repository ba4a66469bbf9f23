// The one post policy: for every role × post status × authorship the post view lists the allowed
// actions, and the server refuses every action that list leaves out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posts, postVariants } from '../../src/db/schema';
import { POST_STATUSES, type PostStatus } from '../../src/domain/post-lifecycle';
import { POST_ACTIONS, type PostAction } from '../../src/domain/post-policy';
import { ROLES, type Role } from '../../src/domain/roles';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let base: string;
const clients = {} as Record<Role, Client>;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  base = `/api/orgs/${org.id}`;
  for (const role of ROLES) clients[role] = await loginAs(t, org.users[role].email);
});
afterAll(() => t.close());

async function postIn(status: PostStatus, authorId: string | null): Promise<string> {
  const at = new Date(Date.now() + 3 * 86_400_000);
  const [row] = await t.database.db
    .insert(posts)
    .values({
      orgId: org.id,
      authorId,
      baseText: 'Open dag in de Hoofdstraat, iedereen welkom.',
      status,
      scheduledAt: at,
      publishedAt: status === 'published' ? at : null,
    })
    .returning({ id: posts.id });
  await t.database.db.insert(postVariants).values({ orgId: org.id, postId: row!.id, channelId: org.channelId });
  return row!.id;
}

function attempt(who: Client, id: string, action: PostAction, version: number): Promise<Response> {
  const url = `${base}/posts/${id}`;
  if (action === 'edit') return who.patch(url, { version, baseText: 'Gewijzigd.' });
  if (action === 'delete') return who.del(url);
  if (action === 'publish_now') return who.post(`${url}/publish-now`);
  if (action === 'override_guard') return who.post(`${url}/guard-override`, { reason: 'Schriftelijke toestemming, formulier 12.' });
  return who.post(`${url}/transitions`, { event: action, reason: 'Graag aanpassen.' });
}

describe('the post policy', () => {
  const offered: Record<string, string[]> = {};
  // One test per role: the whole matrix is some 1,300 requests.
  it.each(ROLES)(
    'offers %s only what the server allows, for every status and authorship',
    async (role) => {
      for (const status of POST_STATUSES) {
        const owners: [string, string | null][] = [
          ['other', org.users[role === 'contributor' ? 'editor' : 'contributor'].id],
          ['none', null],
        ];
        if (role !== 'viewer' && role !== 'approver') owners.push(['own', org.users[role].id]);
        for (const [who, authorId] of owners) {
          const id = await postIn(status, authorId);
          const res = await clients[role].get(`${base}/posts/${id}`);
          expect(res.status).toBe(200);
          const post = (await res.json()) as { allowedActions: PostAction[]; version: number };
          offered[`${role}/${status}/${who}`] = post.allowedActions;
          for (const action of POST_ACTIONS.filter((a) => !post.allowedActions.includes(a))) {
            const refused = await attempt(clients[role], id, action, post.version);
            // Publish-now is idempotent for a post the engine already has: answered, nothing done.
            if (action === 'publish_now' && refused.status === 200 && (status === 'publishing' || status === 'published')) {
              expect(((await (await clients[role].get(`${base}/posts/${id}`)).json()) as { status: string }).status).toBe(status);
              continue;
            }
            if (refused.status < 400 || refused.status >= 500)
              throw new Error(`${role}/${status}/${who}: ${action} not offered but answered ${refused.status}`);
          }
        }
      }
    },
    120_000,
  );

  it('answers the matrix cells as the product states them', () => {
    // A few cells as a reader of the product would state them.
    expect(offered['viewer/draft/none']).toEqual([]);
    expect(offered['contributor/draft/own']?.sort()).toEqual(['delete', 'edit', 'submit']);
    expect(offered['contributor/in_review/other']).toEqual([]);
    expect(offered['approver/in_review/other']?.sort()).toEqual(['approve', 'request_changes']);
    expect(offered['editor/in_review/own']).not.toContain('approve');
    expect(offered['editor/approved/other']).toEqual(expect.arrayContaining(['schedule', 'publish_now', 'cancel', 'edit']));
    // A post without an author (the account is gone) is nobody's own: a contributor may not touch
    // it (the web app used to offer Edit there), an editor may.
    expect(offered['contributor/draft/none']).toEqual([]);
    expect(offered['editor/draft/none']).toEqual(expect.arrayContaining(['edit', 'delete', 'submit']));
  });
});
