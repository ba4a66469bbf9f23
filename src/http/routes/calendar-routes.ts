// The calendar feed: the person's own address (made, shown once, revoked) under the API, and the
// public .ics answer a calendar program fetches with the secret token in the URL (no session).
import { Hono } from 'hono';
import { OrgIdParam } from '../../contracts/common';
import { CalendarFeedSchema } from '../../contracts/metrics';
import { calendarFeed } from '../../features/calendar/calendar-feed';
import { calendarFeedStatus, regenerateCalendarFeed, revokeCalendarFeed } from '../../features/calendar/calendar-token';
import { authorize } from '../../features/org-scope';
import type { AppEnv } from '../env';
import { json, route, router } from '../openapi';

export const calendarRoutes = router();

const path = '/api/orgs/{orgId}/calendar-feed';

calendarRoutes.openapi(
  route({
    method: 'get',
    path,
    tags: ['calendar'],
    request: { params: OrgIdParam },
    responses: { 200: json(CalendarFeedSchema, 'Whether this person has a calendar address') },
  }),
  async (c) => c.json(await calendarFeedStatus(authorize(c.get('scope'), 'post.read')), 200),
);

calendarRoutes.openapi(
  route({
    method: 'post',
    path,
    tags: ['calendar'],
    request: { params: OrgIdParam },
    responses: { 200: json(CalendarFeedSchema, 'A new address (shown this once); the previous one stops working') },
  }),
  async (c) => c.json(await regenerateCalendarFeed(authorize(c.get('scope'), 'post.read'), c.get('deps').config.publicUrl), 200),
);

calendarRoutes.openapi(
  route({
    method: 'delete',
    path,
    tags: ['calendar'],
    request: { params: OrgIdParam },
    responses: { 200: json(CalendarFeedSchema, 'The address no longer works') },
  }),
  async (c) => c.json(await revokeCalendarFeed(authorize(c.get('scope'), 'post.read')), 200),
);

export const calendarFeedRoutes = new Hono<AppEnv>();

calendarFeedRoutes.get('/calendar/:file{[A-Za-z0-9_-]{43}\\.ics}', async (c) => {
  const token = c.req.param('file').slice(0, -'.ics'.length);
  const body = await calendarFeed(c.get('deps').db, token, c.get('deps').config.publicUrl);
  // Private to the person: never kept by a shared cache; the secret is in the path, so no referrer leaves.
  return c.body(body, 200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-cache', 'referrer-policy': 'no-referrer' });
});
