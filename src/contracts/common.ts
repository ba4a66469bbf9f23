// Schemas shared by the API routes and the web app (one schema per request).
import { z } from '@hono/zod-openapi';
import { POST_EVENTS, POST_STATUSES } from '../domain/post-lifecycle';
import { ROLES } from '../domain/roles';

export const Uuid = z.uuid();

// PostgreSQL cannot store U+0000 in text, and a lone UTF-16 surrogate is not a character at all:
// both are refused as invalid input (422) wherever text comes in, never passed to the database.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const hasUnstorableText = (text: string): boolean => UNSTORABLE.test(text);

/** Where in a value (a parsed request) the first string or key with unstorable characters is. */
export function unstorableTextPath(value: unknown): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (hasUnstorableText(v)) return path;
    } else if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) stack.push({ value: item, path: [...path, i] });
    } else if (v && typeof v === 'object' && !(v instanceof Blob)) {
      for (const [key, item] of Object.entries(v)) {
        if (hasUnstorableText(key)) return [...path, key];
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}
export const RoleSchema = z.enum(ROLES);
export const PostStatusSchema = z.enum(POST_STATUSES);
export const PostEventSchema = z.enum(POST_EVENTS);
/** A wall-clock time in the organisation's time zone, e.g. 2026-03-29T09:30. */
export const LocalDateTime = z
  .string()
  .regex(/^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'expected a local date-time like 2026-03-29T09:30')
  .openapi({ example: '2026-03-29T09:30' });

/** An instant with its offset, e.g. 2026-03-29T09:30:00+02:00, in the years PostgreSQL and JavaScript share (1–9999). */
const isoDateTimeFormat = z.iso.datetime({ offset: true });
export const IsoDateTime = isoDateTimeFormat.refine((s) => {
  if (!isoDateTimeFormat.safeParse(s).success) return true; // the format's own message says it
  const year = new Date(s).getUTCFullYear();
  return year >= 1 && year <= 9999;
}, 'expected a date-time between the years 1 and 9999');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');
export type ApiError = z.infer<typeof ErrorSchema>;

export const OrgIdParam = z.object({ orgId: Uuid });
export const OrgItemParam = z.object({ orgId: Uuid, id: Uuid });

/** Where the next page of a list starts (keyset): the last item's time (or none) and id. */
export interface PageCursor {
  at: string | null;
  id: string;
}
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeCursor(cursor: PageCursor): string {
  const text = `${cursor.at ?? ''}|${cursor.id}`;
  return Buffer.from(text).toString('base64url');
}

/** The cursor a list answer handed out, or null when the text is not one. */
export function decodeCursor(raw: string): PageCursor | null {
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(raw)) return null;
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const [at, id, ...rest] = text.split('|');
  if (rest.length || at === undefined || id === undefined || !UUID_RE.test(id)) return null;
  if (at !== '' && (!ISO_RE.test(at) || Number.isNaN(Date.parse(at)))) return null;
  return { at: at === '' ? null : at, id };
}

/** A `cursor` query parameter: the nextCursor of an earlier page. */
export const CursorParam = z
  .string()
  .max(200)
  .refine((s) => decodeCursor(s) !== null, 'expected the nextCursor of an earlier page');
