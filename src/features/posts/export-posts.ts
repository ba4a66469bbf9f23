// The plan as a spreadsheet (CSV): one line per planned post in the period, in planned order,
// with the columns an import reads back. Fields are escaped against formula injection (csvField).
import { and, asc, eq, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { channels, posts, postVariants, users } from '../../db/schema';
import { toCsv } from '../../domain/csv';
import type { Authorized } from '../org-scope';

export const EXPORT_HEADER = ['text', 'channels', 'time', 'labels', 'status', 'author'];

export async function exportPosts(scope: Authorized<'post.read'>, period: { from?: string; to?: string }): Promise<string> {
  const filters: SQL[] = [eq(posts.orgId, scope.orgId), isNotNull(posts.scheduledAt)];
  if (period.from) filters.push(gte(posts.scheduledAt, new Date(period.from)));
  if (period.to) filters.push(lte(posts.scheduledAt, new Date(period.to)));
  const rows = await scope.db
    .select({
      text: posts.baseText,
      local: sql<string>`to_char(${posts.scheduledAt} at time zone ${scope.timeZone}, 'YYYY-MM-DD HH24:MI')`,
      labels: posts.labels,
      status: posts.status,
      author: users.name,
      channels: sql<string>`coalesce((
        select string_agg(c.name, '; ' order by c.name) from ${postVariants} pv join ${channels} c on c.id = pv.channel_id
        where pv.post_id = ${posts.id} and pv.org_id = ${posts.orgId}), '')`,
    })
    .from(posts)
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(and(...filters))
    .orderBy(asc(posts.scheduledAt), asc(posts.id));
  return toCsv([EXPORT_HEADER, ...rows.map((r) => [r.text, r.channels, r.local, r.labels.join('; '), r.status, r.author ?? ''])]);
}
