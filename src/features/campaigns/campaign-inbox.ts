// The reactions that belong to a campaign (replies to its posts, messages with its hashtag since it
// started — campaignInboxCondition), one page at a time, newest first, for its overview page.
import { sql } from 'drizzle-orm';
import type { CampaignInboxItem } from '../../contracts/campaign-overview';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import type { Authorized } from '../org-scope';
import { campaignInboxCondition } from './campaign-results';
import { findCampaign } from './campaigns';

const EXCERPT = 200;

type Row = {
  id: string;
  channel_id: string;
  channel_name: string;
  channel_type: string;
  author_handle: string;
  author_name: string | null;
  excerpt: string;
  written_at: string;
  category: string;
  urgent: boolean;
  state: string;
  post_id: string | null;
};

export async function listCampaignInbox(
  scope: Authorized<'inbox.read'>,
  campaignId: string,
  query: { cursor?: string; limit: number },
): Promise<{ items: CampaignInboxItem[]; nextCursor: string | null }> {
  const c = await findCampaign(scope, campaignId);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const after = cursor?.at ? sql`AND (i.written_at, i.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : sql``;
  const result = await scope.db.execute(sql`
    SELECT i.id, i.channel_id, ch.name AS channel_name, ch.type AS channel_type, i.author_handle, i.author_name,
      left(i.text, ${EXCERPT}) AS excerpt, i.category, i.urgent, i.state, i.post_id,
      to_char(i.written_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS written_at
    FROM inbox_items i JOIN channels ch ON ch.id = i.channel_id AND ch.org_id = ${scope.orgId}
    WHERE ${campaignInboxCondition(c)} ${after}
    ORDER BY i.written_at DESC, i.id DESC
    LIMIT ${query.limit + 1}`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      channel: { id: r.channel_id, name: r.channel_name, type: r.channel_type },
      authorHandle: r.author_handle,
      authorName: r.author_name,
      excerpt: r.excerpt,
      writtenAt: new Date(r.written_at).toISOString(),
      category: r.category,
      urgent: r.urgent,
      state: r.state,
      postId: r.post_id,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.written_at, id: last.id }) : null,
  };
}
