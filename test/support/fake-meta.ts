// A contract server for Meta's Graph API (the version the adapters pin, GRAPH_VERSION) with exactly the documented calls the Facebook
// Pages and Instagram adapters make: the login code exchanges, /me/accounts, page feed and photos
// (published=false + attached_media, alt_text_custom), page videos (POST /{page}/videos with
// `source`, GET /{video}?fields=status: processing → ready | error), Instagram containers (images,
// carousels, REELS with video_url), status polling (status_code, status for the reason),
// media_publish, permalinks and DELETE. Errors in Graph's shape: { error: { message, type, code,
// error_subcode, fbtrace_id } }; rate limits with X-Business-Use-Case-Usage. Anything else fails the test.
import { GRAPH_VERSION } from '../../src/channels/meta/graph';
import { type FakeAnswer, type FakeRequest, loginPage, startFake } from './fake-http';

export const META = { appId: 'app-1', appSecret: 'app-secret', redirectUri: 'http://zorgpost.test/connect/meta/callback', code: 'login-code' };
export const PAGE = { id: '1001', name: 'Ziekenhuis Oost', token: 'page-token-1001' };
export const IG_USER = { id: '17841400000000001', username: 'ziekenhuisoost' };

const graphError = (status: number, code: number, message: string, subcode?: number, headers?: Record<string, string>): FakeAnswer => ({
  status,
  json: {
    error: { message, type: code === 190 ? 'OAuthException' : 'GraphMethodException', code, ...(subcode && { error_subcode: subcode }), fbtrace_id: 'Afake' },
  },
  headers,
});

export interface FbPhoto {
  id: string;
  published: boolean;
  altText: string | null;
  caption: string | null;
  bytes: number;
}

