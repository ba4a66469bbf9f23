// Facebook Pages through the Graph API (src/channels/meta/graph.ts). Text and links go to
// POST /{page-id}/feed; one image to POST /{page-id}/photos; several images are uploaded unpublished
// (published=false) and attached to one feed post with attached_media. Alt text travels as the
// photo's alt_text_custom. A video goes alone to POST /{page-id}/videos (multipart `source`, the
// text as `description`; Video API, non-resumable upload: up to 1 GB and 20 minutes), which
// publishes it; we then read its status until Facebook has processed it, so a video it cannot
// process fails the post with Facebook's reason. Remove is DELETE /{post-id} (or /{video-id}).
//
// Settings: { pageId, pageName }. Credentials: { pageToken } (a page token from a long-lived user
// token: it does not expire; a revoked one gives Graph error 190 → the channel asks to reconnect).
// Reading comments and answering them: facebook-inbound.ts.
import { ConnectError, type ChannelAdapter, type PublishMedia, type PublishOutcome, type PublishRequest } from '../channel-adapter';
import type { OAuthFlow } from '../oauth/oauth-flow';
import { GraphError, graphCall, graphFailure, requireMetaConfig } from '../meta/graph';
import { metaOAuth } from '../meta/meta-oauth';
import { isVideo, mediaProblem, typesOf, VIDEO_TYPES, type MediaRule } from '../media-rules';
import { mediaPolling, pollPause } from '../media-polling';
import type { Outbound } from '../../net/safe-fetch';
import type { MetaConfig } from '../meta/graph';
import { humanAgentWindowMs, MESSAGE_WINDOW_MS } from '../meta/messenger';
import { fetchFacebookInbound, findFacebookReply, replyOnFacebook } from './facebook-inbound';
import { META_PRIVATE_REPLY_LIMITS } from '../meta/private-reply';

const NETWORK = 'Facebook';
/** Photos: JPEG, PNG, GIF, WebP; Meta recommends under 4 MB and refuses above 10 MB. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const FACEBOOK_MEDIA_RULES: MediaRule[] = [
  { kind: 'image', types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], maxBytes: MAX_IMAGE_BYTES },
  { kind: 'video', types: VIDEO_TYPES, maxBytes: 1024 * 1024 * 1024, maxDurationMs: 20 * 60_000 },
];
export const FACEBOOK_MEDIA_TYPES = typesOf(FACEBOOK_MEDIA_RULES);

export const facebookLimits = {
  // A page post's message may hold 63,206 characters.
  maxLength: 63_206,
  partLength: null,
  maxMedia: 10,
  mediaTypes: FACEBOOK_MEDIA_TYPES,
  requiresAltText: false,
  media: FACEBOOK_MEDIA_RULES,
};

function pageCredentials(credentials: Record<string, unknown> | null): string {
  const token = credentials?.pageToken;
  if (typeof token !== 'string' || !token) throw new GraphError(401, 190, undefined, 'no page token stored', undefined);
  return token;
}

/** The first web address in the text becomes the post's link (Facebook shows its preview card). */
export function firstLink(text: string): string | undefined {
  return /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/i.exec(text)?.[0];
}

function checkMedia(media: PublishMedia[]): PublishOutcome | null {
  if (media.length > facebookLimits.maxMedia)
    return { kind: 'failed', retryable: false, reason: `Facebook takes at most 10 images (got ${media.length})`, code: 'media_refused' };
  const wrong = media.find((m) => !FACEBOOK_MEDIA_TYPES.includes(m.mimeType));
  if (wrong) return { kind: 'failed', retryable: false, reason: `Facebook does not take ${wrong.mimeType} files`, code: 'media_refused' };
  const problem = mediaProblem(NETWORK, FACEBOOK_MEDIA_RULES, media);
  return problem ? { kind: 'failed', retryable: false, reason: problem.reason, code: 'media_refused' } : null;
}

