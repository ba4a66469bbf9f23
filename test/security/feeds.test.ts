// Public feeds as an attacker and a careless user meet them: only channels whose adapter serves a
// public feed have one (finding 7), a feed stays valid XML whatever a post holds (finding 10) and
// feed images, and only they, may be embedded on another site (finding 13).
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { eq } from 'drizzle-orm';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAtom, renderJsonFeed, renderRss, type FeedInfo } from '../../src/channels/website/render-feeds.ts';
import { channels, media, postMedia, postVariants } from '../../src/db/schema.ts';
import { buildPost } from '../support/post-factory.ts';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let contributor: Client;
let imageId: string;

const FILES = ['rss.xml', 'atom.xml', 'feed.json'];

/** A post published on `channelId` (written straight to the database, as a worker would leave it), with the image. */
async function publishedOn(channelId: string, text: string, withImage = true): Promise<string> {
  const postId = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], status: 'published', text });
  await t.database.db.update(postVariants).set({ publishedAt: new Date(), externalId: postId }).where(eq(postVariants.postId, postId));
  if (withImage) await t.database.db.insert(postMedia).values({ postId, mediaId: imageId, orgId: org.id, position: 0 });
  return postId;
}

async function channelOfType(type: string, slug: string): Promise<string> {
  const [row] = await t.database.db
    .insert(channels)
    .values({ orgId: org.id, type, name: `Kanaal ${slug}`, slug, settings: {} })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  contributor = await loginAs(t, org.users.contributor.email);
  const res = await contributor.post(`/api/orgs/${org.id}/media`, imageForm(PNG_1PX, 'Het nieuwe wijkcentrum van buiten'));
  expect(res.status).toBe(201);
  imageId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => {
  await t.close();
});

describe('only channels whose adapter serves a public feed have one', () => {
  it('a webhook, a Bluesky and an unknown channel type answer 404 for every feed and for their published media', async () => {
    for (const type of ['webhook', 'bluesky', 'myspace']) {
      const slug = `kanaal-${type}`;
      const channelId = await channelOfType(type, slug);
      await publishedOn(channelId, `Intern bericht via ${type}: de sleutel van de medicijnkast ligt bij de balie.`);
      for (const file of [...FILES, `media/${imageId}`]) {
        const res = await t.app.request(`/feeds/${org.slug}/${slug}/${file}`);
        expect(res.status, `${type} ${file}`).toBe(404);
        const body = await res.text();
        expect(body).not.toContain('medicijnkast');
        expect(JSON.parse(body)).toMatchObject({ error: { code: 'not_found' } });
      }
    }
  });

  it('the website channel still serves its feeds and media, and a slug that does not exist answers 404', async () => {
    await publishedOn(org.channelId, 'Open dag in het wijkcentrum op zaterdag.');
    for (const file of [...FILES, `media/${imageId}`]) {
      expect((await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/${file}`)).status, file).toBe(200);
      expect((await t.app.request(`/feeds/${org.slug}/bestaat-niet/${file}`)).status, file).toBe(404);
    }
  });

  it('the route asks the adapter, not the type name', () => {
    const route = readFileSync('src/http/routes/feed-routes.ts', 'utf8');
    const loader = readFileSync('src/features/feeds/load-channel-feed.ts', 'utf8');
    for (const source of [route, loader]) expect(source).not.toMatch(/['"](website|webhook|bluesky)['"]/);
    expect(loader).toContain('publicFeed');
  });
});

describe('a feed stays valid XML whatever a post contains', () => {
  // Characters XML 1.0 forbids, stored directly (older rows or another writer may hold them):
  // BEL, backspace, vertical tab, form feed, ESC, U+FFFE and U+FFFF. PostgreSQL itself cannot store
  // U+0000 or a lone surrogate; those are checked on the renderer below.
  const NASTY = 'Griep\u0007prik\u0008 op \u000bzaterdag\u000c in de \u001bsporthal \ufffe\uffff met 😀.';
  const CLEAN = 'Griepprik op zaterdag in de sporthal  met 😀.';

  it('RSS and Atom of a published post parse as XML and as feeds, and keep the readable text and emoji', async () => {
    const postId = await publishedOn(org.channelId, NASTY);
    await t.database.db.update(media).set({ altText: 'Foto\u0001 van\u0008 de \uffff sporthal' }).where(eq(media.id, imageId));
    for (const file of ['rss.xml', 'atom.xml']) {
      const res = await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/${file}`);
      expect(res.status).toBe(200);
      const xml = await res.text();
      expect(XMLValidator.validate(xml), file).toBe(true);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the test
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      const feed = parseFeed(xml);
      expect(
        feed.items.some((i) => i.id?.includes(postId)),
        file,
      ).toBe(true);
      expect(xml).toContain(CLEAN);
      expect(xml).toContain('Foto van de  sporthal');
    }
    const json = await (await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/feed.json`)).text();
    const parsed = JSON.parse(json) as { items: { id: string; content_text: string }[] };
    expect(parsed.items.find((i) => i.id === postId)?.content_text).toBe(CLEAN);
  });

  it('the renderer drops U+0000 and lone surrogates of both kinds too, and keeps surrogate pairs', () => {
    const feed: FeedInfo = {
      title: 'Zorg\u0000 — Nieuws',
      description: 'Nieuws\ud800',
      homeUrl: 'https://zorg.example',
      selfBase: 'https://zorg.example/feeds/zorg/nieuws',
      language: 'nl',
      publisher: 'Zorg\udc00',
      items: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          text: 'Een\u0000 \ud800los\udc00 teken en 😀 een paar.',
          publishedAt: new Date('2026-11-01T10:00:00Z'),
          author: 'Redactie\u0000',
          media: [{ url: 'https://zorg.example/m/1', mimeType: 'image/png', sizeBytes: 10, altText: 'Foto\ud83d' }],
        },
      ],
    };
    for (const xml of [renderRss(feed), renderAtom(feed)]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).toContain('Een los teken en 😀 een paar.');
      expect(xml).not.toMatch(/[\ud800-\udfff]/u);
    }
    expect(JSON.parse(renderJsonFeed(feed)).items[0].content_text).toBe('Een los teken en 😀 een paar.');
  });
});

describe('feed images may be embedded elsewhere, nothing else', () => {
  it('public feed media is cross-origin; the app, the API and private media stay same-origin', async () => {
    await publishedOn(org.channelId, 'Nieuwe foto van het wijkcentrum.');
    const feedImage = await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/media/${imageId}`);
    expect(feedImage.status).toBe(200);
    expect(feedImage.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const rss = await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/rss.xml`);
    expect(rss.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const privateImage = await contributor.get(`/api/orgs/${org.id}/media/${imageId}/file`);
    expect(privateImage.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect((await t.app.request('/healthz')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});
