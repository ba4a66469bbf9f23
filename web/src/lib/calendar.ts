import type { PostSummary } from '../types';
import { postLocal } from './time';

/** Posts by local date ("2026-03-29"), each day in time order. */
export function groupByDate(posts: PostSummary[], zone: string): Map<string, PostSummary[]> {
  const map = new Map<string, PostSummary[]>();
  const withLocal = posts
    .map((post) => ({ post, local: postLocal(post, zone) }))
    .filter((p): p is { post: PostSummary; local: string } => p.local !== null)
    .sort((a, b) => a.local.localeCompare(b.local));
  for (const { post, local } of withLocal) {
    const date = local.slice(0, 10);
    const list = map.get(date);
    if (list) list.push(post);
    else map.set(date, [post]);
  }
  return map;
}
