import { z } from '@hono/zod-openapi';
import { Uuid } from './common';

export const SlotSchema = z.object({
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 09:30'),
});

export const QueueSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    slots: z.array(SlotSchema),
    active: z.boolean(),
    items: z.array(z.object({ postId: Uuid, baseText: z.string(), lastUsedAt: z.iso.datetime().nullable() })),
    /** Planned posts this queue has placed in the coming weeks. */
    upcoming: z.array(z.object({ postId: Uuid, scheduledLocal: z.string() })),
  })
  .openapi('Queue');
export type Queue = z.infer<typeof QueueSchema>;

export const QueueBody = z
  .object({ name: z.string().trim().min(1).max(80), slots: z.array(SlotSchema).max(50), active: z.boolean().default(true) })
  .openapi('QueueBody');

export const QueueItemBody = z.object({ postId: Uuid }).openapi('QueueItemBody');
