// One list, not two: the guard's link rule (and the e-mail rule's own domains) trust the
// organisation's trusted sources besides the built-in defaults. The guard stays pure: its input
// gets the domains, read in the same statement as the settings, never a query per scan.
import { sql } from 'drizzle-orm';
import type { GuardOrgSettings } from '../../guard/types';

/**
 * The trusted-source domains of the organisation a query selects from `organisations`, sorted
 * (the guard's verdict cache keys on them). Written out in full: a column drizzle renders bare
 * would name the subquery's own table.
 */
export const trustedDomains = () =>
  sql<
    string[]
  >`coalesce((select array_agg(distinct ts.domain order by ts.domain) from trusted_sources ts where ts.org_id = "organisations"."id"), '{}'::text[])`;

/** The guard's input: the stored settings with the trusted sources as the allowed domains. */
export function withTrustedDomains(settings: GuardOrgSettings | null | undefined, domains: readonly string[]): GuardOrgSettings {
  const s = settings ?? {};
  return { ...s, allow: { ...s.allow, domains: [...domains] } };
}
