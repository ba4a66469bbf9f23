// An admin manages the people and channels of the organisation; nobody else can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string } };
type Member = { userId: string; name: string; email: string; role: Role };
type Channel = { id: string; type: string; name: string; slug: string; active: boolean; links: { label: string; url: string }[] };
type SessionBody = { memberships: { organisation: { id: string }; role: Role }[] };

let t: TestApp;
let org: TestOrg;
let admin: Client;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  admin = await loginAs(t, org.users.admin.email);
  base = `/api/orgs/${org.id}`;
});
afterAll(() => t.close());

const errorCode = async (res: Response) => ((await res.json()) as ErrorBody).error.code;
const members = async (client: Client = admin) => (await (await client.get(`${base}/members`)).json()) as Member[];
const channelList = async (client: Client = admin) => (await (await client.get(`${base}/channels`)).json()) as Channel[];

describe('people', () => {
  it('an admin invites a new person, who sets a password through the link and then works with that role', async () => {
    const res = await admin.post(`${base}/invitations`, { email: 'Nieuwe.Collega@Example.nl', role: 'contributor' });
    expect(res.status).toBe(201);
    const { invitation, link } = (await res.json()) as { invitation: { email: string; role: Role }; link: string };
    expect(invitation).toMatchObject({ email: 'nieuwe.collega@example.nl', role: 'contributor' });
    const token = link.split('#')[1]!;
    const accept = await t.app.request('/api/invitations/accept', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, name: 'Nieuwe Collega', password: 'een goed lang wachtwoord' }),
    });
    expect(accept.status).toBe(200);
    expect((await members()).map((m) => m.email)).toContain('nieuwe.collega@example.nl');

    const newcomer = await loginAs(t, 'nieuwe.collega@example.nl', 'een goed lang wachtwoord');
    const session = (await (await newcomer.get('/api/auth/session')).json()) as SessionBody;
    expect(session.memberships).toEqual([expect.objectContaining({ organisation: expect.objectContaining({ id: org.id }), role: 'contributor' })]);
    // The role works: a contributor can write, not manage people.
    expect((await newcomer.post(`${base}/posts`, { baseText: 'Mijn eerste bericht' })).status).toBe(201);
    expect((await newcomer.post(`${base}/invitations`, { email: 'x@example.nl', role: 'admin' })).status).toBe(403);
  });

  it('refuses an invitation without a valid e-mail address or role (422), inviting nobody', async () => {
    const pending = async () => ((await (await admin.get(`${base}/invitations`)).json()) as unknown[]).length;
    const before = await pending();
    const noEmail = await admin.post(`${base}/invitations`, { email: 'geen-adres', role: 'viewer' });
    expect(noEmail.status).toBe(422);
    const badRole = await admin.post(`${base}/invitations`, { email: 'rol@example.nl', role: 'baas' });
    expect(badRole.status).toBe(422);
    expect(await pending()).toBe(before);
  });

  it('adding someone who is already a member → 409 member_exists', async () => {
    const res = await admin.post(`${base}/invitations`, { email: org.users.viewer.email, role: 'editor' });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('member_exists');
    expect((await members()).find((m) => m.userId === org.users.viewer.id)?.role).toBe('viewer');
  });

  it('an admin changes a role, and the person has the new role', async () => {
    const res = await admin.patch(`${base}/members/${org.users.approver.id}`, { role: 'editor' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Member).role).toBe('editor');
    expect((await members()).find((m) => m.userId === org.users.approver.id)?.role).toBe('editor');
    const promoted = await loginAs(t, org.users.approver.email);
    const session = (await (await promoted.get('/api/auth/session')).json()) as SessionBody;
    expect(session.memberships[0]?.role).toBe('editor');
    // Put it back for the other tests.
    expect((await admin.patch(`${base}/members/${org.users.approver.id}`, { role: 'approver' })).status).toBe(200);
  });

  it('cannot remove or demote the last admin (409 last_admin)', async () => {
    const remove = await admin.del(`${base}/members/${org.users.admin.id}`);
    expect(remove.status).toBe(409);
    expect(await errorCode(remove)).toBe('last_admin');
    const demote = await admin.patch(`${base}/members/${org.users.admin.id}`, { role: 'editor' });
    expect(demote.status).toBe(409);
    expect(await errorCode(demote)).toBe('last_admin');
    expect((await members()).find((m) => m.userId === org.users.admin.id)?.role).toBe('admin');
  });

  it('with a second admin, the first may step down; then the second is the last', async () => {
    const own = await buildOrg(t);
    const first = await loginAs(t, own.users.admin.email);
    const ownBase = `/api/orgs/${own.id}`;
    expect((await first.patch(`${ownBase}/members/${own.users.editor.id}`, { role: 'admin' })).status).toBe(200);
    expect((await first.patch(`${ownBase}/members/${own.users.admin.id}`, { role: 'viewer' })).status).toBe(200);
    const second = await loginAs(t, own.users.editor.email);
    const last = await second.del(`${ownBase}/members/${own.users.editor.id}`);
    expect(last.status).toBe(409);
    expect(await errorCode(last)).toBe('last_admin');
    // The former admin, now a viewer, can no longer manage people.
    expect((await first.patch(`${ownBase}/members/${own.users.viewer.id}`, { role: 'admin' })).status).toBe(403);
  });

  it('two admins demoting each other at the same moment still leave one admin', async () => {
    const own = await buildOrg(t);
    const ownBase = `/api/orgs/${own.id}`;
    const first = await loginAs(t, own.users.admin.email);
    expect((await first.patch(`${ownBase}/members/${own.users.editor.id}`, { role: 'admin' })).status).toBe(200);
    const second = await loginAs(t, own.users.editor.email);
    const answers = await Promise.all([
      first.patch(`${ownBase}/members/${own.users.editor.id}`, { role: 'editor' }),
      second.patch(`${ownBase}/members/${own.users.admin.id}`, { role: 'editor' }),
    ]);
    // One wins; the other is refused: 409 last_admin, or 403 when its admin role was already gone.
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const list = (await (await first.get(`${ownBase}/members`)).json()) as Member[];
    expect(list.filter((m) => m.role === 'admin')).toHaveLength(1);
  });

  it('an admin removes a member, who then loses access to the organisation (404)', async () => {
    const own = await buildOrg(t);
    const ownAdmin = await loginAs(t, own.users.admin.email);
    const viewer = await loginAs(t, own.users.viewer.email);
    expect((await viewer.get(`/api/orgs/${own.id}/posts`)).status).toBe(200);
    expect((await ownAdmin.del(`/api/orgs/${own.id}/members/${own.users.viewer.id}`)).status).toBe(204);
    expect((await viewer.get(`/api/orgs/${own.id}/posts`)).status).toBe(404);
  });

  it('a member id that does not exist → 404', async () => {
    const res = await admin.patch(`${base}/members/00000000-0000-4000-8000-000000000000`, { role: 'viewer' });
    expect(res.status).toBe(404);
  });
});

