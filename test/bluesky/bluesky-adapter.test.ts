// The Bluesky adapter against a real Bluesky PDS running on loopback (test/bluesky/harness).
// Records are read back with plain XRPC calls, independent of the adapter's own client.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishMedia, PublishRequest } from '../../src/channels/channel-adapter';
import { ConnectError } from '../../src/channels/channel-adapter';
import { adapterFor } from '../../src/channels/registry';
import { blueskyAdapter, findPublished, verifyCredentials } from '../../src/channels/bluesky/bluesky-adapter';
import { postRecordKey, threadPartRecordKey } from '../../src/channels/bluesky/record-key';
import { LOGIN_FAILED } from '../../src/channels/bluesky/session';
import { graphemeLength } from '../../src/channels/bluesky/thread';
import { outbound } from '../../src/net/safe-fetch';
import { startBlueskyPds, type BlueskyPds, type BlueskyTestAccount } from '../support/bluesky-pds';

// The PDS listens on 127.0.0.1: a private target, reachable only with the installation setting
// ZORGPOST_ALLOW_PRIVATE_TARGETS (test/security/ssrf.test.ts shows it refused without).
const net = outbound({ allowPrivate: true });

// 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let pds: BlueskyPds;
let account: BlueskyTestAccount;
let accounts = 0;

beforeAll(async () => {
  pds = await startBlueskyPds();
  account = await pds.createAccount('zorg');
}, 600_000); // a cold harness install compiles better-sqlite3 (2–4 minutes)

afterAll(async () => {
  await pds?.stop();
});

function credentialsOf(a: BlueskyTestAccount, service = pds.url) {
  return { service, identifier: a.handle, appPassword: a.appPassword };
}

function request(text: string, extra: Partial<PublishRequest> = {}): PublishRequest {
  return {
    postId: randomUUID(),
    text,
    media: [],
    channel: { id: randomUUID(), slug: 'bluesky', orgSlug: 'zorg', settings: {} },
    credentials: credentialsOf(account),
    net,
    ...extra,
  };
}

async function xrpcGet(nsid: string, params: Record<string, string>): Promise<Response> {
  return fetch(`${pds.url}/xrpc/${nsid}?${new URLSearchParams(params)}`);
}

function rkeyOf(uri: string): string {
  return uri.split('/').pop()!;
}

interface PostRecord {
  text: string;
  facets?: { index: { byteStart: number; byteEnd: number }; features: { $type: string; uri?: string; tag?: string }[] }[];
  embed?: { $type: string; images: { alt: string; image: { ref: { $link: string }; mimeType: string; size: number } }[] };
  reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } };
}

async function getPost(did: string, rkey: string): Promise<{ uri: string; cid: string; value: PostRecord } | null> {
  const res = await xrpcGet('com.atproto.repo.getRecord', { repo: did, collection: 'app.bsky.feed.post', rkey });
  if (res.status === 400 || res.status === 404) {
    const body = (await res.json()) as { error?: string };
    if (body.error === 'RecordNotFound') return null;
    throw new Error(`getRecord answered ${res.status}: ${JSON.stringify(body)}`);
  }
  expect(res.status).toBe(200);
  return (await res.json()) as { uri: string; cid: string; value: PostRecord };
}

async function listPosts(did: string): Promise<{ uri: string; value: PostRecord }[]> {
  const res = await xrpcGet('com.atproto.repo.listRecords', { repo: did, collection: 'app.bsky.feed.post', limit: '100' });
  expect(res.status).toBe(200);
  return ((await res.json()) as { records: { uri: string; value: PostRecord }[] }).records;
}

async function freshAccount(): Promise<BlueskyTestAccount> {
  return pds.createAccount(`zorg${++accounts}-${randomUUID().slice(0, 6)}`);
}

