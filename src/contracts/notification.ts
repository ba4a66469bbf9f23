// Notifications: what happened that concerns a person, in the app (the bell) and by e-mail.
import { z } from '@hono/zod-openapi';
import { Uuid } from './common';

export const NOTIFICATION_KINDS = [
  'post_submitted', // a post waits for your approval
  'post_returned', // your post came back with comments
  'post_approved',
  'post_failed', // could not be published
  'post_unconfirmed', // may or may not have been published
  'consent_expiring',
  'crisis_switched',
  'approval_expired', // the planned time passed while the post waited for approval
  'inbox_urgent', // a message in the inbox needs someone now (a crisis)
  'inbox_due_soon', // an inbox item assigned to you nears its response-time target
  'inbox_reply_approval', // a reply to an inbox item waits for your approval
  'listening_alert', // a listening query spiked against its own baseline
  'inbox_reply_failed', // an answer in the inbox could not be sent, or may not have arrived, for good
  'campaign_task_due', // a campaign task of yours must be ready within a day
  'qa_hour_unstaffed', // a question hour to come lost its host or moderator (removed, or a role that may not answer)
  'qa_hour_named', // you were made the host and/or moderator of a question hour
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationSchema = z
  .object({
    id: Uuid,
    kind: z.enum(NOTIFICATION_KINDS),
    /** In the requester's language. */
    title: z.string(),
    postId: Uuid.nullable(),
    /** Where the web app opens it (a path such as /posts/{id}). */
    link: z.string().nullable(),
    /** A line below the title (a crisis: the referral to offer), in the requester's language. */
    detail: z.string().nullable().optional(),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Notification');
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'expected the nextCursor of an earlier page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type NotificationListInput = z.infer<typeof NotificationListQuery>;

export const NotificationPageSchema = z
  .object({ items: z.array(NotificationSchema), nextCursor: z.string().nullable(), unread: z.number().int() })
  .openapi('NotificationPage');
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

export const UnreadCountSchema = z.object({ unread: z.number().int() }).openapi('UnreadNotifications');

export const MarkReadBody = z
  .object({
    /** These notifications; absent: all of yours in this organisation. */
    ids: z.array(Uuid).min(1).max(100).optional(),
  })
  .openapi('MarkNotificationsReadBody');

export const NotificationSettingsSchema = z
  .object({
    /** Kinds you do not want at all. */
    mutedKinds: z.array(z.enum(NOTIFICATION_KINDS)),
    email: z.boolean(),
    /** One mail a day with everything instead of one mail each. */
    digest: z.boolean(),
    /** The installation can send mail (SMTP_URL is set); otherwise notifications stay in the app. */
    mailAvailable: z.boolean(),
  })
  .openapi('NotificationSettings');
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

export const UpdateNotificationSettingsBody = z
  .object({
    mutedKinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length),
    email: z.boolean(),
    digest: z.boolean(),
  })
  .openapi('UpdateNotificationSettingsBody');
export type UpdateNotificationSettingsInput = z.infer<typeof UpdateNotificationSettingsBody>;
