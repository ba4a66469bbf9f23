// Connecting Facebook Pages, Instagram and LinkedIn organisation pages through the API against the
// contract servers (simulated: test/support/fake-meta.ts, fake-linkedin.ts): the network's login
// page, back to our callback, the person picks the page on our screen, the page's token is stored
// sealed. Also Mastodon's per-instance limits and the public, expiring media address for Instagram.
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, inboxPollState, media } from '../../src/db/schema';
import { openPublicMediaToken, PUBLIC_MEDIA_TTL_MS, publicMediaUrl } from '../../src/features/media/public-media-link';
import { pressAllow } from '../support/fake-http';
import { startFakeLinkedIn } from '../support/fake-linkedin';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon';
import { IG_USER, PAGE, startFakeMeta } from '../support/fake-meta';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app';

let t: TestApp;
let org: TestOrg;
let admin: Client;
let meta: Awaited<ReturnType<typeof startFakeMeta>>;
let li: Awaited<ReturnType<typeof startFakeLinkedIn>>;
let small: FakeMastodon;
let large: FakeMastodon;
const CALLBACK = 'https://zorg.example/api/oauth/callback';

beforeAll(async () => {
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  admin = await loginAs(t, org.users.admin.email);
  meta = await startFakeMeta();
  li = await startFakeLinkedIn();
  small = await startFakeMastodon({ maxCharacters: 500 });
  large = await startFakeMastodon({ maxCharacters: 11_000, maxMedia: 8 });
  for (const [k, v] of Object.entries({ ...meta.env, ...li.env })) vi.stubEnv(k, v);
});
afterEach(() => {
  expect(meta.unexpected).toEqual([]);
  expect(li.unexpected).toEqual([]);
  expect(small.unexpected).toEqual([]);
  expect(large.unexpected).toEqual([]);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await meta.close();
  await li.close();
  await small.stop();
  await large.stop();
  await t.close();
});

