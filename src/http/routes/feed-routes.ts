// Public feeds of the channels whose adapter declares `publicFeed` (the website channel). No
// session: anyone (a website, a feed reader) may read them. Any other slug answers 404.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { renderAtom, renderJsonFeed, renderRss, type FeedInfo } from '../../channels/website/render-feeds';
import { findPublishedMedia, loadChannelFeed } from '../../features/feeds/load-channel-feed';
import { countFeedRequest, FEED_ITEM } from '../../features/metrics/feed-request-counter';
import type { AppEnv } from '../env';

export const feedRoutes = new Hono<AppEnv>();

const formats = {
  'rss.xml': { render: renderRss, type: 'application/rss+xml; charset=utf-8' },
  'atom.xml': { render: renderAtom, type: 'application/atom+xml; charset=utf-8' },
  'feed.json': { render: renderJsonFeed, type: 'application/feed+json; charset=utf-8' },
} as const;

feedRoutes.get('/feeds/:org/:channel/:file{rss\\.xml|atom\\.xml|feed\\.json}', async (c) => {
  const { org: orgSlug, channel: channelSlug, file } = c.req.param();
  const { publicUrl } = c.get('deps').config;
  const selfBase = `${publicUrl}/feeds/${orgSlug}/${channelSlug}`;
  const { org, channel, items } = await loadChannelFeed(c.get('deps').db, orgSlug, channelSlug, `${selfBase}/media`);
  const info: FeedInfo = {
    title: `${org.name} — ${channel.name}`,
    description: channel.name,
    homeUrl: publicUrl,
    selfBase,
    language: org.locale,
    publisher: org.name,
    items,
  };
  const format = formats[file as keyof typeof formats];
  countFeedRequest(channel.id, FEED_ITEM);
  return c.body(format.render(info), 200, { 'content-type': format.type, 'cache-control': 'public, max-age=60' });
});

feedRoutes.get('/feeds/:org/:channel/media/:mediaId{[0-9a-f-]{36}}', async (c) => {
  const { org, channel, mediaId } = c.req.param();
  const m = await findPublishedMedia(c.get('deps').db, org, channel, mediaId);
  const bytes = await readFile(path.join(c.get('deps').mediaDir, m.storageKey));
  countFeedRequest(m.channelId, m.id);
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': m.mimeType,
    'cache-control': 'public, max-age=3600',
    'x-content-type-options': 'nosniff',
    // Feed images are meant to be embedded on the organisation's own website; everything else stays same-origin.
    'cross-origin-resource-policy': 'cross-origin',
  });
});
