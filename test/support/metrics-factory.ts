// Published posts and their figures, built directly in the database for the measuring tests.
import type { Db } from '../../src/db/client.ts';
import { channels, postEvents, posts, postVariants } from '../../src/db/schema.ts';
import { recordChannelSnapshot, recordSnapshots, type SnapshotRow } from '../../src/features/metrics/record-snapshots.ts';

export async function buildChannel(
  db: Db,
  orgId: string,
  o: { type: string; name: string; slug: string; settings?: Record<string, unknown>; credentials?: string | null },
) {
  const [row] = await db
    .insert(channels)
    .values({ orgId, type: o.type, name: o.name, slug: o.slug, settings: o.settings ?? {}, credentials: o.credentials ?? null })
    .returning();
  return row!.id;
}

/** A post published on one channel at `publishedAt`, drafted `draftedHoursBefore` earlier (its history says so). */
export async function buildPublished(
  db: Db,
  o: { orgId: string; channelId: string; publishedAt: Date; externalId?: string; text?: string; labels?: string[]; draftedHoursBefore?: number },
): Promise<{ postId: string; variantId: string }> {
  const drafted = new Date(o.publishedAt.getTime() - (o.draftedHoursBefore ?? 24) * 3_600_000);
  const [post] = await db
    .insert(posts)
    .values({
      orgId: o.orgId,
      baseText: o.text ?? 'Onze open dag is zaterdag van 10 tot 16 uur.',
      status: 'published',
      scheduledAt: o.publishedAt,
      publishedAt: o.publishedAt,
      labels: o.labels ?? [],
      createdAt: drafted,
    })
    .returning();
  const [variant] = await db
    .insert(postVariants)
    .values({ orgId: o.orgId, postId: post!.id, channelId: o.channelId, externalId: o.externalId ?? post!.id, publishedAt: o.publishedAt })
    .returning();
  await db.insert(postEvents).values([
    { orgId: o.orgId, postId: post!.id, action: 'create', toStatus: 'draft', at: drafted },
    { orgId: o.orgId, postId: post!.id, action: 'publish', fromStatus: 'publishing', toStatus: 'published', at: o.publishedAt },
  ]);
  return { postId: post!.id, variantId: variant!.id };
}

type Figures = Partial<Omit<SnapshotRow, 'variantId' | 'at'>>;

export async function snapshot(db: Db, variantId: string, at: Date, f: Figures) {
  await recordSnapshots(db, [
    {
      variantId,
      at,
      likes: f.likes ?? null,
      reposts: f.reposts ?? null,
      replies: f.replies ?? null,
      quotes: f.quotes ?? null,
      impressions: f.impressions ?? null,
      reach: f.reach ?? null,
      clicks: f.clicks ?? null,
      videoViews: f.videoViews ?? null,
      followers: f.followers ?? null,
    },
  ]);
}

export { recordChannelSnapshot };
