// The hash of what a post sends (server side: the web app compares `postContentKey` directly).
// An approver's guard override is bound to it, and the guard's verdict is cached by it.
import { createHash } from 'node:crypto';
import { postContentKey, type PostContent } from './post-content';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Every text and alt text, and which media in which order. */
export function postContentHash(content: PostContent): string {
  return sha256(postContentKey(content));
}

/** JSON with object keys sorted, so equal settings give equal keys whatever their key order. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Everything the guard's verdict on a post depends on: the content (texts, media and their alt
 * texts), the organisation's guard settings, and the channel names shown beside a finding.
 */
export function guardInputHash(content: PostContent, settings: unknown, channelNames: readonly { channelId: string; name: string }[]): string {
  const names = [...channelNames].sort((a, b) => (a.channelId < b.channelId ? -1 : a.channelId > b.channelId ? 1 : 0)).map((c) => [c.channelId, c.name]);
  return sha256(JSON.stringify(['guard-input/1', postContentKey(content), sortedJson(settings), names]));
}

/** What one network was handed: its text and the media (ids and alt texts, in order). */
export function sentHash(request: { text: string; media: readonly { id: string; altText: string }[] }): string {
  return sha256(JSON.stringify(['sent/1', request.text, request.media.map((m) => [m.id, m.altText])]));
}
