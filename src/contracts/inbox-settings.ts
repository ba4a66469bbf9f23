// The inbox's organisation settings (organisations.inbox_settings), shared by the API and the web app.
import { z } from '@hono/zod-openapi';

/** Which crisis lines a referral names: the Netherlands (112, 113, huisartsenpost) or the US (988, 911). */
export const CRISIS_REGIONS = ['nl', 'us'] as const;

const HourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 09:00');

const Weekday = z.number().int().min(1).max(7);
/** The message validation-messages.ts turns into "ends before it starts" in the requester's language. */
export const END_BEFORE_START = 'the working day must end after it starts';

const DayHoursSchema = z
  .object({ day: Weekday, start: HourMinute, end: HourMinute })
  .refine((d) => d.start < d.end, { message: END_BEFORE_START, path: ['end'] });

const WorkingHoursSchema = z
  .object({
    start: HourMinute,
    end: HourMinute,
    days: z.array(Weekday).max(7),
    /** Hours of their own for some working days (e.g. Friday until 12:30); the others keep start–end. */
    byDay: z
      .array(DayHoursSchema)
      .max(7)
      .refine((list) => new Set(list.map((d) => d.day)).size === list.length, { message: 'each weekday once' })
      .optional(),
  })
  .refine((w) => w.start < w.end, { message: END_BEFORE_START, path: ['end'] });

const fields = {
  /** Every reply waits for a second person's approval (post.review, never the reply's author). */
  repliesNeedApproval: z.boolean(),
  crisisRegion: z.enum(CRISIS_REGIONS),
  /** Filled in for {{organisation_phone}} in templates; the guard never takes it for a private number in a reply. */
  phone: z.string().trim().max(40),
  /** Working hours for targets counted in working time (Mon=1 … Sun=7); Dutch public holidays are off. */
  workingHours: WorkingHoursSchema,
};

export const InboxSettingsSchema = z
  .object({
    repliesNeedApproval: fields.repliesNeedApproval.default(false),
    crisisRegion: fields.crisisRegion.default('nl'),
    phone: fields.phone.default(''),
    workingHours: fields.workingHours.default({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] }),
  })
  .openapi('InboxSettings');
export type InboxSettings = z.infer<typeof InboxSettingsSchema>;
/** As stored: any field may be missing (the defaults apply). */
export type InboxOrgSettings = Partial<InboxSettings>;

/** A change: only the fields given (no defaults here, or a change of one would reset the others). */
export const InboxSettingsBody = z.object(fields).partial().strict().openapi('InboxSettingsBody');

export function inboxSettingsOf(stored: InboxOrgSettings | null | undefined): InboxSettings {
  const parsed = InboxSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : InboxSettingsSchema.parse({});
}
