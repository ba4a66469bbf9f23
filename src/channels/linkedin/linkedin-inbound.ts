// Reading comments on the organisation's posts and answering them as the organisation (LinkedIn's
// versioned REST API at LINKEDIN_VERSION: Posts API finder q=author, and the Comments API
// /rest/socialActions/{urn}/comments). Since version 202508 comments need r_organization_social_feed
// to read and w_organization_social_feed to write (LINKEDIN_SCOPES); a channel connected before
// answers 403: its reading waits for a reconnect while its publishing goes on.
//
// Reading: our 10 newest posts (sortBy LAST_MODIFIED), each post's comments (paged with start and
// count), and for a comment whose count of answers changed since the last read, its nested
// comments (GET /rest/socialActions/{commentUrn}/comments; LinkedIn nests one level). Kept when
// newer than our mark (created.time). Comments on older posts are not seen: LinkedIn has no
// notifications API for organisations outside its partner programme, and no webhook for comments.
// Mentions of the organisation in other members' posts are not readable with these permissions
// (the organizationalEntityNotifications finder is for approved partners) and direct messages to
// a page have no API at all: LinkedIn items are comments and replies only, answered publicly.
// Members are known by their URN: their names need r_basicprofile of that member, which an
// organisation never has.
//
// Answering: POST /rest/socialActions/{commentUrn}/comments with the organisation as actor, the
// post as object and parentComment (an answer to a nested comment goes under its top-level one).
// No idempotency key: findReply reads the nested comments for ours.
import type { PublishOutcome } from '../channel-adapter';
import { refusalIn } from '../../net/safe-fetch';
import { ChannelReadError, type ChannelAccess, type InboundItem, type InboundPage, type ReplyRequest } from '../reading';
import { advance, decodeMark, encodeMark, isNew } from '../time-mark';
import { LinkedInError, requireLinkedInConfig, restCall } from './linkedin-api';

const NETWORK = 'LinkedIn';
const POSTS = 10;
const PAGE = 50;
const PAGES = 5;

interface LiComment {
  id: string;
  commentUrn: string;
  actor: string;
  object: string;
  parentComment?: string;
  message?: { text?: string };
  created: { time: number };
  commentsSummary?: { aggregatedTotalComments?: number; totalFirstLevelComments?: number };
}
interface Collection<T> {
  elements: T[];
  paging?: { start?: number; count?: number; total?: number };
}

function tokenOf(credentials: Record<string, unknown> | null): string {
  const token = credentials?.accessToken;
  if (typeof token !== 'string' || !token)
    throw new ChannelReadError(`${NETWORK}: niet gekoppeld, opnieuw koppelen`, { retryable: false, channelProblem: true });
  return token;
}

function readError(error: unknown): ChannelReadError {
  if (error instanceof ChannelReadError) return error;
  if (refusalIn(error)) return new ChannelReadError(`${NETWORK}: the address is refused`, { retryable: false, channelProblem: true });
  if (!(error instanceof LinkedInError)) return new ChannelReadError(`${NETWORK} could not be reached: ${(error as Error).message}`, { retryable: true });
  if (error.status === 429)
    // Without Retry-After: LinkedIn's daily limits reset at midnight UTC; look again in an hour.
    return new ChannelReadError(`${NETWORK} is rate-limiting this application`, { retryable: true, retryAfterMs: error.retryAfterMs ?? 3_600_000 });
  if (error.grantGone) return new ChannelReadError(`${NETWORK} no longer accepts the connection: ${error.message}`, { retryable: false, channelProblem: true });
  // 403: the grant lacks the comment permissions (connected before they were asked): reading waits for a
  // reconnect, publishing goes on (not a channel problem).
  if (error.status === 403)
    return new ChannelReadError(`${NETWORK}: the connection lacks the comment permissions; connect the channel again to grant them (${error.message})`, {
      retryable: false,
      blocked: 'permissions',
    });
  return new ChannelReadError(`${NETWORK} answered ${error.status}: ${error.message}`, { retryable: error.status >= 500 });
}

async function get<T>(req: ChannelAccess, path: string): Promise<T> {
  try {
    const res = await restCall(req.net, requireLinkedInConfig(), tokenOf(req.credentials), 'GET', path);
    return (await res.json()) as T;
  } catch (error) {
    throw readError(error);
  }
}

/** Every page of a collection, up to PAGES. */
async function all<T>(req: ChannelAccess, path: string): Promise<T[]> {
  const out: T[] = [];
  for (let page = 0, start = 0; page < PAGES; page++) {
    const answer = await get<Collection<T>>(req, `${path}?start=${start}&count=${PAGE}`);
    out.push(...answer.elements);
    start += answer.elements.length;
    if (!answer.elements.length || start >= (answer.paging?.total ?? start)) break;
  }
  return out;
}

const commentsOf = (req: ChannelAccess, urn: string) => all<LiComment>(req, `socialActions/${encodeURIComponent(urn)}/comments`);

