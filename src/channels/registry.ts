// Adapters by channel type. Adding a network means adding its adapter here, nothing else.
import type { ChannelAdapter } from './channel-adapter';
import { blueskyProfile } from './bluesky/bluesky-profile';
import { facebookAdapter } from './facebook/facebook-adapter';
import { instagramAdapter } from './instagram/instagram-adapter';
import { linkedInAdapter } from './linkedin/linkedin-adapter';
import { mastodonAdapter } from './mastodon/mastodon-adapter';
import { xAdapter } from './x/x-adapter';
import { webhookAdapter } from './webhook/webhook-adapter';
import { websiteAdapter } from './website/website-adapter';

// The Bluesky library (@atproto/api) takes seconds to load: it is loaded when a Bluesky channel is
// first connected, published to or read, not at start-up.
let bluesky: Promise<ChannelAdapter> | undefined;
const loadBluesky = () => {
  bluesky ??= import('./bluesky/bluesky-adapter').then((m) => m.blueskyAdapter);
  return bluesky;
};
const lazyBluesky: ChannelAdapter = {
  ...blueskyProfile,
  connect: async (input, net) => (await loadBluesky()).connect(input, net),
  publish: async (req) => (await loadBluesky()).publish(req),
  findPublished: async (req) => (await loadBluesky()).findPublished!(req),
  remove: async (req) => (await loadBluesky()).remove(req),
  fetchInbound: async (req) => (await loadBluesky()).fetchInbound!(req),
  reply: async (req) => (await loadBluesky()).reply!(req),
  findReply: async (req) => (await loadBluesky()).findReply!(req),
  readFigures: async (req) => (await loadBluesky()).readFigures!(req),
  readFollowers: async (req) => (await loadBluesky()).readFollowers!(req),
  search: async (req) => (await loadBluesky()).search!(req),
};

const adapters = new Map<string, ChannelAdapter>(
  [websiteAdapter, webhookAdapter, lazyBluesky, mastodonAdapter, xAdapter, facebookAdapter, instagramAdapter, linkedInAdapter].map((a) => [a.type, a]),
);

export function adapterFor(type: string): ChannelAdapter | undefined {
  return adapters.get(type);
}

/** A connected channel's limits: its adapter's, or the account's own where the network has them per account. */
export function channelLimits(adapter: ChannelAdapter, settings: Record<string, unknown>): ChannelAdapter['limits'] {
  return adapter.limitsFor?.(settings) ?? adapter.limits;
}

export function allAdapters(): ChannelAdapter[] {
  return [...adapters.values()];
}
