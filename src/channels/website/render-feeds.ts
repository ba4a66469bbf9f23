// Renders the website channel's published items as RSS 2.0 (with Media RSS for alt text),
// Atom 1.0 and JSON Feed 1.1. Item ids are the post ids, so they stay stable.
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import { itemTitle } from './item-title';

export interface FeedItem {
  id: string;
  text: string;
  publishedAt: Date;
  author: string | null;
  media: { url: string; mimeType: string; sizeBytes: number; altText: string }[];
}

export interface FeedInfo {
  title: string;
  description: string;
  homeUrl: string;
  selfBase: string; // .../feeds/{org}/{channel}
  language: string;
  /** Who speaks in the feed (the organisation); Atom requires a feed-level author. */
  publisher?: string;
  items: FeedItem[];
}

// XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and unpaired surrogates:
// one of them in a post would make the whole feed unreadable for every reader.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Every text of the feed without characters XML cannot carry (also for JSON Feed, so all three agree). */
function cleanFeed(feed: FeedInfo): FeedInfo {
  return {
    ...feed,
    title: xmlSafe(feed.title),
    description: xmlSafe(feed.description),
    publisher: feed.publisher === undefined ? undefined : xmlSafe(feed.publisher),
    items: feed.items.map((item) => ({
      ...item,
      text: xmlSafe(item.text),
      author: item.author === null ? null : xmlSafe(item.author),
      media: item.media.map((m) => ({ ...m, altText: xmlSafe(m.altText) })),
    })),
  };
}

export { itemTitle } from './item-title';

const itemUrl = (feed: FeedInfo, item: FeedItem) => `${feed.selfBase}/feed.json#${item.id}`;
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function itemHtml(item: FeedItem): string {
  const paragraphs = item.text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  const images = item.media.map((m) => `<img src="${escapeHtml(m.url)}" alt="${escapeHtml(m.altText)}">`);
  return [...paragraphs, ...images].join('');
}

export function renderRss(dirty: FeedInfo): string {
  const feed = cleanFeed(dirty);
  return generateRssFeed({
    title: feed.title,
    link: feed.homeUrl,
    description: feed.description,
    language: feed.language,
    lastBuildDate: feed.items[0]?.publishedAt,
    atom: { links: [{ href: `${feed.selfBase}/rss.xml`, rel: 'self', type: 'application/rss+xml' }] },
    items: feed.items.map((item) => ({
      title: itemTitle(item.text),
      link: itemUrl(feed, item),
      guid: { value: `urn:uuid:${item.id}`, isPermaLink: false },
      description: itemHtml(item),
      pubDate: item.publishedAt,
      // RSS 2.0 allows one enclosure per item; Media RSS carries every image with its alt text.
      enclosures: item.media.slice(0, 1).map((m) => ({ url: m.url, length: m.sizeBytes, type: m.mimeType })),
      media: item.media.length
        ? {
            contents: item.media.map((m) => ({
              url: m.url,
              type: m.mimeType,
              fileSize: m.sizeBytes,
              description: { value: m.altText, type: 'plain' as const },
            })),
          }
        : undefined,
    })),
  });
}

export function renderAtom(dirty: FeedInfo): string {
  const feed = cleanFeed(dirty);
  return generateAtomFeed({
    id: `${feed.selfBase}/atom.xml`,
    title: { value: feed.title, type: 'text' },
    subtitle: { value: feed.description, type: 'text' },
    updated: feed.items[0]?.publishedAt ?? new Date(0),
    // RFC 4287 §4.1.1: a feed whose entries have no author must name one itself.
    authors: [{ name: feed.publisher ?? feed.title, uri: feed.homeUrl }],
    links: [
      { href: feed.homeUrl, rel: 'alternate' },
      { href: `${feed.selfBase}/atom.xml`, rel: 'self', type: 'application/atom+xml' },
    ],
    entries: feed.items.map((item) => ({
      id: `urn:uuid:${item.id}`,
      title: { value: itemTitle(item.text), type: 'text' },
      updated: item.publishedAt,
      published: item.publishedAt,
      authors: item.author ? [{ name: item.author }] : undefined,
      content: { value: itemHtml(item), type: 'html' },
      links: [
        { href: itemUrl(feed, item), rel: 'alternate' },
        ...item.media.map((m) => ({ href: m.url, rel: 'enclosure', type: m.mimeType, length: m.sizeBytes, title: m.altText })),
      ],
    })),
  });
}

export function renderJsonFeed(dirty: FeedInfo): string {
  const feed = cleanFeed(dirty);
  const doc = generateJsonFeed({
    title: feed.title,
    description: feed.description,
    home_page_url: feed.homeUrl,
    feed_url: `${feed.selfBase}/feed.json`,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.id,
      url: itemUrl(feed, item),
      title: itemTitle(item.text),
      content_text: item.text,
      date_published: item.publishedAt,
      authors: item.author ? [{ name: item.author }] : undefined,
      // JSON Feed has no alt field; `title` is its description of an attachment.
      attachments: item.media.map((m) => ({ url: m.url, mime_type: m.mimeType, size_in_bytes: m.sizeBytes, title: m.altText })),
    })),
  }) as Record<string, unknown>;
  // `items` is required by JSON Feed 1.1, also when empty; the generator drops empty arrays.
  return JSON.stringify({ ...doc, items: doc.items ?? [] });
}
