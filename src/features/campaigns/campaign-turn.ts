// Campaigns' share of a worker's minute: remind owners of tasks due within a day, then apply the
// running campaigns' inbox rules to what the inbox has just read.
import type { Db } from '../../db/client';
import { applyCampaignInboxRules } from './campaign-inbox-rules';
import { remindDueTasks } from './task-reminders';

export async function campaignTurn(db: Db): Promise<void> {
  await remindDueTasks(db);
  await applyCampaignInboxRules(db);
}
