// A webhook URL may carry a password (user:password@) or a token in its query (finding 14): it is
// stored sealed with the other credentials and never shown; managers see scheme and host only,
// readers nothing. A link a network sends back becomes the post's link only when it is http(s).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, channels, postVariants } from '../../src/db/schema.ts';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts.ts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { httpLinkOrNull } from '../../src/net/http-link.ts';
import { buildPost, postRow } from '../support/post-factory.ts';
import { withTestApp } from '../support/file-app.ts';
import { buildOrg, loginAs, type Client, type TestOrg } from '../support/test-app.ts';

type ChannelJson = { id: string; type: string; settings: Record<string, unknown> };

const PASSWORD = 'geheim-wachtwoord-77';
const TOKEN = 'tok-8f2a91';
const SECRET_URL = `https://zorgpost:${PASSWORD}@93.184.215.14/hook?token=${TOKEN}`;

// The delivery tests use a receiver on 127.0.0.1.
const app = withTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
let org: TestOrg;
let admin: Client;
let viewer: Client;
let editor: Client;

beforeAll(async () => {
  org = await buildOrg(app.t);
  admin = await loginAs(app.t, org.users.admin.email);
  viewer = await loginAs(app.t, org.users.viewer.email);
  editor = await loginAs(app.t, org.users.editor.email);
});

describe('a webhook URL with credentials is a secret', () => {
  let channelId: string;

  it('connecting answers with scheme and host only, and stores the URL sealed', async () => {
    const res = await admin.post(`/api/orgs/${org.id}/channels`, {
      type: 'webhook',
      name: 'Intranet',
      connection: { url: SECRET_URL, secret: 'hmac-sleutel' },
    });
    expect(res.status).toBe(201);
    const text = await res.text();
    const channel = JSON.parse(text) as ChannelJson;
    channelId = channel.id;
    expect(channel.settings).toEqual({ target: 'https://93.184.215.14' });
    for (const leak of [PASSWORD, TOKEN, '/hook']) expect(text).not.toContain(leak);

    const [row] = await app.db().select().from(channels).where(eq(channels.id, channelId));
    expect(JSON.stringify(row!.settings)).not.toContain(PASSWORD);
    expect(row!.credentials).not.toContain(PASSWORD);
    expect(row!.credentials).not.toContain(TOKEN);
    expect(app.t.deps.secrets.open(row!.credentials!)).toEqual({ url: SECRET_URL, secret: 'hmac-sleutel' });
  });

  it('readers see nothing of the address; the channel types say the URL is secret', async () => {
    for (const client of [viewer, editor]) {
      const text = await (await client.get(`/api/orgs/${org.id}/channels`)).text();
      const mine = (JSON.parse(text) as ChannelJson[]).find((c) => c.id === channelId);
      expect(mine?.settings).toEqual({});
      for (const leak of [PASSWORD, TOKEN, '93.184.215.14']) expect(text).not.toContain(leak);
    }
    const types = (await (await admin.get(`/api/orgs/${org.id}/channel-types`)).json()) as {
      type: string;
      connectFields: { name: string; secret: boolean }[];
    }[];
    expect(types.find((x) => x.type === 'webhook')?.connectFields.find((f) => f.name === 'url')?.secret).toBe(true);
  });

  it('a channel connected before (URL kept in settings) is shown redacted too', async () => {
    const [legacy] = await app
      .db()
      .insert(channels)
      .values({ orgId: org.id, type: 'webhook', name: 'Oud intranet', slug: 'oud-intranet', settings: { url: SECRET_URL } })
      .returning();
    const asAdmin = await (await admin.get(`/api/orgs/${org.id}/channels`)).text();
    expect((JSON.parse(asAdmin) as ChannelJson[]).find((c) => c.id === legacy!.id)?.settings).toEqual({ target: 'https://93.184.215.14' });
    const asViewer = await (await viewer.get(`/api/orgs/${org.id}/channels`)).text();
    expect((JSON.parse(asViewer) as ChannelJson[]).find((c) => c.id === legacy!.id)?.settings).toEqual({});
    for (const text of [asAdmin, asViewer]) expect(text).not.toContain(PASSWORD);
  });

  it('the audit trail records the connect without the address', async () => {
    const rows = await app
      .db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'channel.connected')));
    const mine = rows.find((r) => r.detail.channelId === channelId);
    expect(mine).toMatchObject({ actorId: org.users.admin.id, detail: { type: 'webhook', name: 'Intranet' } });
    expect(JSON.stringify(mine!.detail)).not.toMatch(new RegExp(`${PASSWORD}|${TOKEN}|93\\.184`));
  });

  it('reconnecting and switching a channel off are audited', async () => {
    expect((await admin.patch(`/api/orgs/${org.id}/channels/${channelId}`, { connection: { url: 'https://93.184.215.15/nieuw' } })).status).toBe(200);
    expect((await admin.patch(`/api/orgs/${org.id}/channels/${channelId}`, { active: false })).status).toBe(200);
    expect((await admin.patch(`/api/orgs/${org.id}/channels/${channelId}`, { name: 'Intranet (oud)' })).status).toBe(200);
    const actions = (await app.db().select().from(auditEvents).where(eq(auditEvents.orgId, org.id)))
      .filter((r) => r.detail.channelId === channelId)
      .map((r) => r.action);
    expect(actions).toEqual(['channel.connected', 'channel.reconnected', 'channel.deactivated']);
  });
});

