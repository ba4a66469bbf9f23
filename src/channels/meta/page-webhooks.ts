// Meta sends a Page's webhook events — and those of the Instagram account linked to it — only when
// the app is installed on that Page with the fields subscribed (POST /{page-id}/subscribed_apps,
// which needs pages_manage_metadata). Done when a Facebook or Instagram channel is connected on an
// installation with webhooks on; a refusal never stops the connection: the poll still reads every
// five minutes, the webhook only makes it come sooner.
import type { Outbound } from '../../net/safe-fetch';
import { graphCall, type MetaConfig } from './graph';

/** The Page fields the inbox listens to (Instagram's fields follow its Page's installation). */
export const PAGE_WEBHOOK_FIELDS = ['feed', 'messages'] as const;

/** Whether webhooks are on here: both the app secret (signatures) and the verify token are set. */
export const webhooksConfigured = (env: Record<string, string | undefined>) => !!env.META_APP_SECRET && !!env.META_WEBHOOK_VERIFY_TOKEN;

/** Installs the app on the Page for the inbox's fields; false when Meta refuses or cannot be reached. */
export async function subscribePageWebhooks(net: Outbound, config: Pick<MetaConfig, 'graphUrl'>, page: { id: string; accessToken: string }): Promise<boolean> {
  try {
    const answer = await graphCall<{ success?: boolean }>(net, config, 'POST', `${page.id}/subscribed_apps`, {
      subscribed_fields: PAGE_WEBHOOK_FIELDS.join(','),
      access_token: page.accessToken,
    });
    return answer.success === true;
  } catch {
    return false;
  }
}
