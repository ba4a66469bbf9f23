// Copies an approved post to another time: the same texts, channels and media. The approval
// carries over because the content is identical (a privacy override too, as it is bound to the
// content); any later edit of the copy sends it back to draft like every edit.
import type { Db } from '../../db/client';
import { postMedia, posts, postVariants } from '../../db/schema';
import type { OrgScope } from '../org-scope';
import { transition } from '../../domain/post-lifecycle';
import type { PostRow } from './find-post';
import { loadPostParts } from './load-post-parts';
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
  const { variants, media } = (await loadPostParts(tx, [source.id], scope.orgId)).get(source.id)!;
  if (variants.length) {
    await tx.insert(postVariants).values(variants.map(({ variant: v }) => ({ orgId: scope.orgId, postId: id, channelId: v.channelId, text: v.text })));
  }
  if (media.length) await tx.insert(postMedia).values(media.map((m, position) => ({ orgId: scope.orgId, postId: id, mediaId: m.id, position })));
  await recordPostEvent(tx, scope, { postId: id, action: 'repeat', to: transition('approved', 'schedule'), reason });
  return id;
}
