// Adapters by channel type. Adding a network means adding its adapter here, nothing else.
import type { ChannelAdapter } from './channel-adapter';
import { blueskyAdapter } from './bluesky/bluesky-adapter';
import { webhookAdapter } from './webhook/webhook-adapter';
import { websiteAdapter } from './website/website-adapter';

const adapters = new Map<string, ChannelAdapter>([websiteAdapter, webhookAdapter, blueskyAdapter].map((a) => [a.type, a]));

export function adapterFor(type: string): ChannelAdapter | undefined {
  return adapters.get(type);
}

export function allAdapters(): ChannelAdapter[] {
  return [...adapters.values()];
}
