// Server-side request forgery (finding 2): a channel's address is typed by a person, so Zorgpost
// must never let it reach loopback, the internal network or a cloud metadata service — not when
// connecting, not when publishing, not through a redirect, not through DNS that changes its answer
// between the check and the connection. What the person sees is one generic text; the cause goes
// to the server log only. ZORGPOST_ALLOW_PRIVATE_TARGETS opens private addresses for an intranet.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../src/channels/bluesky/bluesky-adapter.ts';
import { webhookAdapter } from '../../src/channels/webhook/webhook-adapter.ts';
import { auditEvents, channels } from '../../src/db/schema.ts';
import { ConfigError, loadConfig } from '../../src/config/config.ts';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts.ts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { classifyAddress } from '../../src/net/address-policy.ts';
import { checkTargetUrl, guardedLookup, outbound, refusalIn, resolveTarget, TargetRefused, type Lookup } from '../../src/net/safe-fetch.ts';
import { buildPost, postRow } from '../support/post-factory.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

/** A server on 127.0.0.1 that counts every request: whatever reaches it is a leak. */
async function countingServer(reply: (url: string) => { status: number; headers?: Record<string, string> } = () => ({ status: 200 })) {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const r = reply(req.url ?? '/');
    res.writeHead(r.status, r.headers).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let trap: Awaited<ReturnType<typeof countingServer>>;
let strict: TestApp;
let org: TestOrg;
let admin: Client;

/** Every form of an internal address the probe found accepted; the trap listens behind the loopback ones. */
const refusedForms = (p: number) => [
  `http://127.0.0.1:${p}/hook`,
  `http://127.0.0.1:1/hook`, // a closed port must look exactly like an open one
  `http://[::1]:${p}/hook`,
  `http://0.0.0.0:${p}/hook`,
  `http://2130706433:${p}/hook`, // decimal 127.0.0.1
  `http://0x7f000001:${p}/hook`, // hexadecimal 127.0.0.1
  `http://0177.0.0.1:${p}/hook`, // octal
  `http://127.1:${p}/hook`,
  `http://127.0.0.1.:${p}/hook`,
  `http://①②⑦.0.0.1:${p}/hook`, // full-width digits, mapped by IDNA
  `http://0:${p}/hook`,
  'http://[::]/hook',
  `http://localhost:${p}/hook`,
  'http://10.0.0.1/hook',
  'http://172.16.5.4/hook',
  'http://192.168.1.10/hook',
  'http://100.64.0.1/hook',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fd00::1]/hook',
  'http://[fc00::1]/hook',
  'http://[fe80::1]/hook',
  `http://[::ffff:127.0.0.1]:${p}/hook`,
  `http://[::ffff:7f00:1]:${p}/hook`,
  'http://[::ffff:169.254.169.254]/',
  'http://[2002:7f00:1::]/hook', // 6to4 around 127.0.0.1
  'http://[64:ff9b::a00:1]/hook', // NAT64 around 10.0.0.1
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://metadata/computeMetadata/v1/',
  'http://[fd00:ec2::254]/latest/meta-data/',
  'http://224.0.0.1/hook',
];

beforeAll(async () => {
  trap = await countingServer();
  strict = await createTestApp(); // the default: ZORGPOST_ALLOW_PRIVATE_TARGETS off
  org = await buildOrg(strict);
  admin = await loginAs(strict, org.users.admin.email);
});
afterAll(async () => {
  await strict?.close();
  await trap?.close();
});

