// LinkedIn organisation pages through the Posts API (POST /rest/posts) with the organisation's URN
// as author. Images are uploaded first with the Images API (initializeUpload, then PUT the bytes
// to the upload URL) and referenced by their image URN with altText; several images become a
// multiImage post. A video goes alone through the Videos API: initializeUpload (the file's size;
// LinkedIn answers the parts to PUT), each part PUT to its upload URL (its ETag kept), finalizeUpload
// with the ETags, then GET /rest/videos/{urn} until AVAILABLE (PROCESSING_FAILED fails the post
// with LinkedIn's reason), and the post names the video URN. Remove is DELETE /rest/posts/{urn}.
//
// Settings: { organizationUrn, organizationName, tokenExpiresAt }.
// Credentials: LinkedInGrant (access token for 60 days; refresh token where the app has one).
// Tokens are refreshed before expiry by src/features/channels/token-refresh.ts.
// Reading comments and answering them: linkedin-inbound.ts.
import { ConnectError, type ChannelAdapter, type PublishMedia, type PublishOutcome, type PublishRequest } from '../channel-adapter';
import { refusalIn } from '../../net/safe-fetch';
import type { OAuthFlow } from '../oauth/oauth-flow';
import {
  exchangeLinkedInCode,
  LinkedInError,
  linkedInAuthorizeUrl,
  linkedInConfig,
  listLinkedInOrganisations,
  requireLinkedInConfig,
  restCall,
  type LinkedInConfig,
  type LinkedInGrant,
  type LinkedInOrganisation,
} from './linkedin-api';
import { toLittleText } from './little-text';
import { fetchLinkedInInbound, findLinkedInReply, replyOnLinkedIn } from './linkedin-inbound';
import type { Outbound } from '../../net/safe-fetch';
import { isVideo, mediaProblem, typesOf, type MediaRule } from '../media-rules';
import { mediaPolling, pollPause } from '../media-polling';

const NETWORK = 'LinkedIn';
const MAX_IMAGE_BYTES = 36_152_320; // the Images API's documented maximum (36 MB)

/** Images API: JPEG, PNG, GIF up to 36 MB. Videos API: MP4, 3 s to 30 min, up to 500 MB. */
export const LINKEDIN_MEDIA_RULES: MediaRule[] = [
  { kind: 'image', types: ['image/jpeg', 'image/png', 'image/gif'], maxBytes: MAX_IMAGE_BYTES },
  { kind: 'video', types: ['video/mp4'], maxBytes: 500 * 1024 * 1024, minDurationMs: 3_000, maxDurationMs: 30 * 60_000 },
];

export const linkedInLimits = {
  maxLength: 3_000,
  partLength: null,
  // multiImage takes 2 to 20 images.
  maxMedia: 20,
  mediaTypes: typesOf(LINKEDIN_MEDIA_RULES),
  requiresAltText: false,
  media: LINKEDIN_MEDIA_RULES,
};

class VideoFailed extends Error {}

/** Uploads a video in the parts LinkedIn asks for and waits until it is AVAILABLE; answers its URN. */
async function uploadVideo(net: Outbound, config: LinkedInConfig, token: string, owner: string, m: PublishMedia): Promise<string> {
  const bytes = await m.read();
  const init = await restCall(net, config, token, 'POST', 'videos?action=initializeUpload', {
    initializeUploadRequest: { owner, fileSizeBytes: bytes.byteLength, uploadCaptions: false, uploadThumbnail: false },
  });
  const { value } = (await init.json()) as {
    value: { video: string; uploadToken?: string; uploadInstructions: { uploadUrl: string; firstByte: number; lastByte: number }[] };
  };
  const etags: string[] = [];
  for (const part of value.uploadInstructions) {
    const put = await net.fetch(part.uploadUrl, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes.subarray(part.firstByte, part.lastByte + 1)),
    });
    const etag = put.headers.get('etag');
    if (!put.ok || !etag) throw new LinkedInError(put.status, 'upload_failed', `video part upload answered ${put.status}`, undefined);
    etags.push(etag);
  }
  await restCall(net, config, token, 'POST', 'videos?action=finalizeUpload', {
    finalizeUploadRequest: { video: value.video, uploadToken: value.uploadToken ?? '', uploadedPartIds: etags },
  });
  for (let i = 0; i <= mediaPolling.maxPolls; i++) {
    const res = await restCall(net, config, token, 'GET', `videos/${encodeURIComponent(value.video)}`);
    const video = (await res.json()) as { status?: string; processingFailureReason?: string };
    if (video.status === 'AVAILABLE') return value.video;
    if (video.status === 'PROCESSING_FAILED') throw new VideoFailed(video.processingFailureReason ?? 'no reason given');
    if (i < mediaPolling.maxPolls) await pollPause();
  }
  throw new LinkedInError(503, 'video_processing', 'LinkedIn is still processing the video', undefined);
}

