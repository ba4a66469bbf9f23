// The organisation's own website feed. Publishing records the item; the feed routes serve every
// published item of the channel as RSS 2.0, Atom and JSON Feed. Nothing leaves the server.
import type { ChannelAdapter } from '../channel-adapter';

export const websiteAdapter: ChannelAdapter = {
  type: 'website',
  limits: {
    maxLength: 5000,
    partLength: null,
    maxMedia: 4,
    mediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
    requiresAltText: true,
  },
  needsCredentials: false,
  idempotent: true,
  // The only adapter whose channels are served at /feeds/{org}/{channel} (src/http/routes/feed-routes.ts).
  publicFeed: true,
  async publish(req) {
    // The item's stable id is the post id, so publishing twice yields the same feed item.
    return { kind: 'published', externalId: req.postId, externalUrl: null };
  },
  connectFields: [],
  async connect() {
    return { settings: {}, credentials: null };
  },
  async remove() {
    // The feed is built from published rows; removing the row's publication removes the item.
  },
  links(channel, publicUrl) {
    const base = `${publicUrl}/feeds/${channel.orgSlug}/${channel.slug}`;
    return [
      { label: 'RSS', url: `${base}/rss.xml` },
      { label: 'Atom', url: `${base}/atom.xml` },
      { label: 'JSON Feed', url: `${base}/feed.json` },
    ];
  },
};
