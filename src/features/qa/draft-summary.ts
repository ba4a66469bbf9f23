// After the hour: a draft post on its channel that looks back on the questions answered in
// public, each anonymised (`anonymise-question.ts`) and rephrased as "Een vraag over: …". The
// draft is checked by the guard before it is saved (a block refuses it, naming the finding), and
// stored through the ordinary post creation, so it waits for review like any post. Lines that do
// not fit the channel's length are counted, never dropped silently ("en nog 2 vragen").
import { and, asc, eq } from 'drizzle-orm';
import { adapterFor, channelLimits } from '../../channels/registry';
import { channels, inboxItems, qaHours, qaQuestions } from '../../db/schema';
import { scanText } from '../../guard/scan-text';
import { type Lang, translate } from '../../i18n/messages';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { orgGuardSettings } from '../guard/check-post';
import type { Authorized } from '../org-scope';
import { checkPostContent, visibleLength } from '../posts/check-post-content';
import { insertPost } from '../posts/create-post';
import { personalPartsRemoved, questionLine } from './anonymise-question';
import { findHour } from './hour-view';
import { assertMayWork } from './queue';

/** The summary's text from the questions answered publicly, within `maxLength` visible characters. */
export function summaryText(
  hour: { title: string; hashtag: string },
  questions: { text: string; handle: string; name: string | null }[],
  lang: Lang,
  maxLength: number,
): string {
  const head = translate(lang, 'qa_summary_head', { title: hour.title, hashtag: hour.hashtag });
  const tail = translate(lang, questions.length ? 'qa_summary_tail' : 'qa_summary_none', { hashtag: hour.hashtag });
  const lines = questions.map((q) => `• ${questionLine(personalPartsRemoved(q.text, { handle: q.handle, name: q.name }), lang)}`);
  const build = (shown: string[], rest: number) => [head, ...shown, ...(rest ? [translate(lang, 'qa_summary_more', { count: rest })] : []), tail].join('\n');
  let shown = lines.length;
  while (shown > 0 && visibleLength(build(lines.slice(0, shown), lines.length - shown)) > maxLength) shown--;
  return build(lines.slice(0, shown), lines.length - shown);
}

export async function draftQaSummary(scope: Authorized<'post.write'>, hourId: string, lang: Lang, now = new Date()): Promise<{ postId: string; text: string }> {
  const hour = await findHour(scope, hourId);
  assertMayWork(scope, hour);
  if (now < hour.endsAt) throw new AppError(409, 'qa_summary_before_end');
  const [channel] = await scope.db
    .select()
    .from(channels)
    .where(and(eq(channels.id, hour.channelId), eq(channels.orgId, scope.orgId)));
  const adapter = channel ? adapterFor(channel.type) : undefined;
  if (!channel || !adapter) throw new AppError(422, 'unknown_channel', { id: hour.channelId });
  const answered = await scope.db
    .select({ text: inboxItems.text, handle: inboxItems.authorHandle, name: inboxItems.authorName })
    .from(qaQuestions)
    .innerJoin(inboxItems, eq(inboxItems.id, qaQuestions.itemId))
    .where(and(eq(qaQuestions.qaHourId, hour.id), eq(qaQuestions.orgId, scope.orgId), eq(qaQuestions.state, 'answered')))
    .orderBy(asc(inboxItems.writtenAt), asc(inboxItems.id));
  const text = summaryText(hour, answered, lang, channelLimits(adapter, channel.settings).maxLength);
  // The guard reads the draft before it is stored: what it blocks is not saved.
  const guard = scanText(text, { kind: 'post', org: await orgGuardSettings(scope) });
  if (guard.verdict === 'block') {
    throw new AppError(
      422,
      'guard_blocked',
      {},
      guard.findings.filter((f) => f.severity === 'block').map((f) => ({ path: 'summary', message: f.message[lang] })),
    );
  }
  const input = {
    baseText: text,
    variants: [{ channelId: channel.id, text: null }],
    mediaIds: [],
    scheduledLocal: null,
    labels: ['spreekuur'],
    purpose: 'publication' as const,
  };
  await checkPostContent(scope, input);
  const postId = await scope.db.transaction(async (tx) => {
    const id = await insertPost(tx, scope, input);
    await tx
      .update(qaHours)
      .set({ summaryPostId: id })
      .where(and(eq(qaHours.id, hour.id), eq(qaHours.orgId, scope.orgId)));
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'qa.summary_drafted',
      detail: { qaHourId: hour.id, postId: id, questions: answered.length },
    });
    return id;
  });
  return { postId, text };
}