function grant(credentials: Record<string, unknown> | null): LinkedInGrant {
  if (typeof credentials?.accessToken !== 'string') throw new LinkedInError(401, 'EXPIRED_ACCESS_TOKEN', 'no access token stored', undefined);
  return credentials as unknown as LinkedInGrant;
}

function failureOf(error: unknown, step: 'before' | 'create'): PublishOutcome {
  if (refusalIn(error)) return { kind: 'failed', retryable: false, reason: 'system:target_refused', channelProblem: true };
  if (!(error instanceof LinkedInError)) {
    if (step === 'create') return { kind: 'unknown', reason: `${NETWORK} did not confirm the post`, code: 'no_confirmation' };
    return { kind: 'failed', retryable: true, reason: `${NETWORK} could not be reached: ${(error as Error).message}`, code: 'network_unreachable' };
  }
  if (error.status === 429) {
    // No Retry-After: LinkedIn's daily limits reset at midnight UTC; try again in an hour.
    return {
      kind: 'failed',
      retryable: true,
      reason: `${NETWORK} is rate-limiting this application`,
      code: 'rate_limited',
      retryAfterMs: error.retryAfterMs ?? 3_600_000,
    };
  }
  if (error.grantGone) {
    return {
      kind: 'failed',
      retryable: false,
      channelProblem: true,
      reason: `${NETWORK} no longer accepts the connection: ${error.message}`,
      code: 'grant_revoked',
    };
  }
  if (error.status === 403) {
    // The person lost the page's admin role or the app its permission: also a reconnect.
    return {
      kind: 'failed',
      retryable: false,
      channelProblem: true,
      reason: `${NETWORK} refused access to the page: ${error.message}`,
      code: 'grant_revoked',
    };
  }
  if (error.status >= 500) {
    return step === 'create'
      ? { kind: 'unknown', reason: `${NETWORK} answered ${error.status}: ${error.message}`, code: 'no_confirmation' }
      : { kind: 'failed', retryable: true, reason: `${NETWORK} answered ${error.status}`, code: 'network_busy' };
  }
  return { kind: 'failed', retryable: false, reason: `${NETWORK} refused the post: ${error.message}`, code: 'post_refused' };
}

async function uploadImage(net: Outbound, config: LinkedInConfig, token: string, owner: string, m: PublishMedia): Promise<string> {
  const bytes = await m.read();
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new LinkedInError(413, 'too_large', 'image too large', undefined);
  const init = await restCall(net, config, token, 'POST', 'images?action=initializeUpload', { initializeUploadRequest: { owner } });
  const { value } = (await init.json()) as { value: { uploadUrl: string; image: string } };
  const put = await net.fetch(value.uploadUrl, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': m.mimeType },
    body: new Uint8Array(bytes),
  });
  if (!put.ok) throw new LinkedInError(put.status, 'upload_failed', `image upload answered ${put.status}`, undefined);
  return value.image;
}

async function publish(req: PublishRequest): Promise<PublishOutcome> {
  if ([...req.text].length > linkedInLimits.maxLength)
    return { kind: 'failed', retryable: false, reason: 'the text is longer than 3,000 characters', code: 'post_refused' };
  if (req.media.length > linkedInLimits.maxMedia)
    return { kind: 'failed', retryable: false, reason: 'LinkedIn takes at most 20 images', code: 'media_refused' };
  const wrong = req.media.find((m) => !linkedInLimits.mediaTypes.includes(m.mimeType));
  if (wrong) return { kind: 'failed', retryable: false, reason: `LinkedIn does not take ${wrong.mimeType} files`, code: 'media_refused' };
  const problem = mediaProblem(NETWORK, LINKEDIN_MEDIA_RULES, req.media);
  if (problem) return { kind: 'failed', retryable: false, reason: problem.reason, code: 'media_refused' };
  const config = requireLinkedInConfig();
  const author = String(req.channel.settings.organizationUrn);
  let token: string;
  const images: { id: string; altText?: string }[] = [];
  let videoUrn: string | null = null;
  try {
    token = grant(req.credentials).accessToken;
    // An uploaded video that no post references is never shown either.
    if (req.media.length === 1 && isVideo(req.media[0]!.mimeType)) videoUrn = await uploadVideo(req.net, config, token, author, req.media[0]!);
    // An uploaded image that no post references is never shown: safe to retry.
    else
      for (const m of req.media)
        images.push({ id: await uploadImage(req.net, config, token, author, m), ...(m.altText.trim() && { altText: m.altText.trim() }) });
  } catch (error) {
    if (error instanceof VideoFailed)
      return { kind: 'failed', retryable: false, reason: `LinkedIn could not process the video: ${error.message}`, code: 'video_processing_failed' };
    if (error instanceof LinkedInError && error.status === 413)
      return { kind: 'failed', retryable: false, reason: 'image too large for LinkedIn', code: 'image_too_large', params: { maxKb: MAX_IMAGE_BYTES / 1024 } };
    return failureOf(error, 'before');
  }
  const content = videoUrn
    ? { media: { id: videoUrn } }
    : images.length === 1
      ? { media: images[0] }
      : images.length > 1
        ? { multiImage: { images } }
        : undefined;
  try {
    const res = await restCall(req.net, config, token, 'POST', 'posts', {
      author,
      commentary: toLittleText(req.text),
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
      ...(content && { content }),
    });
    const urn = res.headers.get('x-restli-id');
    if (!urn) return { kind: 'unknown', reason: 'LinkedIn created the post without saying its id', code: 'no_confirmation' };
    return { kind: 'published', externalId: urn, externalUrl: `https://www.linkedin.com/feed/update/${urn}/` };
  } catch (error) {
    return failureOf(error, 'create');
  }
}

