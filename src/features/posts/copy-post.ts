// Copies an approved post to another time: the same texts, channels and media. The approval
// carries over because the content is identical (a privacy override too, as it is bound to the
// content); any later edit of the copy sends it back to draft like every edit.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { postMedia, posts, postVariants } from '../../db/schema';
import type { OrgScope } from '../org-scope';
import { transition } from '../../domain/post-lifecycle';
import type { PostRow } from './find-post';
import { recordPostEvent } from './record-event';

export async function copyPost(
  tx: Db,
  scope: OrgScope,
  source: PostRow,
  at: { scheduledAt: Date; scheduledNote: string | null; queueId?: string; queueSlotAt?: Date },
  reason: string,
): Promise<string | null> {
  const inserted = await tx
    .insert(posts)
    .values({
      orgId: scope.orgId,
      authorId: source.authorId,
      baseText: source.baseText,
      // The copy is born approved (same content) and given its time at once.
      status: transition('approved', 'schedule'),
      scheduledAt: at.scheduledAt,
      scheduledNote: at.scheduledNote,
      guardOverrideHash: source.guardOverrideHash,
      repeatOf: source.repeatOf ?? source.id,
      queueId: at.queueId ?? null,
      queueSlotAt: at.queueSlotAt ?? null,
    })
    // A queue slot filled by another worker at the same moment: leave it to them.
    .onConflictDoNothing()
    .returning({ id: posts.id });
  const id = inserted[0]?.id;
  if (!id) return null;
  const variants = await tx
    .select()
    .from(postVariants)
    .where(and(eq(postVariants.postId, source.id), eq(postVariants.orgId, scope.orgId)));
  if (variants.length) await tx.insert(postVariants).values(variants.map((v) => ({ orgId: scope.orgId, postId: id, channelId: v.channelId, text: v.text })));
  const files = await tx
    .select()
    .from(postMedia)
    .where(and(eq(postMedia.postId, source.id), eq(postMedia.orgId, scope.orgId)));
  if (files.length) await tx.insert(postMedia).values(files.map((m) => ({ orgId: scope.orgId, postId: id, mediaId: m.mediaId, position: m.position })));
  await recordPostEvent(tx, scope, { postId: id, action: 'repeat', to: transition('approved', 'schedule'), reason });
  return id;
}
