// The web app's side of POST /posts/bulk: one call for one or many posts, each post's outcome back.
import { api, orgPath } from '../api';
import type { BulkInput, BulkResult } from '../../../src/contracts/post-bulk';

export type { BulkInput, BulkResult };
export type BulkOutcome = BulkResult['results'][number];

export function bulk(orgId: string, input: BulkInput): Promise<BulkResult> {
  return api.post<BulkResult>(orgPath(orgId, '/posts/bulk'), input);
}

/** Data type of a dragged calendar card. */
export const DRAG_TYPE = 'application/x-zorgpost-post';

export type DraggedPost = { id: string; local: string };
