// A contract server for the LinkedIn calls the inbox makes (versioned REST API): the Posts API
// finder q=author, the Comments API on a post and on a comment (/rest/socialActions/{urn}/comments,
// paged with start and count; each comment with commentUrn, actor, object, parentComment, message,
// created.time, commentsSummary), creating a nested comment as the organisation (201 with
// x-restli-id; LinkedIn nests one level). Every /rest call must carry LinkedIn-Version and
// X-Restli-Protocol-Version: 2.0.0. Errors in LinkedIn's shape; 429 with Retry-After; a revoked
// token 401; a grant without the comment permissions 403. Anything else fails the test.
import { type FakeAnswer, type FakeRequest, startFake } from './fake-http';

export const LI_ORG = 'urn:li:organization:2414183';
export const LI_TOKEN = 'li-access-token';

const error = (status: number, code: string, message: string, headers?: Record<string, string>): FakeAnswer => ({
  status,
  json: { status, serviceErrorCode: status === 401 ? 65600 : 100, code, message },
  headers,
});

export interface LiFakeComment {
  id: string;
  urn: string;
  post: string;
  parent: string | null;
  actor: string;
  text: string;
  time: number;
}

export async function startFakeLinkedInComments() {
  const state = {
    revoked: false,
    /** The grant lacks r/w_organization_social_feed. */
    noFeedPermission: false,
    rateLimited: 0,
    posts: [] as string[],
    comments: [] as LiFakeComment[],
  };
  let n = 6_800_000_000;
  const activityOf = (post: string) => `urn:li:activity:${post.split(':').pop()}`;
  const view = (c: LiFakeComment) => {
    const answers = state.comments.filter((x) => x.parent === c.urn).length;
    return {
      id: c.id,
      commentUrn: c.urn,
      $URN: c.urn,
      actor: c.actor,
      agent: c.actor,
      object: activityOf(c.post),
      ...(c.parent && { parentComment: c.parent }),
      message: { text: c.text, attributes: [] },
      created: { actor: c.actor, time: c.time },
      lastModified: { actor: c.actor, time: c.time },
      commentsSummary: { selectedComments: [], aggregatedTotalComments: answers, totalFirstLevelComments: answers },
      likesSummary: { totalLikes: 0, likedByCurrentUser: false, selectedLikes: [] },
    };
  };
  const collection = (all: unknown[], req: FakeRequest) => {
    const start = Number(req.url.searchParams.get('start') ?? 0);
    const count = Number(req.url.searchParams.get('count') ?? 10);
    return { status: 200, json: { elements: all.slice(start, start + count), paging: { start, count, total: all.length, links: [] } } };
  };

  const handle = async (req: FakeRequest): Promise<FakeAnswer | null> => {
    const path = req.url.pathname;
    if (!path.startsWith('/rest/')) return null;
    if (!/^\d{6}$/.test(String(req.headers['linkedin-version'])) || req.headers['x-restli-protocol-version'] !== '2.0.0') return null;
    if (state.revoked || req.headers.authorization !== `Bearer ${LI_TOKEN}`)
      return error(401, 'REVOKED_ACCESS_TOKEN', 'The token used in the request has been revoked by the user');
    if (state.rateLimited > 0) {
      state.rateLimited--;
      return error(429, 'TOO_MANY_REQUESTS', 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.', { 'retry-after': '120' });
    }
    const rest = path.slice('/rest/'.length);
    const q = req.url.searchParams;
    if (req.method === 'GET' && rest === 'posts' && q.get('q') === 'author' && q.get('author') === LI_ORG) {
      const count = Number(q.get('count') ?? 10);
      return {
        status: 200,
        json: {
          elements: [...state.posts]
            .reverse()
            .slice(0, count)
            .map((id) => ({ id, author: LI_ORG })),
          paging: { start: 0, count },
        },
      };
    }
    const social = /^socialActions\/([^/]+)\/comments$/.exec(rest);
    if (!social) return null;
    if (state.noFeedPermission) return error(403, 'ACCESS_DENIED', 'Not enough permissions to access: partnerApiSocialActions.GET.20261001');
    const target = decodeURIComponent(social[1]!);
    const onPost = state.posts.includes(target);
    const onComment = state.comments.find((c) => c.urn === target);
    if (!onPost && !onComment) return error(404, 'NOT_FOUND', `${target} not found`);
    if (req.method === 'GET') {
      const all = state.comments.filter((c) => (onPost ? c.post === target && !c.parent : c.parent === target)).sort((a, b) => b.time - a.time);
      return collection(all.map(view), req);
    }
    if (req.method === 'POST') {
      if (!onComment) return null; // the inbox only answers comments
      if (onComment.parent) return error(422, 'UNPROCESSABLE_ENTITY', 'Nested comments are limited to one level');
      const body = (await req.body.json()) as { actor?: string; object?: string; parentComment?: string; message?: { text?: string } };
      if (body.actor !== LI_ORG || body.object !== onComment.post || body.parentComment !== target || !body.message?.text)
        return error(422, 'UNPROCESSABLE_ENTITY', 'actor, object, parentComment and message are required');
      const c = add(onComment.post, body.actor, body.message.text, target);
      return { status: 201, json: view(c), headers: { 'x-restli-id': c.id } };
    }
    return null;
  };

  function add(post: string, actor: string, text: string, parent: string | null, time = Date.now()): LiFakeComment {
    const id = String(++n);
    const c = { id, urn: `urn:li:comment:(${activityOf(post)},${id})`, post, parent, actor, text, time };
    state.comments.push(c);
    return c;
  }

  const server = await startFake(handle);
  return {
    ...server,
    state,
    env: { LINKEDIN_CLIENT_ID: 'li-client', LINKEDIN_CLIENT_SECRET: 'li-secret', LINKEDIN_API_URL: server.url, LINKEDIN_AUTH_URL: server.url },
    post() {
      const urn = `urn:li:share:${++n}`;
      state.posts.push(urn);
      return urn;
    },
    /** A member comments on a post, or answers a comment (`parent`). */
    comment(post: string, member: string, text: string, opts: { parent?: string; at?: number; actor?: string } = {}) {
      return add(post, opts.actor ?? `urn:li:person:${member}`, text, opts.parent ?? null, opts.at);
    },
  };
}
export type FakeLinkedInComments = Awaited<ReturnType<typeof startFakeLinkedInComments>>;
