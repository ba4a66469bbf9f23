// The default trusted sources are added once per organisation, on first use (the list, the
// reading list, or the worker's round for every organisation not yet seeded): one statement that
// marks the organisation and inserts the defaults whose domain it does not list yet, so two
// workers or requests at once add them once. An organisation that removes a default keeps it removed.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { DEFAULT_SOURCES } from './default-sources';

export async function seedDefaultSources(db: Db, orgId?: string): Promise<void> {
  const rows = sql.join(
    DEFAULT_SOURCES.map((s) => sql`(${s.name}, ${s.domain}, ${s.feedUrl}::text)`),
    sql`, `,
  );
  await db.execute(sql`
    WITH orgs AS (
      UPDATE organisations SET sources_seeded = true
      WHERE NOT sources_seeded ${orgId ? sql`AND id = ${orgId}` : sql``}
      RETURNING id)
    INSERT INTO trusted_sources (org_id, name, domain, feed_url)
    SELECT o.id, d.name, d.domain, d.feed_url FROM orgs o CROSS JOIN (VALUES ${rows}) AS d(name, domain, feed_url)
    WHERE NOT EXISTS (SELECT 1 FROM trusted_sources s WHERE s.org_id = o.id AND s.domain = d.domain)
    ON CONFLICT DO NOTHING`);
}
