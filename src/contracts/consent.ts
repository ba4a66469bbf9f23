// The consent register: people who may appear in media, their consents per channel and purpose,
// signed forms, and the takedown that follows a withdrawal.
import { z } from '@hono/zod-openapi';
import { hasUnstorableText, Uuid } from './common';

export const PERSON_KINDS = ['client', 'resident', 'colleague', 'guest'] as const;
/** What a consent covers. A post has one of these purposes too: its people need a consent for it. */
export const CONSENT_PURPOSES = ['publication', 'recruitment', 'fundraising'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const PUBLICATION_PURPOSE: ConsentPurpose = 'publication';

const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !hasUnstorableText(s), 'contains U+0000 or a lone surrogate');
/** A calendar day, e.g. 2026-12-31 (in the organisation's time zone). */
export const LocalDate = z
  .string()
  .regex(/^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date like 2026-12-31')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'no such day');

export const CreatePersonBody = z
  .object({
    name: Text(200).pipe(z.string().min(1, 'a name is required')),
    kind: z.enum(PERSON_KINDS),
    note: Text(2000).optional(),
  })
  .openapi('CreateConsentPersonBody');
export type CreatePersonInput = z.infer<typeof CreatePersonBody>;

export const PeopleQuery = z.object({
  /** Part of the name. */
  q: Text(200).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z
    .string()
    .max(600)
    .regex(/^[A-Za-z0-9_-]+$/, 'expected the nextCursor of an earlier page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type PeopleQueryInput = z.infer<typeof PeopleQuery>;

export const PersonSummarySchema = z
  .object({
    id: Uuid,
    name: z.string(),
    kind: z.enum(PERSON_KINDS),
    /** Consents valid today (not withdrawn, within their period). */
    validConsents: z.number().int(),
  })
  .openapi('ConsentPersonSummary');
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export const PeoplePageSchema = z.object({ items: z.array(PersonSummarySchema), nextCursor: z.string().nullable() }).openapi('ConsentPeoplePage');
export type PeoplePage = z.infer<typeof PeoplePageSchema>;

export const ConsentSchema = z
  .object({
    id: Uuid,
    personId: Uuid,
    /** null: every channel. */
    channel: z.object({ id: Uuid, name: z.string() }).nullable(),
    purpose: z.enum(CONSENT_PURPOSES),
    validFrom: LocalDate,
    /** Last day it holds; null: no end. */
    validUntil: LocalDate.nullable(),
    fileId: Uuid.nullable(),
    recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    recordedAt: z.iso.datetime(),
    withdrawnAt: z.iso.datetime().nullable(),
    state: z.enum(['valid', 'future', 'expired', 'withdrawn']),
  })
  .openapi('Consent');
export type Consent = z.infer<typeof ConsentSchema>;

export const ConsentFileSchema = z
  .object({ id: Uuid, fileName: z.string(), mimeType: z.string(), sizeBytes: z.number().int(), createdAt: z.iso.datetime() })
  .openapi('ConsentFile');
export type ConsentFile = z.infer<typeof ConsentFileSchema>;

const TakedownItemSchemaBase = z.object({
  postId: Uuid,
  variantId: Uuid,
  channel: z.object({ id: Uuid, name: z.string() }),
  externalUrl: z.string().nullable(),
  publishedAt: z.iso.datetime(),
});

export const PersonDetailSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    kind: z.enum(PERSON_KINDS),
    note: z.string(),
    consents: z.array(ConsentSchema),
    files: z.array(ConsentFileSchema),
    /** Images this person is tagged in (newest first, at most 100). */
    media: z.array(z.object({ id: Uuid, url: z.string(), altText: z.string() })),
    /** Removals from the networks after a withdrawal that are not done: still being retried, or given up (newest first, at most 100). */
    takedowns: z.array(
      TakedownItemSchemaBase.extend({
        id: Uuid,
        status: z.enum(['pending', 'failed']),
        attempts: z.number().int(),
        /** The network's last answer. */
        lastError: z.string().nullable(),
        nextAttemptAt: z.iso.datetime().nullable(),
      }),
    ),
  })
  .openapi('ConsentPersonDetail');
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

export const CreateConsentBody = z
  .object({
    /** null or absent: every channel of the organisation. */
    channelId: Uuid.nullable().optional(),
    purpose: z.enum(CONSENT_PURPOSES),
    validFrom: LocalDate,
    validUntil: LocalDate.nullable().optional(),
    /** A signed form uploaded to this person before. */
    fileId: Uuid.nullable().optional(),
  })
  .refine((b) => !b.validUntil || b.validUntil >= b.validFrom, { path: ['validUntil'], message: 'must not be before validFrom' })
  .openapi('CreateConsentBody');
export type CreateConsentInput = z.infer<typeof CreateConsentBody>;

export const TakedownItemSchema = TakedownItemSchemaBase.openapi('TakedownItem');
export type TakedownItem = z.infer<typeof TakedownItemSchema>;

export const TakedownListSchema = z.object({ items: z.array(TakedownItemSchema) }).openapi('TakedownList');

export const WithdrawBody = z
  .object({
    /** The person confirmed the takedown list shown to them: these publications go off the networks. */
    confirm: z.literal(true),
  })
  .openapi('WithdrawConsentBody');

export const WithdrawResultSchema = z
  .object({
    removed: z.array(TakedownItemSchema),
    /**
     * Publications the network did not remove now. `retrying`: Zorgpost tries again (a few times, with
     * growing waits); otherwise it gave up: take them down on the network by hand.
     */
    failed: z.array(TakedownItemSchema.extend({ reason: z.string(), retrying: z.boolean() })),
  })
  .openapi('WithdrawConsentResult');
export type WithdrawResult = z.infer<typeof WithdrawResultSchema>;

export const ExpiringQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) });
export const ExpiringListSchema = z
  .object({
    items: z.array(z.object({ consent: ConsentSchema, person: z.object({ id: Uuid, name: z.string() }) })),
    /** More consents end in this period than the list holds (narrow `days`). */
    more: z.boolean(),
  })
  .openapi('ExpiringConsents');
export type ExpiringList = z.infer<typeof ExpiringListSchema>;

export const TagMediaBody = z
  .object({
    personIds: z.array(Uuid).max(50),
    showsPeople: z.boolean(),
  })
  .openapi('TagMediaBody');
export type TagMediaInput = z.infer<typeof TagMediaBody>;

export const MediaPeopleSchema = z.object({ showsPeople: z.boolean(), people: z.array(z.object({ id: Uuid, name: z.string() })) }).openapi('MediaPeople');
export type MediaPeople = z.infer<typeof MediaPeopleSchema>;