export async function fetchLinkedInInbound(req: ChannelAccess & { cursor: string | null }): Promise<InboundPage> {
  const org = String(req.settings.organizationUrn);
  const cursor = decodeMark(req.cursor);
  const posts = await get<Collection<{ id: string }>>(req, `posts?author=${encodeURIComponent(org)}&q=author&count=${POSTS}&sortBy=LAST_MODIFIED`);
  const found: InboundItem[] = [];
  const counts: Record<string, number> = {};
  const keep = (post: string, c: LiComment) => {
    if (c.actor === org || !isNew(cursor, c.commentUrn, c.created.time)) return;
    found.push(toItem(post, c));
  };
  for (const post of posts.elements) {
    for (const comment of await commentsOf(req, post.id)) {
      keep(post.id, comment);
      const answers = comment.commentsSummary?.aggregatedTotalComments ?? comment.commentsSummary?.totalFirstLevelComments ?? 0;
      if (!answers) continue;
      counts[comment.commentUrn] = answers;
      if (answers === cursor.counts[comment.commentUrn]) continue;
      for (const nested of await commentsOf(req, comment.commentUrn)) keep(post.id, { ...nested, parentComment: nested.parentComment ?? comment.commentUrn });
    }
  }
  found.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const mark = advance(
    cursor,
    found.map((i) => ({ id: i.externalId, at: Date.parse(i.createdAt) })),
  );
  return { items: found, cursor: encodeMark(mark, counts), more: false };
}

function toItem(post: string, c: LiComment): InboundItem {
  const member = c.actor.split(':').pop() ?? c.actor;
  return {
    externalId: c.commentUrn,
    kind: c.parentComment ? 'reply' : 'comment',
    threadExternalId: post,
    parentExternalId: c.parentComment ?? post,
    author: { externalId: c.actor, handle: member, displayName: null },
    text: c.message?.text ?? '',
    lang: null,
    url: `https://www.linkedin.com/feed/update/${post}/?commentUrn=${encodeURIComponent(c.commentUrn)}`,
    createdAt: new Date(c.created.time).toISOString(),
  };
}

/** LinkedIn nests one level: an answer to a nested comment goes under its top-level comment. */
const answeredComment = (to: ReplyRequest['to']) =>
  to.kind === 'reply' && to.parentExternalId && to.parentExternalId !== to.threadExternalId ? to.parentExternalId : to.externalId;

export async function replyOnLinkedIn(req: ReplyRequest): Promise<PublishOutcome> {
  if (req.private) return { kind: 'failed', retryable: false, reason: 'LinkedIn has no API for messages to an organisation page' };
  const org = String(req.settings.organizationUrn);
  const target = answeredComment(req.to);
  let res: Response;
  try {
    res = await restCall(req.net, requireLinkedInConfig(), tokenOf(req.credentials), 'POST', `socialActions/${encodeURIComponent(target)}/comments`, {
      actor: org,
      object: req.to.threadExternalId,
      parentComment: target,
      message: { text: req.text },
    });
  } catch (error) {
    if (error instanceof ChannelReadError) return { kind: 'failed', retryable: false, channelProblem: true, reason: error.message, code: 'grant_revoked' };
    return replyFailure(error);
  }
  const body = (await res.json().catch(() => ({}))) as Partial<LiComment>;
  const id = body.commentUrn ?? (res.headers.get('x-restli-id') ? `urn:li:comment:(${req.to.threadExternalId},${res.headers.get('x-restli-id')})` : null);
  if (!id) return { kind: 'unknown', reason: 'LinkedIn made the comment without saying its id', code: 'no_confirmation' };
  return {
    kind: 'published',
    externalId: id,
    externalUrl: `https://www.linkedin.com/feed/update/${req.to.threadExternalId}/?commentUrn=${encodeURIComponent(id)}`,
  };
}

function replyFailure(error: unknown): PublishOutcome {
  if (refusalIn(error)) return { kind: 'failed', retryable: false, reason: 'system:target_refused', channelProblem: true };
  if (!(error instanceof LinkedInError)) return { kind: 'unknown', reason: `${NETWORK} did not confirm the answer`, code: 'no_confirmation' };
  if (error.status === 429)
    return {
      kind: 'failed',
      retryable: true,
      reason: `${NETWORK} is rate-limiting this application`,
      code: 'rate_limited',
      retryAfterMs: error.retryAfterMs ?? 3_600_000,
    };
  if (error.grantGone)
    return {
      kind: 'failed',
      retryable: false,
      channelProblem: true,
      reason: `${NETWORK} no longer accepts the connection: ${error.message}`,
      code: 'grant_revoked',
    };
  if (error.status === 403)
    return {
      kind: 'failed',
      retryable: false,
      reason: `${NETWORK}: the connection lacks the comment permissions; connect the channel again (${error.message})`,
      code: 'post_refused',
    };
  if (error.status >= 500) return { kind: 'unknown', reason: `${NETWORK} answered ${error.status}: ${error.message}`, code: 'no_confirmation' };
  return { kind: 'failed', retryable: false, reason: `${NETWORK} refused the answer: ${error.message}`, code: 'post_refused' };
}

/** Our answer among the comment's nested comments (null: certainly absent). */
export async function findLinkedInReply(req: ReplyRequest): Promise<{ externalId: string; externalUrl: string | null } | null> {
  const org = String(req.settings.organizationUrn);
  const same = (a: string | undefined) => (a ?? '').replace(/\s+/g, ' ').trim() === req.text.replace(/\s+/g, ' ').trim();
  const hit = (await commentsOf(req, answeredComment(req.to))).find((c) => c.actor === org && same(c.message?.text));
  return hit
    ? {
        externalId: hit.commentUrn,
        externalUrl: `https://www.linkedin.com/feed/update/${req.to.threadExternalId}/?commentUrn=${encodeURIComponent(hit.commentUrn)}`,
      }
    : null;
}
