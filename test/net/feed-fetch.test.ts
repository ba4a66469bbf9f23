// Feeds are read with a conditional GET: an unchanged feed costs a 304 and no parsing, and a
// broken feed or a refused address is a FeedError with a reason the source can show.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError, fetchFeed } from '../../src/net/feed-fetch';
import { outbound } from '../../src/net/safe-fetch';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Thuisarts nieuws</title>
<item><guid>griep-2026</guid><title>Griepprik &amp; corona</title><link>https://www.thuisarts.nl/griep</link>
<description>&lt;p&gt;Wie krijgt  een uitnodiging?&lt;/p&gt;</description><pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>WHO news</title>
<entry><id>urn:who:1</id><title>Measles</title><link href="https://www.who.int/news/1"/><updated>2026-11-20T10:00:00Z</updated><summary>Cases rise.</summary></entry></feed>`;

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/rss') {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS);
    }
    if (req.url === '/atom') return res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM);
    if (req.url === '/html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>no feed</body></html>');
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const net = outbound({ allowPrivate: true });

describe('fetchFeed', () => {
  it('reads RSS items as plain text with their id, link and time, and returns 304 as not modified', async () => {
    const first = await fetchFeed(net, `${base}/rss`);
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.title).toBe('Thuisarts nieuws');
    expect(first.items).toEqual([
      {
        id: 'griep-2026',
        title: 'Griepprik & corona',
        url: 'https://www.thuisarts.nl/griep',
        summary: 'Wie krijgt een uitnodiging?',
        publishedAt: new Date('2026-11-03T09:00:00Z'),
      },
    ]);
    expect(first.etag).toBe('"v1"');
    expect(await fetchFeed(net, `${base}/rss`, { etag: first.etag })).toEqual({ status: 'not-modified' });
  });

  it('reads Atom entries', async () => {
    const atom = await fetchFeed(net, `${base}/atom`);
    expect(atom.status === 'ok' && atom.items.map((i) => [i.id, i.url, i.summary])).toEqual([['urn:who:1', 'https://www.who.int/news/1', 'Cases rise.']]);
  });

  it('names what is wrong with a failing feed', async () => {
    await expect(fetchFeed(net, `${base}/html`)).rejects.toMatchObject({ reason: 'not-a-feed' });
    await expect(fetchFeed(net, `${base}/gone`)).rejects.toMatchObject({ reason: 'http', httpStatus: 500 });
    await expect(fetchFeed(outbound({ allowPrivate: false }), `${base}/rss`)).rejects.toBeInstanceOf(FeedError);
  });
});
