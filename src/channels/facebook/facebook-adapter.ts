// Facebook Pages through the Graph API (src/channels/meta/graph.ts). Text and links go to
// POST /{page-id}/feed; one image to POST /{page-id}/photos; several images are uploaded unpublished
// (published=false) and attached to one feed post with attached_media. Alt text travels as the
// photo's alt_text_custom. Remove is DELETE /{post-id}.
//
// Settings: { pageId, pageName }. Credentials: { pageToken } (a page token from a long-lived user
// token: it does not expire; a revoked one gives Graph error 190 → the channel asks to reconnect).
import { ConnectError, type ChannelAdapter, type PublishMedia, type PublishOutcome, type PublishRequest } from '../channel-adapter';
import type { OAuthFlow } from '../oauth/oauth-flow';
import { GraphError, graphCall, graphFailure, requireMetaConfig } from '../meta/graph';
import { metaOAuth } from '../meta/meta-oauth';

const NETWORK = 'Facebook';
/** Photos: JPEG, PNG, GIF, WebP; Meta recommends under 4 MB and refuses above 10 MB. */
export const FACEBOOK_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export const facebookLimits = {
  // A page post's message may hold 63,206 characters.
  maxLength: 63_206,
  partLength: null,
  maxMedia: 10,
  mediaTypes: FACEBOOK_MEDIA_TYPES,
  requiresAltText: false,
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
  if (wrong) return { kind: 'failed', retryable: false, reason: `Facebook does not take ${wrong.mimeType} images`, code: 'media_refused' };
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
  links() {
    return [];
  },
};
