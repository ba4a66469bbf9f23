// Public data for a channel's feed: only what was published on that channel, newest first.
// Found by the organisation's and channel's slugs, so no ids leak into public URLs.
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { adapterFor } from '../../channels/registry';
import type { Db } from '../../db/client';
import { channels, media, organisations, postMedia, posts, postVariants, users } from '../../db/schema';
import { notFound } from '../errors';

export async function findPublicChannel(db: Db, orgSlug: string, channelSlug: string) {
  const [row] = await db
    .select({ org: organisations, channel: channels })
    .from(channels)
    .innerJoin(organisations, eq(organisations.id, channels.orgId))
    .where(and(eq(organisations.slug, orgSlug), eq(channels.slug, channelSlug), eq(channels.active, true)));
  // Only a channel whose adapter serves a public feed has one; any other channel is as absent as an unknown slug.
  if (!row || !adapterFor(row.channel.type)?.publicFeed) throw notFound('feed');
  return row;
}

export async function loadChannelFeed(db: Db, orgSlug: string, channelSlug: string, mediaBase: string, limit = 50) {
  const { org, channel } = await findPublicChannel(db, orgSlug, channelSlug);
  const rows = await db
    .select({ postId: posts.id, baseText: posts.baseText, text: postVariants.text, at: postVariants.publishedAt, author: users.name })
    .from(postVariants)
    .innerJoin(posts, eq(posts.id, postVariants.postId))
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(and(eq(postVariants.channelId, channel.id), eq(postVariants.orgId, org.id), isNotNull(postVariants.publishedAt), isNull(postVariants.removedAt)))
    .orderBy(desc(postVariants.publishedAt))
    .limit(limit);
  const files = rows.length
    ? await db
        .select({ postId: postMedia.postId, m: media })
        .from(postMedia)
        .innerJoin(media, eq(media.id, postMedia.mediaId))
        .where(
          and(
            eq(postMedia.orgId, org.id),
            inArray(
              postMedia.postId,
              rows.map((r) => r.postId),
            ),
          ),
        )
        .orderBy(postMedia.position)
    : [];
  return {
    org,
    channel,
    items: rows.map((r) => ({
      id: r.postId,
      text: r.text ?? r.baseText,
      publishedAt: r.at!,
      author: null as string | null, // authors are staff; the organisation speaks, not the person
      media: files
        .filter((f) => f.postId === r.postId)
        .map(({ m }) => ({ url: `${mediaBase}/${m.id}`, mimeType: m.mimeType, sizeBytes: m.sizeBytes, altText: m.altText })),
    })),
  };
}

/** A file may be served publicly only when it belongs to an item published on this channel. */
export async function findPublishedMedia(db: Db, orgSlug: string, channelSlug: string, mediaId: string) {
  const { channel } = await findPublicChannel(db, orgSlug, channelSlug);
  const [row] = await db
    .select({ m: media })
    .from(media)
    .innerJoin(postMedia, eq(postMedia.mediaId, media.id))
    .innerJoin(postVariants, and(eq(postVariants.postId, postMedia.postId), eq(postVariants.channelId, channel.id)))
    .where(and(eq(media.id, mediaId), eq(media.orgId, channel.orgId), isNotNull(postVariants.publishedAt), isNull(postVariants.removedAt)))
    .limit(1);
  if (!row) throw notFound('media');
  return { ...row.m, channelId: channel.id };
}
