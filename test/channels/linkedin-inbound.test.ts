// Reading and answering comments on a LinkedIn organisation page against the contract server
// (test/support/fake-linkedin-comments.ts): comments and nested comments on our posts in their
// post's thread, nested comments read only when a comment's count of answers changed, throttling
// and missing permissions, answers as the organisation one level deep, and settling an answer.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { linkedInAdapter } from '../../src/channels/linkedin/linkedin-adapter';
import { LINKEDIN_SCOPES } from '../../src/channels/linkedin/linkedin-api';
import { ChannelReadError, type ReplyRequest } from '../../src/channels/reading';
import { outbound } from '../../src/net/safe-fetch';
import { type FakeLinkedInComments, LI_ORG, LI_TOKEN, startFakeLinkedInComments } from '../support/fake-linkedin-comments';

const net = outbound({ allowPrivate: true });
let fake: FakeLinkedInComments;

beforeAll(async () => {
  fake = await startFakeLinkedInComments();
  Object.assign(process.env, fake.env);
});
afterEach(() => {
  expect(fake.unexpected).toEqual([]);
  Object.assign(fake.state, { revoked: false, noFeedPermission: false, rateLimited: 0 });
});
afterAll(() => fake.close());

const access = { settings: { organizationUrn: LI_ORG, organizationName: 'Zorggroep Noord' }, credentials: { accessToken: LI_TOKEN }, net };
const read = (cursor: string | null) => linkedInAdapter.fetchInbound!({ ...access, cursor });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => new ChannelReadError('it read'),
    (e: ChannelReadError) => e,
  );
const nestedReads = (commentUrn: string) =>
  fake.seen.filter((r) => r.method === 'GET' && decodeURIComponent(r.path) === `/rest/socialActions/${commentUrn}/comments`).length;
const request = (to: ReplyRequest['to'], text: string, priv = false): ReplyRequest => ({ ...access, replyId: randomUUID(), to, text, private: priv });

describe('LinkedIn: reading comments', () => {
  it('asks for the comment permissions of the versioned API at login', () => {
    expect(LINKEDIN_SCOPES).toEqual(expect.arrayContaining(['r_organization_social_feed', 'w_organization_social_feed']));
  });

  it('reads comments and nested comments on our posts oldest first, in the post’s thread, without our own', async () => {
    const start = (await read(null)).cursor;
    const post = fake.post();
    const question = fake.comment(post, 'abc123', 'Hebben jullie plek voor een wijkverpleegkundige?', { at: Date.now() - 3000 });
    fake.comment(post, '', 'Ja, kijk op onze site.', { parent: question.urn, at: Date.now() - 2000, actor: LI_ORG });
    const follow = fake.comment(post, 'def456', 'Ook parttime?', { parent: question.urn, at: Date.now() - 1000 });
    const page = await read(start);
    expect(page.items).toEqual([
      {
        externalId: question.urn,
        kind: 'comment',
        threadExternalId: post,
        parentExternalId: post,
        author: { externalId: 'urn:li:person:abc123', handle: 'abc123', displayName: null },
        text: 'Hebben jullie plek voor een wijkverpleegkundige?',
        lang: null,
        url: `https://www.linkedin.com/feed/update/${post}/?commentUrn=${encodeURIComponent(question.urn)}`,
        createdAt: new Date(question.time).toISOString(),
      },
      expect.objectContaining({ externalId: follow.urn, kind: 'reply', threadExternalId: post, parentExternalId: question.urn }),
    ]);
  });

  it("reads a comment's answers again only when their number changed; a quiet page moves nothing", async () => {
    const start = (await read(null)).cursor;
    const post = fake.post();
    const question = fake.comment(post, 'ghi', 'Aanmelden, hoe werkt dat?');
    fake.comment(post, 'jkl', 'Ik ook', { parent: question.urn });
    const one = await read(start);
    expect(one.items).toHaveLength(2);
    const two = await read(one.cursor);
    expect(two.items).toEqual([]);
    expect(nestedReads(question.urn)).toBe(1);
    const later = fake.comment(post, 'mno', 'En waar parkeer ik?', { parent: question.urn });
    const three = await read(two.cursor);
    expect(three.items.map((i) => i.externalId)).toEqual([later.urn]);
    expect(nestedReads(question.urn)).toBe(2);
  });

  it('keeps to Retry-After when throttled; a revoked grant asks for reconnecting; one without the comment permissions stops reading only', async () => {
    fake.state.rateLimited = 1;
    expect((await failure(read(null))).opts).toEqual({ retryable: true, retryAfterMs: 120_000 });
    fake.state.revoked = true;
    expect((await failure(read(null))).opts).toMatchObject({ retryable: false, channelProblem: true });
    fake.state.revoked = false;
    fake.post();
    fake.state.noFeedPermission = true;
    const lacking = await failure(read(null));
    // Publishing needs none of these: the channel is not marked, only its reading waits.
    expect(lacking.opts).toEqual({ retryable: false, blocked: 'permissions' });
    expect(lacking.message).toMatch(/connect the channel again/);
  });
});

describe('LinkedIn: answering', () => {
  it('answers as the organisation under the comment (a nested one under its top-level comment) and finds it again', async () => {
    const post = fake.post();
    const question = fake.comment(post, 'pqr', 'Wat is de wachttijd nu ongeveer?');
    const follow = fake.comment(post, 'stu', 'Zelfde vraag', { parent: question.urn });
    const first = request(
      { externalId: question.urn, threadExternalId: post, authorHandle: 'pqr', kind: 'comment', parentExternalId: post },
      'Ongeveer drie weken.',
    );
    expect(await linkedInAdapter.findReply!(first)).toBeNull();
    const out = await linkedInAdapter.reply!(first);
    expect(out).toMatchObject({ kind: 'published', externalId: expect.stringMatching(/^urn:li:comment:\(urn:li:activity:\d+,\d+\)$/) });
    if (out.kind !== 'published') return;
    expect(await linkedInAdapter.findReply!(first)).toEqual({ externalId: out.externalId, externalUrl: out.externalUrl });
    const second = await linkedInAdapter.reply!(
      request(
        { externalId: follow.urn, threadExternalId: post, authorHandle: 'stu', kind: 'reply', parentExternalId: question.urn },
        'Ook ongeveer drie weken.',
      ),
    );
    expect(second).toMatchObject({ kind: 'published' });
    const ours = fake.state.comments.filter((c) => c.actor === LI_ORG && c.post === post);
    expect(ours.map((c) => [c.parent, c.text])).toEqual([
      [question.urn, 'Ongeveer drie weken.'],
      [question.urn, 'Ook ongeveer drie weken.'],
    ]);
  });

  it('has no private answers, and a throttled answer waits for Retry-After', async () => {
    expect(linkedInAdapter.privateReplies).toBe(false);
    const post = fake.post();
    const question = fake.comment(post, 'vwx', 'Vraag');
    const to = { externalId: question.urn, threadExternalId: post, authorHandle: 'vwx', kind: 'comment' as const, parentExternalId: post };
    expect(await linkedInAdapter.reply!(request(to, 'Bericht', true))).toMatchObject({ kind: 'failed', retryable: false });
    fake.state.rateLimited = 1;
    expect(await linkedInAdapter.reply!(request(to, 'Antwoord'))).toMatchObject({ kind: 'failed', retryable: true, retryAfterMs: 120_000 });
  });
});
