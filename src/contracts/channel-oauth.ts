import { z } from '@hono/zod-openapi';
import { Uuid } from './common';

export const StartOAuthBody = z
  .object({
    type: z.string().min(1).max(40),
    name: z.string().trim().min(1).max(80),
    /** Reconnect this channel instead of adding a new one. */
    channelId: Uuid.optional(),
    /** The type's connect fields before the redirect (Mastodon: `instance`). */
    connection: z.record(z.string().max(40), z.string().max(2000)).optional(),
  })
  .openapi('StartOAuthBody');

export const StartOAuthAnswer = z.object({ authorizeUrl: z.string() }).openapi('StartOAuthAnswer');

export const OAuthCallbackQuery = z.object({
  state: z.string().max(200).optional(),
  code: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
});
