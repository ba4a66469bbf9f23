// A contract server for LinkedIn with exactly the documented calls the LinkedIn adapter makes: the
// OAuth 2.0 token endpoint (authorization_code and refresh_token), organizationAcls, organizations,
// the Images API (initializeUpload, then PUT to the upload URL), the Videos API (initializeUpload
// with the file size → parts of 4 MB to PUT, each answering an ETag; finalizeUpload with the ETags;
// GET /rest/videos/{urn}: PROCESSING → AVAILABLE | PROCESSING_FAILED), the Posts API and DELETE. Every
// /rest call must carry LinkedIn-Version and X-Restli-Protocol-Version: 2.0.0. Errors in LinkedIn's
// shape { status, serviceErrorCode, code, message }. Anything else fails the test.
import { type FakeAnswer, type FakeRequest, loginPage, startFake } from './fake-http';

export const LINKEDIN = {
  clientId: 'li-client',
  clientSecret: 'li-secret',
  redirectUri: 'http://zorgpost.test/connect/linkedin/callback',
  code: 'li-code',
  orgId: '2414183',
};

const error = (status: number, code: string, message: string, headers?: Record<string, string>): FakeAnswer => ({
  status,
  json: { status, serviceErrorCode: status === 401 ? 65600 : 100, code, message },
  headers,
});

