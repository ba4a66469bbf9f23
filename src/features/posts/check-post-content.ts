// Checks a post's channels, texts and media against each channel adapter's limits before
// anything is stored, so a refused post leaves nothing half-written.
import { and, eq, inArray } from 'drizzle-orm';
import { channels, media } from '../../db/schema';
import { countHashtags } from '../../channels/hashtags';
import { mediaProblem } from '../../channels/media-rules';
import { adapterFor, channelLimits } from '../../channels/registry';
import { AppError } from '../errors';
import type { OrgScope } from '../org-scope';

export interface PostContent {
  baseText: string;
  variants: { channelId: string; text: string | null }[];
  mediaIds: string[];
}

/** Counts characters as people see them (an emoji is one), as the networks do. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter('nl', { granularity: 'grapheme' }).segment(text)) n++;
  return n;
}

export async function checkPostContent(scope: OrgScope, content: PostContent): Promise<void> {
  const channelIds = [...new Set(content.variants.map((v) => v.channelId))];
  const found = channelIds.length
    ? await scope.db
        .select()
        .from(channels)
        .where(and(eq(channels.orgId, scope.orgId), inArray(channels.id, channelIds), eq(channels.active, true)))
    : [];
  for (const id of channelIds) {
    if (!found.some((c) => c.id === id)) throw new AppError(422, 'unknown_channel', { id });
  }

  const mediaIds = [...new Set(content.mediaIds)];
  const files = mediaIds.length
    ? await scope.db
        .select()
        .from(media)
        .where(and(eq(media.orgId, scope.orgId), inArray(media.id, mediaIds)))
    : [];
  for (const id of mediaIds) {
    if (!files.some((m) => m.id === id)) throw new AppError(422, 'unknown_media', { id });
  }

  for (const variant of content.variants) {
    const channel = found.find((c) => c.id === variant.channelId)!;
    const adapter = adapterFor(channel.type);
    if (!adapter) throw new AppError(422, 'unknown_channel_type', { type: channel.type });
    const limits = channelLimits(adapter, channel.settings);
    const text = variant.text ?? content.baseText;
    const length = visibleLength(text);
    if (length > limits.maxLength) {
      throw new AppError(422, 'text_too_long', { channel: channel.name, length, max: limits.maxLength });
    }
    if (limits.maxHashtags !== undefined && countHashtags(text) > limits.maxHashtags) {
      throw new AppError(422, 'too_many_hashtags', { channel: channel.name, count: countHashtags(text), max: limits.maxHashtags });
    }
    if (files.length > limits.maxMedia) {
      throw new AppError(422, 'too_many_media', { channel: channel.name, max: limits.maxMedia });
    }
    const refused = files.find((f) => !limits.mediaTypes.includes(f.mimeType));
    if (refused) throw new AppError(422, 'media_type_refused', { channel: channel.name, type: refused.mimeType });
    // Size, duration and aspect ratio per the network's rules: refused here, before anything is sent.
    const problem = mediaProblem(channel.name, limits.media, files);
    if (problem) throw new AppError(422, problem.key, problem.params);
  }
}
