// Sends a post that is already marked "publishing" to each of its channels. The status was
// stored before any network call, so a crash here leaves a visible "publishing" post, not a
// silent duplicate. Variants already published are skipped on a retry.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import { adapterFor } from '../../channels/registry';
import { channels, media, postMedia, postVariants } from '../../db/schema';
import { transition } from '../../domain/post-lifecycle';
import type { OrgScope } from '../org-scope';
import type { SecretBox } from '../secrets';
import { checkPost } from '../guard/check-post';
import { findPost } from '../posts/find-post';
import { applyTransition } from '../posts/transition-post';

export interface PublishDeps {
  mediaDir: string;
  secrets: SecretBox;
}

export async function publishClaimedPost(scope: OrgScope, postId: string, deps: PublishDeps): Promise<void> {
  const post = await findPost(scope, postId);
  if (post.status !== 'publishing') return;
  // Last check before anything leaves: the text may predate a stricter organisation setting.
  const guard = await checkPost(scope, post);
  if (guard.verdict === 'block' && !guard.overridden) {
    const reason = 'privacy check: blocked / privacycheck: tegengehouden';
    await applyTransition(scope, post, 'publish_failed', 'failed', reason, { failureReason: reason });
    return;
  }
  const variants = await scope.db
    .select({ variant: postVariants, channel: channels })
    .from(postVariants)
    .innerJoin(channels, eq(channels.id, postVariants.channelId))
    .where(and(eq(postVariants.postId, postId), isNull(postVariants.publishedAt)));
  const files = await scope.db
    .select({ m: media })
    .from(postMedia)
    .innerJoin(media, eq(media.id, postMedia.mediaId))
    .where(eq(postMedia.postId, postId))
    .orderBy(postMedia.position);

  for (const { variant, channel } of variants) {
    const adapter = adapterFor(channel.type);
    const outcome = adapter
      ? await adapter
          .publish({
            postId,
            text: variant.text ?? post.baseText,
            media: files.map(({ m }) => ({
              id: m.id,
              mimeType: m.mimeType,
              altText: m.altText,
              read: () => readFile(path.join(deps.mediaDir, m.storageKey)),
            })),
            channel: { id: channel.id, slug: channel.slug, orgSlug: scope.orgSlug, settings: channel.settings },
            credentials: channel.credentials ? deps.secrets.open(channel.credentials) : null,
          })
          .catch((error: unknown) => ({ kind: 'unknown' as const, reason: String((error as Error)?.message ?? error) }))
      : { kind: 'failed' as const, reason: `no adapter for ${channel.type}`, retryable: false };

    if (outcome.kind === 'published') {
      await scope.db
        .update(postVariants)
        .set({ externalId: outcome.externalId, externalUrl: outcome.externalUrl, publishedAt: new Date() })
        .where(eq(postVariants.id, variant.id));
      continue;
    }
    const event = outcome.kind === 'failed' ? 'publish_failed' : 'publish_unknown';
    const reason = `${channel.name}: ${outcome.reason}`;
    await applyTransition(scope, post, event, transition('publishing', event), reason, { failureReason: reason });
    return;
  }
  await applyTransition(scope, post, 'publish_succeeded', 'published', null, { publishedAt: new Date(), failureReason: null });
}
