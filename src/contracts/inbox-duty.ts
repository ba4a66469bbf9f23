// The inbox's duty rota: who is on duty when (weekly slots in the organisation's time zone and
// one-off overrides), and who is on duty at a moment. Shared by the API and the web app.
import { z } from '@hono/zod-openapi';
import { CursorParam, IsoDateTime, LocalDateTime, Uuid } from './common';

/** "HH:MM"; a slot may end at "24:00" (midnight at the end of its day). */
const SlotTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected a time like 09:00');
/** Read by validation-messages.ts ("ends before it starts" in the requester's language). */
const SLOT_END_BEFORE_START = 'a duty slot must end after it starts';

export const DutySlotSchema = z
  .object({
    userId: Uuid,
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    day: z.number().int().min(1).max(7),
    start: SlotTime,
    end: SlotTime,
  })
  .refine((s) => s.start < s.end, { message: SLOT_END_BEFORE_START, path: ['end'] })
  .openapi('InboxDutySlot');
export type DutySlot = z.infer<typeof DutySlotSchema>;

export const DutySlotsBody = z
  .object({ slots: z.array(DutySlotSchema).max(200) })
  .strict()
  .openapi('InboxDutySlotsBody');

const Person = z.object({ id: Uuid, name: z.string() });

export const OnDutySchema = z
  .object({
    at: z.iso.datetime(),
    people: z.array(Person),
    /** Nobody was on the rota then: the organisation's admins are told instead (never nobody). */
    fallback: z.boolean(),
  })
  .openapi('InboxOnDuty');
export type OnDuty = z.infer<typeof OnDutySchema>;

export const DutyRotaSchema = z
  .object({
    timeZone: z.string(),
    slots: z.array(DutySlotSchema),
    /** Who may be put on the rota: the members who may answer the inbox. */
    people: z.array(Person),
    now: OnDutySchema,
  })
  .openapi('InboxDutyRota');
export type DutyRota = z.infer<typeof DutyRotaSchema>;

export const DutyOverrideSchema = z
  .object({
    id: Uuid,
    person: Person,
    from: z.iso.datetime(),
    until: z.iso.datetime(),
    /** The wall-clock times in the organisation's zone, as the screen shows them. */
    fromLocal: z.string(),
    untilLocal: z.string(),
    /** true: on duty in this period besides the rota; false: off duty (ill, on leave) whatever the rota says. */
    onDuty: z.boolean(),
  })
  .openapi('InboxDutyOverride');
export type DutyOverride = z.infer<typeof DutyOverrideSchema>;

export const DutyOverrideBody = z
  .object({
    userId: Uuid,
    /** Wall-clock times in the organisation's time zone. */
    fromLocal: LocalDateTime,
    untilLocal: LocalDateTime,
    onDuty: z.boolean(),
  })
  .strict()
  .openapi('InboxDutyOverrideBody');
export type DutyOverrideInput = z.infer<typeof DutyOverrideBody>;

export const DutyOverridesQuery = z.object({
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const DutyOverrideListSchema = z.object({ overrides: z.array(DutyOverrideSchema), nextCursor: z.string().nullable() }).openapi('InboxDutyOverrideList');
export type DutyOverrideList = z.infer<typeof DutyOverrideListSchema>;

export const OnDutyQuery = z.object({ at: IsoDateTime.optional() });
