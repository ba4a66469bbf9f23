// Probes of the privacy guard as an attacker or a careless user would try it: patient data in an
// image's alt text (every field that is published is checked, at submission, approval and
// publication, and never reaches the public feed), alt text or media changed after approval, and
// numbers disguised with invisible characters, other spaces, dashes or other digits.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, postVariants, users } from '../../src/db/schema.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { systemScope } from '../../src/features/org-scope.ts';
import { stripImageMetadata } from '../../src/features/media/strip-metadata.ts';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts.ts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post.ts';
import { GUARD_RULES } from '../../src/guard/scan-text.ts';
import { buildOrg, createTestApp, imageForm, localIn, loginAs, PASSWORD, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

// A BSN (111222333 passes the elfproef), a name and a diagnosis: what was found in a real probe.
const LEAKY_ALT = 'Mevrouw Jansen uit Tiel (BSN 111222333) op de IC na haar hartinfarct.';
const CLEAN_ALT = 'Een verpleegkundige lacht naar een bewoner in de tuin.';
const CLEAN_TEXT = 'Kom op zaterdag naar onze open dag in de Hoofdstraat! Iedereen is welkom.';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface PostBody {
  id: string;
  status: string;
  version: number;
  allowedActions: string[];
  events: { action: string; reason: string | null }[];
  guard: {
    verdict: string;
    overridden: boolean;
    parts: { part: string; image?: { id: string; number: number }; result: { findings: { rule: string; severity: string }[] } }[];
  };
}
interface ErrorBody {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

/** A fresh organisation with a client per role, so settings changes stay in one test. */
async function setup() {
  const org = await buildOrg(t);
  const [contributor, editor, approver, admin] = await Promise.all([
    loginAs(t, org.users.contributor.email),
    loginAs(t, org.users.editor.email),
    loginAs(t, org.users.approver.email),
    loginAs(t, org.users.admin.email),
  ]);
  const base = `/api/orgs/${org.id}`;
  return { org, base, contributor, editor, approver, admin };
}

async function upload(client: Client, base: string, altText: string): Promise<string> {
  const res = await client.request('POST', `${base}/media`, imageForm(PNG_1PX, altText));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function createPost(client: Client, base: string, org: TestOrg, mediaIds: string[], text = CLEAN_TEXT): Promise<PostBody> {
  const res = await client.post(`${base}/posts`, {
    baseText: text,
    variants: [{ channelId: org.channelId, text: null }],
    mediaIds,
    scheduledLocal: localIn(3, '09:30'),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as PostBody;
}

const step = (client: Client, base: string, id: string, event: string) => client.post(`${base}/posts/${id}/transitions`, { event });
const getPost = async (client: Client, base: string, id: string) => (await (await client.get(`${base}/posts/${id}`)).json()) as PostBody;

async function feedText(org: TestOrg): Promise<string> {
  const res = await t.app.request(`/feeds/${org.slug}/${org.channelSlug}/feed.json`);
  expect(res.status).toBe(200);
  return res.text();
}

/** The organisation's rules downgraded to warnings (as an admin may do), and back to the defaults. */
const relax = (admin: Client, base: string) =>
  admin.request('PUT', `${base}/guard/settings`, { severities: Object.fromEntries(GUARD_RULES.map((r) => [r, 'warn'])) });
const restore = (admin: Client, base: string) => admin.request('PUT', `${base}/guard/settings`, {});

async function expectBlockedInAltText(res: Response) {
  expect(res.status).toBe(422);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe('guard_blocked');
  expect(body.error.details?.map((d) => d.path)).toContain('media.0.altText');
}

describe('alt text goes through the privacy guard', () => {
  it('shows the finding on the post, in the alt text of image 1, and refuses submission', async () => {
    const { org, base, contributor } = await setup();
    const clean = await upload(contributor, base, CLEAN_ALT);
    const leaky = await upload(contributor, base, LEAKY_ALT);
    const post = await createPost(contributor, base, org, [clean, leaky]);
    expect(post.guard.verdict).toBe('block');
    expect(post.allowedActions).not.toContain('submit');
    const part = post.guard.parts.find((p) => p.part === `media:${leaky}`);
    expect(part?.image).toEqual({ id: leaky, number: 2 });
    expect(part?.result.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['bsn', 'person-with-health']));
    expect(post.guard.parts.find((p) => p.part === 'base')?.result.findings.filter((f) => f.severity === 'block')).toEqual([]);

    const res = await step(contributor, base, post.id, 'submit');
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('guard_blocked');
    expect(body.error.details?.map((d) => d.path)).toContain('media.1.altText');
    expect((await getPost(contributor, base, post.id)).status).toBe('draft');
  });

  it('refuses approval and publication when the rules became strict after submission, and the feed never shows it', async () => {
    const { org, base, contributor, editor, admin } = await setup();
    expect((await relax(admin, base)).status).toBe(200);
    const post = await createPost(contributor, base, org, [await upload(contributor, base, LEAKY_ALT)]);
    expect(post.guard.verdict).toBe('warn');
    expect((await step(contributor, base, post.id, 'submit')).status).toBe(200);
    expect((await restore(admin, base)).status).toBe(200);

    await expectBlockedInAltText(await step(editor, base, post.id, 'approve'));
    expect((await getPost(editor, base, post.id)).status).toBe('in_review');

    // Approved and scheduled while lenient; the rules are strict again before it goes out.
    await relax(admin, base);
    expect((await step(editor, base, post.id, 'approve')).status).toBe(200);
    expect((await step(editor, base, post.id, 'schedule')).status).toBe(200);
    await restore(admin, base);
    await expectBlockedInAltText(await editor.post(`${base}/posts/${post.id}/publish-now`));

    // The engine's own last check before sending (a post due now, claimed by a worker).
    await t.database.db.execute(sql`UPDATE posts SET scheduled_at = now() - interval '1 second' WHERE id = ${post.id}`);
    const claimed = (await claimDuePosts(t.database.db, 'probe-worker', 100)).map((c) => c.id);
    expect(claimed).toContain(post.id);
    await publishClaimedPost(systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' }), post.id, {
      mediaDir: t.deps.mediaDir,
      secrets: t.deps.secrets,
      net: t.deps.net,
      worker: 'probe-worker',
    });
    const after = await getPost(editor, base, post.id);
    expect(after.status).toBe('failed');
    const feed = await feedText(org);
    expect(feed).not.toContain('111222333');
    expect(feed).not.toContain('Jansen');
  });

  it('publishes a post with clean alt text to the feed (the check above is not vacuous)', async () => {
    const { org, base, contributor, editor } = await setup();
    const post = await createPost(contributor, base, org, [await upload(contributor, base, CLEAN_ALT)]);
    expect((await step(contributor, base, post.id, 'submit')).status).toBe(200);
    expect((await step(editor, base, post.id, 'approve')).status).toBe(200);
    expect((await editor.post(`${base}/posts/${post.id}/publish-now`)).status).toBe(200);
    expect(await feedText(org)).toContain(CLEAN_ALT);
  });

  it('binds an override to the alt texts and media: any change needs a new one', async () => {
    const { org, base, contributor, approver } = await setup();
    const leaky = await upload(contributor, base, LEAKY_ALT);
    const post = await createPost(contributor, base, org, [leaky]);
    const ok = await approver.post(`${base}/posts/${post.id}/guard-override`, { reason: 'Mevrouw gaf schriftelijk toestemming (formulier 12).' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as PostBody).guard.overridden).toBe(true);

    // Another leaky alt text on the same draft: the override no longer holds.
    expect((await contributor.patch(`${base}/media/${leaky}`, { altText: 'Meneer de Vries (BSN 111222333) na zijn beroerte.' })).status).toBe(200);
    expect((await getPost(contributor, base, post.id)).guard).toMatchObject({ verdict: 'block', overridden: false });

    // A second override, then a different image with the same alt text: a new content, no override.
    await approver.post(`${base}/posts/${post.id}/guard-override`, { reason: 'Meneer gaf schriftelijk toestemming (formulier 13).' });
    const other = await upload(contributor, base, 'Meneer de Vries (BSN 111222333) na zijn beroerte.');
    const current = await getPost(contributor, base, post.id);
    expect(current.guard.overridden).toBe(true);
    const swapped = await contributor.patch(`${base}/posts/${post.id}`, { version: current.version, mediaIds: [other] });
    expect(swapped.status).toBe(200);
    expect(((await swapped.json()) as PostBody).guard).toMatchObject({ verdict: 'block', overridden: false });
  });
});

describe('alt text or media changed after approval', () => {
  async function approvedPost(status: 'approved' | 'scheduled') {
    const s = await setup();
    const mediaId = await upload(s.contributor, s.base, CLEAN_ALT);
    const post = await createPost(s.contributor, s.base, s.org, [mediaId]);
    expect((await step(s.contributor, s.base, post.id, 'submit')).status).toBe(200);
    expect((await step(s.editor, s.base, post.id, 'approve')).status).toBe(200);
    if (status === 'scheduled') expect((await step(s.editor, s.base, post.id, 'schedule')).status).toBe(200);
    return { ...s, mediaId, postId: post.id };
  }

  for (const status of ['approved', 'scheduled'] as const) {
    it(`sends a ${status} post back for approval when its alt text changes, and the new text is checked`, async () => {
      const { base, contributor, mediaId, postId } = await approvedPost(status);
      const res = await contributor.patch(`${base}/media/${mediaId}`, { altText: LEAKY_ALT });
      expect(res.status).toBe(200);
      const post = await getPost(contributor, base, postId);
      expect(post.status).toBe('draft');
      expect(post.events.at(-1)).toMatchObject({ action: 'edit', reason: 'system:alt_text_changed' });
      expect(post.guard.verdict).toBe('block');
      await expectBlockedInAltText(await step(contributor, base, postId, 'submit'));
    });
  }

  it('sends a scheduled post back for approval when an image is attached or removed', async () => {
    const { org, base, contributor, postId } = await approvedPost('scheduled');
    const extra = await upload(contributor, base, LEAKY_ALT);
    const before = await getPost(contributor, base, postId);
    const res = await contributor.patch(`${base}/posts/${postId}`, { version: before.version, mediaIds: [extra] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as PostBody).status).toBe('draft');
    expect(await feedText(org)).not.toContain('Jansen');
  });

  it('refuses a contributor who would send back somebody else’s approved post by editing a shared image', async () => {
    const { org, base, contributor, mediaId, postId } = await approvedPost('approved');
    const outsider = await secondContributor(org);
    const res = await outsider.patch(`${base}/media/${mediaId}`, { altText: 'Iets anders' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('media_in_others_post');
    expect((await getPost(contributor, base, postId)).status).toBe('approved');
  });

  it('never changes a published post: its alt text and media are refused with 409, the feed stays as published', async () => {
    const { org, base, contributor, editor, mediaId, postId } = await approvedPost('approved');
    expect((await editor.post(`${base}/posts/${postId}/publish-now`)).status).toBe(200);
    expect((await getPost(editor, base, postId)).status).toBe('published');

    const res = await contributor.patch(`${base}/media/${mediaId}`, { altText: LEAKY_ALT });
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('media_published');
    expect(body.error.message.length).toBeGreaterThan(20);

    const current = await getPost(editor, base, postId);
    const other = await upload(editor, base, LEAKY_ALT);
    expect((await editor.patch(`${base}/posts/${postId}`, { version: current.version, mediaIds: [other] })).status).toBe(409);

    const feed = await feedText(org);
    expect(feed).toContain(CLEAN_ALT);
    expect(feed).not.toContain('Jansen');
    const media = ((await (await editor.get(`${base}/media`)).json()) as { items: { id: string; altText: string }[] }).items;
    expect(media.find((m) => m.id === mediaId)?.altText).toBe(CLEAN_ALT);
  });

  it('never changes a post that went out on one of its channels, even when another channel failed', async () => {
    const { base, editor, mediaId, postId } = await approvedPost('approved');
    // What the engine leaves after a partial publication: one variant out, the post failed.
    await t.database.db.update(postVariants).set({ publishedAt: new Date() }).where(eq(postVariants.postId, postId));
    await t.database.db.execute(sql`UPDATE posts SET status = 'failed' WHERE id = ${postId}`);
    const current = await getPost(editor, base, postId);
    const edit = await editor.patch(`${base}/posts/${postId}`, { version: current.version, baseText: `${CLEAN_TEXT} Nieuw.` });
    expect(edit.status).toBe(409);
    expect(((await edit.json()) as ErrorBody).error.code).toBe('already_published');
    const alt = await editor.patch(`${base}/media/${mediaId}`, { altText: LEAKY_ALT });
    expect(alt.status).toBe(409);
  });

  it('lets a draft’s alt text change without sending anything anywhere', async () => {
    const { org, base, contributor } = await setup();
    const mediaId = await upload(contributor, base, CLEAN_ALT);
    const post = await createPost(contributor, base, org, [mediaId]);
    expect((await contributor.patch(`${base}/media/${mediaId}`, { altText: 'De tuin in het voorjaar.' })).status).toBe(200);
    const after = await getPost(contributor, base, post.id);
    expect(after.status).toBe('draft');
    expect(after.version).toBe(post.version);
  });
});

describe('disguised numbers are the same BSN everywhere', () => {
  const spellings = ['111\u00a0222\u00a0333', '111\u200b222333', '１１１２２２３３３', '111-222-333', '111\u2013222\u2013333', '١١١٢٢٢٣٣٣'];

  it('the live check finds each, with the span on the characters as typed', async () => {
    const { base, contributor } = await setup();
    for (const number of spellings) {
      const text = `Mijn BSN is ${number}.`;
      const res = await contributor.post(`${base}/guard/check`, { text });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { verdict: string; findings: { rule: string; start: number; end: number }[] };
      const bsn = body.findings.find((f) => f.rule === 'bsn');
      expect(bsn, number).toBeDefined();
      expect(text.slice(bsn!.start, bsn!.end)).toBe(number);
      expect(body.verdict).toBe('block');
    }
  });

  it('submission refuses each, in the text and in alt text', async () => {
    const { org, base, contributor } = await setup();
    for (const number of spellings) {
      const inText = await createPost(contributor, base, org, [], `Mijn BSN is ${number}, bel me.`);
      expect((await step(contributor, base, inText.id, 'submit')).status).toBe(422);
      const inAlt = await createPost(contributor, base, org, [await upload(contributor, base, `Formulier met BSN ${number}`)]);
      await expectBlockedInAltText(await step(contributor, base, inAlt.id, 'submit'));
    }
  });
});

// Image metadata leaves with the file (public feeds serve it as stored) and is never checked: removed.
const seg = (marker: number, payload: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};

/** A JPEG as a phone writes it: JFIF, EXIF with orientation 6 and the owner's name, a comment. */
function jpegWithExif(): Buffer {
  const artist = Buffer.from('Mevrouw Jansen\0', 'latin1');
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);
  tiff.writeUInt16LE(0x0112, 10); // orientation, SHORT, 1, value 6
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(6, 18);
  tiff.writeUInt16LE(0x013b, 22); // artist, ASCII, stored past the IFD
  tiff.writeUInt16LE(2, 24);
  tiff.writeUInt32LE(artist.length, 26);
  tiff.writeUInt32LE(tiff.length, 30);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    seg(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, artist])),
    seg(0xfe, Buffer.from('BSN 111222333', 'latin1')),
    seg(0xdb, Buffer.alloc(65, 1)),
    seg(0xc0, Buffer.from([8, 0, 2, 0, 3, 1, 1, 0x11, 0])), // the frame: 3 × 2 pixels, one component
    seg(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    Buffer.from('pixels', 'latin1'),
    Buffer.from([0xff, 0xd9]),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]);
}

describe('image metadata never leaves', () => {
  async function storedBytes(file: Buffer, name: string, type: string) {
    const { base, contributor } = await setup();
    const res = await contributor.request('POST', `${base}/media`, imageForm(file, CLEAN_ALT, name, type));
    expect(res.status).toBe(201);
    const { id, sizeBytes } = (await res.json()) as { id: string; sizeBytes: number };
    const bytes = Buffer.from(await (await contributor.get(`${base}/media/${id}/file`)).arrayBuffer());
    expect(bytes.length).toBe(sizeBytes);
    return bytes;
  }

  it('removes EXIF and comments from a JPEG and keeps it upright', async () => {
    const bytes = await storedBytes(jpegWithExif(), 'foto.jpg', 'image/jpeg');
    expect(bytes.includes('Jansen')).toBe(false);
    expect(bytes.includes('111222333')).toBe(false);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(bytes.includes('JFIF')).toBe(true);
    expect(bytes.includes('pixels')).toBe(true);
    // Orientation 6 in a fresh, minimal EXIF block.
    expect(bytes.includes(Buffer.from([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, 6]))).toBe(true);
  });

  it('removes text chunks from a PNG', async () => {
    const withText = Buffer.concat([PNG_1PX.subarray(0, 33), pngChunk('tEXt', Buffer.from('Author\0Mevrouw Jansen', 'latin1')), PNG_1PX.subarray(33)]);
    const bytes = await storedBytes(withText, 'foto.png', 'image/png');
    expect(bytes.includes('Jansen')).toBe(false);
    expect(bytes).toEqual(PNG_1PX);
  });

  it('refuses an image whose structure is broken (422), storing nothing', async () => {
    const { base, contributor } = await setup();
    const broken = Buffer.concat([PNG_1PX.subarray(0, 20)]);
    const res = await contributor.request('POST', `${base}/media`, imageForm(broken, CLEAN_ALT));
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.code).toBe('image_unreadable');
    expect(await (await contributor.get(`${base}/media`)).json()).toEqual({ items: [], nextCursor: null });
  });

  it('removes EXIF and XMP from a WebP and comments from a GIF', () => {
    const riffChunk = (type: string, data: Buffer) => {
      const head = Buffer.alloc(8);
      head.write(type, 0, 'latin1');
      head.writeUInt32LE(data.length, 4);
      return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
    };
    const vp8x = Buffer.alloc(10);
    vp8x[0] = 0x0c;
    const chunks = Buffer.concat([
      riffChunk('VP8X', vp8x),
      riffChunk('VP8 ', Buffer.from('pixels')),
      riffChunk('EXIF', Buffer.from('Mevrouw Jansen')),
      riffChunk('XMP ', Buffer.from('<x>BSN 111222333</x>')),
    ]);
    const head = Buffer.alloc(12);
    head.write('RIFF', 0, 'latin1');
    head.writeUInt32LE(chunks.length + 4, 4);
    head.write('WEBP', 8, 'latin1');
    const webp = stripImageMetadata(Buffer.concat([head, chunks]), 'image/webp');
    expect(webp.includes('Jansen') || webp.includes('111222333')).toBe(false);
    expect(webp.readUInt32LE(4)).toBe(webp.length - 8);
    expect(webp[20]).toBe(0);
    expect(webp.includes('pixels')).toBe(true);

    const gif = Buffer.concat([
      Buffer.from('GIF89a', 'latin1'),
      Buffer.from([1, 0, 1, 0, 0, 0, 0]),
      Buffer.from([0x21, 0xfe, 14]),
      Buffer.from('Mevrouw Jansen', 'latin1'),
      Buffer.from([0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3b]),
    ]);
    const clean = stripImageMetadata(gif, 'image/gif');
    expect(clean.includes('Jansen')).toBe(false);
    expect(clean).toEqual(Buffer.concat([gif.subarray(0, 13), gif.subarray(13 + 3 + 14 + 1)]));
  });
});

/** A second contributor of the same organisation (buildOrg makes one per role). */
async function secondContributor(org: TestOrg): Promise<Client> {
  const email = `contributor2-${org.slug}@example.nl`;
  const [user] = await t.database.db
    .insert(users)
    .values({ email, name: 'Tweede schrijver', passwordHash: await hashPassword(PASSWORD) })
    .returning();
  await t.database.db.insert(memberships).values({ orgId: org.id, userId: user!.id, role: 'contributor' });
  return loginAs(t, email);
}
