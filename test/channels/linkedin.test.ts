// LinkedIn organisation pages against the LinkedIn contract server (test/support/fake-linkedin.ts),
// and the engine's leased token refresh on a real database. Simulated: no LinkedIn server is
// reachable here; the fake implements the documented requests only.
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublishMedia, PublishRequest } from '../../src/channels/channel-adapter';
import { exchangeLinkedInCode, requireLinkedInConfig } from '../../src/channels/linkedin/linkedin-api';
import { linkedInAdapter } from '../../src/channels/linkedin/linkedin-adapter';
import { toLittleText } from '../../src/channels/linkedin/little-text';
import { refreshDueTokens } from '../../src/features/channels/token-refresh';
import { channels } from '../../src/db/schema';
import { outbound } from '../../src/net/safe-fetch';
import { pressAllow } from '../support/fake-http';
import { LINKEDIN, startFakeLinkedIn } from '../support/fake-linkedin';
import { buildOrg, createTestApp, type TestApp } from '../support/test-app';

const net = outbound({ allowPrivate: true });
let li: Awaited<ReturnType<typeof startFakeLinkedIn>>;
let t: TestApp;

beforeAll(async () => {
  li = await startFakeLinkedIn();
  Object.assign(process.env, li.env);
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
});
afterEach(() => {
  expect(li.unexpected).toEqual([]);
  li.state.rateLimited = 0;
});
afterAll(async () => {
  await li.close();
  await t.close();
});

const ORG_URN = `urn:li:organization:${LINKEDIN.orgId}`;
const image = (id: string, altText: string): PublishMedia => ({ id, mimeType: 'image/png', altText, read: async () => Buffer.from(`png ${id}`) });

async function grant() {
  return exchangeLinkedInCode(net, requireLinkedInConfig(), LINKEDIN.code, LINKEDIN.redirectUri);
}

function request(accessToken: string, text: string, media: PublishMedia[] = []): PublishRequest {
  return { postId: 'p', text, media, channel: { id: 'c', slug: 's', orgSlug: 'o', settings: { organizationUrn: ORG_URN } }, credentials: { accessToken }, net };
}

describe('LinkedIn connect', () => {
  it('runs the OAuth round trip through the login page and offers the organisation pages the person administers', async () => {
    const ctx = { redirectUri: LINKEDIN.redirectUri, net, env: li.env };
    const { authorizeUrl } = await linkedInAdapter.oauth.begin({}, 'st', ctx);
    const url = new URL(authorizeUrl);
    expect(url.pathname).toBe('/oauth/v2/authorization');
    expect(url.searchParams.get('scope')).toContain('w_organization_social');
    const back = new URL(await pressAllow(authorizeUrl));
    expect(back.searchParams.get('state')).toBe('st');
    const found = (await linkedInAdapter.oauth.finish({}, back.searchParams.get('code')!, ctx)) as { choices: unknown[]; pending: Record<string, unknown> };
    expect(found.choices).toEqual([{ id: LINKEDIN.orgId, label: 'Zorggroep Noord' }]);
    const connection = await linkedInAdapter.oauth.choose!(found.pending, LINKEDIN.orgId, ctx);
    expect(connection.settings).toMatchObject({ organizationUrn: ORG_URN, organizationName: 'Zorggroep Noord' });
    expect(connection.credentials).toMatchObject({ accessToken: expect.stringMatching(/^access-/), refreshToken: 'refresh-1' });
    // The code is single use, as at LinkedIn.
    await expect(linkedInAdapter.oauth.finish({}, back.searchParams.get('code')!, ctx)).rejects.toThrow(/refused the login/);
    // A raw token pasted into a form is not a way in.
    await expect(linkedInAdapter.connect({ accessToken: 'x', organizationId: LINKEDIN.orgId }, net)).rejects.toThrow(/login page/);
  });
});

