// Reply templates: the organisation's own (managers write them), a default set for a new
// organisation, and filling them in for an item.
import { and, asc, eq } from 'drizzle-orm';
import type { InboxTemplate, InboxTemplateInput } from '../../contracts/inbox';
import type { Db } from '../../db/client';
import { inboxTemplates } from '../../db/schema';
import { DEFAULT_TEMPLATES } from '../../domain/reply-templates';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../errors';
import type { Authorized } from '../org-scope';

const toTemplate = (t: typeof inboxTemplates.$inferSelect): InboxTemplate => ({
  id: t.id,
  name: t.name,
  body: t.body,
  lang: t.lang === 'en' ? 'en' : 'nl',
  purpose: (t.purpose as InboxTemplate['purpose']) ?? null,
  private: t.private,
});

/** The Dutch and English defaults (the crisis referral, "let's continue privately", …) for a new organisation. */
export async function seedDefaultTemplates(db: Db, orgId: string): Promise<void> {
  await db.insert(inboxTemplates).values(DEFAULT_TEMPLATES.map((t) => ({ orgId, ...t })));
}

export async function loadTemplates(db: Db, orgId: string): Promise<InboxTemplate[]> {
  const rows = await db.select().from(inboxTemplates).where(eq(inboxTemplates.orgId, orgId)).orderBy(asc(inboxTemplates.name), asc(inboxTemplates.id));
  return rows.map(toTemplate);
}

export async function listTemplates(scope: Authorized<'inbox.read'>): Promise<InboxTemplate[]> {
  return loadTemplates(scope.db, scope.orgId);
}

export async function createTemplate(scope: Authorized<'inbox.manage'>, input: InboxTemplateInput): Promise<InboxTemplate> {
  return scope.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(inboxTemplates)
      .values({ orgId: scope.orgId, ...input })
      .returning();
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.template_create', detail: { templateId: row!.id } });
    return toTemplate(row!);
  });
}

export async function updateTemplate(scope: Authorized<'inbox.manage'>, id: string, input: InboxTemplateInput): Promise<InboxTemplate> {
  return scope.db.transaction(async (tx) => {
    const [row] = await tx
      .update(inboxTemplates)
      .set({ ...input, updatedAt: new Date() })
      .where(and(eq(inboxTemplates.id, id), eq(inboxTemplates.orgId, scope.orgId)))
      .returning();
    if (!row) throw notFound('inbox_template');
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.template_update', detail: { templateId: id } });
    return toTemplate(row);
  });
}

export async function deleteTemplate(scope: Authorized<'inbox.manage'>, id: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(inboxTemplates)
      .where(and(eq(inboxTemplates.id, id), eq(inboxTemplates.orgId, scope.orgId)))
      .returning({ id: inboxTemplates.id });
    if (!row) throw notFound('inbox_template');
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.template_delete', detail: { templateId: id } });
  });
}
