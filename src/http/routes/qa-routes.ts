// Q&A hours (spreekuur): plan one (with its announcement drafts), name new people for it, list them, work an hour's
// queue (answer publicly, move to private, answer later) and draft its anonymised look-back.
// Thin: validate, authorise, call one domain function.
import { OrgIdParam, OrgItemParam } from '../../contracts/common';
import {
  QaActionResultSchema,
  QaAnswerBody,
  QaHourBody,
  QaHourListQuery,
  QaHourPageSchema,
  QaHourSchema,
  QaPeopleChangedSchema,
  QaPrivateBody,
  QaQuestionParam,
  QaQueueQuery,
  QaQueueSchema,
  QaStaffBody,
  QaSummarySchema,
} from '../../contracts/qa-hour';
import { authorize } from '../../features/org-scope';
import { changeQaHourPeople } from '../../features/qa/change-hour-people';
import { answerLater, answerPublicly, moveToPrivate } from '../../features/qa/answer-question';
import { draftQaSummary } from '../../features/qa/draft-summary';
import { listQaHours, qaHourView } from '../../features/qa/hour-view';
import { planQaHour } from '../../features/qa/plan-hour';
import { qaQueue } from '../../features/qa/queue';
import { json, jsonBody, route, router } from '../openapi';

export const qaRoutes = router();
const tags = ['qa-hours'];
const base = '/api/orgs/{orgId}/qa-hours';

qaRoutes.openapi(
  route({ method: 'get', path: base, tags, request: { params: OrgIdParam, query: QaHourListQuery }, responses: { 200: json(QaHourPageSchema) } }),
  async (c) => c.json(await listQaHours(authorize(c.get('scope'), 'inbox.read'), c.req.valid('query')), 200),
);

qaRoutes.openapi(
  route({
    method: 'post',
    path: base,
    tags,
    request: { params: OrgIdParam, ...jsonBody(QaHourBody) },
    responses: { 201: json(QaHourSchema, 'Planned, with its announcement drafts (normal posts on its channel)') },
  }),
  async (c) => {
    const scope = c.get('scope');
    const id = await planQaHour(authorize(scope, 'post.write'), c.req.valid('json'), c.get('lang'));
    return c.json(await qaHourView(authorize(scope, 'inbox.read'), id), 201);
  },
);

qaRoutes.openapi(route({ method: 'get', path: `${base}/{id}`, tags, request: { params: OrgItemParam }, responses: { 200: json(QaHourSchema) } }), async (c) =>
  c.json(await qaHourView(authorize(c.get('scope'), 'inbox.read'), c.req.valid('param').id), 200),
);

qaRoutes.openapi(
  route({
    method: 'patch',
    path: `${base}/{id}`,
    tags,
    request: { params: OrgItemParam, ...jsonBody(QaStaffBody) },
    responses: {
      200: json(
        QaPeopleChangedSchema,
        'New host and/or moderator: members who may answer in the inbox (422 qa_not_a_member naming the field). 409 qa_hour_ended once the hour has ended. ' +
          'The hour, plus `announcements`: drafts rewritten to name the new host, and those still naming the previous one that need an edit and a new approval',
      ),
    },
  }),
  async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const announcements = await changeQaHourPeople(authorize(scope, 'post.write'), id, c.req.valid('json'));
    return c.json({ ...(await qaHourView(authorize(scope, 'inbox.read'), id)), announcements }, 200);
  },
);

qaRoutes.openapi(
  route({
    method: 'get',
    path: `${base}/{id}/questions`,
    tags,
    request: { params: OrgItemParam, query: QaQueueQuery },
    responses: { 200: json(QaQueueSchema, 'The queue: a crisis first, then the oldest first (host, moderator and inbox managers)') },
  }),
  async (c) => c.json(await qaQueue(authorize(c.get('scope'), 'inbox.read'), c.req.valid('param').id, c.req.valid('query')), 200),
);

qaRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/{id}/questions/{itemId}/answer`,
    tags,
    request: { params: QaQuestionParam, ...jsonBody(QaAnswerBody) },
    responses: { 200: json(QaActionResultSchema, 'Answered under the item through the guard. 422 qa_medical_private_only for a medical question') },
  }),
  async (c) => {
    const { id, itemId } = c.req.valid('param');
    const { secrets, net } = c.get('deps');
    return c.json(await answerPublicly(authorize(c.get('scope'), 'inbox.answer'), id, itemId, c.req.valid('json').text, { secrets, net }, c.get('lang')), 200);
  },
);

qaRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/{id}/questions/{itemId}/private`,
    tags,
    request: { params: QaQuestionParam, ...jsonBody(QaPrivateBody) },
    responses: { 200: json(QaActionResultSchema, 'Sent the organisation\'s "let\'s continue privately" answer; marked moved') },
  }),
  async (c) => {
    const { id, itemId } = c.req.valid('param');
    const { secrets, net } = c.get('deps');
    return c.json(await moveToPrivate(authorize(c.get('scope'), 'inbox.answer'), id, itemId, c.req.valid('json').text, { secrets, net }, c.get('lang')), 200);
  },
);

qaRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/{id}/questions/{itemId}/later`,
    tags,
    request: { params: QaQuestionParam },
    responses: { 200: json(QaActionResultSchema, 'Stays in the queue, marked for later') },
  }),
  async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await answerLater(authorize(c.get('scope'), 'inbox.answer'), id, itemId), 200);
  },
);

qaRoutes.openapi(
  route({
    method: 'post',
    path: `${base}/{id}/summary`,
    tags,
    request: { params: OrgItemParam },
    responses: { 201: json(QaSummarySchema, 'A draft post with the questions answered in public, anonymised; checked by the guard first') },
  }),
  async (c) => c.json(await draftQaSummary(authorize(c.get('scope'), 'post.write'), c.req.valid('param').id, c.get('lang')), 201),
);
