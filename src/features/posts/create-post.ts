import { recordAudit } from '../audit/record-audit';
import type { CreatePostInput } from '../../contracts/post';
import type { Db } from '../../db/client';
import { posts } from '../../db/schema';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { checkPostContent } from './check-post-content';
import { plannedTime } from './planned-time';
import { recordPostEvent } from './record-event';
import { replaceMedia, replaceVariants } from './save-post-parts';

/** Nothing to keep: no text anywhere and no image (such a draft would only clutter the calendar). */
export function isEmptyPost(input: Pick<CreatePostInput, 'baseText' | 'variants' | 'mediaIds'>): boolean {
  return !input.baseText.trim() && input.variants.every((v) => !v.text?.trim()) && input.mediaIds.length === 0;
}

export async function createPost(scope: Authorized<'post.write'>, input: CreatePostInput): Promise<string> {
  if (isEmptyPost(input)) throw new AppError(422, 'text_required', {}, [{ path: 'baseText', message: 'text_required' }]);
  await checkPostContent(scope, input);
  return scope.db.transaction((tx) => insertPost(tx, scope, input));
}

/** Stores a checked draft inside the caller's transaction (a CSV import stores all rows or none). */
export async function insertPost(tx: Db, scope: Authorized<'post.write'>, input: CreatePostInput): Promise<string> {
  const planned = input.scheduledLocal ? plannedTime(input.scheduledLocal, scope.timeZone) : null;
  const [row] = await tx
    .insert(posts)
    .values({
      orgId: scope.orgId,
      authorId: scope.userId,
      baseText: input.baseText,
      scheduledAt: planned?.utc ?? null,
      scheduledNote: planned?.note ?? null,
      labels: [...new Set(input.labels ?? [])],
      purpose: input.purpose ?? 'publication',
    })
    .returning({ id: posts.id });
  const postId = row!.id;
  await replaceVariants(tx, scope, postId, input.variants);
  await replaceMedia(tx, scope, postId, input.mediaIds);
  await recordPostEvent(tx, scope, { postId, action: 'created', to: 'draft' });
  await recordAudit(tx, {
    orgId: scope.orgId,
    actorId: scope.userId,
    action: 'post.created',
    detail: { postId, channels: input.variants.length, media: input.mediaIds.length },
  });
  return postId;
}
