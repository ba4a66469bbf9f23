// Listening: posts matching a search text, from app.bsky.feed.searchPosts (the AppView, through
// the account's PDS), newest first. The query and the paging cursor are Bluesky's own, passed
// through; normalising (case, diacritics, hashtags) is the listening code's work, since search
// differs per AppView (the local test AppView matches a case-sensitive substring).
import type { AppBskyFeedPost } from '@atproto/api';
import type { ChannelAccess, FoundItem } from '../reading';
import { parseAtUri, postUrl } from './records';
import { withReadSession } from './read-session';

const PAGE_SIZE = 100;

export async function search(req: ChannelAccess & { query: string; cursor: string | null }): Promise<{ items: FoundItem[]; cursor: string | null }> {
  return withReadSession(req, 'search', async (session) => {
    const { data } = await session.agent.app.bsky.feed.searchPosts({
      q: req.query,
      sort: 'latest',
      limit: PAGE_SIZE,
      ...(req.cursor ? { cursor: req.cursor } : {}),
    });
    const items = data.posts.map((post): FoundItem => {
      const record = post.record as Partial<AppBskyFeedPost.Record>;
      const created = typeof record.createdAt === 'string' ? Date.parse(record.createdAt) : Number.NaN;
      return {
        externalId: post.uri,
        author: { externalId: post.author.did, handle: post.author.handle, displayName: post.author.displayName?.trim() || null },
        text: typeof record.text === 'string' ? record.text : '',
        lang: record.langs?.[0] ?? null,
        url: postUrl(post.author.handle, parseAtUri(post.uri).rkey),
        createdAt: new Date(Number.isNaN(created) ? Date.parse(post.indexedAt) : created).toISOString(),
      };
    });
    // An empty page ends the results even if a cursor came with it.
    return { items, cursor: items.length > 0 ? (data.cursor ?? null) : null };
  });
}
