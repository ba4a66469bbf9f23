// The inbox's share of a worker's round: read due channels, send due replies, warn of targets.
import type { Db } from '../../db/client';
import { type InboxDeps, pollDueChannels } from './poll-channels';
import { sendDueReplies } from './send-replies';
import { warnNearingTargets } from './warn-due';

export async function inboxTurn(db: Db, worker: string, deps: InboxDeps): Promise<void> {
  await pollDueChannels(db, worker, deps);
  await sendDueReplies(db, worker, deps);
  await warnNearingTargets(db);
}