describe('delivering with credentials in the URL, and the link that comes back', () => {
  const seen: { auth?: string; url?: string }[] = [];
  let location = '';
  let port = 0;
  const server = createServer((req, res) => {
    seen.push({ auth: req.headers.authorization, url: req.url });
    req.resume();
    req.on('end', () => res.writeHead(201, location ? { location } : {}).end());
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function deliver(): Promise<{ status: string; externalUrl: string | null }> {
    const [row] = await app
      .db()
      .insert(channels)
      .values({
        orgId: org.id,
        type: 'webhook',
        name: 'Intranet',
        slug: `hook-${Math.random().toString(36).slice(2, 8)}`,
        settings: {},
        credentials: app.t.deps.secrets.seal({ url: `http://zorgpost:${PASSWORD}@127.0.0.1:${port}/hook?token=${TOKEN}` }),
      })
      .returning();
    const id = await buildPost(app.db(), { orgId: org.id, channelIds: [row!.id] });
    await claimDuePosts(app.db(), 'w', 100);
    await publishClaimedPost(systemScope(app.db(), { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' }), id, {
      mediaDir: app.t.deps.mediaDir,
      secrets: app.t.deps.secrets,
      net: app.t.deps.net,
      worker: 'w',
    });
    const [variant] = await app.db().select().from(postVariants).where(eq(postVariants.postId, id));
    return { status: (await postRow(app.db(), id)).status, externalUrl: variant!.externalUrl };
  }

  it('user:password@ travels as Basic authorization and the query token is kept', async () => {
    location = 'https://intranet.zorg.example/nieuws/42';
    const sent = await deliver();
    expect(sent).toEqual({ status: 'published', externalUrl: 'https://intranet.zorg.example/nieuws/42' });
    expect(seen.at(-1)).toEqual({ auth: `Basic ${Buffer.from(`zorgpost:${PASSWORD}`).toString('base64')}`, url: `/hook?token=${TOKEN}` });
  });

  it('a Location that is not an http(s) address is not stored as the link', async () => {
    for (const bad of [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      '/relatief/pad',
      `https://u:${PASSWORD}@intranet.zorg.example/`,
    ]) {
      location = bad;
      expect(await deliver(), bad).toEqual({ status: 'published', externalUrl: null });
    }
  });

  it('the link filter keeps only absolute http(s) addresses without credentials', () => {
    expect(httpLinkOrNull('https://bsky.app/profile/zorg/post/3abc')).toBe('https://bsky.app/profile/zorg/post/3abc');
    expect(httpLinkOrNull('http://intranet/nieuws')).toBe('http://intranet/nieuws');
    for (const bad of [null, '', 'JaVaScRiPt:alert(1)', 'vbscript:x', 'ftp://x/', '//evil.example/', `https://${'a'.repeat(2100)}.example/`]) {
      expect(httpLinkOrNull(bad), String(bad).slice(0, 30)).toBeNull();
    }
  });
});
