// Instagram professional (business or creator) accounts through the Graph API, reached via the
// Facebook Page they are linked to (Instagram API with Facebook Login). Publishing is two steps:
// POST /{ig-user-id}/media creates a container (Instagram fetches the image itself from a PUBLIC
// image_url), we poll the container's status_code until FINISHED, then POST /{ig-user-id}/media_publish.
// Several images become a carousel: one container per image (is_carousel_item=true), then a
// CAROUSEL container with their ids as children. A video goes as a Reel: one container with
// media_type=REELS and a public video_url, polled (status_code, and status for the reason) until
// FINISHED — a video takes longer than an image — then media_publish. Remove is DELETE /{ig-media-id}.
// Feed images must lie between 4:5 and 1.91:1 (Meta's IG User Media reference, image
// specifications): a post outside is refused when it is saved and again here, before any call.
//
// Settings: { igUserId, username, pageId }. Credentials: { pageToken } of the linked page.
// Reading comments and tags and answering them: instagram-inbound.ts.
import { ConnectError, type ChannelAdapter, type PublishMedia, type PublishOutcome, type PublishRequest } from '../channel-adapter';
import { GraphError, graphCall, graphFailure, requireMetaConfig, type MetaConfig } from '../meta/graph';
import { countHashtags } from '../hashtags';
import { metaOAuth } from '../meta/meta-oauth';
import type { OAuthFlow } from '../oauth/oauth-flow';
import type { Outbound } from '../../net/safe-fetch';
import { isVideo, mediaProblem, typesOf, VIDEO_TYPES, type MediaRule } from '../media-rules';
import { mediaPolling, pollPause } from '../media-polling';
import { humanAgentWindowMs, MESSAGE_WINDOW_MS } from '../meta/messenger';
import { fetchInstagramInbound, findInstagramReply, replyOnInstagram } from './instagram-inbound';
import { META_PRIVATE_REPLY_LIMITS } from '../meta/private-reply';

const NETWORK = 'Instagram';
export const INSTAGRAM_MAX_HASHTAGS = 30;

/**
 * Meta's IG User Media reference: images JPEG only, at most 8 MB, aspect ratio 4:5 to 1.91:1;
 * Reels MP4 or MOV, at most 300 MB, 3 s to 15 min.
 */
export const INSTAGRAM_MEDIA_RULES: MediaRule[] = [
  { kind: 'image', types: ['image/jpeg'], maxBytes: 8 * 1024 * 1024, minAspect: 4 / 5, maxAspect: 1.91, aspectLabels: ['4:5', '1.91:1'] },
  { kind: 'video', types: VIDEO_TYPES, maxBytes: 300 * 1024 * 1024, minDurationMs: 3_000, maxDurationMs: 15 * 60_000 },
];

export const instagramLimits = {
  maxLength: 2_200,
  partLength: null,
  // A carousel holds up to 10 images; Instagram takes JPEG only for image posts.
  maxMedia: 10,
  mediaTypes: typesOf(INSTAGRAM_MEDIA_RULES),
  requiresAltText: false,
  maxHashtags: INSTAGRAM_MAX_HASHTAGS,
  media: INSTAGRAM_MEDIA_RULES,
};

/** How long to wait for Instagram to fetch and process the images (tests shorten it). */
export const instagramTiming = { pollMs: 2_000, maxPolls: 30 };

export { countHashtags };

function checkPost(req: PublishRequest): PublishOutcome | null {
  if (req.media.length === 0) return { kind: 'failed', retryable: false, reason: 'Instagram posts need at least one image', code: 'media_refused' };
  if (req.media.length > instagramLimits.maxMedia)
    return { kind: 'failed', retryable: false, reason: `Instagram takes at most 10 images (got ${req.media.length})`, code: 'media_refused' };
  const wrong = req.media.find((m) => !instagramLimits.mediaTypes.includes(m.mimeType));
  if (wrong) return { kind: 'failed', retryable: false, reason: `Instagram takes JPEG images only (got ${wrong.mimeType})`, code: 'media_refused' };
  const problem = mediaProblem(NETWORK, INSTAGRAM_MEDIA_RULES, req.media);
  if (problem) return { kind: 'failed', retryable: false, reason: problem.reason, code: 'media_refused' };
  if ([...req.text].length > instagramLimits.maxLength)
    return { kind: 'failed', retryable: false, reason: 'the caption is longer than 2,200 characters', code: 'post_refused' };
  if (countHashtags(req.text) > INSTAGRAM_MAX_HASHTAGS)
    return { kind: 'failed', retryable: false, reason: 'Instagram allows at most 30 hashtags', code: 'post_refused' };
  // Instagram downloads the image: it needs an address on the public internet (PUBLIC_URL).
  if (req.media.some((m) => !m.publicUrl)) {
    return {
      kind: 'failed',
      retryable: false,
      reason: 'Instagram fetches images from a public address; this installation has none for the image (PUBLIC_URL)',
      code: 'media_refused',
    };
  }
  return null;
}

