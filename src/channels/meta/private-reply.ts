// A private answer to a comment (Messenger Platform "Private Replies", for Facebook Page comments and
// Instagram comments alike): POST /{page-id}/messages with recipient {comment_id} and the text, with
// the page token (pages_messaging; for Instagram also instagram_manage_messages / instagram_manage_comments).
// Meta delivers it to the commenter's inbox (or message requests), one per comment, within 7 days of
// the comment. Outside the 7 days we refuse before calling; a second one Meta refuses (10900 "Activity
// already replied to"), and the person is told which of the two it was.
import type { PublishOutcome } from '../channel-adapter';
import type { InboundItem, ReplyRequest } from '../reading';
import { GraphError, graphCall, graphFailure, requireMetaConfig } from './graph';
import { permissionOutcome } from './graph-read';

/** How long after a comment Meta takes a private answer to it. */
export const PRIVATE_REPLY_WINDOW_MS = 7 * 86_400_000;

/** What the inbox needs to know before offering a private answer (channel-adapter.ts privateReplyLimits). */
export const META_PRIVATE_REPLY_LIMITS = {
  kinds: ['comment', 'reply'] as readonly InboundItem['kind'][],
  withinMs: PRIVATE_REPLY_WINDOW_MS,
  oncePerItem: true,
};

/** Graph's refusals: answered privately before (10900, 10903), or outside the window ((#10) with its subcodes, 551). */
const ALREADY_ANSWERED = new Set([10900, 10903]);
const OUTSIDE_WINDOW_SUBCODES = new Set([2018278, 2534022]);

const refused = (reason: 'private_reply_used' | 'private_reply_window_closed', network: string): PublishOutcome => ({
  kind: 'failed',
  retryable: false,
  reason: `system:${reason}`,
  code: 'post_refused',
  params: { network, days: PRIVATE_REPLY_WINDOW_MS / 86_400_000 },
});

export async function sendPrivateReply(req: ReplyRequest, account: { network: string; pageId: string; token: string }): Promise<PublishOutcome> {
  if (!account.pageId) return { kind: 'failed', retryable: false, reason: `${account.network}: the page is unknown; connect the channel again` };
  const written = Date.parse(req.to.writtenAt ?? '');
  if (Number.isFinite(written) && Date.now() - written > PRIVATE_REPLY_WINDOW_MS) return refused('private_reply_window_closed', account.network);
  try {
    const sent = await graphCall<{ recipient_id?: string; message_id?: string }>(req.net, requireMetaConfig(), 'POST', `${account.pageId}/messages`, {
      access_token: account.token,
      recipient: JSON.stringify({ comment_id: req.to.externalId }),
      message: JSON.stringify({ text: req.text }),
      messaging_type: 'RESPONSE',
    });
    if (!sent.message_id) return { kind: 'unknown', reason: `${account.network} answered without a message id`, code: 'no_confirmation' };
    return { kind: 'published', externalId: sent.message_id, externalUrl: null };
  } catch (error) {
    if (error instanceof GraphError) {
      if (ALREADY_ANSWERED.has(error.code)) return refused('private_reply_used', account.network);
      if (error.code === 551 || (error.subcode !== undefined && OUTSIDE_WINDOW_SUBCODES.has(error.subcode)))
        return refused('private_reply_window_closed', account.network);
    }
    return permissionOutcome(account.network, error) ?? graphFailure(account.network, error, 'create');
  }
}