describe('the address policy', () => {
  it('classifies every listed form as not public, and public addresses as public', () => {
    for (const url of refusedForms(80)) {
      const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
      if (/[a-z]/.test(host) && !host.includes(':')) continue; // names: checked below
      expect(classifyAddress(host), url).not.toBe('public');
    }
    for (const ip of ['93.184.215.14', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:81b::200e']) expect(classifyAddress(ip), ip).toBe('public');
    // Metadata services stay refused with ZORGPOST_ALLOW_PRIVATE_TARGETS; loopback and private do not.
    expect(classifyAddress('169.254.169.254')).toBe('forbidden');
    expect(classifyAddress('fd00:ec2::254')).toBe('forbidden');
    expect(classifyAddress('::ffff:169.254.169.254')).toBe('forbidden');
    expect(classifyAddress('127.0.0.1')).toBe('private');
    expect(classifyAddress('10.1.2.3')).toBe('private');
  });

  it('refuses every listed form before any socket, and credentials in a URL unless asked for', async () => {
    for (const url of refusedForms(trap.port)) {
      expect(() => checkTargetUrl(url, { allowPrivate: false }), url).toThrow(TargetRefused);
      await expect(outbound({ allowPrivate: false }).fetch(url, { method: 'POST', body: '{}' }), url).rejects.toBeInstanceOf(TargetRefused);
    }
    expect(() => checkTargetUrl('http://user:pass@93.184.215.14/', { allowPrivate: false })).toThrow(/credentials/);
    expect(checkTargetUrl('http://user:pass@93.184.215.14/', { allowPrivate: false, allowCredentials: true }).hostname).toBe('93.184.215.14');
    for (const url of ['ftp://93.184.215.14/', 'file:///etc/passwd', 'gopher://93.184.215.14/', 'javascript:alert(1)']) {
      expect(() => checkTargetUrl(url, { allowPrivate: true }), url).toThrow(TargetRefused);
    }
    expect(trap.hits).toEqual([]);
  });
});

describe('DNS rebinding', () => {
  const answers = (...seq: string[][]): Lookup => {
    let call = 0;
    return (_host, _opts, callback) => {
      const list = seq[Math.min(call++, seq.length - 1)]!;
      callback(
        null,
        list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
    };
  };

  it('a name that resolves publicly at the check and to loopback at connect time is refused at connect time', async () => {
    const lookup = answers(['93.184.215.14'], ['127.0.0.1']);
    // The connect-form check sees a public address…
    await expect(resolveTarget('http://rebind.example/hook', { allowPrivate: false }, lookup)).resolves.toBeInstanceOf(URL);
    // …the socket's own lookup sees the loopback one and refuses.
    const refused = await new Promise<unknown>((resolve) => guardedLookup(false, lookup)('rebind.example', { all: true }, (err: unknown) => resolve(err)));
    expect(refused).toBeInstanceOf(TargetRefused);
    // Also the single-address form Node uses without autoSelectFamily.
    const single = await new Promise<unknown>((resolve) =>
      guardedLookup(false, answers(['10.0.0.7']))('x.example', { family: 0 }, (err: unknown) => resolve(err)),
    );
    expect(single).toBeInstanceOf(TargetRefused);
  });

  it('end to end: a real request whose name turns into 127.0.0.1 never reaches the server there', async () => {
    const lookup = answers(['93.184.215.14'], ['127.0.0.1']);
    const net = outbound({ allowPrivate: false, lookup });
    const url = `http://rebind.example:${trap.port}/hook`;
    await net.check(url); // first answer: public
    const error = await net.fetch(url, { method: 'POST', body: '{"text":"patiëntgegevens"}' }).catch((e: unknown) => e);
    expect(refusalIn(error)?.reason).toBe('address');
    expect(trap.hits).toEqual([]);
  });

  it('an answer with a public and a private address is refused as a whole', async () => {
    const lookup = answers(['93.184.215.14', '10.0.0.1']);
    await expect(resolveTarget('http://mixed.example/', { allowPrivate: false }, lookup)).rejects.toBeInstanceOf(TargetRefused);
  });

  it('with ZORGPOST_ALLOW_PRIVATE_TARGETS loopback resolves, metadata still does not', async () => {
    const ok = await new Promise<unknown>((resolve) => guardedLookup(true, answers(['127.0.0.1']))('intranet', { all: true }, (err: unknown) => resolve(err)));
    expect(ok).toBeNull();
    const meta = await new Promise<unknown>((resolve) =>
      guardedLookup(true, answers(['169.254.169.254']))('intranet', { all: true }, (err: unknown) => resolve(err)),
    );
    expect(meta).toBeInstanceOf(TargetRefused);
  });
});

describe('connecting a channel', () => {
  it('refuses every internal address for a webhook with one generic text on the URL field, stores nothing and audits the attempt', async () => {
    const before = await strict.database.db.select().from(channels).where(eq(channels.orgId, org.id));
    const bodies = new Set<string>();
    for (const [i, url] of refusedForms(trap.port).entries()) {
      const res = await admin.post(`/api/orgs/${org.id}/channels`, { type: 'webhook', name: `Intranet ${i}`, connection: { url } });
      expect(res.status, url).toBe(422);
      const body = (await res.json()) as { error: { code: string; message: string; details: { path: string; message: string }[] } };
      expect(body.error.code, url).toBe('channel_address_unreachable');
      expect(body.error.details, url).toEqual([{ path: 'connection.url', message: body.error.message }]);
      bodies.add(JSON.stringify(body));
    }
    // Refused, closed, open, metadata: indistinguishable for the person.
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).not.toMatch(/ECONN|refused|timeout|127\.0|169\.254|port/i);
    expect(await strict.database.db.select().from(channels).where(eq(channels.orgId, org.id))).toHaveLength(before.length);
    const audited = await strict.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'channel.connect_refused')));
    expect(audited.length).toBe(refusedForms(trap.port).length);
    expect(audited[0]!.detail).toEqual({ type: 'webhook', field: 'url' });
    expect(trap.hits).toEqual([]);
  });

  it('refuses the same addresses as a Bluesky service, on the service field, before logging in', async () => {
    for (const service of [...refusedForms(trap.port), `http://user:pass@127.0.0.1:${trap.port}`]) {
      const res = await admin.post(`/api/orgs/${org.id}/channels`, {
        type: 'bluesky',
        name: 'Bluesky',
        connection: { identifier: 'zorg.example', appPassword: 'aaaa-bbbb-cccc-dddd', service },
      });
      expect(res.status, service).toBe(422);
      const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
      expect(body.error.code, service).toBe('channel_address_unreachable');
      expect(body.error.details[0]!.path).toBe('connection.service');
    }
    expect(trap.hits).toEqual([]);
  });

  it('accepts a public address (a literal IP needs no DNS here)', async () => {
    const res = await admin.post(`/api/orgs/${org.id}/channels`, { type: 'webhook', name: 'Openbaar', connection: { url: 'https://93.184.215.14/zorgpost' } });
    expect(res.status).toBe(201);
  });
});

