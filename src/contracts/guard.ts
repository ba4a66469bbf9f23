import { z } from '@hono/zod-openapi';

const Severity = z.enum(['block', 'warn', 'info']);
const Bilingual = z.object({ nl: z.string(), en: z.string() });

export const FindingSchema = z
  .object({ rule: z.string(), severity: Severity, start: z.number().int(), end: z.number().int(), message: Bilingual, fix: Bilingual })
  .openapi('Finding');

export const GuardResultSchema = z
  .object({ verdict: z.enum(['block', 'warn', 'ok']), lang: z.enum(['nl', 'en']), findings: z.array(FindingSchema) })
  .openapi('GuardResult');

export const PostGuardSchema = z
  .object({
    verdict: z.enum(['block', 'warn', 'ok']),
    overridden: z.boolean(),
    parts: z.array(
      z.object({
        /** 'base', a channel's id for its own text, or 'media:<id>' for an image's alt text. */
        part: z.string(),
        label: z.string(),
        /** Set for an alt text: the image's id and place (1 = first attached). */
        image: z.object({ id: z.string(), number: z.number().int().min(1) }).optional(),
        result: GuardResultSchema,
      }),
    ),
  })
  .openapi('PostGuard');

const list = (max: number) => z.array(z.string().trim().min(1).max(200)).max(max).optional();

export const GuardSettingsSchema = z
  .object({
    severities: z.record(z.string().max(60), z.enum(['block', 'warn', 'info', 'off'])).optional(),
    allow: z
      .object({
        phones: list(50),
        addresses: list(50),
        staff: z
          .array(z.object({ name: z.string().trim().min(1).max(120), role: z.string().trim().max(120).optional() }))
          .max(500)
          .optional(),
        domains: list(200),
        bigNumbers: list(500),
        ibans: list(20),
      })
      .optional(),
  })
  .openapi('GuardSettings');
export type GuardSettings = z.infer<typeof GuardSettingsSchema>;

export const GuardCheckBody = z
  .object({
    text: z.string().max(20000),
    kind: z.enum(['post', 'reply']).default('post'),
    lang: z.enum(['nl', 'en']).optional(),
  })
  .openapi('GuardCheckBody');

export const GuardOverrideBody = z.object({ reason: z.string().trim().min(1).max(2000) }).openapi('GuardOverrideBody');
