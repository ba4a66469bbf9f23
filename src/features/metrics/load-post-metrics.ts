// A post's growth curve: every snapshot of each of its published variants, oldest first, read
// through the series' primary key (variant_id, at).
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { MAX_GROWTH_POINTS, type PostMetrics } from '../../contracts/metrics';
import { channels, posts, postVariants } from '../../db/schema';
import { engagementsOf } from '../../domain/metrics-figures';
import { notFound } from '../errors';
import type { Authorized } from '../org-scope';

type Point = {
  at: string | Date;
  likes: number | null;
  reposts: number | null;
  replies: number | null;
  quotes: number | null;
  impressions: number | null;
  followers: number | null;
};

export async function loadPostMetrics(scope: Authorized<'metrics.read'>, postId: string): Promise<PostMetrics> {
  const [post] = await scope.db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.orgId, scope.orgId)));
  if (!post) throw notFound('post');
  const variants = await scope.db
    .select({ id: postVariants.id, channelId: channels.id, name: channels.name, type: channels.type, publishedAt: postVariants.publishedAt })
    .from(postVariants)
    .innerJoin(channels, eq(channels.id, postVariants.channelId))
    .where(and(eq(postVariants.postId, postId), eq(postVariants.orgId, scope.orgId), isNotNull(postVariants.publishedAt)))
    .orderBy(channels.name);
  const out: PostMetrics['variants'] = [];
  for (const v of variants) {
    // A full schedule has about 55 reads (src/domain/snapshot-schedule.ts): the cap is never reached in practice.
    const result = await scope.db.execute(sql`
      SELECT at, likes, reposts, replies, quotes, impressions, followers FROM post_snapshots
      WHERE variant_id = ${v.id} AND org_id = ${scope.orgId} ORDER BY at LIMIT ${MAX_GROWTH_POINTS}`);
    const points = (result as unknown as { rows: Point[] }).rows.map((p) => ({
      at: new Date(p.at).toISOString(),
      likes: p.likes,
      reposts: p.reposts,
      replies: p.replies,
      quotes: p.quotes,
      impressions: p.impressions,
      engagements: engagementsOf(p),
      followers: p.followers,
    }));
    out.push({ channelId: v.channelId, channelName: v.name, channelType: v.type, publishedAt: v.publishedAt!.toISOString(), points });
  }
  return { postId, variants: out };
}
