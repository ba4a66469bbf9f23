import { OrgIdParam } from '../../contracts/common';
import { HomeQuery, HomeSchema, HomeSectionParam, HomeSectionQuery, LiveVersionSchema } from '../../contracts/home';
import { PostPageSchema } from '../../contracts/post';
import { listHomeSection } from '../../features/home/list-home-section';
import { loadHome } from '../../features/home/load-home';
import { orgVersion } from '../../features/live/org-version';
import { authorize } from '../../features/org-scope';
import { json, route, router } from '../openapi';

export const homeRoutes = router();

/** How often the web app asks for the version (visible tabs only). */
export const LIVE_POLL_MS = 4000;

homeRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/home',
    tags: ['home'],
    request: { params: OrgIdParam, query: HomeQuery },
    responses: { 200: json(HomeSchema, 'What needs this person: each visible section with its count and first posts') },
  }),
  async (c) => c.json(await loadHome(authorize(c.get('scope'), 'post.read'), c.req.valid('query').who), 200),
);

homeRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/home/sections/{section}',
    tags: ['home'],
    request: { params: HomeSectionParam, query: HomeSectionQuery },
    responses: { 200: json(PostPageSchema, "One page of a home section's posts; follow nextCursor until it is null") },
  }),
  async (c) => {
    const { section } = c.req.valid('param');
    return c.json(await listHomeSection(authorize(c.get('scope'), 'post.read'), section, c.req.valid('query')), 200);
  },
);

homeRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/changes',
    tags: ['home'],
    request: { params: OrgIdParam },
    responses: {
      200: json(LiveVersionSchema, "The organisation's live-state version (also the ETag)"),
      304: { description: 'Unchanged since the version in If-None-Match' },
    },
  }),
  async (c) => {
    const version = await orgVersion(authorize(c.get('scope'), 'post.read'));
    const etag = `"${version}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'private, no-cache');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.json({ version, pollMs: LIVE_POLL_MS }, 200);
  },
);