describe('LinkedIn publish', () => {
  it('posts text as escaped little text with the organisation as author', async () => {
    const { accessToken } = await grant();
    const out = await linkedInAdapter.publish(request(accessToken, 'Vacature (m/v) #zorg: https://zorg.example/werken'));
    if (out.kind !== 'published') throw new Error(JSON.stringify(out));
    const post = li.state.posts.get(out.externalId)!;
    expect(post.author).toBe(ORG_URN);
    expect(post.commentary).toBe('Vacature \\(m/v\\) {hashtag|\\#|zorg}: https://zorg.example/werken');
    expect(out.externalUrl).toBe(`https://www.linkedin.com/feed/update/${out.externalId}/`);
  });

  it('uploads an image through initializeUpload and PUT, and posts it with alt text', async () => {
    const { accessToken } = await grant();
    const out = await linkedInAdapter.publish(request(accessToken, 'Foto', [image('a', 'Team op de afdeling')]));
    if (out.kind !== 'published') throw new Error(JSON.stringify(out));
    const content = li.state.posts.get(out.externalId)!.content as { media: { id: string; altText: string } };
    expect(content.media.altText).toBe('Team op de afdeling');
    expect(li.state.images.get(content.media.id)).toMatchObject({ uploaded: true, owner: ORG_URN });
  });

  it('posts several images as multiImage, each with its alt text', async () => {
    const { accessToken } = await grant();
    const out = await linkedInAdapter.publish(request(accessToken, 'Fotos', [image('a', 'Een'), image('b', 'Twee')]));
    if (out.kind !== 'published') throw new Error(JSON.stringify(out));
    const content = li.state.posts.get(out.externalId)!.content as { multiImage: { images: { altText: string }[] } };
    expect(content.multiImage.images.map((i) => i.altText)).toEqual(['Een', 'Twee']);
  });

  it('a throttle fails retryably after Retry-After; a revoked token marks the channel', async () => {
    const { accessToken } = await grant();
    li.state.rateLimited = 1;
    expect(await linkedInAdapter.publish(request(accessToken, 'x'))).toMatchObject({
      kind: 'failed',
      retryable: true,
      code: 'rate_limited',
      retryAfterMs: 120_000,
    });
    li.state.tokens.delete(accessToken);
    expect(await linkedInAdapter.publish(request(accessToken, 'x'))).toMatchObject({
      kind: 'failed',
      retryable: false,
      channelProblem: true,
      code: 'grant_revoked',
    });
  });

  it('refuses a text over 3,000 characters without calling LinkedIn', async () => {
    const calls = li.seen.length;
    expect(await linkedInAdapter.publish(request('t', 'x'.repeat(3001)))).toMatchObject({ kind: 'failed', retryable: false });
    expect(li.seen.length).toBe(calls);
  });

  it('removes a post', async () => {
    const { accessToken } = await grant();
    const out = await linkedInAdapter.publish(request(accessToken, 'Weg'));
    if (out.kind !== 'published') throw new Error('not published');
    await linkedInAdapter.remove({ externalId: out.externalId, settings: {}, credentials: { accessToken }, net });
    expect(li.state.posts.has(out.externalId)).toBe(false);
  });

  it('escapes every little-text reserved character', () => {
    expect(toLittleText('a|b{c}d@e[f]g(h)i<j>k\\l*m_n~o')).toBe('a\\|b\\{c\\}d\\@e\\[f\\]g\\(h\\)i\\<j\\>k\\\\l\\*m\\_n\\~o');
  });
});

describe('LinkedIn reconciliation', () => {
  it("finds our post among the organisation's recent posts by its text, and says when it is absent", async () => {
    const { accessToken } = await grant();
    const out = await linkedInAdapter.publish(request(accessToken, 'Vacature: verpleegkundige (32 uur)'));
    expect(out.kind).toBe('published');
    const found = await linkedInAdapter.findPublished!(request(accessToken, 'Vacature: verpleegkundige (32 uur)'));
    expect(found).toEqual({ externalId: (out as { externalId: string }).externalId, externalUrl: (out as { externalUrl: string }).externalUrl });
    expect(await linkedInAdapter.findPublished!(request(accessToken, 'Nooit geplaatst'))).toBeNull();
  });
});

describe('token refresh', () => {
  async function linkedInChannel(expiresInDays: number, refreshToken = 'refresh-1') {
    const org = await buildOrg(t);
    const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
    const [row] = await t.database.db
      .insert(channels)
      .values({
        orgId: org.id,
        type: 'linkedin',
        name: 'LinkedIn',
        slug: 'linkedin',
        settings: { organizationUrn: ORG_URN, tokenExpiresAt: expiresAt.toISOString() },
        credentials: t.deps.secrets.seal({ accessToken: 'old', expiresAt: expiresAt.toISOString(), refreshToken, refreshExpiresAt: null }),
      })
      .returning();
    return row!;
  }
  const reload = async (id: string) => (await t.database.db.select().from(channels).where(eq(channels.id, id)))[0]!;

  it('refreshes a token that expires within a week, once, even with two workers at the same time', async () => {
    const due = await linkedInChannel(2);
    const later = await linkedInChannel(30);
    const before = li.state.refreshes;
    const deps = { secrets: t.deps.secrets, net };
    const [a, b] = await Promise.all([refreshDueTokens(t.database.db, 'w1', deps), refreshDueTokens(t.database.db, 'w2', deps)]);
    expect(a.refreshed + b.refreshed).toBeGreaterThanOrEqual(1);
    const fresh = await reload(due.id);
    const creds = t.deps.secrets.open(fresh.credentials!) as { accessToken: string };
    expect(creds.accessToken).toMatch(/^access-/);
    expect(fresh.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
    expect(fresh.refreshLeaseOwner).toBeNull();
    expect(t.deps.secrets.open((await reload(later.id)).credentials!)).toMatchObject({ accessToken: 'old' });
    // Every due channel was refreshed exactly once across both workers (other tests' channels included).
    expect(li.state.refreshes - before).toBe(a.refreshed + b.refreshed + a.revoked + b.revoked);
    // A second round finds nothing due any more.
    expect((await refreshDueTokens(t.database.db, 'w1', deps)).refreshed).toBe(0);
  });

  it('a refused refresh marks the channel "opnieuw koppelen" once and never tries again', async () => {
    const dead = await linkedInChannel(1, 'revoked-refresh');
    const deps = { secrets: t.deps.secrets, net };
    const first = await refreshDueTokens(t.database.db, 'w1', deps);
    expect(first.revoked).toBeGreaterThanOrEqual(1);
    expect((await reload(dead.id)).lastError).toBe('system:failure:grant_revoked:linkedin:LinkedIn');
    const calls = li.state.refreshes;
    await refreshDueTokens(t.database.db, 'w1', deps);
    expect(li.state.refreshes).toBe(calls);
  });
});
