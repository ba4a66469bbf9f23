// A person's own notifications in an organisation (the bell), and their notification settings.
import { OrgIdParam } from '../../contracts/common';
import {
  MarkReadBody,
  NotificationListQuery,
  NotificationPageSchema,
  NotificationSettingsSchema,
  UnreadCountSchema,
  UpdateNotificationSettingsBody,
} from '../../contracts/notification';
import { listNotifications, markRead, unreadCount } from '../../features/notifications/list-notifications';
import { getNotificationSettings, updateNotificationSettings } from '../../features/notifications/notification-settings';
import { json, jsonBody, route, router } from '../openapi';

export const notificationRoutes = router();

notificationRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/notifications',
    tags: ['notifications'],
    request: { params: OrgIdParam, query: NotificationListQuery },
    responses: { 200: json(NotificationPageSchema, 'Your notifications, newest first; follow nextCursor until it is null') },
  }),
  async (c) => c.json(await listNotifications(c.get('scope'), c.req.valid('query'), c.get('lang')), 200),
);

notificationRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/notifications/unread',
    tags: ['notifications'],
    request: { params: OrgIdParam },
    responses: { 200: json(UnreadCountSchema, 'How many of yours are unread (the bell)') },
  }),
  async (c) => c.json({ unread: await unreadCount(c.get('scope')) }, 200),
);

notificationRoutes.openapi(
  route({
    method: 'post',
    path: '/api/orgs/{orgId}/notifications/read',
    tags: ['notifications'],
    request: { params: OrgIdParam, ...jsonBody(MarkReadBody) },
    responses: { 200: json(UnreadCountSchema, 'Marked read; the unread count after') },
  }),
  async (c) => c.json({ unread: await markRead(c.get('scope'), c.req.valid('json').ids) }, 200),
);

notificationRoutes.openapi(
  route({
    method: 'get',
    path: '/api/orgs/{orgId}/notification-settings',
    tags: ['notifications'],
    request: { params: OrgIdParam },
    responses: { 200: json(NotificationSettingsSchema, 'Your settings (they hold in every organisation)') },
  }),
  async (c) => c.json(await getNotificationSettings(c.get('scope').db, c.get('scope').userId), 200),
);

notificationRoutes.openapi(
  route({
    method: 'put',
    path: '/api/orgs/{orgId}/notification-settings',
    tags: ['notifications'],
    request: { params: OrgIdParam, ...jsonBody(UpdateNotificationSettingsBody) },
    responses: { 200: json(NotificationSettingsSchema) },
  }),
  async (c) => c.json(await updateNotificationSettings(c.get('scope').db, c.get('scope').userId, c.req.valid('json')), 200),
);