describe('publishing', () => {
  const scope = (t: TestApp, o: TestOrg) => systemScope(t.database.db, { id: o.id, slug: o.slug, timeZone: 'Europe/Amsterdam' });

  /** A webhook channel stored as connecting stores it, pointing at `url` (connected earlier, or before this check existed). */
  async function webhookTo(t: TestApp, o: TestOrg, url: string, slug: string) {
    const [row] = await t.database.db
      .insert(channels)
      .values({ orgId: o.id, type: 'webhook', name: 'Intranet', slug, settings: {}, credentials: t.deps.secrets.seal({ url }) })
      .returning();
    return row!.id;
  }

  async function publishOnce(t: TestApp, o: TestOrg, channelId: string) {
    const id = await buildPost(t.database.db, { orgId: o.id, channelIds: [channelId], text: 'De open dag begint zaterdag om tien uur.' });
    const claimed = (await claimDuePosts(t.database.db, 'ssrf-worker', 100)).find((c) => c.id === id);
    expect(claimed).toBeDefined();
    await publishClaimedPost(scope(t, o), id, { mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net, worker: 'ssrf-worker' });
    return postRow(t.database.db, id);
  }

  it('every internal address stored on a channel is refused at publish time, with one generic reason', async () => {
    const reasons = new Set<string | null>();
    for (const [i, url] of refusedForms(trap.port).entries()) {
      const channelId = await webhookTo(strict, org, url, `intern-${i}`);
      const post = await publishOnce(strict, org, channelId);
      expect(post.status, url).toBe('failed');
      reasons.add(post.failure_reason);
      const [channel] = await strict.database.db.select().from(channels).where(eq(channels.id, channelId));
      expect(channel!.lastError, url).toBe('system:target_refused:Intranet');
    }
    expect([...reasons]).toEqual(['system:target_refused:Intranet']);
    expect(trap.hits).toEqual([]);
  });

  it('the person sees the translated generic reason in the post, nothing about ports', async () => {
    const channelId = await webhookTo(strict, org, `http://127.0.0.1:${trap.port}/hook`, 'intern-api');
    const post = await publishOnce(strict, org, channelId);
    expect(post.failure_reason).toBe('system:target_refused:Intranet');
    const listed = await admin.get(`/api/orgs/${org.id}/channels`);
    // The port as an address writes it; a bare number could turn up by chance in an id or a time.
    const text = await listed.text();
    expect(text).not.toMatch(new RegExp(`:${trap.port}(?!\\d)`));
    expect(text).not.toContain('127.0.0.1');
  });

  it('a Bluesky service on an internal address is refused for good before anything is sent', async () => {
    for (const service of refusedForms(trap.port)) {
      const outcome = await blueskyAdapter.publish({
        postId: '00000000-0000-4000-8000-000000000002',
        text: 'Niet versturen',
        media: [],
        channel: { id: 'c', slug: 'bluesky', orgSlug: 'zorg', settings: {} },
        credentials: { service, identifier: 'zorg.example', appPassword: 'aaaa-bbbb-cccc-dddd' },
        net: strict.deps.net,
      });
      expect(outcome, service).toEqual({ kind: 'failed', retryable: false, reason: 'system:target_refused', code: 'target_refused', channelProblem: true });
    }
    expect(trap.hits).toEqual([]);
  });
});

