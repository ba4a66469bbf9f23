// How each network cuts a text into posts, for the preview and the counter: the very functions
// the adapters use when publishing (src/channels), so what the composer shows is what goes out.
import { splitIntoPosts } from '../../../src/channels/bluesky/thread';
import { itemTitle } from '../../../src/channels/website/item-title';
import { mastodonPartLimits, statusLength } from '../../../src/channels/mastodon/status-length';
import { weightedLength, X_PART_LIMITS } from '../../../src/channels/x/weighted-length';
import { countChars } from '../lib/text';
import type { ChannelLimits } from '../types';

const SPLITTERS: Record<string, (text: string, limits: ChannelLimits) => string[]> = {
  bluesky: (text) => splitIntoPosts(text),
  mastodon: (text, limits) => splitIntoPosts(text, mastodonPartLimits({ maxCharacters: limits.partLength ?? 500, urlLength: 23 })),
  x: (text) => splitIntoPosts(text, X_PART_LIMITS),
};

/** The posts a text becomes on a channel of this type: one, or a thread's parts. */
export function postParts(type: string, limits: ChannelLimits, text: string): string[] {
  const split = SPLITTERS[type];
  if (limits.partLength && split) return split(text, limits);
  return [text];
}

/** A post's length as its network counts it (X: weighted, links 23; Mastodon: links 23). */
const MEASURES: Record<string, (text: string) => number> = { x: weightedLength, mastodon: (text) => statusLength(text) };

export function partLength(type: string, text: string): number {
  return (MEASURES[type] ?? countChars)(text);
}

export { itemTitle };

/** The web addresses in a text, as the networks detect them (http and https). */
export function linksIn(text: string): URL[] {
  const found: URL[] = [];
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g)) {
    try {
      found.push(new URL(match[0]));
    } catch {
      // not an address after all
    }
  }
  return found;
}
