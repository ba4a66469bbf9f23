import { z } from '@hono/zod-openapi';
import { Uuid } from './common';

export const ChannelLimitsSchema = z
  .object({
    maxLength: z.number().int(),
    maxMedia: z.number().int(),
    mediaTypes: z.array(z.string()),
    requiresAltText: z.boolean(),
  })
  .openapi('ChannelLimits');
export type ChannelLimits = z.infer<typeof ChannelLimitsSchema>;

export const ChannelTypeSchema = z
  .object({ type: z.string(), limits: ChannelLimitsSchema, needsCredentials: z.boolean() })
  .openapi('ChannelType');

export const ChannelSchema = z
  .object({
    id: Uuid,
    type: z.string(),
    name: z.string(),
    slug: z.string(),
    active: z.boolean(),
    limits: ChannelLimitsSchema,
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
  })
  .openapi('CreateChannelBody');

export const UpdateChannelBody = z
  .object({ name: z.string().trim().min(1).max(80).optional(), active: z.boolean().optional() })
  .openapi('UpdateChannelBody');