describe('Bluesky adapter against a real PDS', () => {
  it('is registered as the bluesky channel type', () => {
    // The registry holds a stand-in that loads the Bluesky library on first use: same profile.
    const registered = adapterFor('bluesky')!;
    expect(registered.type).toBe(blueskyAdapter.type);
    expect(registered.limits).toEqual(blueskyAdapter.limits);
    expect(registered.idempotent).toBe(blueskyAdapter.idempotent);
    expect(blueskyAdapter.limits).toEqual({
      maxLength: 3000,
      partLength: 300,
      maxMedia: 4,
      mediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
      requiresAltText: true,
    });
    expect(blueskyAdapter.needsCredentials).toBe(true);
    expect(blueskyAdapter.idempotent).toBe(true);
  });

  it('publishes text with link and hashtag facets under the derived record key', async () => {
    const text = 'Open dag bij De Linde! Meer info: https://example.org/open-dag?x=1 #zorg #openDag';
    const req = request(text);
    const outcome = await blueskyAdapter.publish(req);
    expect(outcome.kind).toBe('published');
    if (outcome.kind !== 'published') return;

    const rkey = postRecordKey(req.postId);
    expect(outcome.externalId).toBe(`at://${account.did}/app.bsky.feed.post/${rkey}`);
    expect(outcome.externalUrl).toBe(`https://bsky.app/profile/${account.handle}/post/${rkey}`);

    const record = await getPost(account.did, rkey);
    expect(record?.value.text).toBe(text);
    const features = record!.value.facets!.flatMap((f) => f.features);
    expect(features).toContainEqual({ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.org/open-dag?x=1' });
    expect(features).toContainEqual({ $type: 'app.bsky.richtext.facet#tag', tag: 'zorg' });
    expect(features).toContainEqual({ $type: 'app.bsky.richtext.facet#tag', tag: 'openDag' });
    const link = record!.value.facets!.find((f) => f.features[0]!.$type.endsWith('#link'))!;
    expect(Buffer.from(text).subarray(link.index.byteStart, link.index.byteEnd).toString()).toBe('https://example.org/open-dag?x=1');
  });

  it('publishes an image with alt text whose blob can be fetched back', async () => {
    const media: PublishMedia[] = [{ id: randomUUID(), mimeType: 'image/png', altText: 'Een rode stip', read: async () => PNG }];
    const outcome = await blueskyAdapter.publish(request('Foto van vandaag', { media }));
    expect(outcome.kind).toBe('published');
    if (outcome.kind !== 'published') return;

    const record = await getPost(account.did, rkeyOf(outcome.externalId));
    const embed = record!.value.embed!;
    expect(embed.$type).toBe('app.bsky.embed.images');
    expect(embed.images).toHaveLength(1);
    expect(embed.images[0]!.alt).toBe('Een rode stip');
    expect(embed.images[0]!.image.mimeType).toBe('image/png');

    const blob = await xrpcGet('com.atproto.sync.getBlob', { did: account.did, cid: embed.images[0]!.image.ref.$link });
    expect(blob.status).toBe(200);
    expect(Buffer.from(await blob.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses images without alt text before sending anything', async () => {
    const media: PublishMedia[] = [{ id: randomUUID(), mimeType: 'image/png', altText: ' ', read: async () => PNG }];
    const req = request('zonder alt', { media });
    const outcome = await blueskyAdapter.publish(req);
    expect(outcome).toMatchObject({ kind: 'failed', retryable: false });
    expect(await getPost(account.did, postRecordKey(req.postId))).toBeNull();
  });

  it('turns a long text into a thread with correct reply references', async () => {
    const sentence = (i: number) => `Zin ${i} over de zorg in onze wijk, met aandacht voor bewoners en hun naasten. `;
    const text = `${Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join('')}Lees meer: https://example.org/wijk #wijkzorg`;
    expect(graphemeLength(text)).toBeGreaterThan(600);
    const req = request(text);
    const outcome = await blueskyAdapter.publish(req);
    expect(outcome.kind).toBe('published');
    if (outcome.kind !== 'published') return;

    const firstKey = postRecordKey(req.postId);
    expect(rkeyOf(outcome.externalId)).toBe(firstKey);
    const parts: NonNullable<Awaited<ReturnType<typeof getPost>>>[] = [];
    for (let i = 0; ; i++) {
      const part = await getPost(account.did, threadPartRecordKey(firstKey, i));
      if (!part) break;
      parts.push(part);
    }
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const [root, ...replies] = parts;
    expect(root!.value.reply).toBeUndefined();
    replies.forEach((part, i) => {
      expect(part.value.reply?.root).toEqual({ uri: root!.uri, cid: root!.cid });
      expect(part.value.reply?.parent).toEqual({ uri: parts[i]!.uri, cid: parts[i]!.cid });
    });
    for (const part of parts) {
      expect(graphemeLength(part.value.text)).toBeLessThanOrEqual(300);
      expect(part.value.text).toMatch(/[.!?]$|#wijkzorg$/); // cut at sentence ends
    }
    expect(parts.map((p) => p.value.text).join(' ')).toBe(text.trim());
    const last = parts.at(-1)!.value;
    expect(last.facets!.flatMap((f) => f.features)).toContainEqual({ $type: 'app.bsky.richtext.facet#tag', tag: 'wijkzorg' });

    // findPublished sees the whole thread; remove takes every part away.
    expect(await findPublished(req.credentials, req.postId, net)).toMatchObject({ externalId: outcome.externalId, parts: parts.length });
    await blueskyAdapter.remove({ externalId: outcome.externalId, settings: {}, credentials: req.credentials, net });
    for (const part of parts) expect(await getPost(account.did, rkeyOf(part.uri))).toBeNull();
  });

  it('publishing the same post twice yields one record and the same address', async () => {
    const own = await freshAccount();
    const req = request('Twee keer verstuurd, één keer geplaatst.', { credentials: credentialsOf(own) });
    const first = await blueskyAdapter.publish(req);
    const second = await blueskyAdapter.publish(req);
    expect(first.kind).toBe('published');
    expect(second).toEqual(first);
    const records = await listPosts(own.did);
    expect(records).toHaveLength(1);
    expect(records[0]!.uri).toBe(first.kind === 'published' ? first.externalId : '');
  });

  it('findPublished finds a published post and not an unpublished one; remove deletes it', async () => {
    const req = request('Wordt zo weer verwijderd.');
    expect(await findPublished(req.credentials, req.postId, net)).toBeNull();
    expect(await blueskyAdapter.findPublished!(req)).toBeNull();

    const outcome = await blueskyAdapter.publish(req);
    expect(outcome.kind).toBe('published');
    if (outcome.kind !== 'published') return;
    expect(await blueskyAdapter.findPublished!(req)).toEqual({ externalId: outcome.externalId, externalUrl: outcome.externalUrl });

    await blueskyAdapter.remove({ externalId: outcome.externalId, settings: {}, credentials: req.credentials, net });
    expect(await getPost(account.did, rkeyOf(outcome.externalId))).toBeNull();
    expect(await findPublished(req.credentials, req.postId, net)).toBeNull();
  });

  it('a wrong app password fails for good, with a clear reason', async () => {
    const req = request('nooit geplaatst', {
      credentials: { service: pds.url, identifier: account.handle, appPassword: 'aaaa-bbbb-cccc-dddd' },
    });
    const outcome = await blueskyAdapter.publish(req);
    expect(outcome).toEqual({ kind: 'failed', retryable: false, reason: LOGIN_FAILED, code: 'credentials_refused', channelProblem: true });
    await expect(verifyCredentials(req.credentials, net)).rejects.toThrow(LOGIN_FAILED);
    expect(await getPost(account.did, postRecordKey(req.postId))).toBeNull();
  });

  it('an unreachable server fails retryably', async () => {
    const outcome = await blueskyAdapter.publish(request('onbereikbaar', { credentials: credentialsOf(account, 'http://127.0.0.1:1') }));
    expect(outcome).toMatchObject({ kind: 'failed', retryable: true });
  });

  it('a connection reset after createRecord was sent is reported as unknown', async () => {
    // A proxy that passes everything through except createRecord, whose connection it drops
    // once the request has arrived.
    const target = new URL(pds.url);
    const proxy = http.createServer((req, res) => {
      if (req.url?.startsWith('/xrpc/com.atproto.repo.createRecord')) {
        req.resume();
        req.on('end', () => req.socket.destroy());
        return;
      }
      const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const service = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const outcome = await blueskyAdapter.publish(request('verbinding valt weg', { credentials: credentialsOf(account, service) }));
      expect(outcome).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/did not confirm/) });
    } finally {
      proxy.close();
    }
  });

  it('connect checks the account and keeps the app password as the secret', async () => {
    const connection = await blueskyAdapter.connect({ identifier: account.handle, appPassword: account.appPassword, service: pds.url }, net);
    expect(connection.settings).toMatchObject({ handle: account.handle, did: account.did });
    expect(connection.credentials).toEqual({ service: pds.url, identifier: account.handle, appPassword: account.appPassword });
    await expect(blueskyAdapter.connect({ identifier: account.handle, appPassword: 'wrong-wrong-wrong', service: pds.url }, net)).rejects.toBeInstanceOf(
      ConnectError,
    );
  });
});