export async function startFakeLinkedIn() {
  const state = {
    /** Access tokens that work; revoking one answers 401 REVOKED_ACCESS_TOKEN. */
    tokens: new Set<string>(),
    refreshTokens: new Set<string>(['refresh-1']),
    rateLimited: 0,
    images: new Map<string, { uploaded: boolean; bytes: number; owner: string }>(),
    videos: new Map<
      string,
      { size: number; parts: { first: number; last: number; etag: string | null }[]; status: string; pollsLeft: number; failure?: string; owner: string }
    >(),
    /** How the next video's processing goes: polls answered PROCESSING, then AVAILABLE or PROCESSING_FAILED with this reason. */
    videoPlan: { polls: 0 } as { polls: number; failure?: string },
    posts: new Map<string, Record<string, unknown>>(),
    refreshes: 0,
  };
  let n = 0;
  /** Codes handed out by the login page, each bound to the redirect_uri it was issued for. */
  const codes = new Map<string, string>([[LINKEDIN.code, LINKEDIN.redirectUri]]);
  const handle = async (req: FakeRequest): Promise<FakeAnswer | null> => {
    const path = req.url.pathname;
    if (req.method === 'GET' && path === '/oauth/v2/authorization') {
      // LinkedIn's sign-in and consent page: the person allows; the code goes back with the state.
      const q = req.url.searchParams;
      const redirect = q.get('redirect_uri');
      if (q.get('response_type') !== 'code' || q.get('client_id') !== LINKEDIN.clientId || !redirect || !q.get('state')) return null;
      if (!(q.get('scope') ?? '').split(' ').includes('w_organization_social')) return null;
      const code = `li-code-${++n}`;
      codes.set(code, redirect);
      return loginPage('LinkedIn', redirect, { code, state: q.get('state')! });
    }
    if (req.method === 'POST' && path === '/oauth/v2/accessToken') {
      const form = new URLSearchParams(await req.body.text());
      if (form.get('client_id') !== LINKEDIN.clientId || form.get('client_secret') !== LINKEDIN.clientSecret)
        return { status: 401, json: { error: 'invalid_client', error_description: 'Client authentication failed' } };
      const issue = () => {
        const token = `access-${++n}`;
        state.tokens.add(token);
        return {
          status: 200,
          json: {
            access_token: token,
            expires_in: 5_184_000,
            refresh_token: 'refresh-1',
            refresh_token_expires_in: 31_536_000,
            scope: 'w_organization_social',
          },
        };
      };
      if (form.get('grant_type') === 'authorization_code') {
        const code = form.get('code') ?? '';
        if (!codes.has(code) || form.get('redirect_uri') !== codes.get(code))
          return { status: 400, json: { error: 'invalid_request', error_description: 'Unable to retrieve access token: authorization code not found' } };
        if (code !== LINKEDIN.code) codes.delete(code);
        return issue();
      }
      if (form.get('grant_type') === 'refresh_token') {
        state.refreshes++;
        if (!state.refreshTokens.has(form.get('refresh_token') ?? ''))
          return {
            status: 400,
            json: { error: 'invalid_grant', error_description: 'The provided authorization grant or refresh token is invalid, expired or revoked' },
          };
        return issue();
      }
      return null;
    }
    const upload = /^\/upload\/(.+)$/.exec(path);
    if (req.method === 'PUT' && upload) {
      const image = state.images.get(decodeURIComponent(upload[1]!));
      if (!image) return null;
      image.uploaded = true;
      image.bytes = (await req.body.arrayBuffer()).byteLength;
      return { status: 201 };
    }
    const part = /^\/video-upload\/([^/]+)\/(\d+)$/.exec(path);
    if (req.method === 'PUT' && part) {
      const video = state.videos.get(decodeURIComponent(part[1]!));
      const p = video?.parts[Number(part[2])];
      if (!video || !p) return null;
      const size = (await req.body.arrayBuffer()).byteLength;
      if (size !== p.last - p.first + 1) return error(400, 'BAD_REQUEST', `part ${part[2]} must be ${p.last - p.first + 1} bytes, got ${size}`);
      p.etag = `/etag-${part[2]}-${++n}`;
      return { status: 200, headers: { etag: p.etag } };
    }
    if (!path.startsWith('/rest/')) return null;
    if (!/^\d{6}$/.test(String(req.headers['linkedin-version'])) || req.headers['x-restli-protocol-version'] !== '2.0.0') return null;
    const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!state.tokens.has(token)) return error(401, 'REVOKED_ACCESS_TOKEN', 'The token used in the request has been revoked by the user');
    if (state.rateLimited > 0) {
      state.rateLimited--;
      return error(429, 'TOO_MANY_REQUESTS', 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.', { 'retry-after': '120' });
    }
    const rest = path.slice('/rest/'.length);
    if (req.method === 'GET' && rest === 'organizationAcls' && req.url.searchParams.get('q') === 'roleAssignee') {
      return {
        status: 200,
        json: {
          elements: [{ organization: `urn:li:organization:${LINKEDIN.orgId}`, role: 'ADMINISTRATOR', state: 'APPROVED', roleAssignee: 'urn:li:person:abc' }],
          paging: { count: 50, start: 0, total: 1 },
        },
      };
    }
    if (req.method === 'GET' && rest === `organizations/${LINKEDIN.orgId}`)
      return { status: 200, json: { id: Number(LINKEDIN.orgId), localizedName: 'Zorggroep Noord', vanityName: 'zorggroep-noord' } };
    if (req.method === 'POST' && rest === 'images' && req.url.searchParams.get('action') === 'initializeUpload') {
      const body = (await req.body.json()) as { initializeUploadRequest?: { owner?: string } };
      const owner = body.initializeUploadRequest?.owner;
      if (!owner?.startsWith('urn:li:organization:')) return error(422, 'UNPROCESSABLE_ENTITY', 'owner required');
      const image = `urn:li:image:C4E${++n}`;
      state.images.set(image, { uploaded: false, bytes: 0, owner });
      const base = `http://${req.headers.host}`;
      return { status: 200, json: { value: { uploadUrlExpiresAt: Date.now() + 86_400_000, uploadUrl: `${base}/upload/${encodeURIComponent(image)}`, image } } };
    }
    if (req.method === 'POST' && rest === 'videos' && req.url.searchParams.get('action') === 'initializeUpload') {
      const body = (await req.body.json()) as { initializeUploadRequest?: { owner?: string; fileSizeBytes?: number } };
      const { owner, fileSizeBytes: size } = body.initializeUploadRequest ?? {};
      if (!owner?.startsWith('urn:li:organization:') || !(typeof size === 'number' && size > 0))
        return error(422, 'UNPROCESSABLE_ENTITY', 'owner and fileSizeBytes required');
      const video = `urn:li:video:D5E${++n}`;
      const PART = 4_194_304;
      const parts = Array.from({ length: Math.ceil(size / PART) }, (_, i) => ({ first: i * PART, last: Math.min(size, (i + 1) * PART) - 1, etag: null }));
      state.videos.set(video, { size, parts, status: 'WAITING_UPLOAD', pollsLeft: state.videoPlan.polls, failure: state.videoPlan.failure, owner });
      const base = `http://${req.headers.host}`;
      return {
        status: 200,
        json: {
          value: {
            uploadUrlsExpireAt: Date.now() + 86_400_000,
            video,
            uploadInstructions: parts.map((p, i) => ({
              uploadUrl: `${base}/video-upload/${encodeURIComponent(video)}/${i}`,
              firstByte: p.first,
              lastByte: p.last,
            })),
            uploadToken: '',
          },
        },
      };
    }
    if (req.method === 'POST' && rest === 'videos' && req.url.searchParams.get('action') === 'finalizeUpload') {
      const body = (await req.body.json()) as { finalizeUploadRequest?: { video?: string; uploadToken?: string; uploadedPartIds?: string[] } };
      const f = body.finalizeUploadRequest;
      const video = state.videos.get(f?.video ?? '');
      if (!video || f?.uploadToken === undefined) return error(422, 'UNPROCESSABLE_ENTITY', 'video and uploadToken required');
      if (JSON.stringify(f.uploadedPartIds) !== JSON.stringify(video.parts.map((p) => p.etag)))
        return error(400, 'BAD_REQUEST', 'uploadedPartIds do not match the uploaded parts');
      video.status = 'PROCESSING';
      return { status: 200 };
    }
    const videoPath = /^videos\/(.+)$/.exec(rest);
    if (req.method === 'GET' && videoPath) {
      const urn = decodeURIComponent(videoPath[1]!);
      const video = state.videos.get(urn);
      if (!video) return error(404, 'NOT_FOUND', 'no such video');
      if (video.status === 'PROCESSING') {
        if (video.pollsLeft > 0) video.pollsLeft--;
        else video.status = video.failure ? 'PROCESSING_FAILED' : 'AVAILABLE';
      }
      return {
        status: 200,
        json: { id: urn, owner: video.owner, status: video.status, ...(video.status === 'PROCESSING_FAILED' && { processingFailureReason: video.failure }) },
      };
    }
    if (req.method === 'POST' && rest === 'posts') {
      const body = (await req.body.json()) as Record<string, unknown> & { content?: { media?: { id: string }; multiImage?: { images: { id: string }[] } } };
      if (typeof body.author !== 'string' || body.lifecycleState !== 'PUBLISHED' || !body.distribution || body.visibility !== 'PUBLIC')
        return error(422, 'UNPROCESSABLE_ENTITY', 'missing required fields');
      const ids = [body.content?.media?.id, ...(body.content?.multiImage?.images.map((i) => i.id) ?? [])].filter(Boolean) as string[];
      const ready = (id: string) => (id.startsWith('urn:li:video:') ? state.videos.get(id)?.status === 'AVAILABLE' : state.images.get(id)?.uploaded);
      if (ids.some((id) => !ready(id))) return error(422, 'UNPROCESSABLE_ENTITY', 'media not uploaded or not available');
      if (body.content?.multiImage && body.content.multiImage.images.length < 2)
        return error(422, 'UNPROCESSABLE_ENTITY', 'multiImage needs at least 2 images');
      const urn = `urn:li:share:${7000 + ++n}`;
      state.posts.set(urn, body);
      return { status: 201, headers: { 'x-restli-id': urn } };
    }
    if (req.method === 'GET' && rest === 'posts' && req.url.searchParams.get('q') === 'author') {
      // The organisation's posts, newest first (Posts API "find posts by authors").
      const author = req.url.searchParams.get('author');
      const elements = [...state.posts.entries()]
        .reverse()
        .filter(([, p]) => p.author === author)
        .map(([id, p]) => ({ id, author: p.author, commentary: p.commentary, lifecycleState: 'PUBLISHED' }));
      return { status: 200, json: { elements: elements.slice(0, Number(req.url.searchParams.get('count') ?? 10)), paging: { start: 0, count: 20 } } };
    }
    const del = /^posts\/(.+)$/.exec(rest);
    if (req.method === 'DELETE' && del) {
      const urn = decodeURIComponent(del[1]!);
      if (!urn.startsWith('urn:li:')) return null;
      state.posts.delete(urn);
      return { status: 204 };
    }
    return null;
  };
  const server = await startFake(handle);
  return {
    ...server,
    state,
    env: { LINKEDIN_CLIENT_ID: LINKEDIN.clientId, LINKEDIN_CLIENT_SECRET: LINKEDIN.clientSecret, LINKEDIN_API_URL: server.url, LINKEDIN_AUTH_URL: server.url },
  };
}