export async function startFakeMeta() {
  const state = {
    revoked: false,
    /** The next calls answer "page request limit reached" (code 32) with a usage header. */
    rateLimited: 0,
    /** The fields the app is installed for on our Page (POST /{page-id}/subscribed_apps), or null. */
    subscribedFields: null as string[] | null,
    /** The next installation on the Page is refused (the token lacks pages_manage_metadata). */
    refuseSubscription: false,
    photos: new Map<string, FbPhoto>(),
    posts: new Map<string, { message: string | null; link: string | null; attached: string[] }>(),
    containers: new Map<
      string,
      {
        imageUrl: string | null;
        altText: string | null;
        caption: string | null;
        children: string[];
        carouselItem: boolean;
        polls: number;
        reel?: { videoUrl: string; pollsLeft: number; failure?: string };
      }
    >(),
    igMedia: new Map<string, { container: string }>(),
    videos: new Map<string, { description: string | null; bytes: number; pollsLeft: number; failure?: string }>(),
    /** How the next video's processing goes (page video or Reel): polls still processing, then ready or failed with this reason. */
    videoPlan: { polls: 0 } as { polls: number; failure?: string },
    /** How many status polls answer IN_PROGRESS before FINISHED. */
    processingPolls: 1,
    /** The next page post is created but its answer is lost (a 500 after the fact): an unknown outcome. */
    loseNextAnswer: false,
  };
  let n = 0;
  const next = () => String(++n + 5000);
  /** Codes handed out by the login page, each bound to the redirect_uri it was issued for. */
  const codes = new Map<string, string>([[META.code, META.redirectUri]]);

  const params = async (req: FakeRequest) => {
    if (req.method !== 'POST') return { get: (k: string) => req.url.searchParams.get(k), file: null as File | null };
    const form = await req.body.formData();
    const file = form.get('source');
    return { get: (k: string) => (form.get(k) as string | null) ?? null, file: file instanceof File ? file : null };
  };

  const handle = async (req: FakeRequest): Promise<FakeAnswer | null> => {
    const m = new RegExp(`^/${GRAPH_VERSION.replace('.', '\\.')}/(.+)$`).exec(req.url.pathname);
    if (!m) return null;
    const path = m[1]!;
    const p = await params(req);

    // Facebook Login's dialog (on www.facebook.com): the person approves; the code goes back with the state.
    if (req.method === 'GET' && path === 'dialog/oauth') {
      const redirect = p.get('redirect_uri');
      const scope = (p.get('scope') ?? '').split(',');
      if (p.get('client_id') !== META.appId || !redirect || !p.get('state') || p.get('response_type') !== 'code' || !scope.includes('pages_manage_posts'))
        return null;
      const code = `code-${next()}`;
      codes.set(code, redirect);
      return loginPage('Facebook', redirect, { code, state: p.get('state')! });
    }

    if (req.method === 'GET' && path === 'oauth/access_token') {
      if (p.get('client_id') !== META.appId || p.get('client_secret') !== META.appSecret) return graphError(400, 1, 'Error validating client secret.');
      if (p.get('grant_type') === 'fb_exchange_token') {
        if (p.get('fb_exchange_token') !== 'short-user-token') return graphError(400, 190, 'Invalid OAuth access token.');
        return { status: 200, json: { access_token: 'long-user-token', token_type: 'bearer', expires_in: 5_184_000 } };
      }
      const code = p.get('code') ?? '';
      if (!codes.has(code) || p.get('redirect_uri') !== codes.get(code)) return graphError(400, 100, 'Invalid verification code format.', 36008);
      if (code !== META.code) codes.delete(code);
      return { status: 200, json: { access_token: 'short-user-token', token_type: 'bearer', expires_in: 5_400 } };
    }

    const token = p.get('access_token');
    if (!token) return graphError(400, 104, 'An access token is required to request this resource.');
    if (state.revoked) return graphError(400, 190, 'Error validating access token: The user has not authorized application app-1.', 458);
    if (state.rateLimited > 0) {
      state.rateLimited--;
      const usage = JSON.stringify({ [PAGE.id]: [{ type: 'pages', call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: 7 }] });
      return graphError(400, 32, 'Page request limit reached', undefined, { 'x-business-use-case-usage': usage });
    }

    if (req.method === 'GET' && path === 'me/accounts') {
      if (token !== 'long-user-token') return graphError(400, 190, 'Invalid OAuth access token.');
      if (!p.get('fields')?.includes('access_token')) return null;
      return {
        status: 200,
        json: {
          data: [
            { id: PAGE.id, name: PAGE.name, access_token: PAGE.token, instagram_business_account: { id: IG_USER.id, username: IG_USER.username } },
            { id: '1002', name: 'Zonder Instagram', access_token: 'page-token-1002' },
          ],
          paging: { cursors: { before: 'a', after: 'b' } },
        },
      };
    }
    if (token !== PAGE.token) return graphError(400, 190, 'Invalid OAuth access token.');

    if (req.method === 'POST' && path === `${PAGE.id}/subscribed_apps`) {
      if (state.refuseSubscription) return graphError(403, 200, '(#200) Requires pages_manage_metadata permission to manage the object');
      state.subscribedFields = (p.get('subscribed_fields') ?? '').split(',').filter(Boolean);
      return { status: 200, json: { success: true } };
    }
    if (req.method === 'POST' && path === `${PAGE.id}/photos`) {
      if (!p.file) return graphError(400, 324, 'Requires upload file');
      const id = next();
      const published = p.get('published') !== 'false';
      state.photos.set(id, { id, published, altText: p.get('alt_text_custom'), caption: p.get('caption'), bytes: p.file.size });
      if (!published) return { status: 200, json: { id } };
      const postId = `${PAGE.id}_${next()}`;
      state.posts.set(postId, { message: p.get('caption'), link: null, attached: [id] });
      return { status: 200, json: { id, post_id: postId } };
    }
    if (req.method === 'POST' && path === `${PAGE.id}/videos`) {
      if (!p.file) return graphError(400, 390, 'There was a problem uploading your video file. Please try again.');
      const id = next();
      state.videos.set(id, { description: p.get('description'), bytes: p.file.size, pollsLeft: state.videoPlan.polls, failure: state.videoPlan.failure });
      return { status: 200, json: { id } };
    }
    if (req.method === 'GET' && state.videos.has(path) && p.get('fields') === 'status') {
      const v = state.videos.get(path)!;
      if (v.pollsLeft > 0) {
        v.pollsLeft--;
        return { status: 200, json: { id: path, status: { video_status: 'processing', processing_phase: { status: 'in_progress' } } } };
      }
      if (v.failure)
        return {
          status: 200,
          json: { id: path, status: { video_status: 'error', processing_phase: { status: 'error', errors: [{ code: 1363008, message: v.failure }] } } },
        };
      return { status: 200, json: { id: path, status: { video_status: 'ready', processing_phase: { status: 'complete' } } } };
    }
    if (req.method === 'POST' && path === `${PAGE.id}/feed`) {
      const attached: string[] = [];
      for (let i = 0; p.get(`attached_media[${i}]`); i++) {
        const { media_fbid: fbid } = JSON.parse(p.get(`attached_media[${i}]`)!) as { media_fbid: string };
        if (state.photos.get(fbid)?.published !== false) return graphError(400, 100, `Invalid media_fbid ${fbid}`);
        attached.push(fbid);
      }
      if (!p.get('message') && !p.get('link') && !attached.length) return graphError(400, 100, 'Missing message or attachment');
      const id = `${PAGE.id}_${next()}`;
      state.posts.set(id, { message: p.get('message'), link: p.get('link'), attached });
      if (state.loseNextAnswer) {
        state.loseNextAnswer = false;
        return graphError(500, 2, 'An unexpected error has occurred. Please retry your request later.');
      }
      return { status: 200, json: { id } };
    }

    // The page's recent posts and the account's recent media (newest first), read to reconcile.
    if (req.method === 'GET' && path === `${PAGE.id}/feed` && p.get('fields')?.includes('message')) {
      const data = [...state.posts.entries()]
        .reverse()
        .map(([id, post]) => ({ id, message: post.message ?? undefined, created_time: '2026-11-28T12:00:00+0000' }));
      return { status: 200, json: { data: data.slice(0, Number(p.get('limit') ?? 25)) } };
    }
    if (req.method === 'GET' && path === `${IG_USER.id}/media` && p.get('fields')?.includes('caption')) {
      const data = [...state.igMedia.entries()].reverse().map(([id, m]) => ({
        id,
        caption: state.containers.get(m.container)?.caption ?? undefined,
        permalink: `https://www.instagram.com/p/FAKE${id}/`,
        timestamp: '2026-11-28T12:00:00+0000',
      }));
      return { status: 200, json: { data: data.slice(0, Number(p.get('limit') ?? 25)) } };
    }

    if (req.method === 'POST' && path === `${IG_USER.id}/media`) {
      const id = next();
      if (p.get('media_type') === 'CAROUSEL') {
        const children = (p.get('children') ?? '').split(',').filter(Boolean);
        if (children.length < 2 || children.some((c) => !state.containers.get(c)?.carouselItem)) return graphError(400, 100, 'Invalid children');
        state.containers.set(id, { imageUrl: null, altText: null, caption: p.get('caption'), children, carouselItem: false, polls: 0 });
        return { status: 200, json: { id } };
      }
      if (p.get('media_type') === 'REELS') {
        const videoUrl = p.get('video_url');
        if (!videoUrl?.startsWith('https://')) return graphError(400, 9004, 'Only photo or video can be accepted as media type.', 2207052);
        state.containers.set(id, {
          imageUrl: null,
          altText: null,
          caption: p.get('caption'),
          children: [],
          carouselItem: false,
          polls: 0,
          reel: { videoUrl, pollsLeft: state.videoPlan.polls, failure: state.videoPlan.failure },
        });
        return { status: 200, json: { id } };
      }
      const imageUrl = p.get('image_url');
      if (!imageUrl?.startsWith('https://')) return graphError(400, 9004, 'Only photo or video can be accepted as media type.', 2207052);
      state.containers.set(id, {
        imageUrl,
        altText: p.get('alt_text'),
        caption: p.get('caption'),
        children: [],
        carouselItem: p.get('is_carousel_item') === 'true',
        polls: 0,
      });
      return { status: 200, json: { id } };
    }
    if (req.method === 'POST' && path === `${IG_USER.id}/media_publish`) {
      const container = state.containers.get(p.get('creation_id') ?? '');
      if (!container || container.carouselItem) return graphError(400, 100, 'Invalid creation_id');
      const reelReady = container.reel && container.reel.pollsLeft === 0 && !container.reel.failure && container.polls > 0;
      if (container.reel ? !reelReady : container.polls <= state.processingPolls) return graphError(400, 9007, 'Media ID is not available', 2207027);
      const id = next();
      state.igMedia.set(id, { container: p.get('creation_id')! });
      return { status: 200, json: { id } };
    }
    if (req.method === 'GET' && state.containers.get(path)?.reel && p.get('fields') === 'status_code,status') {
      const c = state.containers.get(path)!;
      const reel = c.reel!;
      c.polls++;
      if (reel.pollsLeft > 0) {
        reel.pollsLeft--;
        return { status: 200, json: { status_code: 'IN_PROGRESS', status: 'In Progress: Media is still being processed.', id: path } };
      }
      if (reel.failure) return { status: 200, json: { status_code: 'ERROR', status: `Error: ${reel.failure}`, id: path } };
      return { status: 200, json: { status_code: 'FINISHED', status: 'Finished: Media has been uploaded and it is complete.', id: path } };
    }
    if (req.method === 'GET' && state.containers.has(path) && p.get('fields') === 'status_code') {
      const c = state.containers.get(path)!;
      c.polls++;
      return { status: 200, json: { status_code: c.polls > state.processingPolls ? 'FINISHED' : 'IN_PROGRESS', id: path } };
    }
    if (req.method === 'GET' && state.igMedia.has(path) && p.get('fields') === 'permalink') {
      return { status: 200, json: { permalink: `https://www.instagram.com/p/FAKE${path}/`, id: path } };
    }
    if (req.method === 'DELETE') {
      if (state.posts.delete(path) || state.igMedia.delete(path) || state.videos.delete(path)) return { status: 200, json: { success: true } };
      return graphError(400, 100, `Unsupported delete request. Object with ID '${path}' does not exist`, 33);
    }
    return null;
  };

  const server = await startFake(handle);
  return { ...server, state, env: { META_APP_ID: META.appId, META_APP_SECRET: META.appSecret, META_GRAPH_URL: server.url, META_DIALOG_URL: server.url } };
}
