// Connecting Mastodon and X channels through the API's OAuth routes, against the contract
// servers: the state is single use, bound to the session, and the tokens are stored sealed.
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { consumeOAuthState, createOAuthState, newOAuthState, OAUTH_STATE_TTL_MS } from '../../src/features/channels/oauth-state';
import { channels, sessions } from '../../src/db/schema';
import { startFakeMastodon, type FakeMastodon } from '../support/fake-mastodon';
import { startFakeX, type FakeX } from '../support/fake-x';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app';

let t: TestApp;
let org: TestOrg;
let admin: Client;
let mastodon: FakeMastodon;
let x: FakeX;
const CALLBACK = 'https://zorg.example/api/oauth/callback';

beforeAll(async () => {
  // The contract servers listen on loopback: a private target this installation allows.
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  admin = await loginAs(t, org.users.admin.email);
  mastodon = await startFakeMastodon();
  x = await startFakeX(CALLBACK);
  for (const [k, v] of Object.entries(x.env)) vi.stubEnv(k, v);
});
afterEach(() => {
  expect(mastodon.unexpected).toEqual([]);
  expect(x.unexpected).toEqual([]);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await mastodon.stop();
  await x.stop();
  await t.close();
});

/** The person is sent to the network, approves there (the fake), and comes back to our callback. */
async function approve(client: Client, body: Record<string, unknown>): Promise<{ location: string; callback: string }> {
  const start = await client.post(`/api/orgs/${org.id}/channels/oauth`, body);
  expect(start.status).toBe(200);
  const { authorizeUrl } = (await start.json()) as { authorizeUrl: string };
  const login = await fetch(authorizeUrl, { redirect: 'manual' });
  const back = new URL(login.headers.get('location')!);
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  const callback = `${back.pathname}${back.search}`;
  const res = await client.get(callback);
  expect(res.status).toBe(302);
  return { location: res.headers.get('location')!, callback };
}

describe('OAuth channel connect', () => {
  it('offers on the channels screen only networks that can be connected there', async () => {
    const types = (await (await admin.get(`/api/orgs/${org.id}/channel-types`)).json()) as { type: string; oauth: boolean }[];
    const offered = types.map((x) => x.type).sort();
    expect(offered).toEqual(['bluesky', 'facebook', 'instagram', 'linkedin', 'mastodon', 'webhook', 'website', 'x']);
    expect(
      types
        .filter((x) => x.oauth)
        .map((x) => x.type)
        .sort(),
    ).toEqual(['facebook', 'instagram', 'linkedin', 'mastodon', 'x']);
  });

  it('connects a Mastodon channel: app registered on the instance, tokens sealed at rest, state single use', async () => {
    const { location, callback } = await approve(admin, { type: 'mastodon', name: 'Mastodon ziekenhuis', connection: { instance: mastodon.url } });
    const id = new URL(location).searchParams.get('connected');
    expect(id).toBeTruthy();
    const [row] = await t.database.db.select().from(channels).where(eq(channels.id, id!));
    expect(row).toMatchObject({ orgId: org.id, type: 'mastodon', name: 'Mastodon ziekenhuis', lastError: null });
    expect(row!.settings).toMatchObject({ instance: mastodon.url, acct: 'zorg', maxCharacters: 500 });
    const sealed = String(row!.credentials);
    expect(sealed).toMatch(/^v1\./);
    expect(t.deps.secrets.open(sealed)).toMatchObject({ accessToken: expect.any(String), clientSecret: expect.any(String) });
    // The same callback again (replay): refused, nothing new stored.
    const again = await admin.get(callback);
    expect(new URL(again.headers.get('location')!).searchParams.get('oauth_error')).toBe('oauth_state_invalid');
    const list = (await (await admin.get(`/api/orgs/${org.id}/channels`)).json()) as { type: string; connected: boolean; settings: Record<string, unknown> }[];
    expect(list.filter((c) => c.type === 'mastodon')).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain('clientSecret');
  });

  it("another person's session cannot finish someone's flow", async () => {
    const start = await admin.post(`/api/orgs/${org.id}/channels/oauth`, { type: 'x', name: 'X' });
    const { authorizeUrl } = (await start.json()) as { authorizeUrl: string };
    const back = new URL((await fetch(authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    const other = await loginAs(t, org.users.admin.email); // a second session of an admin
    const res = await other.get(`${back.pathname}${back.search}`);
    expect(new URL(res.headers.get('location')!).searchParams.get('oauth_error')).toBe('oauth_state_invalid');
  });

  it('connects X and reconnects it in place after a revoked grant, clearing the problem', async () => {
    const { location } = await approve(admin, { type: 'x', name: 'X ziekenhuis' });
    const id = new URL(location).searchParams.get('connected')!;
    await t.database.db.update(channels).set({ lastError: 'X: koppeling ingetrokken of verlopen, opnieuw koppelen' }).where(eq(channels.id, id));
    const again = await approve(admin, { type: 'x', name: 'X ziekenhuis', channelId: id });
    expect(new URL(again.location).searchParams.get('connected')).toBe(id);
    const [row] = await t.database.db.select().from(channels).where(eq(channels.id, id));
    expect(row!.lastError).toBeNull();
    expect(row!.settings).toMatchObject({ username: 'ziekenhuis' });
  });

  it('only a channel manager may start, and a type without a login page is refused with a clear error', async () => {
    const editor = await loginAs(t, org.users.editor.email);
    expect((await editor.post(`/api/orgs/${org.id}/channels/oauth`, { type: 'x', name: 'X' })).status).toBe(403);
    const res = await admin.post(`/api/orgs/${org.id}/channels/oauth`, { type: 'webhook', name: 'Hook' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('channel_oauth_unsupported');
    const noInstance = await admin.post(`/api/orgs/${org.id}/channels/oauth`, { type: 'mastodon', name: 'M' });
    expect(((await noInstance.json()) as { error: { code: string } }).error.code).toBe('channel_field_required');
  });

  it('a state expires after ten minutes and is bound to its session', async () => {
    const [session] = await t.database.db.select({ tokenHash: sessions.tokenHash }).from(sessions).limit(1);
    const owner = { orgId: org.id, sessionHash: session!.tokenHash, channelType: 'x', payload: { pending: { verifier: 'v' } } };
    const late = newOAuthState();
    await createOAuthState(t.database.db, t.deps.secrets, owner, late);
    expect(await consumeOAuthState(t.database.db, t.deps.secrets, late, owner, new Date(Date.now() + OAUTH_STATE_TTL_MS + 1000))).toBeNull();
    const fresh = newOAuthState();
    await createOAuthState(t.database.db, t.deps.secrets, owner, fresh);
    expect(await consumeOAuthState(t.database.db, t.deps.secrets, fresh, { sessionHash: 'someone-else' })).toBeNull();
    expect(await consumeOAuthState(t.database.db, t.deps.secrets, fresh, owner)).toMatchObject({ orgId: org.id, payload: { pending: { verifier: 'v' } } });
    expect(await consumeOAuthState(t.database.db, t.deps.secrets, fresh, owner)).toBeNull();
  });
});