/** Start, press "Allow" on the network's page, come back: answers where our callback sends the person. */
async function loginAt(client: Client, body: Record<string, unknown>): Promise<URL> {
  const start = await client.post(`/api/orgs/${org.id}/channels/oauth`, body);
  expect(start.status).toBe(200);
  const back = new URL(await pressAllow(((await start.json()) as { authorizeUrl: string }).authorizeUrl));
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  const res = await client.get(`${back.pathname}${back.search}`);
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe('connecting a page after the network login', () => {
  it('Facebook: the person picks one of their pages; only its token is stored, sealed; the choice is used once', async () => {
    const back = await loginAt(admin, { type: 'facebook', name: 'Facebook ziekenhuis' });
    expect(back.pathname).toBe('/channels/choose');
    const pick = back.searchParams.get('pick')!;
    const offer = await admin.get(`/api/orgs/${org.id}/channels/oauth/choices?pick=${encodeURIComponent(pick)}`);
    expect(offer.status).toBe(200);
    const body = await offer.text();
    expect(JSON.parse(body)).toEqual({
      type: 'facebook',
      name: 'Facebook ziekenhuis',
      choices: [
        { id: PAGE.id, label: PAGE.name },
        { id: '1002', label: 'Zonder Instagram' },
      ],
    });
    expect(body).not.toContain('token');

    // Another session of the same person cannot read or use the choice.
    const other = await loginAs(t, org.users.admin.email);
    expect((await other.get(`/api/orgs/${org.id}/channels/oauth/choices?pick=${encodeURIComponent(pick)}`)).status).toBe(404);
    // An editor may not connect channels at all.
    const editor = await loginAs(t, org.users.editor.email);
    expect((await editor.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick, choiceId: PAGE.id })).status).toBe(403);

    // A page not offered: refused naming the field, and the choice stays open.
    const wrong = await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick, choiceId: '9999' });
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(await wrong.json())).toContain('choiceId');

    const chosen = await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick, choiceId: PAGE.id });
    expect(chosen.status).toBe(201);
    const channel = (await chosen.json()) as { id: string; type: string; connected: boolean; settings: Record<string, unknown> };
    expect(channel).toMatchObject({ type: 'facebook', connected: true, settings: { pageId: PAGE.id, pageName: PAGE.name } });
    const [row] = await t.database.db.select().from(channels).where(eq(channels.id, channel.id));
    expect(row!.credentials).not.toContain(PAGE.token);
    expect(t.deps.secrets.open(row!.credentials!)).toEqual({ pageToken: PAGE.token });

    const again = await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick, choiceId: PAGE.id });
    expect(again.status).toBe(404);
    expect(await errorCode(again)).toBe('oauth_choice_expired');
  });

  it('Instagram: only pages with a linked professional account are offered; the channel publishes as that account', async () => {
    const pick = (await loginAt(admin, { type: 'instagram', name: 'Instagram' })).searchParams.get('pick')!;
    const offer = (await (await admin.get(`/api/orgs/${org.id}/channels/oauth/choices?pick=${encodeURIComponent(pick)}`)).json()) as {
      choices: unknown[];
    };
    expect(offer.choices).toEqual([{ id: PAGE.id, label: `@${IG_USER.username}`, detail: PAGE.name }]);
    const chosen = await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick, choiceId: PAGE.id });
    const channel = (await chosen.json()) as { id: string; settings: unknown; limits: Record<string, number> };
    expect(channel.settings).toMatchObject({ igUserId: IG_USER.id, username: IG_USER.username });
    expect(channel.limits).toMatchObject({ maxLength: 2200, maxMedia: 10, maxHashtags: 30 });

    // Instagram's 30 hashtags are checked when the post is written, not only when it goes out.
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#zorg${i}`).join(' ');
    const post = (text: string) => admin.post(`/api/orgs/${org.id}/posts`, { baseText: text, variants: [{ channelId: channel.id, text: null }] });
    expect((await post(`Open dag ${tags(30)}`)).status).toBe(201);
    const refused = await post(`Open dag ${tags(31)}`);
    expect(refused.status).toBe(422);
    expect(await errorCode(refused)).toBe('too_many_hashtags');
  });

  it('reconnecting a page whose grant lacked the inbox permissions has it read again at once; the notice stays until a read succeeds', async () => {
    const first = (await loginAt(admin, { type: 'facebook', name: 'Facebook oud' })).searchParams.get('pick')!;
    const channel = (await (await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick: first, choiceId: PAGE.id })).json()) as { id: string };
    // As the inbox left it: refused for lack of permissions, looked at again only in an hour.
    await t.database.db
      .insert(inboxPollState)
      .values({ channelId: channel.id, orgId: org.id, readingBlocked: 'permissions', failures: 3, nextPollAt: new Date(Date.now() + 3_600_000) });
    const listed = async () =>
      ((await (await admin.get(`/api/orgs/${org.id}/channels`)).json()) as { id: string; readingBlocked: string | null }[]).find((c) => c.id === channel.id);
    expect((await listed())?.readingBlocked).toBe('permissions');

    const pick = (await loginAt(admin, { type: 'facebook', name: 'Facebook oud', channelId: channel.id })).searchParams.get('pick')!;
    const again = await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick, choiceId: PAGE.id });
    expect(again.status).toBe(201);
    expect((await again.json()) as { id: string; readingBlocked: string | null }).toMatchObject({ id: channel.id, readingBlocked: 'permissions' });
    const [state] = await t.database.db.select().from(inboxPollState).where(eq(inboxPollState.channelId, channel.id));
    expect(state!.nextPollAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(state!.failures).toBe(0);

    // A revoked grant is over once the network accepts a new one.
    await t.database.db.update(inboxPollState).set({ readingBlocked: 'revoked' }).where(eq(inboxPollState.channelId, channel.id));
    const pick2 = (await loginAt(admin, { type: 'facebook', name: 'Facebook oud', channelId: channel.id })).searchParams.get('pick')!;
    expect((await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick: pick2, choiceId: PAGE.id })).status).toBe(201);
    expect((await listed())?.readingBlocked).toBeNull();
  });

  it('LinkedIn: the organisation pages the person administers; tokens sealed and the refresh due date kept', async () => {
    const pick = (await loginAt(admin, { type: 'linkedin', name: 'LinkedIn' })).searchParams.get('pick')!;
    const chosen = await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick, choiceId: '2414183' });
    expect(chosen.status).toBe(201);
    const channel = (await chosen.json()) as { id: string; settings: Record<string, unknown> };
    expect(channel.settings).toMatchObject({ organizationUrn: 'urn:li:organization:2414183', organizationName: 'Zorggroep Noord' });
    const [row] = await t.database.db.select().from(channels).where(eq(channels.id, channel.id));
    expect(row!.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
    expect(row!.credentials).not.toContain('refresh-1');
    expect(t.deps.secrets.open(row!.credentials!)).toMatchObject({ refreshToken: 'refresh-1' });
  });

  it('with webhooks on, connecting installs the app on the Page for its events; a refusal still connects (read every five minutes)', async () => {
    vi.stubEnv('META_WEBHOOK_VERIFY_TOKEN', 'verify-token-of-this-installation');
    try {
      const pick = (await loginAt(admin, { type: 'facebook', name: 'Facebook met webhooks' })).searchParams.get('pick')!;
      const chosen = await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick, choiceId: PAGE.id });
      expect(chosen.status).toBe(201);
      expect(((await chosen.json()) as { settings: Record<string, unknown> }).settings).toMatchObject({ pageId: PAGE.id, webhooks: true });
      expect(meta.state.subscribedFields).toEqual(['feed', 'messages']);

      meta.state.subscribedFields = null;
      meta.state.refuseSubscription = true;
      const pick2 = (await loginAt(admin, { type: 'instagram', name: 'Instagram zonder webhooks' })).searchParams.get('pick')!;
      const refused = await admin.post(`/api/orgs/${org.id}/channels/oauth/choose`, { pick: pick2, choiceId: PAGE.id });
      expect(refused.status).toBe(201);
      expect(((await refused.json()) as { settings: Record<string, unknown> }).settings).toMatchObject({ igUserId: IG_USER.id, webhooks: false });
      expect(meta.state.subscribedFields).toBeNull();
    } finally {
      meta.state.refuseSubscription = false;
      vi.stubEnv('META_WEBHOOK_VERIFY_TOKEN', undefined);
    }
  });

  it('a login without any page says why, instead of an empty choice', async () => {
    meta.state.revoked = true;
    const back = await loginAt(admin, { type: 'facebook', name: 'Facebook' });
    meta.state.revoked = false;
    expect(back.pathname).toBe('/channels');
    expect(back.searchParams.get('oauth_error')).toBe('channel_connect_failed');
  });
});

