// The website channel's public feeds, read the way feed readers read them: with real RSS, Atom
// and JSON Feed parsers. Only published items appear; their images are public, nothing else is.
import { randomUUID } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, createTestApp, imageForm, localIn, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type PostBody = { id: string; status: string; variants: { publishedAt: string | null }[] };

let t: TestApp;
let org: TestOrg;
let contributor: Client;
let editor: Client;
let base: string;
let feedBase: string;

const ALT = 'Verpleegkundige & cliënt bij de "prikdag" <sporthal>';
const WITH_IMAGE = {
  text: 'Prikdag griepvaccinatie: zaterdag in de sporthal. Neem uw oproepkaart mee.\n\nDe koffie staat klaar.',
  title: 'Prikdag griepvaccinatie: zaterdag in de sporthal.',
};
const WITHOUT_IMAGE = {
  text: 'Open dag in ons nieuwe wijkcentrum op 12 mei! Iedereen is welkom.',
  title: 'Open dag in ons nieuwe wijkcentrum op 12 mei!',
};
const DRAFT_TEXT = 'Concept over de verbouwing, nog niet publiceren.';
const SCHEDULED_TEXT = 'Gepland bericht over de zomerroosters.';
const UNPUBLISHED_ALT = 'Foto van de verbouwing die nog geheim is';

let image: { id: string };
let unpublishedImage: { id: string };
let withImage: { id: string; publishedAt: Date };
let withoutImage: { id: string; publishedAt: Date };

async function createPost(text: string, mediaIds: string[] = [], scheduledLocal: string | null = null): Promise<string> {
  const res = await contributor.post(`${base}/posts`, { baseText: 'Basistekst', variants: [{ channelId: org.channelId, text }], mediaIds, scheduledLocal });
  expect(res.status).toBe(201);
  return ((await res.json()) as PostBody).id;
}

async function expectStatus(id: string, status: string): Promise<PostBody> {
  const post = (await (await editor.get(`${base}/posts/${id}`)).json()) as PostBody;
  expect(post.status).toBe(status);
  return post;
}

/** Contributor writes and submits; editor approves and publishes now. */
async function publish(text: string, mediaIds: string[] = []) {
  const id = await createPost(text, mediaIds);
  expect((await contributor.post(`${base}/posts/${id}/transitions`, { event: 'submit' })).status).toBe(200);
  expect((await editor.post(`${base}/posts/${id}/transitions`, { event: 'approve' })).status).toBe(200);
  expect((await editor.post(`${base}/posts/${id}/publish-now`)).status).toBe(200);
  const post = await expectStatus(id, 'published');
  return { id, publishedAt: new Date(post.variants[0]!.publishedAt!) };
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  contributor = await loginAs(t, org.users.contributor.email);
  editor = await loginAs(t, org.users.editor.email);
  base = `/api/orgs/${org.id}`;
  feedBase = `/feeds/${org.slug}/${org.channelSlug}`;

  image = (await (await contributor.post(`${base}/media`, imageForm(PNG_1PX, ALT))).json()) as { id: string };
  unpublishedImage = (await (await contributor.post(`${base}/media`, imageForm(PNG_1PX, UNPUBLISHED_ALT))).json()) as { id: string };

  withImage = await publish(WITH_IMAGE.text, [image.id]);
  withoutImage = await publish(WITHOUT_IMAGE.text);

  // A draft, and a post approved and scheduled for later: neither may appear.
  await createPost(DRAFT_TEXT, [unpublishedImage.id]);
  const scheduled = await createPost(SCHEDULED_TEXT, [unpublishedImage.id], localIn(3, '09:30'));
  await contributor.post(`${base}/posts/${scheduled}/transitions`, { event: 'submit' });
  await editor.post(`${base}/posts/${scheduled}/transitions`, { event: 'approve' });
  expect((await editor.post(`${base}/posts/${scheduled}/transitions`, { event: 'schedule' })).status).toBe(200);
  await expectStatus(scheduled, 'scheduled');
});
afterAll(() => t.close());

const mediaUrl = (id: string) => `https://zorg.example${feedBase}/media/${id}`;
const toSecond = (d: Date) => Math.floor(d.getTime() / 1000) * 1000;

