// Bluesky (AT Protocol). Posts are `app.bsky.feed.post` records in the account's repository,
// written with com.atproto.repo.createRecord under a record key derived from our post id, so a
// repeated publish collides with the first instead of duplicating (record-key.ts). Long texts
// become a thread (thread.ts); images travel as blobs with alt text.
//
// Credentials: { service: PDS URL (default https://bsky.social), identifier: handle, appPassword }.
//
// Reading: replies, mentions and quotes for the inbox (inbound.ts), answers as reply records
// (reply.ts; no direct messages), post figures and followers (figures.ts), search (search.ts).
import type { $Typed, AppBskyEmbedImages, AppBskyFeedPost, BlobRef } from '@atproto/api';
import { ConnectError, type ChannelAdapter, type PublishMedia, type PublishOutcome, type PublishRequest } from '../channel-adapter';
import { blueskyProfile, MEDIA_TYPES } from './bluesky-profile';
import { detectFacets } from './facets';
import { postRecordKey, threadPartRecordKey } from './record-key';
import type { Outbound } from '../../net/safe-fetch';
import { refusalIn } from '../../net/safe-fetch';
import {
  classifyCreateFailure,
  COLLECTION,
  createOnce,
  isRef,
  loginFailureOutcome,
  parseAtUri,
  postUrl,
  readRecord,
  retryAfter,
  type StrongRef,
} from './records';
import { BlueskyLoginError, openSession, parseCredentials, TARGET_REFUSED, UNREACHABLE, type BlueskyCredentials, type BlueskySession } from './session';
import { BLUESKY_POST_LIMITS, splitIntoPosts } from './thread';
import { describeFailure, type Failure } from './transport';
import { log } from '../../log/logger';
import { readFigures, readFollowers } from './figures';
import { fetchInbound } from './inbound';
import { findReply, reply } from './reply';
import { search } from './search';

/** app.bsky.embed.images accepts images up to 1,000,000 bytes. */
const MAX_IMAGE_BYTES = 1_000_000;
/** Safety cap when walking a thread's parts (remove, findPublished). */
const MAX_THREAD_PARTS = 100;

/** Refuses, before anything is sent, media Bluesky would not take. */
function checkMedia(media: PublishMedia[]): string | null {
  if (media.length > 4) return `Bluesky takes at most 4 images (got ${media.length})`;
  for (const m of media) {
    if (!MEDIA_TYPES.includes(m.mimeType)) return `Bluesky does not take ${m.mimeType} images`;
    if (!m.altText.trim()) return 'Bluesky images need alt text';
  }
  return null;
}

async function uploadImages(session: BlueskySession, media: PublishMedia[]): Promise<$Typed<AppBskyEmbedImages.Main> | undefined> {
  if (media.length === 0) return undefined;
  const images: AppBskyEmbedImages.Image[] = [];
  for (const m of media) {
    const bytes = await m.read();
    if (bytes.byteLength > MAX_IMAGE_BYTES) {
      throw new PublishStop({
        kind: 'failed',
        retryable: false,
        reason: `image is larger than Bluesky's 1 MB limit (${bytes.byteLength} bytes)`,
        code: 'image_too_large',
        params: { maxKb: 976 },
      });
    }
    let blob: BlobRef;
    try {
      ({
        data: { blob },
      } = await session.agent.uploadBlob(new Uint8Array(bytes), { encoding: m.mimeType }));
    } catch (thrown) {
      // An unreferenced blob is never shown and is cleaned up by the server: safe to retry.
      const f = describeFailure(thrown);
      if (f.refused) throw new PublishStop({ kind: 'failed', retryable: false, reason: TARGET_REFUSED, channelProblem: true });
      const retryable = f.transport !== undefined || f.status === 429 || (f.status ?? 500) >= 500;
      throw new PublishStop({ kind: 'failed', retryable, reason: `Bluesky refused an image: ${f.message}`, code: 'image_refused', ...retryAfter(f) });
    }
    images.push({ $type: 'app.bsky.embed.images#image', image: blob, alt: m.altText.trim() });
  }
  return { $type: 'app.bsky.embed.images', images };
}

