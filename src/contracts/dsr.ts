// A data-protection request (AVG inzageverzoek, recht op vergetelheid): everything the organisation
// holds about one person, found by name or e-mail, and erasure of what may be erased.
import { z } from '@hono/zod-openapi';

const Term = z.string().trim().min(3, 'at least 3 characters').max(200);

export const DsrQuery = z.object({ q: Term });
export const DsrEraseBody = z
  .object({
    q: Term,
    /** The same term typed again: the one confirmation before erasing. */
    confirm: z.string().max(200),
  })
  .openapi('DsrEraseBody');

const Capped = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const DsrResultSchema = z
  .object({
    query: z.string(),
    /** Lists show at most this many items each; `total` tells how many there are. */
    cap: z.number().int(),
    /** Staff accounts: members, and former members (removed from the organisation, `former` true and no
     *  `role`) whose account left a trace here — audit entries, inbox work, notifications, posts. */
    members: Capped(z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string().nullable(), former: z.boolean() })),
    consentPeople: Capped(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        note: z.string(),
        consents: z.number().int(),
        forms: z.number().int(),
        taggedMedia: z.number().int(),
      }),
    ),
    posts: Capped(z.object({ id: z.string(), status: z.string(), text: z.string(), erasable: z.boolean() })),
    notifications: z.object({ total: z.number().int() }),
    /** What the members and former members found did in the inbox: items assigned to them, notes and answers they wrote,
     *  categories they set, approvals they gave to answers (their account is named on those rows); and
     *  `dutyRota`: the duty rota's weekly slots and overrides that name them (on or off duty, or set by them). */
    inboxWork: z.object({
      assigned: z.number().int(),
      notes: z.number().int(),
      replies: z.number().int(),
      categoriesSet: z.number().int(),
      approvals: z.number().int(),
      dutyRota: z.number().int(),
    }),
    /** What the members and former members found did to posts here: posts they wrote, approval steps they
     *  gave, comments they left when returning a post. */
    postWork: z.object({ written: z.number().int(), approved: z.number().int(), comments: z.number().int() }),
    audit: Capped(z.object({ seq: z.number().int(), action: z.string(), at: z.string(), detail: z.record(z.string(), z.unknown()) })),
  })
  .openapi('DsrResult');
export type DsrResult = z.infer<typeof DsrResultSchema>;

export const DsrEraseResultSchema = z
  .object({
    erased: z.object({ consentPeople: z.number().int(), forms: z.number().int(), draftMentions: z.number().int(), notifications: z.number().int() }),
    /** What stays, each with its reason code (the screen explains it). */
    kept: z.array(
      z.object({ what: z.enum(['audit', 'published_posts', 'members', 'inbox_work', 'duty_rota', 'post_work']), count: z.number().int(), reason: z.string() }),
    ),
  })
  .openapi('DsrEraseResult');
export type DsrEraseResult = z.infer<typeof DsrEraseResultSchema>;
