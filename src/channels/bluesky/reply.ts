// Answering an inbox item on Bluesky: a post record with reply.root and reply.parent (strong
// references, with cid) under a record key derived from our reply id, so a repeated send
// collides with the first instead of answering twice.
//
// Private answers are not possible: Bluesky's direct messages are a separate chat service
// (chat.bsky.convo.*) that Zorgpost does not speak (and which cannot run offline to test against).
import type { AppBskyFeedPost } from '@atproto/api';
import type { PublishOutcome } from '../channel-adapter';
import type { ReplyRequest } from '../reading';
import { detectFacets } from './facets';
import { readError } from './read-session';
import { replyRecordKey } from './record-key';
import { classifyCreateFailure, COLLECTION, createOnce, isRef, loginFailureOutcome, postUrl, readRecord, type StrongRef } from './records';
import { BlueskyLoginError, openSession, parseCredentials, type BlueskyCredentials, type BlueskySession } from './session';
import { BLUESKY_POST_LIMITS, graphemeLength } from './thread';
import { describeFailure } from './transport';

export const PRIVATE_REPLY_REFUSED = 'Bluesky direct messages are not supported: answer publicly or through another channel';

/** The post answered and its thread root, as strong references; null when the post is gone. */
async function replyRefs(session: BlueskySession, uri: string): Promise<{ root: StrongRef; parent: StrongRef } | null> {
  const { data } = await session.agent.app.bsky.feed.getPosts({ uris: [uri] });
  const post = data.posts.find((p) => p.uri === uri);
  if (!post) return null;
  const parent = { uri: post.uri, cid: post.cid };
  const root = (post.record as Partial<AppBskyFeedPost.Record>).reply?.root;
  return { parent, root: root?.uri && root.cid ? { uri: root.uri, cid: root.cid } : parent };
}

/** Whether an answer reached our repository: its record key comes from our reply id, so reading it settles it. */
export async function findReply(req: ReplyRequest): Promise<{ externalId: string; externalUrl: string | null } | null> {
  const session = await openSession(parseCredentials(req.credentials), req.net);
  const rkey = replyRecordKey(req.replyId);
  const found = await readRecord(session, rkey);
  return found && { externalId: found.ref.uri, externalUrl: postUrl(session.handle, rkey) };
}

export async function reply(req: ReplyRequest): Promise<PublishOutcome> {
  if (req.private) return { kind: 'failed', retryable: false, reason: PRIVATE_REPLY_REFUSED, code: 'post_refused' };
  const text = req.text.trim();
  if (!text) return { kind: 'failed', retryable: false, reason: 'nothing to send to Bluesky (empty text)', code: 'text_required' };
  if (graphemeLength(text) > BLUESKY_POST_LIMITS.maxGraphemes) {
    return { kind: 'failed', retryable: false, reason: `a Bluesky reply takes at most ${BLUESKY_POST_LIMITS.maxGraphemes} characters`, code: 'post_refused' };
  }
  let credentials: BlueskyCredentials;
  try {
    credentials = parseCredentials(req.credentials);
  } catch (error) {
    return { kind: 'failed', retryable: false, reason: (error as Error).message, code: 'credentials_refused' };
  }
  let session: BlueskySession;
  try {
    session = await openSession(credentials, req.net);
  } catch (error) {
    if (error instanceof BlueskyLoginError) return loginFailureOutcome(error);
    throw error;
  }

  const rkey = replyRecordKey(req.replyId);
  const published = (ref: StrongRef): PublishOutcome => ({ kind: 'published', externalId: ref.uri, externalUrl: postUrl(session.handle, rkey) });
  let refs: { root: StrongRef; parent: StrongRef } | null;
  try {
    // Sent before: the same answer, without asking for the post answered (which may be gone by now).
    const earlier = await readRecord(session, rkey);
    if (earlier) return published(earlier.ref);
    refs = await replyRefs(session, req.to.externalId);
  } catch (thrown) {
    // Nothing was written yet: a read failure is reported as a failed attempt.
    const failure = describeFailure(thrown);
    if (failure.status === undefined && failure.error === undefined && !failure.transport) throw thrown;
    const error = readError(failure, 'the post to answer');
    return {
      kind: 'failed',
      reason: error.message,
      retryable: error.opts.retryable,
      ...(error.opts.retryAfterMs !== undefined && { retryAfterMs: error.opts.retryAfterMs }),
      ...(error.opts.channelProblem && { channelProblem: true }),
      code: failure.status === 429 ? 'rate_limited' : error.opts.channelProblem ? 'session_expired' : 'network_busy',
    };
  }
  if (!refs) return { kind: 'failed', retryable: false, reason: 'the post to answer is no longer on Bluesky', code: 'post_refused' };

  const { text: finalText, facets } = await detectFacets(session.agent, text);
  const record: AppBskyFeedPost.Record = {
    $type: COLLECTION,
    text: finalText,
    createdAt: new Date().toISOString(),
    reply: refs,
    ...(facets ? { facets } : {}),
  };
  const created = await createOnce(session, rkey, record);
  if (!isRef(created)) return classifyCreateFailure(created, ' (reply)');
  return published(created);
}
