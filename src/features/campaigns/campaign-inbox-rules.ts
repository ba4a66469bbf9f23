// The campaign's inbox rules (aftercare): an item that belongs to a running campaign — a reaction
// to its posts, or a message with its hashtag — is assigned to the campaign's first responder when
// nobody has it yet, and labelled with the hashtag. The label marks an item as handled by the
// rule, so the sweep touches each item once; run by the worker every minute after the inbox reads.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { campaigns } from '../../db/schema';
import { campaignInboxCondition } from './campaign-results';
import type { CampaignRow } from './campaign-view';

/** The label the rule puts on the campaign's items (inbox labels are at most 40 characters). */
export const campaignLabel = (c: Pick<CampaignRow, 'hashtag' | 'name'>) => (c.hashtag ?? `#${c.name}`).slice(0, 40);

export async function applyCampaignRules(db: Db, c: CampaignRow): Promise<number> {
  const responders = (c.aftercare as { responders?: unknown }).responders;
  const first = Array.isArray(responders) && typeof responders[0] === 'string' ? responders[0] : null;
  const label = campaignLabel(c);
  // The responder must still be a member: a person who left is not given the campaign's items.
  // An item already labelled was handled before (WHERE), so the label is appended once.
  const result = await db.execute(sql`
    UPDATE inbox_items i SET
      assignee_id = coalesce(i.assignee_id,
        (SELECT m.user_id FROM memberships m WHERE m.org_id = ${c.orgId} AND m.user_id = ${first}::uuid)),
      labels = array_append(i.labels, ${label}::text),
      updated_at = now()
    WHERE ${campaignInboxCondition(c)} AND NOT (${label} = ANY(i.labels))
    RETURNING i.id`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}

/** Every running campaign's rules (closed campaigns leave the inbox alone). */
export async function applyCampaignInboxRules(db: Db): Promise<number> {
  const running = await db
    .select()
    .from(campaigns)
    .where(
      sql`${campaigns.phase} <> 'closed' AND (${campaigns.hashtag} IS NOT NULL OR EXISTS (SELECT 1 FROM posts p WHERE p.org_id = ${campaigns.orgId} AND p.campaign_id = ${campaigns.id}))`,
    );
  let touched = 0;
  for (const c of running) touched += await applyCampaignRules(db, c);
  return touched;
}
