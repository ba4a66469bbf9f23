import { and, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import { consents } from '../../db/schema';

/** Consents that hold at `at` (not withdrawn, within their period). */
export function validAt(at: Date): SQL {
  return and(isNull(consents.withdrawnAt), lte(consents.validFrom, at), or(isNull(consents.validUntil), gt(consents.validUntil, at)))!;
}
