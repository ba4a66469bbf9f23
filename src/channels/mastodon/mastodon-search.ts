// Listening on Mastodon (docs.joinmastodon.org/methods/timelines/#tag, /methods/search/#v2): a
// "#tag" query reads the hashtag timeline (public, no full-text index needed), any other text the
// v2 search for statuses (which finds only what the instance's full-text search allows). Newest
// first; the cursor is the oldest id seen (max_id), for the next older page.
import { ChannelReadError, type ChannelAccess, type FoundItem } from '../reading';
import { instanceOf, parseCredentials } from './mastodon-account';
import { type MastodonStatus, read } from './mastodon-inbound';
import { statusText } from './status-text';

// The largest page each method gives (docs: limit, max 40).
const PAGE = 40;

export async function searchMastodon(req: ChannelAccess & { query: string; cursor: string | null }): Promise<{ items: FoundItem[]; cursor: string | null }> {
  const credentials = parseCredentials(req.credentials);
  if (!credentials) throw new ChannelReadError('Mastodon: niet gekoppeld, opnieuw koppelen', { retryable: false, channelProblem: true });
  const instance = instanceOf(req.settings);
  const q = req.query.trim();
  const tag = /^#[\p{L}\p{N}_]+$/u.test(q) ? q.slice(1) : null;
  const params = new URLSearchParams({ limit: String(PAGE) });
  if (req.cursor) params.set('max_id', req.cursor);
  let statuses: MastodonStatus[];
  if (tag) {
    const answer = await read(req, `${instance}/api/v1/timelines/tag/${encodeURIComponent(tag)}?${params}`, credentials.accessToken);
    statuses = Array.isArray(answer.body) ? (answer.body as MastodonStatus[]) : [];
  } else {
    params.set('q', q);
    params.set('type', 'statuses');
    const answer = await read(req, `${instance}/api/v2/search?${params}`, credentials.accessToken);
    const body = answer.body as { statuses?: unknown };
    statuses = Array.isArray(body.statuses) ? (body.statuses as MastodonStatus[]) : [];
  }
  const items = statuses
    .filter((s) => s.visibility === 'public' || s.visibility === 'unlisted')
    .map(
      (s): FoundItem => ({
        // The status URI is the same on every instance: the same post read through two accounts is one item.
        externalId: s.uri || s.id,
        author: { externalId: s.account.id, handle: s.account.acct, displayName: s.account.display_name || null },
        text: statusText(s.content),
        lang: s.language,
        url: s.url ?? s.uri ?? null,
        createdAt: new Date(s.created_at).toISOString(),
      }),
    );
  const oldest = statuses.at(-1)?.id ?? null;
  return { items, cursor: statuses.length === PAGE ? oldest : null };
}
