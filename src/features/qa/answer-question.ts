// What the host or moderator does with a question of the hour. Every answer goes through the
// inbox's own reply path (`createReply`: the guard with kind 'reply', approval when the
// organisation wants it, sent once under a lease). A medical question is never answered in
// public: the server refuses it, whatever the screen offered; it is moved to private with the
// organisation's "let's continue privately" template (whose text the guard checks too).
import { and, eq } from 'drizzle-orm';
import type { QaActionResult } from '../../contracts/qa-hour';
import { inboxSettingsOf } from '../../contracts/inbox-settings';
import { adapterFor } from '../../channels/registry';
import { channels, inboxTemplates, organisations, qaQuestions } from '../../db/schema';
import { renderTemplate } from '../../domain/reply-templates';
import type { Lang } from '../../i18n/messages';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { findItem } from '../inbox/item-view';
import type { InboxDeps } from '../inbox/poll-channels';
import { createReply } from '../inbox/reply';
import type { Authorized } from '../org-scope';
import { findHour } from './hour-view';
import { assertMayWork, privateOnly, qaQuestion } from './queue';
import { privateReplyState } from '../inbox/private-reply';

async function questionOf(scope: Authorized<'inbox.answer'>, hourId: string, itemId: string) {
  const hour = await findHour(scope, hourId);
  assertMayWork(scope, hour);
  const [q] = await scope.db
    .select({ state: qaQuestions.state })
    .from(qaQuestions)
    .where(and(eq(qaQuestions.qaHourId, hour.id), eq(qaQuestions.itemId, itemId), eq(qaQuestions.orgId, scope.orgId)));
  if (!q) throw new AppError(404, 'not_found', { thing: '@thing_qa_question' });
  if (q.state === 'answered' || q.state === 'private') throw new AppError(409, 'qa_question_done');
  return { hour, item: await findItem(scope, itemId), was: q.state };
}

const where = (scope: Authorized<'inbox.answer'>, hourId: string, itemId: string) =>
  and(eq(qaQuestions.qaHourId, hourId), eq(qaQuestions.itemId, itemId), eq(qaQuestions.orgId, scope.orgId));

/**
 * Answers once: the question is taken (its state moved from what it was) before the reply is
 * made, so a host and a moderator pressing at the same moment send one answer, not two; a reply
 * the guard or the network refuses gives the question back.
 */
async function answerOnce<T>(
  scope: Authorized<'inbox.answer'>,
  hourId: string,
  itemId: string,
  was: string,
  state: 'answered' | 'private',
  send: () => Promise<T>,
): Promise<T> {
  const taken = await scope.db
    .update(qaQuestions)
    .set({ state, handledBy: scope.userId, updatedAt: new Date() })
    .where(and(where(scope, hourId, itemId), eq(qaQuestions.state, was)))
    .returning({ itemId: qaQuestions.itemId });
  if (!taken.length) throw new AppError(409, 'qa_question_done');
  try {
    return await send();
  } catch (error) {
    await scope.db
      .update(qaQuestions)
      .set({ state: was, updatedAt: new Date() })
      .where(and(where(scope, hourId, itemId), eq(qaQuestions.state, state)));
    throw error;
  }
}

async function mark(scope: Authorized<'inbox.answer'>, hourId: string, itemId: string, state: 'answered' | 'private' | 'later', replyId: string | null) {
  await scope.db.transaction(async (tx) => {
    await tx
      .update(qaQuestions)
      .set({ state, replyId, handledBy: scope.userId, updatedAt: new Date() })
      .where(where(scope, hourId, itemId));
    const action = state === 'answered' ? 'qa.answered' : state === 'private' ? 'qa.moved_private' : 'qa.answer_later';
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action, detail: { qaHourId: hourId, itemId, replyId } });
  });
}

export async function answerPublicly(
  scope: Authorized<'inbox.answer'>,
  hourId: string,
  itemId: string,
  text: string,
  deps: InboxDeps,
  lang: Lang,
): Promise<QaActionResult> {
  const { hour, item, was } = await questionOf(scope, hourId, itemId);
  if (privateOnly(item.category)) {
    throw new AppError(422, 'qa_medical_private_only', {}, [{ path: 'text', message: 'a medical question is only moved to private' }]);
  }
  const { reply, guard } = await answerOnce(scope, hour.id, item.id, was, 'answered', () => createReply(scope, item.id, { text, private: false }, deps, lang));
  await mark(scope, hour.id, item.id, 'answered', reply.id);
  return { question: await qaQuestion(scope, hour, item.id), guard };
}

export async function moveToPrivate(
  scope: Authorized<'inbox.answer'>,
  hourId: string,
  itemId: string,
  text: string | undefined,
  deps: InboxDeps,
  lang: Lang,
): Promise<QaActionResult> {
  const { hour, item, was } = await questionOf(scope, hourId, itemId);
  const [channel] = await scope.db.select({ type: channels.type }).from(channels).where(eq(channels.id, item.channelId));
  // A direct message where the network has them (and can still send one for this item: Meta's once within 7 days);
  // otherwise the template's public invitation to continue privately.
  const adapter = channel ? adapterFor(channel.type) : undefined;
  const bounded = adapter ? await privateReplyState(scope.db, adapter, item) : null;
  const asMessage = Boolean(adapter?.privateReplies) && !bounded?.unavailable;
  const body = text ?? (await privateTemplate(scope, item));
  const { reply, guard } = await answerOnce(scope, hour.id, item.id, was, 'private', () =>
    createReply(scope, item.id, { text: body, private: asMessage }, deps, lang),
  );
  await mark(scope, hour.id, item.id, 'private', reply.id);
  return { question: await qaQuestion(scope, hour, item.id), guard };
}

/** The organisation's "let's continue privately" template (purpose medical) in the question's language, filled in. */
async function privateTemplate(scope: Authorized<'inbox.answer'>, item: Awaited<ReturnType<typeof findItem>>): Promise<string> {
  const lang = item.lang?.startsWith('en') ? 'en' : 'nl';
  const [templates, [org]] = await Promise.all([
    scope.db
      .select()
      .from(inboxTemplates)
      .where(and(eq(inboxTemplates.orgId, scope.orgId), eq(inboxTemplates.purpose, 'medical'))),
    scope.db.select({ name: organisations.name, settings: organisations.inboxSettings }).from(organisations).where(eq(organisations.id, scope.orgId)),
  ]);
  const template = templates.find((t) => t.lang === lang) ?? templates[0];
  if (!template) throw new AppError(422, 'qa_no_private_template');
  const settings = inboxSettingsOf(org?.settings);
  return renderTemplate(template.body, {
    handle: item.authorHandle,
    name: item.authorName,
    organisation: org?.name ?? '',
    phone: settings.phone,
    region: settings.crisisRegion,
    lang: template.lang === 'en' ? 'en' : 'nl',
  });
}

export async function answerLater(scope: Authorized<'inbox.answer'>, hourId: string, itemId: string): Promise<QaActionResult> {
  const { hour, item } = await questionOf(scope, hourId, itemId);
  await mark(scope, hour.id, item.id, 'later', null);
  return { question: await qaQuestion(scope, hour, item.id), guard: null };
}
