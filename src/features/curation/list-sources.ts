// The organisation's trusted sources (seeded with the defaults on first use), and one of them.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { SourceList } from '../../contracts/curation';
import { trustedSources } from '../../db/schema';
import { TRUSTED_DOMAINS } from '../../guard/lexicon/trusted-domains';
import { notFound } from '../errors';
import type { OrgScope } from '../org-scope';
import { seedDefaultSources } from './seed-sources';
import { toSource } from './source-view';

/** At most this many sources per organisation, so the list is always answered whole. */
export const MAX_SOURCES = 200;

export async function listSources(scope: OrgScope): Promise<SourceList> {
  await seedDefaultSources(scope.db, scope.orgId);
  const rows = await scope.db
    .select()
    .from(trustedSources)
    .where(eq(trustedSources.orgId, scope.orgId))
    .orderBy(asc(sql`lower(${trustedSources.name})`), asc(trustedSources.id));
  return { items: rows.map(toSource), builtIn: [...TRUSTED_DOMAINS].sort() };
}

export async function findSource(scope: OrgScope, id: string) {
  const [row] = await scope.db
    .select()
    .from(trustedSources)
    .where(and(eq(trustedSources.id, id), eq(trustedSources.orgId, scope.orgId)));
  if (!row) throw notFound('source');
  return row;
}