/** Ends a publish early with a known outcome. */
class PublishStop extends Error {
  constructor(readonly outcome: PublishOutcome) {
    super(outcome.kind === 'published' ? 'published' : outcome.reason);
  }
}

/** How a failed createRecord is reported, given how many parts already exist. */
function createFailureOutcome(failure: Failure, partIndex: number, parts: number): PublishOutcome {
  const outcome = classifyCreateFailure(failure, parts > 1 ? ` (thread part ${partIndex + 1} of ${parts})` : '');
  // Part of the thread is on Bluesky already. A retry is still safe (every part has a fixed
  // key, so existing parts collide and only the missing ones are created), but a refusal that
  // a retry cannot cure leaves a half thread that needs a human look.
  if (partIndex > 0 && outcome.kind === 'failed' && !outcome.retryable) {
    return { kind: 'unknown', reason: `Bluesky thread partly published: ${outcome.reason}`, code: 'thread_partial', params: { part: partIndex + 1, parts } };
  }
  return outcome;
}

async function publish(req: PublishRequest): Promise<PublishOutcome> {
  let credentials: BlueskyCredentials;
  try {
    credentials = parseCredentials(req.credentials);
  } catch (error) {
    return { kind: 'failed', retryable: false, reason: (error as Error).message, code: 'credentials_refused' };
  }
  const refused = checkMedia(req.media);
  if (refused) return { kind: 'failed', retryable: false, reason: refused, code: 'media_refused' };
  const texts = splitIntoPosts(req.text, BLUESKY_POST_LIMITS);
  if (texts.length === 0 || (texts.length === 1 && !texts[0] && req.media.length === 0)) {
    return { kind: 'failed', retryable: false, reason: 'nothing to post to Bluesky (empty text)', code: 'text_required' };
  }

  let session: BlueskySession;
  try {
    session = await openSession(credentials, req.net);
  } catch (error) {
    if (error instanceof BlueskyLoginError) return loginFailureOutcome(error);
    throw error;
  }

  try {
    const embed = await uploadImages(session, req.media);
    const firstKey = postRecordKey(req.postId);
    const createdAt = new Date().toISOString();
    let root: StrongRef | null = null;
    let parent: StrongRef | null = null;
    for (const [index, partText] of texts.entries()) {
      const { text, facets } = await detectFacets(session.agent, partText);
      const record: AppBskyFeedPost.Record = {
        $type: COLLECTION,
        text,
        createdAt,
        ...(facets ? { facets } : {}),
        ...(index === 0 && embed ? { embed } : {}),
        ...(root && parent ? { reply: { root, parent } } : {}),
      };
      const created = await createOnce(session, threadPartRecordKey(firstKey, index), record);
      if (!isRef(created)) return createFailureOutcome(created, index, texts.length);
      root ??= created;
      parent = created;
    }
    return { kind: 'published', externalId: root!.uri, externalUrl: postUrl(session.handle, firstKey) };
  } catch (error) {
    if (error instanceof PublishStop) return error.outcome;
    throw error;
  }
}

/** The existing parts of a thread whose first record is `first`, in order (first included). */
async function threadParts(session: BlueskySession, first: StrongRef, firstKey: string): Promise<{ ref: StrongRef; rkey: string }[]> {
  const parts = [{ ref: first, rkey: firstKey }];
  for (let i = 1; i < MAX_THREAD_PARTS; i++) {
    const rkey = threadPartRecordKey(firstKey, i);
    const part = await readRecord(session, rkey);
    if (!part || part.value.reply?.root?.uri !== first.uri) break;
    parts.push({ ref: part.ref, rkey });
  }
  return parts;
}