describe('Mastodon limits per instance', () => {
  async function mastodonChannel(fake: FakeMastodon, name: string) {
    const start = await admin.post(`/api/orgs/${org.id}/channels/oauth`, { type: 'mastodon', name, connection: { instance: fake.url } });
    const { authorizeUrl } = (await start.json()) as { authorizeUrl: string };
    const back = new URL((await fetch(authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    const res = await admin.get(`${back.pathname}${back.search}`);
    return new URL(res.headers.get('location')!).searchParams.get('connected')!;
  }

  it('an instance of 500 characters and one of 11,000: each channel shows and enforces its own', async () => {
    const a = await mastodonChannel(small, 'Mastodon klein');
    const b = await mastodonChannel(large, 'Mastodon groot');
    const list = (await (await admin.get(`/api/orgs/${org.id}/channels`)).json()) as { id: string; limits: Record<string, number> }[];
    expect(list.find((c) => c.id === a)!.limits).toMatchObject({ partLength: 500, maxLength: 5000, maxMedia: 4 });
    expect(list.find((c) => c.id === b)!.limits).toMatchObject({ partLength: 11_000, maxLength: 11_000, maxMedia: 8 });

    // 8,000 characters: one status on the large instance, too long for the small one's thread limit.
    const text = 'Zorg '.repeat(1600);
    const post = (channelId: string) => admin.post(`/api/orgs/${org.id}/posts`, { baseText: text, variants: [{ channelId, text: null }] });
    expect((await post(b)).status).toBe(201);
    const refused = await post(a);
    expect(refused.status).toBe(422);
    expect(await errorCode(refused)).toBe('text_too_long');
  });
});

describe('public media address for Instagram', () => {
  it('serves the file at an unguessable address until it expires; a forged or expired token is not found', async () => {
    const upload = await admin.post(`/api/orgs/${org.id}/media`, imageForm(PNG_1PX, 'Ingang van het ziekenhuis'));
    const { id } = (await upload.json()) as { id: string };
    const url = publicMediaUrl(t.deps.secrets, 'https://zorg.example', id)!;
    expect(url).toMatch(/^https:\/\/zorg\.example\/media\/public\/[A-Za-z0-9_-]{40,}$/);
    expect(url).not.toContain(id);
    const path = new URL(url).pathname;
    const res = await t.app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).length).toBeGreaterThan(0);

    const token = path.split('/').pop()!;
    const forged = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect((await t.app.request(`/media/public/${forged}`)).status).toBe(404);
    expect(openPublicMediaToken(t.deps.secrets, token, Date.now() + PUBLIC_MEDIA_TTL_MS + 1000)).toBeNull();
    const [row] = await t.database.db.select().from(media).where(eq(media.id, id));
    expect(row).toBeDefined();
    // A local installation has no public address: Instagram gets none and says why.
    expect(publicMediaUrl(t.deps.secrets, 'http://localhost:3000', id)).toBeUndefined();
  });
});
