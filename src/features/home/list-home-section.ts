// The full list behind a home section's "more" link, page by page (keyset on the section's order).
import { decodeCursor, encodeCursor } from '../../contracts/common';
import type { HomeSectionKey } from '../../contracts/home';
import type { PostPage } from '../../contracts/post';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { summaries } from '../posts/post-view';
import { SECTION_RULES, type Who } from './home-sections';
import { sectionPosts } from './load-home';

export async function listHomeSection(
  scope: Authorized<'post.read'>,
  key: HomeSectionKey,
  query: { who?: Who; cursor?: string; limit?: number },
): Promise<PostPage> {
  // A section the person does not see is refused, not answered with an empty list.
  if (!SECTION_RULES[key].visible(scope)) throw new AppError(403, 'forbidden', { role: scope.role });
  const size = query.limit ?? 50;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const after = cursor?.at ? { at: cursor.at, id: cursor.id } : null;
  const rows = await sectionPosts(scope, key, query.who ?? 'org', size + 1, after);
  const more = rows.length > size;
  const page = more ? rows.slice(0, size) : rows;
  const last = page[page.length - 1];
  return { items: summaries(page), nextCursor: more && last ? encodeCursor({ at: last.sortAt, id: last.id }) : null };
}