async function fetchFeed(file: string, expectedType: string): Promise<string> {
  const res = await t.app.request(`${feedBase}/${file}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(new RegExp(`^${expectedType.replace(/[+.]/g, '\\$&')}(;|$)`));
  return res.text();
}

describe('RSS 2.0', () => {
  let xml: string;
  beforeAll(async () => {
    xml = await fetchFeed('rss.xml', 'application/rss+xml');
  });

  it('is well-formed XML with a guid and pubDate in every item', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).toMatch(/<guid[^>]*>[^<]+<\/guid>/);
      expect(item).toMatch(/<pubDate>[^<]+<\/pubDate>/);
    }
  });

  it('reads as RSS 2.0 with the published items, newest first (@rowanmanning/feed-parser)', () => {
    const feed = parseFeed(xml);
    expect(feed.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(feed.title).toContain('Website');
    expect(feed.self).toBe(`https://zorg.example${feedBase}/rss.xml`);
    expect(feed.items.map((i) => i.title)).toEqual([WITHOUT_IMAGE.title, WITH_IMAGE.title]);
    expect(feed.items.map((i) => i.id)).toEqual([`urn:uuid:${withoutImage.id}`, `urn:uuid:${withImage.id}`]);
    expect(feed.items[0]!.published?.getTime()).toBe(toSecond(withoutImage.publishedAt));
    expect(feed.items[1]!.published?.getTime()).toBe(toSecond(withImage.publishedAt));
    expect(feed.items[0]!.description).toContain('Open dag in ons nieuwe wijkcentrum op 12 mei! Iedereen is welkom.');
    expect(feed.items[1]!.description).toContain('Neem uw oproepkaart mee.');

    expect(feed.items[0]!.media).toEqual([]);
    expect(feed.items[1]!.media).toHaveLength(1);
    expect(feed.items[1]!.media[0]).toMatchObject({ url: mediaUrl(image.id), mimeType: 'image/png', length: PNG_1PX.length });
  });

  it('carries the image as enclosure and its alt text as Media RSS description (feedsmith)', () => {
    const feed = parseRssFeed(xml);
    const items = feed.items ?? [];
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.guid?.value).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(item.guid?.isPermaLink).toBe(false);
      expect(item.pubDate).toBeTruthy();
    }
    const [newest, older] = items;
    expect(newest!.enclosures ?? []).toEqual([]);
    expect(older!.enclosures).toEqual([{ url: mediaUrl(image.id), type: 'image/png', length: PNG_1PX.length }]);
    const contents = older!.media?.contents ?? [];
    expect(contents).toHaveLength(1);
    expect(contents[0]).toMatchObject({ url: mediaUrl(image.id), type: 'image/png' });
    expect(contents[0]!.description?.value).toBe(ALT);
    expect(new Date(older!.pubDate!).getTime()).toBe(toSecond(withImage.publishedAt));
  });

  it('escapes the alt text in the item HTML', () => {
    const description = parseRssFeed(xml).items?.[1]?.description ?? '';
    expect(description).toContain(`<img src="${mediaUrl(image.id)}" alt="Verpleegkundige &amp; cliënt bij de &quot;prikdag&quot; &lt;sporthal&gt;">`);
  });
});

describe('Atom 1.0', () => {
  let xml: string;
  beforeAll(async () => {
    xml = await fetchFeed('atom.xml', 'application/atom+xml');
  });

  it('is well-formed XML and reads as Atom with the published entries (@rowanmanning/feed-parser)', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.items.map((i) => i.title)).toEqual([WITHOUT_IMAGE.title, WITH_IMAGE.title]);
    expect(feed.items.map((i) => i.id)).toEqual([`urn:uuid:${withoutImage.id}`, `urn:uuid:${withImage.id}`]);
    expect(feed.items[0]!.published?.toISOString()).toBe(withoutImage.publishedAt.toISOString());
    expect(feed.items[1]!.updated?.toISOString()).toBe(withImage.publishedAt.toISOString());
    expect(feed.items[1]!.content).toContain('Prikdag griepvaccinatie');
    expect(feed.items[1]!.media[0]).toMatchObject({ url: mediaUrl(image.id), mimeType: 'image/png', length: PNG_1PX.length, title: ALT });
    expect(feed.items[0]!.media).toEqual([]);
  });

  it('links the image as enclosure with the alt text as link title (feedsmith)', () => {
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe(`https://zorg.example${feedBase}/atom.xml`);
    const entries = feed.entries ?? [];
    expect(entries.map((e) => e.id)).toEqual([`urn:uuid:${withoutImage.id}`, `urn:uuid:${withImage.id}`]);
    const enclosures = (entries[1]!.links ?? []).filter((l) => l.rel === 'enclosure');
    expect(enclosures).toEqual([{ href: mediaUrl(image.id), rel: 'enclosure', type: 'image/png', length: PNG_1PX.length, title: ALT }]);
    expect((entries[0]!.links ?? []).filter((l) => l.rel === 'enclosure')).toEqual([]);
    expect(entries[0]!.content?.value).toContain('Iedereen is welkom.');
  });

  it('names the organisation as the feed author, as RFC 4287 requires when entries have none', async () => {
    const { name } = (await (await editor.get(base)).json()) as { name: string };
    const feed = parseAtomFeed(xml);
    const entriesHaveAuthors = (feed.entries ?? []).every((e) => (e.authors ?? []).length > 0);
    if (!entriesHaveAuthors) expect((feed.authors ?? []).map((a) => a.name)).toEqual([name]);
    // Staff names never leak into the public feed.
    expect(xml).not.toContain(`contributor ${org.slug.slice(4)}`);
    expect(xml).not.toContain(`editor ${org.slug.slice(4)}`);
  });
});

