// The quick route: one form makes a mini-campaign of three posts — announcement, during,
// look-back with the next announcement. Everything in one transaction through the normal path:
// the campaign (createCampaign), each post (createPost: channels and limits) and its submission
// into the organisation's approval chain (transitionPost: the guard checks). A refusal of any
// message refuses the whole form, naming the message, and leaves nothing behind. When the maker
// may schedule, the final approval of each post schedules it at its planned time.
import { and, eq } from 'drizzle-orm';
import type { QuickCampaignInput, QuickCampaignResultView, QuickPlanView } from '../../contracts/campaign-quick';
import type { Db } from '../../db/client';
import { posts } from '../../db/schema';
import { QUICK_MESSAGES, type QuickMessage, planQuickCampaign, DEFAULT_QUICK_OFFSETS } from '../../domain/quick-campaign-plan';
import { toLocal } from '../../domain/local-time';
import { can } from '../../domain/roles';
import { TransitionError } from '../../domain/post-lifecycle';
import { isMessageKey, translate, type Lang } from '../../i18n/messages';
import { AppError } from '../errors';
import type { Authorized, OrgScope } from '../org-scope';
import { createPost } from '../posts/create-post';
import { localLabel, plannedTime } from '../posts/planned-time';
import { transitionPost } from '../posts/transition-post';
import { createCampaign } from './campaigns';
import { findTemplate } from './campaign-templates';
import { CampaignTemplateContent } from '../../contracts/campaign-quick';
import { recordAudit } from '../audit/record-audit';

/** The suggested times for an event (with a template's offsets when given). */
export async function planQuick(scope: Authorized<'post.read'>, eventLocal: string, templateId?: string): Promise<QuickPlanView> {
  let offsets = DEFAULT_QUICK_OFFSETS;
  if (templateId) {
    const content = CampaignTemplateContent.safeParse((await findTemplate(scope, templateId)).content);
    offsets = (content.success && content.data.quick?.offsets) || offsets;
  }
  const plan = eventFuture(scope, eventLocal, offsets);
  return { ...plan, offsets };
}

function eventFuture(scope: OrgScope, eventLocal: string, offsets = DEFAULT_QUICK_OFFSETS) {
  let plan: ReturnType<typeof planQuickCampaign>;
  try {
    plan = planQuickCampaign(eventLocal, scope.timeZone, new Date(), offsets);
  } catch {
    throw new AppError(422, 'time_invalid', { local: localLabel(eventLocal, scope.timeZone) }, [{ path: 'eventLocal', message: 'time_invalid' }]);
  }
  if (!plan)
    throw new AppError(422, 'quick_event_past', { local: localLabel(eventLocal, scope.timeZone) }, [{ path: 'eventLocal', message: 'quick_event_past' }]);
  return plan;
}

/** A refusal of one message, said as that message's refusal (its field paths under messages.<message>). */
function refusalOf(message: QuickMessage, error: unknown, lang: Lang): unknown {
  const inner =
    error instanceof AppError
      ? error
      : error instanceof TransitionError
        ? new AppError(409, 'transition_refused', { from: error.from, event: error.event })
        : null;
  if (!inner) return error;
  const reason = translate(lang, inner.key, inner.params);
  const at = (path: string) => `messages.${message}.${path === 'scheduledLocal' ? 'scheduledLocal' : 'text'}`;
  const said = (m: string) => (isMessageKey(m) ? translate(lang, m, inner.params) : m);
  const details = inner.details?.length ? inner.details.map((d) => ({ path: at(d.path), message: said(d.message) })) : [{ path: at('text'), message: reason }];
  return new AppError(inner.status, 'quick_message_refused', { message: `@quick_message_${message}`, reason, code: inner.key }, details);
}

export async function createQuickCampaign(scope: Authorized<'post.write'>, input: QuickCampaignInput, lang: Lang): Promise<QuickCampaignResultView> {
  eventFuture(scope, input.eventLocal);
  const scheduleWhenApproved = can(scope.role, 'post.schedule');
  const result = await scope.db.transaction(async (tx: Db) => {
    const inTx = { ...scope, db: tx } as Authorized<'post.write'>;
    const campaign = await createCampaign(inTx, {
      name: input.name,
      route: 'quick',
      eventLocal: input.eventLocal,
      hashtag: input.hashtag ?? null,
      ...(input.colour && { colour: input.colour }),
      templateId: input.templateId ?? null,
    });
    const made: QuickCampaignResultView['posts'] = [];
    for (const message of QUICK_MESSAGES) {
      const { text, scheduledLocal } = input.messages[message];
      try {
        // Refused before anything of it is stored: a time in the past names its own field.
        plannedTime(scheduledLocal, scope.timeZone);
        const id = await createPost(inTx, {
          baseText: text,
          variants: input.channelIds.map((channelId) => ({ channelId, text: null })),
          mediaIds: [],
          scheduledLocal,
          labels: [],
          purpose: 'publication',
        });
        await tx
          .update(posts)
          .set({ campaignId: campaign.id, scheduleWhenApproved })
          .where(and(eq(posts.orgId, scope.orgId), eq(posts.id, id)));
        await transitionPost(inTx, id, { event: 'submit' }, lang);
        const [row] = await tx.select({ status: posts.status, at: posts.scheduledAt }).from(posts).where(eq(posts.id, id));
        made.push({
          message,
          id,
          status: row!.status as QuickCampaignResultView['posts'][number]['status'],
          scheduledLocal: toLocal(row!.at!, scope.timeZone),
        });
      } catch (error) {
        throw refusalOf(message, error, lang);
      }
    }
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'campaign.quick.created',
      detail: { campaignId: campaign.id, posts: made.map((p) => p.id), scheduleWhenApproved },
    });
    return { campaign, posts: made };
  });
  return { campaign: { ...result.campaign, postCount: result.posts.length }, posts: result.posts, scheduledWhenApproved: scheduleWhenApproved };
}