describe('only admins manage people, channels and the organisation', () => {
  const nonAdmins = ROLES.filter((r) => r !== 'admin');

  it.each(nonAdmins)('%s gets 403 and nothing changes', async (role) => {
    const client = await loginAs(t, org.users[role].email);
    const membersBefore = JSON.stringify(await members());
    const channelsBefore = JSON.stringify(await channelList());
    const attempts = [
      await client.post(`${base}/invitations`, { email: `indringer-${role}@example.nl`, role: 'admin' }),
      await client.post(`${base}/members/${org.users.admin.id}/password-reset`),
      await client.patch(`${base}/members/${org.users[role].id}`, { role: 'admin' }),
      await client.del(`${base}/members/${org.users.viewer.id}`),
      await client.post(`${base}/channels`, { type: 'website', name: `Kanaal van ${role}` }),
      await client.patch(`${base}/channels/${org.channelId}`, { active: false }),
      await client.patch(base, { name: 'Overgenomen' }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(403);
      expect(await errorCode(res)).toBe('forbidden');
    }
    expect(JSON.stringify(await members())).toBe(membersBefore);
    expect(JSON.stringify(await channelList())).toBe(channelsBefore);
    const orgView = (await (await admin.get(base)).json()) as { name: string };
    expect(orgView.name).not.toBe('Overgenomen');
  });

  it.each(nonAdmins)('%s may still read people and channels', async (role) => {
    const client = await loginAs(t, org.users[role].email);
    expect((await client.get(`${base}/members`)).status).toBe(200);
    expect((await client.get(`${base}/channels`)).status).toBe(200);
  });
});

describe('channels', () => {
  it('an admin creates a website channel; the slug comes from the name and the feed links use the public address', async () => {
    const res = await admin.post(`${base}/channels`, { type: 'website', name: 'Cliëntenraad & Nieuws' });
    expect(res.status).toBe(201);
    const channel = (await res.json()) as Channel;
    expect(channel).toMatchObject({ type: 'website', name: 'Cliëntenraad & Nieuws', slug: 'clientenraad-nieuws', active: true });
    const feedBase = `https://zorg.example/feeds/${org.slug}/clientenraad-nieuws`;
    expect(channel.links.map((l) => l.url).sort()).toEqual([`${feedBase}/atom.xml`, `${feedBase}/feed.json`, `${feedBase}/rss.xml`]);

    const listed = (await channelList()).find((c) => c.id === channel.id);
    expect(listed?.links).toEqual(channel.links);
    // The advertised link works.
    const rss = await t.app.request(new URL(`${feedBase}/rss.xml`).pathname);
    expect(rss.status).toBe(200);
  });

  it('a duplicate slug → 409 channel_slug_taken, and no second channel', async () => {
    const before = (await channelList()).length;
    const byName = await admin.post(`${base}/channels`, { type: 'website', name: 'Nieuws' }); // buildOrg made "nieuws"
    expect(byName.status).toBe(409);
    expect(await errorCode(byName)).toBe('channel_slug_taken');
    const bySlug = await admin.post(`${base}/channels`, { type: 'website', name: 'Iets anders', slug: 'nieuws' });
    expect(bySlug.status).toBe(409);
    expect((await channelList()).length).toBe(before);
  });

  it('the same slug is fine in another organisation', async () => {
    const other = await buildOrg(t);
    const otherAdmin = await loginAs(t, other.users.admin.email);
    const res = await otherAdmin.post(`/api/orgs/${other.id}/channels`, { type: 'website', name: 'Cliëntenraad & Nieuws' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Channel).slug).toBe('clientenraad-nieuws');
  });

  it('refuses an unknown channel type (422) and a malformed slug (422)', async () => {
    const before = (await channelList()).length;
    const type = await admin.post(`${base}/channels`, { type: 'myspace', name: 'Oud netwerk' });
    expect(type.status).toBe(422);
    expect(await errorCode(type)).toBe('unknown_channel_type');
    const slug = await admin.post(`${base}/channels`, { type: 'website', name: 'Slecht', slug: 'Met Spaties!' });
    expect(slug.status).toBe(422);
    expect((await channelList()).length).toBe(before);
  });

  it('a deactivated channel is refused in a new post (422 unknown_channel) and its feed is gone', async () => {
    const created = (await (await admin.post(`${base}/channels`, { type: 'website', name: 'Tijdelijk kanaal' })).json()) as Channel;
    const contributor = await loginAs(t, org.users.contributor.email);
    const ok = await contributor.post(`${base}/posts`, { baseText: 'Mag nog', variants: [{ channelId: created.id, text: null }] });
    expect(ok.status).toBe(201);

    const off = await admin.patch(`${base}/channels/${created.id}`, { active: false });
    expect(off.status).toBe(200);
    expect(((await off.json()) as Channel).active).toBe(false);
    expect((await channelList()).find((c) => c.id === created.id)?.active).toBe(false);

    const postsBefore = ((await (await contributor.get(`${base}/posts`)).json()) as { items: unknown[] }).items.length;
    const refused = await contributor.post(`${base}/posts`, { baseText: 'Mag niet meer', variants: [{ channelId: created.id, text: null }] });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.code).toBe('unknown_channel');
    expect(body.error.message).toContain(created.id);
    expect(((await (await contributor.get(`${base}/posts`)).json()) as { items: unknown[] }).items.length).toBe(postsBefore);
    expect((await t.app.request(`/feeds/${org.slug}/${created.slug}/rss.xml`)).status).toBe(404);

    // Turned back on, it can be used again.
    expect((await admin.patch(`${base}/channels/${created.id}`, { active: true })).status).toBe(200);
    expect((await contributor.post(`${base}/posts`, { baseText: 'Weer actief', variants: [{ channelId: created.id, text: null }] })).status).toBe(201);
  });

  it('renames a channel without changing its slug (feed addresses stay valid)', async () => {
    const res = await admin.patch(`${base}/channels/${org.channelId}`, { name: 'Nieuws van de locatie' });
    expect(res.status).toBe(200);
    const channel = (await res.json()) as Channel;
    expect(channel).toMatchObject({ name: 'Nieuws van de locatie', slug: 'nieuws' });
    expect((await t.app.request(`/feeds/${org.slug}/nieuws/feed.json`)).status).toBe(200);
  });
});
