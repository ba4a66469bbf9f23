// Validation messages in Zorgpost's own Dutch and English: each zod issue becomes one of our
// message keys with its parameters, so a library's wording ("verwacht dat string >=10 tekens
// heeft") never reaches a person.
import type { z } from 'zod';
import { isMessageKey, translate, type Lang, type MessageKey, type MessageParams } from '../i18n/messages';

type Issue = z.core.$ZodIssue;
const valueAt = (input: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), input);

const FORMATS: Record<string, MessageKey> = {
  email: 'field_email',
  uuid: 'field_id',
  guid: 'field_id',
  datetime: 'field_datetime',
  url: 'field_url',
};

function issueMessage(issue: Issue, input: unknown): [MessageKey, MessageParams] {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return ['field_required', {}];
      return isMessageKey(`type_${issue.expected}`) ? ['field_wrong_type', { expected: `@type_${issue.expected}` }] : ['field_invalid', {}];
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? ['field_required', {}] : ['field_too_short', { min }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['field_too_few', { min }];
      return ['field_too_small', { min }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return ['field_too_long', { max }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['field_too_many', { max }];
      return ['field_too_big', { max }];
    }
    case 'invalid_format':
      if (issue.format === 'regex' && issue.message?.includes('local date-time')) return ['field_local_datetime', {}];
      if (issue.format === 'regex' && issue.message?.includes('a time like')) return ['field_time', {}];
      if (issue.format === 'regex' && issue.message?.includes('expected a hashtag')) return ['field_hashtag', {}];
      if (issue.format === 'regex' && issue.message?.includes('expected a handle')) return ['field_handle', {}];
      if (issue.format === 'regex' && issue.message?.includes('website domain')) return ['field_domain', {}];
      return [FORMATS[issue.format] ?? 'field_invalid', {}];
    case 'invalid_value':
      return ['field_choice', { options: issue.values.map(String).join(', ') }];
    case 'unrecognized_keys':
      return ['field_unknown', { keys: issue.keys.join(', ') }];
    case 'custom':
      if (issue.message?.includes('nextCursor')) return ['field_cursor', {}];
      if (issue.message?.includes('date-time')) return ['field_datetime', {}];
      if (issue.message?.includes('must end after it starts')) return ['field_ends_before_start', {}];
      if (issue.message?.includes('each weekday once')) return ['field_weekday_once', {}];
      if (issue.message?.includes('at least one word, phrase')) return ['field_listening_terms', {}];
      return ['field_invalid', {}];
    case 'invalid_union':
      return ['field_invalid', {}];
    default:
      return ['field_invalid', {}];
  }
}

/** One message per field, in the requester's language. */
export function validationDetails(lang: Lang, error: z.ZodError, input: unknown): { path: string; message: string }[] {
  return error.issues.map((issue) => {
    const [key, params] = issueMessage(issue as Issue, input);
    return { path: issue.path.join('.') || '(body)', message: translate(lang, key, params) };
  });
}
