// Public figures of our statuses and the account's follower count, from a Mastodon instance's
// documented REST API: GET /api/v1/statuses?id[]= (several statuses at once, Mastodon 4.3+;
// an older instance answers 404 and each status is read on its own with GET /api/v1/statuses/:id)
// and GET /api/v1/accounts/verify_credentials (followers_count). Mastodon has no impressions,
// reach or clicks: those stay null.
import type { PostFigures } from '../reading';
import { ChannelReadError, type ChannelAccess } from '../reading';
import { apiCall, retryAfterMs, TransportFailure, type ApiAnswer } from '../oauth/api-call';

/** Mastodon's page size for GET /api/v1/statuses (its default statuses limit). */
export const MASTODON_STATUS_BATCH = 20;

function access(req: ChannelAccess): { instance: string; token: string } {
  const token = req.credentials?.accessToken;
  if (typeof token !== 'string' || !token) throw new ChannelReadError('Mastodon: not connected', { retryable: false, channelProblem: true });
  return { instance: String(req.settings.instance ?? '').replace(/\/+$/, ''), token };
}

async function call(req: ChannelAccess, url: string, token: string): Promise<ApiAnswer> {
  try {
    return await apiCall(req.net, url, { token });
  } catch (error) {
    if (error instanceof TransportFailure)
      throw new ChannelReadError(`Mastodon could not be reached (${error.stage})`, {
        retryable: error.stage !== 'refused',
        channelProblem: error.stage === 'refused',
      });
    throw error;
  }
}

/** Turns a refusal into the read error the engine understands. */
function refusal(answer: ApiAnswer): ChannelReadError {
  if (answer.status === 401 || answer.status === 403)
    return new ChannelReadError(`Mastodon refused the access token (HTTP ${answer.status})`, { retryable: false, channelProblem: true });
  if (answer.status === 429) {
    const wait = retryAfterMs(answer.headers);
    return new ChannelReadError('Mastodon is rate-limiting this account', { retryable: true, ...(wait !== undefined && { retryAfterMs: wait }) });
  }
  return new ChannelReadError(`Mastodon answered HTTP ${answer.status}`, { retryable: answer.status >= 500 });
}

const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function figuresOf(status: Record<string, unknown>, externalId: string): PostFigures {
  return {
    externalId,
    likes: count(status.favourites_count),
    reposts: count(status.reblogs_count),
    replies: count(status.replies_count),
    // Quote posts arrived in Mastodon 4.5; earlier instances do not count them.
    quotes: count(status.quotes_count),
    impressions: null,
    reach: null,
    clicks: null,
    videoViews: null,
  };
}

/** A thread's externalId lists its parts' ids; the figures are those of its first status. */
const firstId = (externalId: string) => externalId.split(',')[0]!;

export async function readMastodonFigures(req: ChannelAccess & { externalIds: string[] }): Promise<PostFigures[]> {
  const { instance, token } = access(req);
  const out: PostFigures[] = [];
  for (let i = 0; i < req.externalIds.length; i += MASTODON_STATUS_BATCH) {
    const batch = req.externalIds.slice(i, i + MASTODON_STATUS_BATCH);
    const byStatus = new Map(batch.map((e) => [firstId(e), e]));
    const query = [...byStatus.keys()].map((id) => `id[]=${encodeURIComponent(id)}`).join('&');
    const answer = await call(req, `${instance}/api/v1/statuses?${query}`, token);
    if (answer.status === 200 && Array.isArray(answer.body)) {
      for (const s of answer.body as Record<string, unknown>[]) {
        const ours = byStatus.get(String(s.id));
        if (ours) out.push(figuresOf(s, ours));
      }
      continue;
    }
    if (answer.status !== 404) throw refusal(answer);
    // An instance before 4.3: one status at a time; a deleted status (404) has no figures.
    for (const [id, ours] of byStatus) {
      const one = await call(req, `${instance}/api/v1/statuses/${encodeURIComponent(id)}`, token);
      if (one.status === 404) continue;
      if (one.status !== 200) throw refusal(one);
      out.push(figuresOf(one.body, ours));
    }
  }
  return out;
}

export async function readMastodonFollowers(req: ChannelAccess): Promise<number | null> {
  const { instance, token } = access(req);
  const answer = await call(req, `${instance}/api/v1/accounts/verify_credentials`, token);
  if (answer.status !== 200) throw refusal(answer);
  return count(answer.body.followers_count);
}
