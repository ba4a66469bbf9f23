// Domain errors carry an HTTP status, a stable code and a message key; the HTTP layer turns
// them into `{"error":{code,message}}` in the requester's language.
import type { MessageKey, MessageParams } from '../i18n/messages';

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly details?: { path: string; message: string }[],
  ) {
    super(key);
  }
}

export type NotFoundThing =
  | 'post'
  | 'channel'
  | 'media'
  | 'member'
  | 'organisation'
  | 'feed'
  | 'route'
  | 'queue'
  | 'invitation'
  | 'inbox_item'
  | 'inbox_template'
  | 'inbox_reply'
  | 'inbox_duty_override'
  | 'logo'
  | 'source'
  | 'reading_item'
  | 'campaign'
  | 'campaign_template'
  | 'campaign_task'
  | 'qa_hour';

export const notFound = (thing: NotFoundThing) => new AppError(404, 'not_found', { thing: `@thing_${thing}` });
