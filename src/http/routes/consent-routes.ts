// The consent register: people, consents, signed forms, withdrawal with takedown, expiring list,
// and who an image shows.
import { z } from '@hono/zod-openapi';
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import {
  ConsentFileSchema,
  ConsentSchema,
  CreateConsentBody,
  CreatePersonBody,
  ExpiringListSchema,
  ExpiringQuery,
  MediaPeopleSchema,
  PeoplePageSchema,
  PeopleQuery,
  PersonDetailSchema,
  PersonSummarySchema,
  TagMediaBody,
  TakedownListSchema,
  WithdrawBody,
  WithdrawResultSchema,
} from '../../contracts/consent';
import { readConsentFile, storeConsentFile } from '../../features/consent/consent-files';
import { expiringConsents } from '../../features/consent/expiring-consents';
import { createPerson, getPerson, listPeople } from '../../features/consent/people';
import { recordConsent } from '../../features/consent/record-consent';
import { mediaPeopleOf, tagMedia } from '../../features/consent/tag-media';
import { takedownList, withdrawConsent } from '../../features/consent/withdraw-consent';
import { AppError } from '../../features/errors';
import { uploadBodyLimit } from '../middleware/body-limit';
import { authorize } from '../../features/org-scope';
import { json, jsonBody, route, router } from '../openapi';

export const consentRoutes = router();

consentRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/consent/people',
    tags: ['consent'],
    request: { params: OrgIdParam, query: PeopleQuery },
    responses: { 200: json(PeoplePageSchema, 'One page of people by name; follow nextCursor until it is null') },
  }),
  async (c) => c.json(await listPeople(authorize(c.get('scope'), 'consent.read'), c.req.valid('query')), 200),
);

consentRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/consent/people',
    tags: ['consent'],
    request: { params: OrgIdParam, ...jsonBody(CreatePersonBody) },
    responses: { 201: json(PersonSummarySchema, 'Added') },
  }),
  async (c) => c.json(await createPerson(authorize(c.get('scope'), 'consent.manage'), c.req.valid('json')), 201),
);

consentRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/consent/people/{id}',
    tags: ['consent'],
    request: { params: OrgItemParam },
    responses: { 200: json(PersonDetailSchema) },
  }),
  async (c) => c.json(await getPerson(authorize(c.get('scope'), 'consent.read'), c.req.valid('param').id), 200),
);

consentRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/consent/people/{id}/consents',
    tags: ['consent'],
    request: { params: OrgItemParam, ...jsonBody(CreateConsentBody) },
    responses: { 201: json(ConsentSchema, 'Recorded') },
  }),
  async (c) => c.json(await recordConsent(authorize(c.get('scope'), 'consent.manage'), c.req.valid('param').id, c.req.valid('json')), 201),
);

consentRoutes.post('/api/orgs/:orgId/consent/people/:id/files', uploadBodyLimit);

consentRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/consent/people/{id}/files',
    tags: ['consent'],
    request: { params: OrgItemParam },
    responses: { 201: json(ConsentFileSchema, 'Stored (encrypted)'), 415: json(ConsentFileSchema, 'Not a PDF, JPEG or PNG') },
    description: 'multipart/form-data with `file`: the signed form (PDF, JPEG or PNG), stored encrypted',
  }),
  async (c) => {
    const scope = authorize(c.get('scope'), 'consent.manage');
    const form = await c.req.parseBody().catch(() => {
      throw new AppError(400, 'file_missing');
    });
    const file = form.file instanceof File ? form.file : undefined;
    const { mediaDir, config, secrets } = c.get('deps');
    return c.json(await storeConsentFile(scope, c.req.valid('param').id, file, { mediaDir, maxBytes: config.MEDIA_MAX_BYTES, secrets }), 201);
  },
);

consentRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/consent/files/{id}',
    tags: ['consent'],
    request: { params: OrgItemParam },
    responses: { 200: { description: 'The signed form', content: { 'application/octet-stream': { schema: z.any() } } } },
  }),
  async (c) => {
    const { mediaDir, secrets } = c.get('deps');
    const f = await readConsentFile(authorize(c.get('scope'), 'consent.manage'), c.req.valid('param').id, { mediaDir, secrets });
    return c.body(new Uint8Array(f.bytes), 200, {
      'content-type': f.mimeType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  },
);

consentRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/consent/consents/{id}/takedown',
    tags: ['consent'],
    request: { params: OrgItemParam },
    responses: { 200: json(TakedownListSchema, 'What withdrawing this consent takes off the networks') },
  }),
  async (c) => c.json({ items: await takedownList(authorize(c.get('scope'), 'consent.manage'), c.req.valid('param').id) }, 200),
);

consentRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/consent/consents/{id}/withdraw',
    tags: ['consent'],
    request: { params: OrgItemParam, ...jsonBody(WithdrawBody) },
    responses: { 200: json(WithdrawResultSchema, 'Withdrawn; each listed publication removed (or why not)') },
  }),
  async (c) => {
    const { secrets, net } = c.get('deps');
    return c.json(await withdrawConsent(authorize(c.get('scope'), 'consent.manage'), c.req.valid('param').id, { secrets, net }), 200);
  },
);

consentRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/consent/expiring',
    tags: ['consent'],
    request: { params: OrgIdParam, query: ExpiringQuery },
    responses: { 200: json(ExpiringListSchema, 'Consents ending within `days`, soonest first') },
  }),
  async (c) => {
    return c.json(await expiringConsents(authorize(c.get('scope'), 'consent.read'), c.req.valid('query').days), 200);
  },
);

consentRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/media/{id}/people',
    tags: ['consent', 'media'],
    request: { params: OrgItemParam },
    responses: { 200: json(MediaPeopleSchema, 'Who the image shows') },
  }),
  async (c) => c.json(await mediaPeopleOf(authorize(c.get('scope'), 'media.read'), c.req.valid('param').id), 200),
);

consentRoutes.openapi(
  route({
    method: 'put',
    path: '/api/orgs/{orgId}/media/{id}/people',
    tags: ['consent', 'media'],
    request: { params: OrgItemParam, ...jsonBody(TagMediaBody) },
    responses: { 204: { description: 'Tagged' } },
  }),
  async (c) => {
    await tagMedia(authorize(c.get('scope'), 'media.write'), c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  },
);