function configOf(env: Record<string, string | undefined>): LinkedInConfig {
  const config = linkedInConfig(env as NodeJS.ProcessEnv);
  if (!config) throw new ConnectError('LinkedIn is not configured on this installation', undefined, 'linkedin_not_configured');
  return config;
}

/** The channel for one organisation page with the person's grant. */
function connectionFor(org: LinkedInOrganisation, credentials: LinkedInGrant) {
  return {
    settings: { organizationUrn: org.urn, organizationName: org.name, tokenExpiresAt: credentials.expiresAt },
    credentials: credentials as unknown as Record<string, unknown>,
  };
}

// OAuth 2.0 three-legged (authorisation code) with the client secret at the token endpoint.
// LinkedIn offers PKCE only to "native" client apps it enables on request; a web app like this
// one authenticates with its secret, so no code_challenge is sent.
const oauth: OAuthFlow = {
  async begin(_input, state, ctx) {
    return { authorizeUrl: linkedInAuthorizeUrl(configOf(ctx.env), ctx.redirectUri, state), pending: {} };
  },
  async finish(_pending, code, ctx) {
    const config = configOf(ctx.env);
    let grant: LinkedInGrant;
    let orgs: LinkedInOrganisation[];
    try {
      grant = await exchangeLinkedInCode(ctx.net, config, code, ctx.redirectUri);
      orgs = await listLinkedInOrganisations(ctx.net, config, grant.accessToken);
    } catch (error) {
      if (error instanceof LinkedInError) throw new ConnectError(`LinkedIn refused the login: ${error.message}`);
      throw error;
    }
    if (orgs.length === 0) throw new ConnectError('this LinkedIn account administers no organisation page', undefined, 'linkedin_no_organisations');
    return { choices: orgs.map((o) => ({ id: o.id, label: o.name })), pending: { grant, orgs } };
  },
  async choose(pending, choiceId) {
    const org = (pending.orgs as LinkedInOrganisation[]).find((o) => o.id === choiceId);
    if (!org) throw new ConnectError('not one of the organisation pages offered');
    return connectionFor(org, pending.grant as LinkedInGrant);
  },
};

/** Reconciliation: our text among the organisation's recent posts (Posts API, finder q=author). */
async function findPublished(req: Omit<PublishRequest, 'text' | 'media'> & { text?: string }) {
  if (req.text === undefined) throw new Error('LinkedIn reconciliation needs the post text');
  const config = requireLinkedInConfig();
  const author = encodeURIComponent(String(req.channel.settings.organizationUrn));
  const res = await restCall(req.net, config, grant(req.credentials).accessToken, 'GET', `posts?author=${author}&q=author&count=20&sortBy=LAST_MODIFIED`);
  const { elements } = (await res.json()) as { elements: { id: string; commentary?: string }[] };
  const want = toLittleText(req.text).trim();
  const hit = elements.find((p) => (p.commentary ?? '').trim() === want);
  return hit ? { externalId: hit.id, externalUrl: `https://www.linkedin.com/feed/update/${hit.id}/` } : null;
}

export const linkedInAdapter: ChannelAdapter & { oauth: OAuthFlow } = {
  type: 'linkedin',
  limits: linkedInLimits,
  needsCredentials: true,
  publicFeed: false,
  idempotent: false,
  // Connected through LinkedIn's login page and an organisation page chosen on our screen.
  connectFields: [],
  oauth,
  async connect() {
    throw new ConnectError('LinkedIn is connected through its login page, not a form');
  },
  publish,
  findPublished,
  async remove(req) {
    const config = requireLinkedInConfig();
    try {
      await restCall(req.net, config, grant(req.credentials).accessToken, 'DELETE', `posts/${encodeURIComponent(req.externalId)}`);
    } catch (error) {
      if (error instanceof LinkedInError && (error.status === 404 || error.status === 410)) return;
      throw error;
    }
  },
  // Comments on our posts and their nested answers, answered as the organisation (linkedin-inbound.ts).
  fetchInbound: fetchLinkedInInbound,
  reply: replyOnLinkedIn,
  findReply: findLinkedInReply,
  privateReplies: false,
  // Every ten minutes: a posts read and one per post, inside LinkedIn's daily application limits.
  inboundPollMs: 10 * 60_000,
  links() {
    return [];
  },
};
