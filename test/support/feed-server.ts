// A local web server with the feeds of trusted sources, for the curation tests: real RSS 2.0 and
// Atom documents, an ETag and Last-Modified each, a 304 to a conditional GET that matches, and a
// feed that can be broken (HTTP 500 or not a feed) and mended. Every request is recorded.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  summary: string;
  published: Date;
}

export interface ServedFeed {
  kind: 'rss' | 'atom';
  title: string;
  entries: FeedEntry[];
  /** 'http-500' answers 500; 'not-a-feed' answers an HTML page. */
  broken?: 'http-500' | 'not-a-feed';
  /** Answers 304 when If-None-Match / If-Modified-Since matches the current version. */
  conditional?: boolean;
  version?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rssDocument(feed: ServedFeed): string {
  const items = feed.entries
    .map(
      (e) => `    <item>
      <title>${esc(e.title)}</title>
      <link>${esc(e.link)}</link>
      <guid isPermaLink="false">${esc(e.id)}</guid>
      <description>${esc(`<p>${e.summary}</p>`)}</description>
      <pubDate>${e.published.toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${esc(feed.title)}</title>
    <link>https://www.thuisarts.nl/</link>
    <description>Nieuws</description>
    <language>nl</language>
${items}
  </channel>
</rss>`;
}

export function atomDocument(feed: ServedFeed): string {
  const updated = new Date(Math.max(0, ...feed.entries.map((e) => e.published.getTime())));
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <title>${esc(e.title)}</title>
    <link rel="alternate" href="${esc(e.link)}"/>
    <id>${esc(e.id)}</id>
    <published>${e.published.toISOString()}</published>
    <updated>${e.published.toISOString()}</updated>
    <summary>${esc(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(feed.title)}</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
  <updated>${updated.toISOString()}</updated>
${entries}
</feed>`;
}

export interface FeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
}

export async function startFeedServer(feeds: Record<string, ServedFeed>) {
  const requests: FeedRequest[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://feeds').pathname;
    const feed = feeds[path];
    const answer = (status: number, headers: Record<string, string> = {}, body?: string) => {
      requests.push({ path, headers: req.headers, status });
      res.writeHead(status, headers);
      res.end(body);
    };
    if (!feed) return answer(404, { 'content-type': 'text/plain' }, 'not found');
    if (feed.broken === 'http-500') return answer(500, { 'content-type': 'text/plain' }, 'internal error');
    if (feed.broken === 'not-a-feed') return answer(200, { 'content-type': 'text/html' }, '<!doctype html><html><body><h1>Onderhoud</h1></body></html>');
    const version = feed.version ?? 1;
    const etag = `"${path.replace(/\W/g, '')}-v${version}"`;
    const lastModified = new Date(Date.UTC(2026, 10, 1, 8, version)).toUTCString();
    if (feed.conditional && (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified)) {
      return answer(304, { etag, 'last-modified': lastModified });
    }
    const body = feed.kind === 'rss' ? rssDocument(feed) : atomDocument(feed);
    const type = feed.kind === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8';
    return answer(200, { 'content-type': type, ...(feed.conditional ? { etag, 'last-modified': lastModified } : {}) }, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path: string) => `${base}${path}`,
    requests,
    hits: (path: string) => requests.filter((r) => r.path === path),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
