import { z } from '@hono/zod-openapi';
import { Uuid } from './common';

/** What a network takes of one kind of file (adapter data, from the network's documentation). */
export const MediaRuleSchema = z
  .object({
    kind: z.enum(['image', 'video']),
    types: z.array(z.string()),
    maxBytes: z.number().int(),
    minDurationMs: z.number().int().optional(),
    maxDurationMs: z.number().int().optional(),
    /** Width divided by height: the narrowest and widest the network takes (Instagram feed images: 0.8 to 1.91). */
    minAspect: z.number().optional(),
    maxAspect: z.number().optional(),
    /** The range as the network writes it, e.g. "4:5" and "1.91:1". */
    aspectLabels: z.tuple([z.string(), z.string()]).optional(),
  })
  .openapi('MediaRule');
export type MediaRule = z.infer<typeof MediaRuleSchema>;

export const ChannelLimitsSchema = z
  .object({
    maxLength: z.number().int(),
    /** Texts longer than this go out as a thread of parts of at most this length; null: never split. */
    partLength: z.number().int().nullable(),
    maxMedia: z.number().int(),
    mediaTypes: z.array(z.string()),
    requiresAltText: z.boolean(),
    /** At most this many hashtags in a text (Instagram: 30); absent: no limit. */
    maxHashtags: z.number().int().optional(),
    /** Per kind of file: types, size, duration, aspect ratio; a video always goes alone. Absent: only `mediaTypes`. */
    media: z.array(MediaRuleSchema).optional(),
  })
  .openapi('ChannelLimits');
export type ChannelLimits = z.infer<typeof ChannelLimitsSchema>;

export const ConnectFieldSchema = z.object({
  name: z.string(),
  type: z.enum(['text', 'url', 'password']),
  secret: z.boolean(),
  required: z.boolean(),
  placeholder: z.string().optional(),
});

export const ChannelTypeSchema = z
  .object({
    type: z.string(),
    limits: ChannelLimitsSchema,
    needsCredentials: z.boolean(),
    connectFields: z.array(ConnectFieldSchema),
    /** Connected through the network's login page (POST .../channels/oauth), not the connect fields alone. */
    oauth: z.boolean().optional(),
  })
  .openapi('ChannelType');
export type ChannelType = z.infer<typeof ChannelTypeSchema>;
export type ConnectField = z.infer<typeof ConnectFieldSchema>;

/** Why the inbox cannot read a channel (or only in part): see ChannelSchema.readingBlocked. */
export const READING_BLOCKED = ['permissions', 'revoked', 'other'] as const;
export type ReadingBlocked = (typeof READING_BLOCKED)[number];

export const ChannelSchema = z
  .object({
    id: Uuid,
    type: z.string(),
    name: z.string(),
    slug: z.string(),
    active: z.boolean(),
    limits: ChannelLimitsSchema,
    /** Non-secret connection settings (e.g. the account's handle); secrets are never returned. */
    settings: z.record(z.string(), z.unknown()),
    connected: z.boolean(),
    /** Why the network last refused this channel's account, until it is reconnected. */
    lastError: z.string().nullable(),
    /** Why the inbox cannot read this channel (or only in part) until it is connected again: `permissions` — the
     *  connection predates the inbox permissions (publishing goes on); `revoked` — the network no longer accepts it;
     *  `other` — the network refuses the read for another lasting reason. Null while it reads (or never read). */
    readingBlocked: z.enum(READING_BLOCKED).nullable(),
    /** Public addresses of what the channel serves (the website feed's RSS, Atom, JSON Feed). */
    links: z.array(z.object({ label: z.string(), url: z.string() })),
  })
  .openapi('Channel');
export type Channel = z.infer<typeof ChannelSchema>;

export const CreateChannelBody = z
  .object({
    type: z.string().min(1).max(40),
    name: z.string().trim().min(1).max(80),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes only')
      .max(60)
      .optional(),
    /** The type's connect fields (e.g. handle and app password); secrets are encrypted at rest and never returned. */
    connection: z.record(z.string().max(40), z.string().max(2000)).optional(),
  })
  .openapi('CreateChannelBody');

export const UpdateChannelBody = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    active: z.boolean().optional(),
    /** New connection details (reconnect after a password change). */
    connection: z.record(z.string().max(40), z.string().max(2000)).optional(),
  })
  .openapi('UpdateChannelBody');