describe('JSON Feed 1.1', () => {
  let body: string;
  beforeAll(async () => {
    body = await fetchFeed('feed.json', 'application/feed+json');
  });

  it('declares version 1.1 and has the required fields', () => {
    const raw = JSON.parse(body) as { version: string; title: string; items: { id: unknown; content_text?: unknown; content_html?: unknown }[] };
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof raw.title).toBe('string');
    expect(raw.title.length).toBeGreaterThan(0);
    expect(raw.items).toHaveLength(2);
    for (const item of raw.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_text === 'string' || typeof item.content_html === 'string').toBe(true);
    }
  });

  it('reads with feedsmith: ids, texts, dates and the attachment with its alt text', () => {
    const feed = parseJsonFeed(body);
    expect(feed.feed_url).toBe(`https://zorg.example${feedBase}/feed.json`);
    const items = feed.items ?? [];
    expect(items.map((i) => i.id)).toEqual([withoutImage.id, withImage.id]);
    expect(items.map((i) => i.title)).toEqual([WITHOUT_IMAGE.title, WITH_IMAGE.title]);
    expect(items[0]!.content_text).toBe(WITHOUT_IMAGE.text);
    expect(items[1]!.content_text).toBe(WITH_IMAGE.text);
    expect(new Date(items[1]!.date_published!).toISOString()).toBe(withImage.publishedAt.toISOString());
    expect(items[0]!.attachments ?? []).toEqual([]);
    expect(items[1]!.attachments).toEqual([{ url: mediaUrl(image.id), mime_type: 'image/png', size_in_bytes: PNG_1PX.length, title: ALT }]);
  });
});

describe('all three formats', () => {
  it('keep the same item ids on a second fetch', async () => {
    const ids = async () => ({
      rss: parseFeed(await fetchFeed('rss.xml', 'application/rss+xml')).items.map((i) => i.id),
      atom: parseFeed(await fetchFeed('atom.xml', 'application/atom+xml')).items.map((i) => i.id),
      json: (parseJsonFeed(await fetchFeed('feed.json', 'application/feed+json')).items ?? []).map((i) => i.id),
    });
    const first = await ids();
    const second = await ids();
    expect(second).toEqual(first);
    expect(first.json).toEqual([withoutImage.id, withImage.id]);
  });

  it.each(['rss.xml', 'atom.xml', 'feed.json'])('%s leaves out drafts and scheduled posts', async (file) => {
    const text = await (await t.app.request(`${feedBase}/${file}`)).text();
    expect(text).not.toContain(DRAFT_TEXT);
    expect(text).not.toContain(SCHEDULED_TEXT);
    expect(text).not.toContain(UNPUBLISHED_ALT);
    expect(text).not.toContain(unpublishedImage.id);
    expect(text).not.toContain('Basistekst');
  });
});

describe('public media', () => {
  it("serves a published item's image bytes with its type", async () => {
    const res = await t.app.request(`${feedBase}/media/${image.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG_1PX)).toBe(true);
  });

  it('does not serve an image that only belongs to unpublished posts', async () => {
    const res = await t.app.request(`${feedBase}/media/${unpublishedImage.id}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toBe('image/png');
  });

  it('does not serve an unknown image id', async () => {
    expect((await t.app.request(`${feedBase}/media/${randomUUID()}`)).status).toBe(404);
  });

  it("does not serve a published image through another organisation's feed", async () => {
    const other = await buildOrg(t);
    const res = await t.app.request(`/feeds/${other.slug}/${other.channelSlug}/media/${image.id}`);
    expect(res.status).toBe(404);
  });
});

describe('unknown feeds', () => {
  it.each(['rss.xml', 'atom.xml', 'feed.json'])('%s of an unknown organisation or channel → 404', async (file) => {
    expect((await t.app.request(`/feeds/no-such-org/${org.channelSlug}/${file}`)).status).toBe(404);
    expect((await t.app.request(`/feeds/${org.slug}/no-such-channel/${file}`)).status).toBe(404);
  });

  it('a channel with nothing published gives an empty but valid feed', async () => {
    const other = await buildOrg(t);
    const xml = await (await t.app.request(`/feeds/${other.slug}/${other.channelSlug}/rss.xml`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseFeed(xml).items).toEqual([]);
    const atom = await (await t.app.request(`/feeds/${other.slug}/${other.channelSlug}/atom.xml`)).text();
    expect(XMLValidator.validate(atom)).toBe(true);
    expect(parseFeed(atom).items).toEqual([]);
    expect((parseAtomFeed(atom).authors ?? []).length).toBe(1);
    // JSON Feed 1.1 requires `items`, also when there are none.
    const json = JSON.parse(await (await t.app.request(`/feeds/${other.slug}/${other.channelSlug}/feed.json`)).text()) as { items: unknown[] };
    expect(json.items).toEqual([]);
  });
});
