// Reads an RSS or Atom feed through the installation's outbound policy, with a conditional GET
// (ETag / Last-Modified) so an unchanged feed costs a 304 and no parsing. Shared by listening
// (news and review feeds) and curation (trusted sources). A feed that fails throws FeedError with
// a reason the caller stores on the source: a failing feed is marked, never retried in a loop.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Outbound } from './safe-fetch';
import { refusalIn } from './safe-fetch';

export interface FeedItem {
  /** The item's guid/id, else its link: stable across fetches, the key to store it once. */
  id: string;
  title: string | null;
  url: string | null;
  /** Plain text of the description or content, whitespace collapsed, at most 2,000 characters. */
  summary: string | null;
  /** When the item was published (else updated), UTC; null when the feed does not say. */
  publishedAt: Date | null;
}

export type FeedFetch =
  | { status: 'not-modified' }
  | { status: 'ok'; title: string | null; items: FeedItem[]; etag: string | null; lastModified: string | null };

export type FeedErrorReason = 'refused' | 'unreachable' | 'http' | 'too-large' | 'not-a-feed';

export class FeedError extends Error {
  readonly code = 'ZP_FEED_ERROR';
  constructor(
    readonly reason: FeedErrorReason,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

const plain = (html: string | null | undefined): string | null => {
  if (!html) return null;
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, 2000) : null;
};

/** Fetches and parses a feed; `previous` makes it a conditional GET. */
export async function fetchFeed(out: Outbound, url: string, previous: { etag?: string | null; lastModified?: string | null } = {}): Promise<FeedFetch> {
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1' };
  if (previous.etag) headers['if-none-match'] = previous.etag;
  if (previous.lastModified) headers['if-modified-since'] = previous.lastModified;
  let res: Response;
  try {
    res = await out.fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const refused = refusalIn(error);
    if (refused) throw new FeedError('refused', `feed address refused: ${refused.message}`);
    throw new FeedError('unreachable', `feed could not be reached: ${(error as Error).message}`);
  }
  if (res.status === 304) return { status: 'not-modified' };
  if (!res.ok) {
    await res.body?.cancel();
    throw new FeedError('http', `feed answered HTTP ${res.status}`, res.status);
  }
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) {
    await res.body?.cancel();
    throw new FeedError('too-large', `feed is larger than ${MAX_BYTES} bytes`);
  }
  const body = await res.text();
  if (body.length > MAX_BYTES) throw new FeedError('too-large', `feed is larger than ${MAX_BYTES} bytes`);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(body);
  } catch {
    throw new FeedError('not-a-feed', 'the answer is not an RSS or Atom feed');
  }
  const items: FeedItem[] = [];
  for (const item of feed.items) {
    const id = item.id ?? item.url;
    if (!id) continue;
    const when = item.published ?? item.updated;
    items.push({ id, title: plain(item.title), url: item.url, summary: plain(item.description ?? item.content), publishedAt: when ?? null });
  }
  return { status: 'ok', title: plain(feed.title), items, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
}
