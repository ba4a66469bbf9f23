// What the rest of the program knows about a Bluesky channel without talking to Bluesky: its
// limits and connect fields. Kept apart from the adapter so reading it does not load the AT
// Protocol library (seconds at start-up); registry.ts loads the adapter on first use.
import type { ChannelAdapter, ReadingCapabilities } from '../channel-adapter';
import { BLUESKY_POST_LIMITS } from './thread';

export const DEFAULT_SERVICE = 'https://bsky.social';
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

export const blueskyProfile = {
  type: 'bluesky',
  limits: {
    // A long text becomes a thread of up to ten posts of 300 characters each.
    maxLength: BLUESKY_POST_LIMITS.maxGraphemes * 10,
    partLength: BLUESKY_POST_LIMITS.maxGraphemes,
    maxMedia: 4,
    mediaTypes: MEDIA_TYPES,
    requiresAltText: true,
  },
  needsCredentials: true,
  publicFeed: false,
  // Record keys derive from our post id: a second send collides with the first.
  idempotent: true,
  // Answers go under the item; Bluesky's direct messages (a separate chat service) are not supported.
  privateReplies: false,
  // Read every minute: listNotifications is cheap (3,000 calls per 5 minutes per account on the PDS).
  inboundPollMs: 60_000,
  connectFields: [
    { name: 'identifier', type: 'text', secret: false, required: true, placeholder: 'zorgorganisatie.bsky.social' },
    { name: 'appPassword', type: 'password', secret: true, required: true, placeholder: 'xxxx-xxxx-xxxx-xxxx' },
    { name: 'service', type: 'url', secret: false, required: false, placeholder: DEFAULT_SERVICE },
  ],
  links() {
    return [];
  },
} satisfies Omit<ChannelAdapter, 'publish' | 'remove' | 'connect' | 'findPublished' | keyof ReadingCapabilities> &
  Pick<ReadingCapabilities, 'privateReplies' | 'inboundPollMs'>;
