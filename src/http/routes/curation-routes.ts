// Trusted sources (the guard's one list of trusted domains, and the feeds followed) and the
// reading list with "make a draft". Thin: validate, authorise, call one domain function.
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import {
  ReadingDraftSchema,
  ReadingItemSchema,
  ReadingListQuery,
  ReadingPageSchema,
  ReadingPatchBody,
  SourceInputBody,
  SourceListSchema,
  SourcePatchBody,
  SourceSchema,
} from '../../contracts/curation';
import { claimDueSources, fetchSource } from '../../features/curation/fetch-sources';
import { findSource, listSources } from '../../features/curation/list-sources';
import { makeDraft } from '../../features/curation/make-draft';
import { listReading, setReadingState } from '../../features/curation/reading-list';
import { addSource, removeSource, updateSource } from '../../features/curation/save-source';
import { toSource } from '../../features/curation/source-view';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const curationRoutes = router();
const tags = ['curation'];
const sources = '/api/orgs/{orgId}/sources';
const reading = '/api/orgs/{orgId}/reading';

curationRoutes.openapi(
  route({
    method: 'get',
    path: sources,
    tags,
    request: { params: OrgIdParam },
    responses: { 200: json(SourceListSchema, 'Every trusted source (at most 200), with the state of its feed') },
  }),
  async (c) => c.json(await listSources(authorize(c.get('scope'), 'post.read')), 200),
);

curationRoutes.openapi(
  route({ method: 'post', path: sources, tags, request: { params: OrgIdParam, ...jsonBody(SourceInputBody) }, responses: { 201: json(SourceSchema) } }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'org.manage');
    const id = await addSource(scope, c.req.valid('json'), c.get('deps').net);
    return c.json(toSource(await findSource(scope, id)), 201);
  },
);

curationRoutes.openapi(
  route({
    method: 'patch',
    path: `${sources}/{id}`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(SourcePatchBody) },
    responses: { 200: json(SourceSchema) },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'org.manage');
    const { id } = c.req.valid('param');
    await updateSource(scope, id, c.req.valid('json'), c.get('deps').net);
    return c.json(toSource(await findSource(scope, id)), 200);
  },
);

curationRoutes.openapi(
  route({ method: 'delete', path: `${sources}/{id}`, tags, request: { params: OrgItemParam }, responses: { 204: { description: 'Removed with its items' } } }),
  async (c) => {
    await removeSource(authorize(c.get('scope'), 'org.manage'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

curationRoutes.openapi(
  route({
    method: 'post',
    path: `${sources}/{id}/fetch`,
    tags,
    request: { params: OrgItemParam },
    responses: { 200: json(SourceSchema, 'Fetched now (an admin asking, also during a back-off), unless paused, without a feed or being fetched') },
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'org.manage');
    const { id } = c.req.valid('param');
    await findSource(scope, id);
    const worker = `api:${scope.userId}`;
    for (const claimed of await claimDueSources(scope.db, worker, { sourceId: id, orgId: scope.orgId, limit: 1 })) {
      await fetchSource(scope.db, claimed, worker, c.get('deps').net);
    }
    return c.json(toSource(await findSource(scope, id)), 200);
  },
);

curationRoutes.openapi(
  route({
    method: 'get',
    path: reading,
    tags,
    request: { params: OrgIdParam, query: ReadingListQuery },
    responses: { 200: json(ReadingPageSchema, 'Items of the trusted sources, newest first; follow nextCursor until it is null') },
  }),
  async (c) => c.json(await listReading(authorize(c.get('scope'), 'post.read'), c.req.valid('query')), 200),
);

curationRoutes.openapi(
  route({
    method: 'patch',
    path: `${reading}/{id}`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(ReadingPatchBody) },
    responses: { 200: json(ReadingItemSchema) },
  }),
  async (c) => c.json(await setReadingState(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id, c.req.valid('json').state), 200),
);

curationRoutes.openapi(
  route({
    method: 'post',
    path: `${reading}/{id}/draft`,
    tags,
    request: { params: OrgItemParam },
    responses: {
      200: json(ReadingDraftSchema, 'The draft made from this item earlier'),
      201: json(ReadingDraftSchema, 'A new draft: room for your own words, then title, link and attribution'),
    },
  }),
  async (c) => {
    const { postId, item, created } = await makeDraft(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id);
    return created ? c.json({ postId, item }, 201) : c.json({ postId, item }, 200);
  },
);
