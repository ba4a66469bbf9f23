// Replaces a post's channel variants and media in one go (inside the caller's transaction).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { postMedia, postVariants } from '../../db/schema';
import type { OrgScope } from '../org-scope';

export async function replaceVariants(tx: Db, scope: OrgScope, postId: string, variants: { channelId: string; text: string | null }[]) {
  await tx.delete(postVariants).where(eq(postVariants.postId, postId));
  if (variants.length) {
    await tx.insert(postVariants).values(variants.map((v) => ({ orgId: scope.orgId, postId, channelId: v.channelId, text: v.text?.length ? v.text : null })));
  }
}

export async function replaceMedia(tx: Db, scope: OrgScope, postId: string, mediaIds: string[]) {
  await tx.delete(postMedia).where(eq(postMedia.postId, postId));
  const unique = [...new Set(mediaIds)];
  if (unique.length) {
    await tx.insert(postMedia).values(unique.map((mediaId, position) => ({ orgId: scope.orgId, postId, mediaId, position })));
  }
}
