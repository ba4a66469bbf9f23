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

export const OAuthChoiceQuery = z.object({ pick: z.string().min(1).max(200) });

export const OAuthChoicesSchema = z
  .object({
    type: z.string(),
    /** The channel name the person typed before logging in. */
    name: z.string(),
    /** The pages or accounts the login gives access to; nothing secret. */
    choices: z.array(z.object({ id: z.string(), label: z.string(), detail: z.string().optional() })),
  })
  .openapi('OAuthChoices');
export type OAuthChoices = z.infer<typeof OAuthChoicesSchema>;

export const ChooseOAuthBody = z
  .object({
    /** The choice state from the callback's redirect (/channels/choose?pick=…). */
    pick: z.string().min(1).max(200),
    choiceId: z.string().min(1).max(200),
  })
  .openapi('ChooseOAuthBody');