interface VideoStatus {
  status?: { video_status?: string; processing_phase?: { status?: string; errors?: { message?: string }[] } };
}

/** Uploads a video to the page (which publishes it) and waits until Facebook has processed it. */
async function publishVideo(req: PublishRequest, config: MetaConfig, pageId: string, token: string, m: PublishMedia): Promise<PublishOutcome> {
  const form = new FormData();
  form.append('source', new Blob([new Uint8Array(await m.read())], { type: m.mimeType }), `${m.id}`);
  let videoId: string;
  try {
    ({ id: videoId } = await graphCall<{ id: string }>(
      req.net,
      config,
      'POST',
      `${pageId}/videos`,
      { access_token: token, description: req.text || undefined },
      form,
    ));
  } catch (error) {
    return graphFailure(NETWORK, error, 'create');
  }
  const published: PublishOutcome = { kind: 'published', externalId: videoId, externalUrl: `https://www.facebook.com/${pageId}/videos/${videoId}` };
  return (await videoProblem(req.net, config, videoId, token)) ?? published;
}

async function videoProblem(net: Outbound, config: MetaConfig, videoId: string, token: string): Promise<PublishOutcome | null> {
  for (let i = 0; i < mediaPolling.maxPolls; i++) {
    let answer: VideoStatus;
    try {
      answer = await graphCall<VideoStatus>(net, config, 'GET', videoId, { fields: 'status', access_token: token });
    } catch {
      // The video is posted; not being able to read its status does not undo that.
      return null;
    }
    const status = answer.status;
    if (status?.video_status === 'ready') return null;
    if (status?.video_status === 'error' || status?.processing_phase?.status === 'error') {
      const why =
        status.processing_phase?.errors
          ?.map((e) => e.message)
          .filter(Boolean)
          .join('; ') || 'no reason given';
      return { kind: 'failed', retryable: false, reason: `Facebook could not process the video: ${why}`, code: 'video_processing_failed' };
    }
    await pollPause();
  }
  // Still processing: the video is posted and appears when Facebook is done; sending it again would double it.
  return null;
}

async function photoForm(m: PublishMedia): Promise<FormData | PublishOutcome> {
  const bytes = await m.read();
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    return {
      kind: 'failed',
      retryable: false,
      reason: `image is larger than Facebook's 10 MB limit`,
      code: 'image_too_large',
      params: { maxKb: MAX_IMAGE_BYTES / 1024 },
    };
  }
  const form = new FormData();
  form.append('source', new Blob([new Uint8Array(bytes)], { type: m.mimeType }), `${m.id}`);
  return form;
}

const postUrl = (postId: string) => `https://www.facebook.com/${postId}`;

async function publish(req: PublishRequest): Promise<PublishOutcome> {
  const refused = checkMedia(req.media);
  if (refused) return refused;
  const config = requireMetaConfig();
  const pageId = String(req.channel.settings.pageId);
  let token: string;
  try {
    token = pageCredentials(req.credentials);
  } catch (error) {
    return graphFailure(NETWORK, error, 'before');
  }
  const alt = (m: PublishMedia) => m.altText.trim() || undefined;
  if (req.media.length === 1 && isVideo(req.media[0]!.mimeType)) return publishVideo(req, config, pageId, token, req.media[0]!);

  if (req.media.length === 1) {
    const m = req.media[0]!;
    const form = await photoForm(m);
    if (!(form instanceof FormData)) return form;
    try {
      const created = await graphCall<{ id: string; post_id?: string }>(
        req.net,
        config,
        'POST',
        `${pageId}/photos`,
        { access_token: token, caption: req.text || undefined, alt_text_custom: alt(m), published: 'true' },
        form,
      );
      const id = created.post_id ?? `${pageId}_${created.id}`;
      return { kind: 'published', externalId: id, externalUrl: postUrl(id) };
    } catch (error) {
      return graphFailure(NETWORK, error, 'create');
    }
  }

  // Several images: unpublished photos first (invisible until attached; Meta discards unattached ones).
  const attached: string[] = [];
  for (const m of req.media) {
    const form = await photoForm(m);
    if (!(form instanceof FormData)) return form;
    try {
      const photo = await graphCall<{ id: string }>(
        req.net,
        config,
        'POST',
        `${pageId}/photos`,
        { access_token: token, published: 'false', alt_text_custom: alt(m) },
        form,
      );
      attached.push(photo.id);
    } catch (error) {
      return graphFailure(NETWORK, error, 'before');
    }
  }
  const params: Record<string, string | undefined> = { access_token: token, message: req.text || undefined };
  if (attached.length === 0) params.link = firstLink(req.text);
  attached.forEach((id, i) => {
    params[`attached_media[${i}]`] = JSON.stringify({ media_fbid: id });
  });
  try {
    const created = await graphCall<{ id: string }>(req.net, config, 'POST', `${pageId}/feed`, params);
    return { kind: 'published', externalId: created.id, externalUrl: postUrl(created.id) };
  } catch (error) {
    return graphFailure(NETWORK, error, 'create');
  }
}

