// The one loader of posts with what they send: their channels' variants and their media in the
// order sent. It takes many posts at once, so the publishing engine loads a whole claimed batch
// in three statements instead of three per post. Every join stays within one organisation.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { channels, media, organisations, postMedia, posts, postVariants } from '../../db/schema';
import { trustedDomains, withTrustedDomains } from '../curation/trusted-domains';
import type { PostRow } from './find-post';

export type VariantWithChannel = { variant: typeof postVariants.$inferSelect; channel: typeof channels.$inferSelect };
export type MediaRow = typeof media.$inferSelect;

export interface PostParts {
  variants: VariantWithChannel[];
  /** In the order they are sent. */
  media: MediaRow[];
}

export interface PostWithParts extends PostParts {
  post: PostRow;
  org: { id: string; slug: string; timeZone: string; guardSettings: typeof organisations.$inferSelect.guardSettings };
}

/** Variants and media of the given posts; with `orgId`, only posts of that organisation. */
export async function loadPostParts(db: Db, postIds: readonly string[], orgId?: string): Promise<Map<string, PostParts>> {
  const parts = new Map<string, PostParts>(postIds.map((id) => [id, { variants: [], media: [] }]));
  if (!postIds.length) return parts;
  const ids = [...postIds];
  const [variants, files] = await Promise.all([
    db
      .select({ variant: postVariants, channel: channels })
      .from(postVariants)
      .innerJoin(channels, and(eq(channels.id, postVariants.channelId), eq(channels.orgId, postVariants.orgId)))
      .innerJoin(posts, and(eq(posts.id, postVariants.postId), eq(posts.orgId, postVariants.orgId)))
      .where(and(inArray(postVariants.postId, ids), orgId ? eq(postVariants.orgId, orgId) : undefined)),
    db
      .select({ postId: postMedia.postId, m: media })
      .from(postMedia)
      .innerJoin(media, and(eq(media.id, postMedia.mediaId), eq(media.orgId, postMedia.orgId)))
      .innerJoin(posts, and(eq(posts.id, postMedia.postId), eq(posts.orgId, postMedia.orgId)))
      .where(and(inArray(postMedia.postId, ids), orgId ? eq(postMedia.orgId, orgId) : undefined))
      .orderBy(asc(postMedia.postId), asc(postMedia.position)),
  ]);
  for (const v of variants) parts.get(v.variant.postId)?.variants.push(v);
  for (const f of files) parts.get(f.postId)?.media.push(f.m);
  return parts;
}

/**
 * Posts with their organisation and parts, in the order asked; posts that do not exist (or,
 * with `orgId`, belong to another organisation) are left out.
 */
export async function loadPostsWithParts(db: Db, postIds: readonly string[], orgId?: string): Promise<PostWithParts[]> {
  if (!postIds.length) return [];
  const ids = [...postIds];
  const [rows, parts] = await Promise.all([
    db
      .select({
        post: posts,
        org: { id: organisations.id, slug: organisations.slug, timeZone: organisations.timeZone, guardSettings: organisations.guardSettings },
        trustedDomains: trustedDomains(),
      })
      .from(posts)
      .innerJoin(organisations, eq(organisations.id, posts.orgId))
      .where(and(inArray(posts.id, ids), orgId ? eq(posts.orgId, orgId) : undefined)),
    loadPostParts(db, ids, orgId),
  ]);
  const byId = new Map(rows.map((r) => [r.post.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    // The guard's input: the organisation's trusted sources are its allowed domains.
    return r
      ? [{ post: r.post as PostRow, org: { ...r.org, guardSettings: withTrustedDomains(r.org.guardSettings, r.trustedDomains) }, ...parts.get(id)! }]
      : [];
  });
}