const token = (credentials: Record<string, unknown> | null) => {
  const t = credentials?.pageToken;
  if (typeof t !== 'string' || !t) throw new GraphError(401, 190, undefined, 'no page token stored', undefined);
  return t;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until a container is FINISHED; an ERROR or EXPIRED container is refused media. */
async function waitForContainer(net: Outbound, config: MetaConfig, id: string, accessToken: string): Promise<PublishOutcome | null> {
  for (let i = 0; i < instagramTiming.maxPolls; i++) {
    const { status_code: status } = await graphCall<{ status_code: string }>(net, config, 'GET', id, { fields: 'status_code', access_token: accessToken });
    if (status === 'FINISHED' || status === 'PUBLISHED') return null;
    if (status === 'ERROR' || status === 'EXPIRED')
      return { kind: 'failed', retryable: false, reason: `Instagram could not process the image (${status})`, code: 'image_refused' };
    await sleep(instagramTiming.pollMs);
  }
  // Nothing is published yet (a container is invisible): safe to try again later.
  return { kind: 'failed', retryable: true, reason: 'Instagram is still processing the image', code: 'network_busy' };
}

/** Waits until a Reel's container is FINISHED; ERROR fails the post with Instagram's reason, never a retry. */
async function waitForReel(net: Outbound, config: MetaConfig, id: string, accessToken: string): Promise<PublishOutcome | null> {
  for (let i = 0; i <= mediaPolling.maxPolls; i++) {
    const c = await graphCall<{ status_code: string; status?: string }>(net, config, 'GET', id, { fields: 'status_code,status', access_token: accessToken });
    if (c.status_code === 'FINISHED' || c.status_code === 'PUBLISHED') return null;
    if (c.status_code === 'ERROR' || c.status_code === 'EXPIRED')
      return {
        kind: 'failed',
        retryable: false,
        reason: `Instagram could not process the video (${c.status_code}${c.status ? `: ${c.status}` : ''})`,
        code: 'video_processing_failed',
      };
    if (i < mediaPolling.maxPolls) await pollPause();
  }
  // A container is never shown on its own: a later attempt makes a new one.
  return { kind: 'failed', retryable: true, reason: 'Instagram is still processing the video', code: 'network_busy' };
}

async function publish(req: PublishRequest): Promise<PublishOutcome> {
  const refused = checkPost(req);
  if (refused) return refused;
  const config = requireMetaConfig();
  const igUser = String(req.channel.settings.igUserId);
  let accessToken: string;
  let container: string;
  try {
    accessToken = token(req.credentials);
    const video = req.media.length === 1 && isVideo(req.media[0]!.mimeType) ? req.media[0]! : null;
    if (video) {
      container = (
        await graphCall<{ id: string }>(req.net, config, 'POST', `${igUser}/media`, {
          access_token: accessToken,
          media_type: 'REELS',
          video_url: video.publicUrl,
          caption: req.text || undefined,
        })
      ).id;
      const wait = await waitForReel(req.net, config, container, accessToken);
      if (wait) return wait;
      return await publishContainer(req, config, igUser, accessToken, container);
    }
    const item = (m: PublishMedia, carousel: boolean) =>
      graphCall<{ id: string }>(req.net, config, 'POST', `${igUser}/media`, {
        access_token: accessToken,
        image_url: m.publicUrl,
        alt_text: m.altText.trim() || undefined,
        ...(carousel ? { is_carousel_item: 'true' } : { caption: req.text || undefined }),
      });
    if (req.media.length === 1) {
      container = (await item(req.media[0]!, false)).id;
    } else {
      const children: string[] = [];
      for (const m of req.media) children.push((await item(m, true)).id);
      for (const child of children) {
        const wait = await waitForContainer(req.net, config, child, accessToken);
        if (wait) return wait;
      }
      container = (
        await graphCall<{ id: string }>(req.net, config, 'POST', `${igUser}/media`, {
          access_token: accessToken,
          media_type: 'CAROUSEL',
          children: children.join(','),
          caption: req.text || undefined,
        })
      ).id;
    }
    const wait = await waitForContainer(req.net, config, container, accessToken);
    if (wait) return wait;
  } catch (error) {
    // Containers are never shown on their own: nothing is public until media_publish.
    return graphFailure(NETWORK, error, 'before');
  }
  return publishContainer(req, config, igUser, accessToken, container);
}

/** media_publish of a finished container: the one step that makes something public. */
async function publishContainer(req: PublishRequest, config: MetaConfig, igUser: string, accessToken: string, container: string): Promise<PublishOutcome> {
  let mediaId: string;
  try {
    ({ id: mediaId } = await graphCall<{ id: string }>(req.net, config, 'POST', `${igUser}/media_publish`, {
      access_token: accessToken,
      creation_id: container,
    }));
  } catch (error) {
    return graphFailure(NETWORK, error, 'create');
  }
  let permalink: string | null = null;
  try {
    ({ permalink } = await graphCall<{ permalink: string }>(req.net, config, 'GET', mediaId, { fields: 'permalink', access_token: accessToken }));
  } catch {
    // Published; the link is a nicety.
  }
  return { kind: 'published', externalId: mediaId, externalUrl: permalink };
}

/** Reconciliation: our caption among the account's recent media (a lost media_publish answer). */
async function findPublished(req: Omit<PublishRequest, 'text' | 'media'> & { text?: string }) {
  if (req.text === undefined) throw new Error('Instagram reconciliation needs the post text');
  const config = requireMetaConfig();
  const { data } = await graphCall<{ data: { id: string; caption?: string; permalink?: string }[] }>(
    req.net,
    config,
    'GET',
    `${String(req.channel.settings.igUserId)}/media`,
    { access_token: token(req.credentials), fields: 'id,caption,permalink,timestamp', limit: '25' },
  );
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const hit = data.find((m) => norm(m.caption ?? '') === norm(req.text!));
  return hit ? { externalId: hit.id, externalUrl: hit.permalink ?? null } : null;
}

export const instagramAdapter: ChannelAdapter & { oauth: OAuthFlow } = {
  type: 'instagram',
  limits: instagramLimits,
  needsCredentials: true,
  publicFeed: false,
  // A container is published once at most, but a lost media_publish answer cannot be asked again.
  idempotent: false,
  // Facebook Login, then the person picks a page with a linked Instagram account (meta-oauth.ts).
  connectFields: [],
  oauth: metaOAuth('instagram'),
  async connect() {
    throw new ConnectError('Instagram is connected through Facebook Login, not a form');
  },
  publish,
  findPublished,
  async remove(req) {
    const config = requireMetaConfig();
    try {
      await graphCall(req.net, config, 'DELETE', req.externalId, { access_token: token(req.credentials) });
    } catch (error) {
      if (error instanceof GraphError && (error.status === 404 || (error.code === 100 && /exist/i.test(error.message)))) return;
      throw error;
    }
  },
  // Comments on our media, tags of us and direct messages; answers under the comment or in the conversation (instagram-inbound.ts).
  fetchInbound: fetchInstagramInbound,
  reply: replyOnInstagram,
  findReply: findInstagramReply,
  privateReplies: true,
  // One private answer per comment, within 7 days of it (Meta's Private Replies).
  privateReplyLimits: META_PRIVATE_REPLY_LIMITS,
  messageWindowMs: MESSAGE_WINDOW_MS,
  // Past the 24 hours, up to 7 days as a human agent's answer (HUMAN_AGENT tag) where the app has that permission.
  taggedMessageWindowMs: humanAgentWindowMs,
  // Every five minutes: a media read, one per media with new comments and one for tags (200 calls an hour per account).
  inboundPollMs: 5 * 60_000,
  links() {
    return [];
  },
};
