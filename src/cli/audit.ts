// `zorgpost audit verify --org SLUG` and `zorgpost audit export --org SLUG [--from D] [--to D]`.
// verify exits 1 when the chain is broken (and says where); export writes JSON Lines to stdout.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import type { Config } from '../config/config';
import type { Db } from '../db/client';
import { organisations } from '../db/schema';
import { auditEventsBetween, jsonLine } from '../features/audit/export-audit';
import { verifyAuditChain } from '../features/audit/verify-audit-chain';
import { type Authorized, systemScope } from '../features/org-scope';
import { boot } from '../runtime/boot';

export class UsageError extends Error {}

async function orgScope(db: Db, slug: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  if (!org) throw new UsageError(`no organisation with slug "${slug}"`);
  // The command line is the installation's operator: the whole trail of the organisation.
  return systemScope(db, org) as Authorized<'audit.read'>;
}

/** A date (2026-11-01, midnight UTC) or a full ISO instant. */
function instant(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--${name}: expected a date like 2026-11-01 or 2026-11-01T09:00:00Z`);
  return d;
}

export async function runAudit(args: string[], config: Config, out: { write(s: string): unknown } = process.stdout): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { org: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
  if ((sub !== 'verify' && sub !== 'export') || !values.org) {
    throw new UsageError('usage: zorgpost audit verify --org SLUG | zorgpost audit export --org SLUG [--from DATE] [--to DATE]');
  }
  const period = { from: instant(values.from, 'from'), to: instant(values.to, 'to') };
  const { database } = await boot(config);
  try {
    const scope = await orgScope(database.db, values.org);
    if (sub === 'verify') {
      const chain = await verifyAuditChain(scope);
      if (chain.intact) {
        console.log(`Audit trail of ${values.org} is intact: ${chain.checked} entries checked.`);
        return 0;
      }
      console.error(`Audit trail of ${values.org} is BROKEN at entry ${chain.brokenAtSeq} (${chain.problem}); ${chain.checked} entries before it are intact.`);
      return 1;
    }
    for await (const e of auditEventsBetween(scope, period)) out.write(jsonLine(e));
    return 0;
  } finally {
    await database.close();
  }
}