/** Texts as compared when reconciling: Meta keeps the message as sent, give or take outer white space. */
const sameText = (a: string | undefined, b: string) => (a ?? '').replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Reconciliation (Graph has no idempotency key): our text among the page's recent posts. Without
 * the text "absent" could not be told from "cannot tell", so then it throws (the post waits for a person).
 */
async function findPublished(req: Omit<PublishRequest, 'text' | 'media'> & { text?: string }) {
  if (req.text === undefined) throw new Error('Facebook reconciliation needs the post text');
  const config = requireMetaConfig();
  const pageId = String(req.channel.settings.pageId);
  const { data } = await graphCall<{ data: { id: string; message?: string }[] }>(req.net, config, 'GET', `${pageId}/feed`, {
    access_token: pageCredentials(req.credentials),
    fields: 'id,message,created_time',
    limit: '25',
  });
  const hit = data.find((p) => sameText(p.message, req.text!));
  return hit ? { externalId: hit.id, externalUrl: postUrl(hit.id) } : null;
}

export const facebookAdapter: ChannelAdapter & { oauth: OAuthFlow } = {
  type: 'facebook',
  limits: facebookLimits,
  needsCredentials: true,
  publicFeed: false,
  // Graph API has no idempotency key: an unknown outcome goes to the engine's reconciliation.
  idempotent: false,
  // Connected through Facebook Login and a page chosen on our screen (src/channels/meta/meta-oauth.ts).
  connectFields: [],
  oauth: metaOAuth('facebook'),
  async connect() {
    throw new ConnectError('Facebook is connected through its login page, not a form');
  },
  publish,
  findPublished,
  async remove(req) {
    const config = requireMetaConfig();
    try {
      await graphCall(req.net, config, 'DELETE', req.externalId, { access_token: pageCredentials(req.credentials) });
    } catch (error) {
      // Already gone (code 100, "does not exist") is what a takedown wants.
      if (error instanceof GraphError && (error.status === 404 || (error.code === 100 && /exist/i.test(error.message)))) return;
      throw error;
    }
  },
  // Comments on the page's posts and Messenger conversations; public and private answers (facebook-inbound.ts).
  fetchInbound: fetchFacebookInbound,
  reply: replyOnFacebook,
  findReply: findFacebookReply,
  privateReplies: true,
  // One private answer per comment, within 7 days of it (Meta's Private Replies).
  privateReplyLimits: META_PRIVATE_REPLY_LIMITS,
  messageWindowMs: MESSAGE_WINDOW_MS,
  // Past the 24 hours, up to 7 days as a human agent's answer (HUMAN_AGENT tag) where the app has that permission.
  taggedMessageWindowMs: humanAgentWindowMs,
  // Every five minutes: a feed read and one per post commented on, well inside the page's hourly call budget.
  inboundPollMs: 5 * 60_000,
  links() {
    return [];
  },
};
