// Public figures of our posts and the account's follower count, from the AppView (through the
// account's PDS): app.bsky.feed.getPosts takes at most 25 posts per call. Bluesky publishes no
// impressions, reach, clicks or video views: those stay null.
import type { ChannelAccess, PostFigures } from '../reading';
import { withReadSession } from './read-session';

const BATCH = 25;

/** Figures of the posts Bluesky still has; a deleted post is left out. */
export async function readFigures(req: ChannelAccess & { externalIds: string[] }): Promise<PostFigures[]> {
  const ids = [...new Set(req.externalIds)];
  if (ids.length === 0) return [];
  return withReadSession(req, 'post figures', async (session) => {
    const figures: PostFigures[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const { data } = await session.agent.app.bsky.feed.getPosts({ uris: ids.slice(i, i + BATCH) });
      for (const post of data.posts) {
        figures.push({
          externalId: post.uri,
          likes: post.likeCount ?? 0,
          reposts: post.repostCount ?? 0,
          replies: post.replyCount ?? 0,
          quotes: post.quoteCount ?? 0,
          impressions: null,
          reach: null,
          clicks: null,
          videoViews: null,
        });
      }
    }
    return figures;
  });
}

export async function readFollowers(req: ChannelAccess): Promise<number | null> {
  return withReadSession(req, 'followers', async (session) => {
    const { data } = await session.agent.app.bsky.actor.getProfile({ actor: session.did });
    return data.followersCount ?? null;
  });
}
