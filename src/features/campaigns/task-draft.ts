// "Make draft" from a task: a draft post in the campaign on the task's channel, planned at the
// task's deadline, with the campaign's text and hashtag as a start. The post, its campaign and
// the task's link to it are written in one transaction: a second click finds the task taken.
import { and, eq, isNull } from 'drizzle-orm';
import { campaignTasks, posts } from '../../db/schema';
import { toLocal } from '../../domain/local-time';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { checkPostContent } from '../posts/check-post-content';
import { insertPost } from '../posts/create-post';
import { findCampaign } from './campaigns';
import { findTask } from './tasks';

/** The draft's first text: what the worksheet already says, else the task's title, and the hashtag. */
export function draftText(c: { hashtag: string | null; preparation: Record<string, unknown> }, taskTitle: string): string {
  const said = [c.preparation.text, c.preparation.coreMessage].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const text = (said ?? taskTitle).trim();
  return c.hashtag && !text.toLowerCase().includes(c.hashtag.toLowerCase()) ? `${text}\n\n${c.hashtag}` : text;
}

export async function draftFromTask(scope: Authorized<'post.write'>, campaignId: string, taskId: string): Promise<{ postId: string }> {
  const campaign = await findCampaign(scope, campaignId);
  const task = await findTask(scope, campaignId, taskId);
  if (task.postId) throw new AppError(409, 'campaign_task_has_draft');
  if (!task.channelId) throw new AppError(422, 'campaign_task_no_channel', {}, [{ path: 'channelId', message: 'campaign_task_no_channel' }]);
  // A deadline already past is no planned time: the draft stays unplanned.
  const planned = task.dueAt && task.dueAt.getTime() > Date.now() ? toLocal(task.dueAt, scope.timeZone) : null;
  const input = {
    baseText: draftText(campaign, task.title),
    variants: [{ channelId: task.channelId, text: null }],
    mediaIds: [],
    scheduledLocal: planned,
    labels: [],
    purpose: 'publication' as const,
  };
  await checkPostContent(scope, input);
  return scope.db.transaction(async (tx) => {
    const postId = await insertPost(tx, scope, input);
    await tx
      .update(posts)
      .set({ campaignId })
      .where(and(eq(posts.orgId, scope.orgId), eq(posts.id, postId)));
    const [linked] = await tx
      .update(campaignTasks)
      .set({ postId })
      .where(and(eq(campaignTasks.orgId, scope.orgId), eq(campaignTasks.id, taskId), isNull(campaignTasks.postId)))
      .returning({ id: campaignTasks.id });
    if (!linked) throw new AppError(409, 'campaign_task_has_draft');
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'campaign.task_draft', detail: { campaignId, taskId, postId } });
    return { postId };
  });
}