describe('with ZORGPOST_ALLOW_PRIVATE_TARGETS (an intranet)', () => {
  let open: TestApp;
  let openOrg: TestOrg;
  beforeAll(async () => {
    open = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
    openOrg = await buildOrg(open);
  });
  afterAll(async () => {
    await open?.close();
  });

  const publishTo = async (url: string) => {
    const [row] = await open.database.db
      .insert(channels)
      .values({
        orgId: openOrg.id,
        type: 'webhook',
        name: 'Intranet',
        slug: `i-${Math.random().toString(36).slice(2, 8)}`,
        settings: {},
        credentials: open.deps.secrets.seal({ url }),
      })
      .returning();
    const id = await buildPost(open.database.db, { orgId: openOrg.id, channelIds: [row!.id] });
    await claimDuePosts(open.database.db, 'intranet-worker', 100);
    const scope = systemScope(open.database.db, { id: openOrg.id, slug: openOrg.slug, timeZone: 'Europe/Amsterdam' });
    await publishClaimedPost(scope, id, { mediaDir: open.deps.mediaDir, secrets: open.deps.secrets, net: open.deps.net, worker: 'intranet-worker' });
    return postRow(open.database.db, id);
  };

  it('connects and delivers to a receiver on 127.0.0.1', async () => {
    const admin2 = await loginAs(open, openOrg.users.admin.email);
    const res = await admin2.post(`/api/orgs/${openOrg.id}/channels`, {
      type: 'webhook',
      name: 'Intranet',
      connection: { url: `http://127.0.0.1:${trap.port}/hook` },
    });
    expect(res.status).toBe(201);
    const hitsBefore = trap.hits.length;
    expect((await publishTo(`http://127.0.0.1:${trap.port}/hook`)).status).toBe('published');
    expect(trap.hits.slice(hitsBefore)).toEqual(['POST /hook']);
    trap.hits.length = 0;
  });

  it('still refuses cloud metadata', async () => {
    const post = await publishTo('http://169.254.169.254/latest/meta-data/');
    expect(post.status).toBe('failed');
    expect(post.failure_reason).toBe('system:target_refused:Intranet');
  });

  it('does not follow a redirect, not even to an allowed address', async () => {
    const redirector = await countingServer(() => ({ status: 307, headers: { location: `http://127.0.0.1:${trap.port}/stolen` } }));
    try {
      const post = await publishTo(`http://127.0.0.1:${redirector.port}/hook`);
      expect(redirector.hits).toEqual(['POST /hook']);
      expect(post.status).toBe('failed');
      expect(post.failure_reason).toBe('system:redirect_refused:Intranet');
      expect(trap.hits).toEqual([]);
    } finally {
      await redirector.close();
    }
  });

  it('a closed port and a name that does not resolve give the same reason', async () => {
    const closed = await publishTo('http://127.0.0.1:1/hook');
    const unknown = await publishTo('http://geen-ontvanger.invalid/hook');
    expect(closed.failure_reason).toBe('system:unreachable:Intranet');
    expect(unknown.failure_reason).toBe(closed.failure_reason);
  });

  it('the webhook adapter reports a refused target for good, and asks for no retry', async () => {
    const outcome = await webhookAdapter.publish({
      postId: '00000000-0000-4000-8000-000000000003',
      text: 'x',
      media: [],
      channel: { id: 'c', slug: 'intranet', orgSlug: 'zorg', settings: {} },
      credentials: { url: 'http://[fd00:ec2::254]/' },
      net: open.deps.net,
    });
    expect(outcome).toEqual({ kind: 'failed', reason: 'system:target_refused', retryable: false, channelProblem: true });
  });
});

describe('the setting and the rule', () => {
  it('ZORGPOST_ALLOW_PRIVATE_TARGETS is off unless set, and a wrong value stops the start', () => {
    expect(loadConfig({}).ZORGPOST_ALLOW_PRIVATE_TARGETS).toBe(false);
    expect(loadConfig({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' }).ZORGPOST_ALLOW_PRIVATE_TARGETS).toBe(true);
    expect(loadConfig({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'false' }).ZORGPOST_ALLOW_PRIVATE_TARGETS).toBe(false);
    expect(() => loadConfig({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'misschien' })).toThrow(ConfigError);
    expect(() => loadConfig({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'misschien' })).toThrow(/ZORGPOST_ALLOW_PRIVATE_TARGETS/);
  });

  it('no adapter calls a network except through the outbound policy', () => {
    const files = readdirSync('src/channels', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(`src/channels/${file}`, 'utf8');
      expect(source, file).not.toMatch(/(^|[^.\w])fetch\(|globalThis\.fetch\(|node:https?'|from 'undici'/m);
    }
  });
});
