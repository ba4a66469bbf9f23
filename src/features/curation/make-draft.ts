// "Make a draft" from a reading-list item: a draft post whose text leaves room for the editor's
// own words first (an empty first paragraph, where the composer puts the cursor), then the
// item's title, its link and the attribution in the organisation's language ("Bron: Thuisarts").
// It is an ordinary draft: the guard and the approval chain treat it like any other. The item
// keeps the draft's id (one draft per item: asking again answers the same draft).
import { and, eq } from 'drizzle-orm';
import type { ReadingItem } from '../../contracts/curation';
import { organisations, posts, sourceItems } from '../../db/schema';
import { type Lang, translate } from '../../i18n/messages';
import { recordAudit } from '../audit/record-audit';
import type { Authorized } from '../org-scope';
import { insertPost } from '../posts/create-post';
import { findReadingItem, toReadingItem } from './reading-list';

/** The draft's text: an empty first paragraph for the editor's words, then title, link and source. */
export function draftText(item: { title: string | null; url: string | null }, sourceName: string, lang: Lang): string {
  const cited = [item.title, item.url].filter(Boolean).join('\n');
  return `\n\n${cited ? `${cited}\n\n` : ''}${translate(lang, 'reading_attribution', { source: sourceName })}`;
}

export async function makeDraft(scope: Authorized<'post.write'>, itemId: string): Promise<{ postId: string; item: ReadingItem; created: boolean }> {
  return scope.db.transaction(async (tx) => {
    const row = await findReadingItem(tx, scope, itemId, true);
    if (row.item.draftPostId) {
      const [post] = await tx
        .select({ id: posts.id })
        .from(posts)
        .where(and(eq(posts.id, row.item.draftPostId), eq(posts.orgId, scope.orgId)));
      if (post) return { postId: post.id, item: toReadingItem(row), created: false };
    }
    const [org] = await tx.select({ locale: organisations.locale }).from(organisations).where(eq(organisations.id, scope.orgId));
    const lang: Lang = org?.locale === 'en' ? 'en' : 'nl';
    const postId = await insertPost(tx, scope, {
      baseText: draftText(row.item, row.sourceName, lang),
      variants: [],
      mediaIds: [],
      scheduledLocal: null,
      labels: [],
      purpose: 'publication',
    });
    const state = row.item.state === 'new' ? 'read' : row.item.state;
    await tx
      .update(sourceItems)
      .set({ draftPostId: postId, state })
      .where(and(eq(sourceItems.id, itemId), eq(sourceItems.orgId, scope.orgId)));
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'reading.draft_made', detail: { itemId, postId, sourceId: row.item.sourceId } });
    return { postId, item: toReadingItem({ ...row, item: { ...row.item, draftPostId: postId, state } }), created: true };
  });
}
