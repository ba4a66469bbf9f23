// The inbox: one list over every channel, an item with its conversation, assignment, labels,
// states, notes, replies (through the guard, optionally approved), templates, settings, targets
// and response times. Thin: validate, authorise, call one domain function.
import { z } from '@hono/zod-openapi';
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import {
  InboxItemPatchBody,
  InboxItemViewSchema,
  InboxListQuery,
  InboxListSchema,
  InboxNoteBody,
  InboxReplyBody,
  InboxReplyCheckBody,
  InboxReplyCheckSchema,
  InboxReplyResultSchema,
  InboxReplySchema,
  InboxTargetsBody,
  InboxTargetsSchema,
  InboxTemplateBody,
  InboxTemplateSchema,
  InboxUnreadSchema,
  ResponseTimesQuery,
  ResponseTimesSchema,
} from '../../contracts/inbox';
import { InboxSettingsBody, InboxSettingsSchema } from '../../contracts/inbox-settings';
import { getInboxSettings, getTargets, responseTimes, setInboxSettings, setTargets } from '../../features/inbox/inbox-settings';
import { inboxItemView } from '../../features/inbox/item-view';
import { listInboxItems } from '../../features/inbox/list-items';
import { approveReply, cancelReply, checkReplyText, createReply } from '../../features/inbox/reply';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from '../../features/inbox/templates';
import { addInboxNote, unreadCounts, updateInboxItem } from '../../features/inbox/update-item';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const inboxRoutes = router();
const tags = ['inbox'];
const base = '/api/orgs/{orgId}/inbox';

inboxRoutes.openapi(
  route({ method: 'get', path: `${base}/items`, tags, request: { params: OrgIdParam, query: InboxListQuery }, responses: { 200: json(InboxListSchema) } }),
  async (c) => c.json(await listInboxItems(authorize(c.get('scope'), 'inbox.read'), c.req.valid('query')), 200),
);

inboxRoutes.openapi(
  route({ method: 'get', path: `${base}/unread`, tags, request: { params: OrgIdParam }, responses: { 200: json(InboxUnreadSchema, 'The menu badge') } }),
  async (c) => c.json(await unreadCounts(authorize(c.get('scope'), 'inbox.read')), 200),
);

inboxRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/items/{id}`,
    tags,
    request: { params: OrgItemParam },
    responses: { 200: json(InboxItemViewSchema, 'The item with its thread, answers, notes and templates; marks it read') },
  }),
  async (c) => c.json(await inboxItemView(authorize(c.get('scope'), 'inbox.read'), c.req.valid('param').id), 200),
);

inboxRoutes.openapi(
  route({
    method: 'patch',
    path: `${base}/items/{id}`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(InboxItemPatchBody) },
    responses: { 200: json(InboxItemViewSchema) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const scope = c.get('scope');
    await updateInboxItem(authorize(scope, 'inbox.answer'), id, c.req.valid('json'));
    return c.json(await inboxItemView(authorize(scope, 'inbox.read'), id), 200);
  },
);

inboxRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/items/{id}/notes`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(InboxNoteBody) },
    responses: { 201: json(z.object({ id: z.string() })) },
  }),
  async (c) => c.json(await addInboxNote(authorize(c.get('scope'), 'inbox.answer'), c.req.valid('param').id, c.req.valid('json').body), 201),
);

inboxRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/items/{id}/replies`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(InboxReplyBody) },
    responses: { 201: json(InboxReplyResultSchema, 'Stored; sent now, at its time, or after approval. 422 guard_blocked when the guard blocks it') },
  }),
  async (c) => {
    const { secrets, net } = c.get('deps');
    const result = await createReply(authorize(c.get('scope'), 'inbox.answer'), c.req.valid('param').id, c.req.valid('json'), { secrets, net }, c.get('lang'));
    return c.json(result, 201);
  },
);

inboxRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/check-reply`,
    tags,
    request: { params: OrgIdParam, ...jsonBody(InboxReplyCheckBody) },
    responses: { 200: json(InboxReplyCheckSchema, "The guard's findings on an answer being written") },
  }),
  async (c) => c.json(await checkReplyText(authorize(c.get('scope'), 'inbox.read'), c.req.valid('json').text), 200),
);

inboxRoutes.openapi(
  route({ method: 'post', path: `${base}/replies/{id}/approve`, tags, request: { params: OrgItemParam }, responses: { 200: json(InboxReplySchema) } }),
  async (c) => {
    const { secrets, net } = c.get('deps');
    return c.json(await approveReply(authorize(c.get('scope'), 'post.review'), c.req.valid('param').id, { secrets, net }), 200);
  },
);

inboxRoutes.openapi(
  route({
    method: 'delete',
    path: `${base}/replies/{id}`,
    tags,
    request: { params: OrgItemParam },
    responses: { 204: { description: 'Withdrawn before it left' } },
  }),
  async (c) => {
    await cancelReply(authorize(c.get('scope'), 'inbox.answer'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

inboxRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/templates`,
    tags,
    request: { params: OrgIdParam },
    responses: { 200: json(z.object({ templates: z.array(InboxTemplateSchema) })) },
  }),
  async (c) => c.json({ templates: await listTemplates(authorize(c.get('scope'), 'inbox.read')) }, 200),
);

inboxRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/templates`,
    tags,
    request: { params: OrgIdParam, ...jsonBody(InboxTemplateBody) },
    responses: { 201: json(InboxTemplateSchema) },
  }),
  async (c) => c.json(await createTemplate(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('json')), 201),
);

inboxRoutes.openapi(
  route({
    method: 'put',
    path: `${base}/templates/{id}`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(InboxTemplateBody) },
    responses: { 200: json(InboxTemplateSchema) },
  }),
  async (c) => c.json(await updateTemplate(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
);

inboxRoutes.openapi(
  route({ method: 'delete', path: `${base}/templates/{id}`, tags, request: { params: OrgItemParam }, responses: { 204: { description: 'Deleted' } } }),
  async (c) => {
    await deleteTemplate(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

inboxRoutes.openapi(
  route({ method: 'get', path: `${base}/settings`, tags, request: { params: OrgIdParam }, responses: { 200: json(InboxSettingsSchema) } }),
  async (c) => c.json(await getInboxSettings(authorize(c.get('scope'), 'inbox.read')), 200),
);

inboxRoutes.openapi(
  route({
    method: 'patch',
    path: `${base}/settings`,
    tags,
    request: { params: OrgIdParam, ...jsonBody(InboxSettingsBody) },
    responses: { 200: json(InboxSettingsSchema) },
  }),
  async (c) => c.json(await setInboxSettings(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('json')), 200),
);

inboxRoutes.openapi(
  route({ method: 'get', path: `${base}/targets`, tags, request: { params: OrgIdParam }, responses: { 200: json(InboxTargetsSchema) } }),
  async (c) => c.json(await getTargets(authorize(c.get('scope'), 'inbox.read')), 200),
);

inboxRoutes.openapi(
  route({
    method: 'put',
    path: `${base}/targets`,
    tags,
    request: { params: OrgIdParam, ...jsonBody(InboxTargetsBody) },
    responses: { 200: json(InboxTargetsSchema) },
  }),
  async (c) => c.json(await setTargets(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('json').targets), 200),
);

inboxRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/response-times`,
    tags,
    request: { params: OrgIdParam, query: ResponseTimesQuery },
    responses: { 200: json(ResponseTimesSchema) },
  }),
  async (c) => {
    const { period, periods } = c.req.valid('query');
    return c.json(await responseTimes(authorize(c.get('scope'), 'inbox.read'), period, periods), 200);
  },
);
