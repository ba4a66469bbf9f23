// The inbox's duty rota: the weekly slots, one-off overrides, and who is on duty at a moment.
// Thin: validate, authorise, call one domain function.
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import {
  DutyOverrideBody,
  DutyOverrideListSchema,
  DutyOverrideSchema,
  DutyOverridesQuery,
  DutyRotaSchema,
  DutySlotsBody,
  OnDutyQuery,
  OnDutySchema,
} from '../../contracts/inbox-duty';
import { addDutyOverride, deleteDutyOverride, getDutyRota, listDutyOverrides, setDutySlots, whoIsOnDuty } from '../../features/inbox/duty-rota';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const inboxDutyRoutes = router();
const tags = ['inbox'];
const base = '/api/orgs/{orgId}/inbox/duty';

inboxDutyRoutes.openapi(
  route({
    method: 'get',
    path: base,
    tags,
    request: { params: OrgIdParam },
    responses: { 200: json(DutyRotaSchema, 'The weekly rota and who is on duty now') },
  }),
  async (c) => c.json(await getDutyRota(authorize(c.get('scope'), 'inbox.read')), 200),
);

inboxDutyRoutes.openapi(
  route({
    method: 'put',
    path: `${base}/slots`,
    tags,
    request: { params: OrgIdParam, ...jsonBody(DutySlotsBody) },
    responses: { 200: json(DutyRotaSchema, 'The week as a whole, replaced') },
  }),
  async (c) => c.json(await setDutySlots(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('json').slots), 200),
);

inboxDutyRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/now`,
    tags,
    request: { params: OrgIdParam, query: OnDutyQuery },
    responses: { 200: json(OnDutySchema, 'Who is on duty at `at` (now when left out); the admins when nobody is') },
  }),
  async (c) => c.json(await whoIsOnDuty(authorize(c.get('scope'), 'inbox.read'), c.req.valid('query').at), 200),
);

inboxDutyRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/overrides`,
    tags,
    request: { params: OrgIdParam, query: DutyOverridesQuery },
    responses: { 200: json(DutyOverrideListSchema, 'Overrides that have not ended, earliest first') },
  }),
  async (c) => c.json(await listDutyOverrides(authorize(c.get('scope'), 'inbox.read'), c.req.valid('query')), 200),
);

inboxDutyRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/overrides`,
    tags,
    request: { params: OrgIdParam, ...jsonBody(DutyOverrideBody) },
    responses: { 201: json(DutyOverrideSchema) },
  }),
  async (c) => c.json(await addDutyOverride(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('json')), 201),
);

inboxDutyRoutes.openapi(
  route({ method: 'delete', path: `${base}/overrides/{id}`, tags, request: { params: OrgItemParam }, responses: { 204: { description: 'Removed' } } }),
  async (c) => {
    await deleteDutyOverride(authorize(c.get('scope'), 'inbox.manage'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);
