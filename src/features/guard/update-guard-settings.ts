// An admin changes the organisation's privacy guard settings (rule severities, allow-lists).
// Recorded in the audit trail in the same transaction: which rules changed severity and the
// sizes of the allow-lists that changed, never the listed names, numbers or addresses. The
// allowed domains are not stored here: they are the trusted sources (src/features/curation).
import { eq } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { GuardSettingsSchema } from '../../contracts/guard';
import { organisations } from '../../db/schema';
import { canonicalJson, recordAudit } from '../audit/record-audit';
import { normaliseDomain } from '../../contracts/curation';
import { trustedDomains } from '../curation/trusted-domains';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';

type GuardSettings = z.infer<typeof GuardSettingsSchema>;
type AllowList = keyof NonNullable<GuardSettings['allow']>;

/**
 * The allowed domains are the organisation's trusted sources (one list, edited on the sources
 * screen): a body may send them back unchanged, but not change them here.
 */
export async function updateGuardSettings(scope: Authorized<'org.manage'>, input: GuardSettings): Promise<void> {
  const { domains, ...allow } = input.allow ?? {};
  const settings: GuardSettings = input.allow ? { ...input, allow } : input;
  await scope.db.transaction(async (tx) => {
    if (domains) {
      const [current] = await tx.select({ domains: trustedDomains() }).from(organisations).where(eq(organisations.id, scope.orgId));
      const same = new Set(current?.domains ?? []);
      const sent = new Set(domains.map(normaliseDomain));
      if (sent.size !== same.size || [...sent].some((d) => !same.has(d))) {
        throw new AppError(422, 'guard_domains_are_sources', {}, [{ path: 'allow.domains', message: 'guard_domains_are_sources' }]);
      }
    }
    const [row] = await tx.select({ s: organisations.guardSettings }).from(organisations).where(eq(organisations.id, scope.orgId)).for('update');
    const before = (row?.s ?? {}) as GuardSettings;
    await tx.update(organisations).set({ guardSettings: settings }).where(eq(organisations.id, scope.orgId));

    const severities: Record<string, { from: string | null; to: string | null }> = {};
    for (const rule of new Set([...Object.keys(before.severities ?? {}), ...Object.keys(settings.severities ?? {})])) {
      const from = before.severities?.[rule] ?? null;
      const to = settings.severities?.[rule] ?? null;
      if (from !== to) severities[rule] = { from, to };
    }
    const allowLists: Record<string, { from: number; to: number }> = {};
    const lists = new Set([...Object.keys(before.allow ?? {}), ...Object.keys(settings.allow ?? {})]) as Set<AllowList>;
    for (const list of lists) {
      const a = before.allow?.[list] ?? [];
      const b = settings.allow?.[list] ?? [];
      if (canonicalJson(a) !== canonicalJson(b)) allowLists[list] = { from: a.length, to: b.length };
    }
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'guard.settings_changed', detail: { severities, allowLists } });
  });
}
