// A trusted source as the API shows it: what it is, and the state of its feed in one word plus,
// when it fails, why and since when.
import type { Source } from '../../contracts/curation';
import type { trustedSources } from '../../db/schema';

type SourceRow = typeof trustedSources.$inferSelect;

export function sourceStatus(row: SourceRow): Source['status'] {
  if (!row.feedUrl) return 'no-feed';
  if (!row.active) return 'paused';
  if (row.lastStatus === 'failed') return 'failing';
  return row.lastStatus === 'ok' ? 'ok' : 'waiting';
}

export function toSource(row: SourceRow): Source {
  const failing = row.lastStatus === 'failed' && row.lastError;
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    feedUrl: row.feedUrl,
    active: row.active,
    status: sourceStatus(row),
    lastFetchedAt: row.lastFetchedAt?.toISOString() ?? null,
    error: failing
      ? {
          reason: row.lastError as NonNullable<Source['error']>['reason'],
          httpStatus: row.lastErrorStatus,
          since: (row.failingSince ?? row.lastFetchedAt ?? row.updatedAt).toISOString(),
          failures: row.failures,
        }
      : null,
    nextFetchAt: row.feedUrl && row.active ? row.nextFetchAt.toISOString() : null,
  };
}
