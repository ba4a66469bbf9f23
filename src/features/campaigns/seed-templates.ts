// The default campaign templates are added once per organisation, on first use (the template
// list, or a template saved): one statement marks the organisation and inserts the defaults in
// its language, so two requests at once add them once, and a default it deletes stays deleted.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { DEFAULT_TEMPLATES } from './default-templates';

export async function seedDefaultTemplates(db: Db, orgId: string): Promise<void> {
  const rows = (lang: 'nl' | 'en') =>
    sql.join(
      DEFAULT_TEMPLATES[lang].map((t) => sql`(${lang}, ${t.name}, ${JSON.stringify(t.content)}::jsonb)`),
      sql`, `,
    );
  await db.execute(sql`
    WITH org AS (
      UPDATE organisations SET campaign_templates_seeded = true
      WHERE id = ${orgId} AND NOT campaign_templates_seeded
      RETURNING id, CASE WHEN locale = 'en' THEN 'en' ELSE 'nl' END AS lang)
    INSERT INTO campaign_templates (org_id, name, route, content)
    SELECT o.id, d.name, 'careful', d.content FROM org o
    JOIN (VALUES ${rows('nl')}, ${rows('en')}) AS d(lang, name, content) ON d.lang = o.lang
    ON CONFLICT DO NOTHING`);
}
