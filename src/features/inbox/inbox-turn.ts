// The inbox's share of a worker's round: read due channels and the Instagram mentions Meta's
// webhook announced, announce crises not announced yet, send due replies, warn of targets.
import type { Db } from '../../db/client';
import { announcePendingCrises } from './announce-crisis';
import { type InboxDeps, pollDueChannels } from './poll-channels';
import { sendDueReplies } from './send-replies';
import { warnNearingTargets } from './warn-due';
import { readWebhookMentions } from './webhook-mentions';

export async function inboxTurn(db: Db, worker: string, deps: InboxDeps): Promise<void> {
  await pollDueChannels(db, worker, deps);
  await readWebhookMentions(db, worker, deps);
  await announcePendingCrises(db);
  await sendDueReplies(db, worker, deps);
  await warnNearingTargets(db);
}
