import type { Organisation } from '../contracts/auth';
import type { organisations } from '../db/schema';

export function organisationView(org: typeof organisations.$inferSelect): Organisation {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    timeZone: org.timeZone,
    locale: org.locale === 'en' ? 'en' : 'nl',
    pausedAt: org.pausedAt?.toISOString() ?? null,
  };
}