async function remove(req: {
  externalId: string;
  settings: Record<string, unknown>;
  credentials: Record<string, unknown> | null;
  net: Outbound;
}): Promise<void> {
  const { repo, collection, rkey } = parseAtUri(req.externalId);
  if (collection !== COLLECTION) throw new Error(`not a Bluesky post: ${req.externalId}`);
  const session = await openSession(parseCredentials(req.credentials), req.net);
  if (repo !== session.did && repo !== session.handle) {
    throw new Error(`the post belongs to ${repo}, not to the connected account ${session.handle}`);
  }
  const first = await readRecord(session, rkey);
  const parts = first ? await threadParts(session, first.ref, rkey) : [{ ref: { uri: req.externalId, cid: '' }, rkey }];
  // Replies first, the first post last; deleting a record that is already gone succeeds.
  for (const part of parts.reverse()) {
    await session.agent.com.atproto.repo.deleteRecord({ repo: session.did, collection: COLLECTION, rkey: part.rkey });
  }
}

export interface FoundPublication {
  externalId: string;
  externalUrl: string;
  /** How many posts of the thread exist (1 for a single post). */
  parts: number;
}

/**
 * Reconciliation for a post whose publish outcome is unknown: looks the post up by its derived
 * record key. Returns where it is, or null when Bluesky does not have it. Throws when Bluesky
 * cannot be asked (login or network trouble), so "cannot tell" is never mistaken for "absent".
 */
export async function findPublished(credentials: Record<string, unknown> | null, postId: string, net: Outbound): Promise<FoundPublication | null> {
  const session = await openSession(parseCredentials(credentials), net);
  const firstKey = postRecordKey(postId);
  const first = await readRecord(session, firstKey);
  if (!first) return null;
  const parts = await threadParts(session, first.ref, firstKey);
  return { externalId: first.ref.uri, externalUrl: postUrl(session.handle, firstKey), parts: parts.length };
}

/** For the channel-connect screen: logs in and says who the account is, or throws BlueskyLoginError. */
export async function verifyCredentials(credentials: Record<string, unknown> | null, net: Outbound): Promise<{ handle: string; did: string; service: string }> {
  const parsed = parseCredentials(credentials);
  const session = await openSession(parsed, net);
  return { handle: session.handle, did: session.did, service: parsed.service };
}

export const blueskyAdapter: ChannelAdapter = {
  ...blueskyProfile,
  async connect(input, net) {
    const service = input.service?.trim();
    if (service) {
      // The service is typed by a person: refuse private and metadata addresses before logging in.
      try {
        await net.check(service);
      } catch (error) {
        const refusal = refusalIn(error);
        if (!refusal) throw error;
        log.warn({ cause: refusal.message }, 'bluesky connect refused');
        throw new ConnectError(refusal.message, { unreachable: true, field: 'service' });
      }
    }
    const raw = { identifier: input.identifier, appPassword: input.appPassword, ...(service && { service }) };
    try {
      const account = await verifyCredentials(raw, net);
      const credentials: BlueskyCredentials = { service: account.service, identifier: account.handle, appPassword: String(input.appPassword) };
      return { settings: { service: account.service, handle: account.handle, did: account.did }, credentials };
    } catch (error) {
      if (error instanceof BlueskyLoginError && (error.message === UNREACHABLE || error.message === TARGET_REFUSED)) {
        throw new ConnectError(error.message, { unreachable: true, field: 'service' });
      }
      if (error instanceof BlueskyLoginError) throw new ConnectError(error.message);
      throw error;
    }
  },
  publish,
  async findPublished(req) {
    const found = await findPublished(req.credentials, req.postId, req.net);
    return found && { externalId: found.externalId, externalUrl: found.externalUrl };
  },
  remove,
  // Reading (inbox, figures, listening): through the account's PDS, which asks the AppView.
  fetchInbound: (req) => fetchInbound(req),
  reply,
  findReply,
  readFigures,
  readFollowers,
  search,
};
