import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import { CreatePostBody, PostListQuery, PostPageSchema, PostSchema, TransitionBody, UpdatePostBody } from '../../contracts/post';
import { authorize } from '../../features/org-scope';
import { createPost } from '../../features/posts/create-post';
import { deleteDraft } from '../../features/posts/delete-draft';
import { getPost, listPostsJson } from '../../features/posts/post-view';
import { transitionPost } from '../../features/posts/transition-post';
import { updatePost } from '../../features/posts/update-post';
import { publishNow } from '../../features/publishing/publish-now';
import { json, jsonBody, route, router } from '../openapi';

export const postRoutes = router();

postRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/posts',
    tags: ['posts'],
    request: { params: OrgIdParam, query: PostListQuery },
    responses: { 200: json(PostPageSchema, 'One page of posts in planned order; follow nextCursor until it is null') },
  }),
  // The database writes the page's JSON (listPostsJson): it is sent as it comes, not parsed and re-serialised.
  async (c) => {
    const page = await listPostsJson(authorize(c.get('scope'), 'post.read'), c.req.valid('query'));
    return c.body(page, 200, { 'content-type': 'application/json' }) as never;
  },
);

postRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts',
    tags: ['posts'],
    request: { params: OrgIdParam, ...jsonBody(CreatePostBody) },
    responses: { 201: json(PostSchema, 'Created') },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'post.write');
    const id = await createPost(scope, c.req.valid('json'));
    return c.json(await getPost(authorize(scope, 'post.read'), id), 201);
  },
);

postRoutes.openapi(
  route({ method: 'get', path: '/api/orgs/{orgId}/posts/{id}', tags: ['posts'], request: { params: OrgItemParam }, responses: { 200: json(PostSchema) } }),
  async (c) => c.json(await getPost(authorize(c.get('scope'), 'post.read'), c.req.valid('param').id), 200),
);

postRoutes.openapi(
  route({
    method: 'patch',
    path: '/api/orgs/{orgId}/posts/{id}',
    tags: ['posts'],
    request: { params: OrgItemParam, ...jsonBody(UpdatePostBody) },
    responses: { 200: json(PostSchema) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'post.write');
    const { id } = c.req.valid('param');
    await updatePost(scope, id, c.req.valid('json'));
    return c.json(await getPost(authorize(scope, 'post.read'), id), 200);
  },
);

postRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts/{id}/transitions',
    tags: ['posts'],
    request: { params: OrgItemParam, ...jsonBody(TransitionBody) },
    responses: { 200: json(PostSchema) },
  }),
  async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    await transitionPost(scope, id, c.req.valid('json'), c.get('lang'));
    return c.json(await getPost(authorize(scope, 'post.read'), id), 200);
  },
);

postRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/posts/{id}/publish-now',
    tags: ['posts'],
    request: { params: OrgItemParam },
    responses: { 200: json(PostSchema) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'post.schedule');
    const { id } = c.req.valid('param');
    const { mediaDir, secrets, net } = c.get('deps');
    await publishNow(scope, id, { mediaDir, secrets, net, config: c.get('deps').config }, c.get('lang'));
    return c.json(await getPost(authorize(scope, 'post.read'), id), 200);
  },
);

postRoutes.openapi(
  route({
    method: 'delete',
    path: '/api/orgs/{orgId}/posts/{id}',
    tags: ['posts'],
    request: { params: OrgItemParam },
    responses: { 204: { description: 'The draft is deleted (only drafts; the writer or an editor)' } },
  }),
  async (c) => {
    await deleteDraft(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);
