// The HTTP layer as an attacker or a careless client meets it: request bodies are limited before
// they are read, text that PostgreSQL cannot store is a 422 naming the field, impossible dates are
// a 422, a 500's log line holds no query parameters, and the security headers and error format
// hold on every answer.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { log } from '../../src/log/logger.ts';
import { posts } from '../../src/db/schema.ts';
import { describeError } from '../../src/db/describe-error.ts';
import { buildOrg, createTestApp, imageForm, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

let t: TestApp;
let org: TestOrg;
let admin: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  admin = await loginAs(t, org.users.admin.email);
  base = `/api/orgs/${org.id}`;
});
afterAll(() => t.close());

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;
async function postRows(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(posts).where(eq(posts.orgId, org.id));
  return row!.n;
}

describe('body size limit on /api (finding 8)', () => {
  let url: URL;
  let server: ReturnType<typeof serve>;
  beforeAll(async () => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A raw HTTP request over a real socket; `send` writes the body, the answer may come before it ends. */
  function raw(headers: Record<string, string>, send: (req: ReturnType<typeof httpRequest>) => void) {
    return new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
      const started = performance.now();
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: `${base}/posts`,
          method: 'POST',
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, ...headers },
        },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => {
            resolve({ status: res.statusCode!, body, ms: performance.now() - started });
            req.destroy();
          });
        },
      );
      req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(e)));
      send(req);
    });
  }

  it('answers a 600 MB Content-Length claim with 413 at once, without reading the body', async () => {
    const before = await postRows();
    const res = await raw({ 'content-type': 'application/json', 'content-length': String(600 * 1024 * 1024) }, (req) => {
      req.write('{"baseText":"');
      // The rest never comes: a server that waited for the body would hang here.
    });
    expect(res.status).toBe(413);
    expect(res.ms).toBeLessThan(3000);
    const body = JSON.parse(res.body) as ErrorBody;
    expect(body.error.code).toBe('body_too_large');
    expect(body.error.message).toBe('De aanvraag is te groot (maximaal 1024 kB).');
    expect(await postRows()).toBe(before);
  });

  it('stops a chunked 2 MB JSON body with 413 once it passes 1 MB', async () => {
    const before = await postRows();
    const res = await raw({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, (req) => {
      req.write('{"baseText":"');
      for (let i = 0; i < 32; i++) req.write('x'.repeat(64 * 1024));
      req.end('"}');
    });
    expect(res.status).toBe(413);
    expect((JSON.parse(res.body) as ErrorBody).error.code).toBe('body_too_large');
    expect(await postRows()).toBe(before);
  });

  it('still accepts an ordinary post, and the limit is configurable (API_BODY_MAX_BYTES)', async () => {
    expect((await admin.post(`${base}/posts`, { baseText: 'Gewoon bericht' })).status).toBe(201);
    const small = await createTestApp({ API_BODY_MAX_BYTES: '2000' });
    try {
      const smallOrg = await buildOrg(small);
      const client = await loginAs(small, smallOrg.users.admin.email);
      const res = await client.post(`/api/orgs/${smallOrg.id}/posts`, { baseText: 'x'.repeat(3000) });
      expect(res.status).toBe(413);
      expect((await errorOf(res)).code).toBe('body_too_large');
    } finally {
      await small.close();
    }
  });

  it('leaves media uploads their own, larger limit (MEDIA_MAX_BYTES)', async () => {
    const big = Buffer.concat([PNG_1PX, Buffer.alloc(1_500_000)]); // 1.5 MB: over the JSON limit
    const res = await admin.post(`${base}/media`, imageForm(big, 'Een groot plaatje'));
    expect(res.status).toBe(201);
  });
});

describe('text PostgreSQL cannot store, and impossible dates (finding 10)', () => {
  const NUL = 'Tekst met \u0000 erin';
  const LONE = 'Half teken \ud83d hier';

  it.each([
    ['post text', () => `${base}/posts`, 'POST', () => ({ baseText: NUL }), 'baseText'],
    ['variant text', () => `${base}/posts`, 'POST', () => ({ baseText: 'ok', variants: [{ channelId: org.channelId, text: LONE }] }), 'variants.0.text'],
    ['channel name', () => `${base}/channels/${org.channelId}`, 'PATCH', () => ({ name: NUL }), 'name'],
    ['queue name', () => `${base}/queues`, 'POST', () => ({ name: LONE, slots: [] }), 'name'],
    ['guard allow-list', () => `${base}/guard/settings`, 'PUT', () => ({ allow: { phones: ['\udc00'] } }), 'allow.phones.0'],
    ['a key of a record', () => `${base}/guard/settings`, 'PUT', () => ({ severities: { 'bsn\u0000': 'warn' } }), 'severities.bsn\u0000'],
    ['organisation name', () => base, 'PATCH', () => ({ name: `Zorg${'\u0000'}` }), 'name'],
  ] as const)('%s with U+0000 or a lone surrogate → 422 naming the field, nothing stored', async (_, url, method, body, field) => {
    const before = await postRows();
    const res = await admin.request(method, url(), body());
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([{ path: field, message: expect.stringContaining('U+0000') }]);
    expect(await postRows()).toBe(before);
  });

  it('alt text with U+0000 (JSON edit and multipart upload) → 422, not a 500', async () => {
    const image = (await (await admin.post(`${base}/media`, imageForm(PNG_1PX, 'Goed'))).json()) as { id: string };
    const edit = await admin.patch(`${base}/media/${image.id}`, { altText: 'Slecht\u0000' });
    expect(edit.status).toBe(422);
    expect((await errorOf(edit)).details?.[0]?.path).toBe('altText');
    const upload = await admin.post(`${base}/media`, imageForm(PNG_1PX, 'Ook \u0000 slecht'));
    expect(upload.status).toBe(422);
    expect((await errorOf(upload)).details?.[0]?.path).toBe('altText');
  });

  it('a well-formed emoji (a surrogate pair) is still fine', async () => {
    const res = await admin.post(`${base}/posts`, { baseText: 'Fijne dag 😀🧑‍⚕️' });
    expect(res.status).toBe(201);
  });

  it.each([
    '0000-01-01',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:30:00+01:00',
    '2026-01-01T24:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '+275760-09-13T00:00:00Z',
  ])('the post list with from=%s → 422 naming "from"', async (from) => {
    const res = await admin.get(`${base}/posts?from=${encodeURIComponent(from)}`);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).details?.map((d) => d.path)).toEqual(['from']);
  });

  it.each(['0000-01-01T10:00', '2030-01-01T24:00', '2030-01-01T23:60', '2030-00-10T10:00', '2030-01-32T10:00'])(
    'a planned time %s → 422 naming scheduledLocal, nothing stored',
    async (local) => {
      const before = await postRows();
      const res = await admin.post(`${base}/posts`, { baseText: 'Gepland', scheduledLocal: local });
      expect(res.status).toBe(422);
      expect((await errorOf(res)).details?.map((d) => d.path)).toEqual(['scheduledLocal']);
      expect(await postRows()).toBe(before);
    },
  );
});

describe('500 log lines (finding 11)', () => {
  it('name the SQL state and a request id, never the query parameters', async () => {
    // A constraint the application does not know about makes the insert fail in the database.
    await t.database.db.execute(sql.raw(`ALTER TABLE posts ADD CONSTRAINT zp_test_refuse CHECK (base_text NOT LIKE '%weiger-mij%')`));
    const lines: string[] = [];
    // The service's JSON log (src/log/logger.ts): every argument of every error line.
    const spy = vi.spyOn(log, 'error').mockImplementation(((...args: unknown[]) => {
      lines.push(
        args
          .map((a) =>
            typeof a === 'string'
              ? a
              : Object.values(a as object)
                  .map(String)
                  .join(' '),
          )
          .join(' '),
      );
    }) as typeof log.error);
    try {
      const secret = 'weiger-mij: mevrouw Jansen (jansen@example.nl), BSN 111222333, opgenomen op afdeling 3';
      const res = await admin.post(`${base}/posts`, { baseText: secret });
      expect(res.status).toBe(500);
      const error = await errorOf(res);
      expect(error.code).toBe('internal');
      const requestId = res.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const log = lines.join('\n');
      expect(log).toContain(requestId!);
      expect(log).toContain('SQLSTATE 23514');
      expect(log).toContain('insert into "posts"');
      for (const leak of ['jansen@example.nl', '111222333', 'mevrouw', 'weiger-mij', 'params:']) expect(log).not.toContain(leak);
    } finally {
      spy.mockRestore();
      await t.database.db.execute(sql.raw('ALTER TABLE posts DROP CONSTRAINT zp_test_refuse'));
    }
  });

  it('the worker and the CLI describe a failed query the same way (no parameters)', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      code: '23505',
      constraint: 'users_email_unique',
      detail: 'Key (email)=(jansen@example.nl) already exists.',
    });
    const failed = Object.assign(
      new Error('Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: jansen@example.nl,$argon2id$v=19$m=65536'),
      {
        query: 'insert into "users" ("email", "password_hash") values ($1, $2)',
        params: ['jansen@example.nl', '$argon2id$v=19$m=65536'],
        cause,
      },
    );
    const line = describeError(failed);
    expect(line).toContain('SQLSTATE 23505');
    expect(line).toContain('constraint users_email_unique');
    expect(line).toContain('values ($1, $2)');
    expect(line).not.toContain('jansen');
    expect(line).not.toContain('argon2');
  });
});

describe('headers and error format (finding 13)', () => {
  it('CSP forbids framing, foreign base URIs and form targets; HSTS is sent over https', async () => {
    const res = await t.app.request('/healthz');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('sends no HSTS when the public address is plain http', async () => {
    const plain = await createTestApp({ PUBLIC_URL: 'http://localhost:3000' });
    try {
      const res = await plain.app.request('/healthz');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    } finally {
      await plain.close();
    }
  });

  it('a wrong Content-Type → 415 in the JSON error format, nothing stored', async () => {
    const before = await postRows();
    const res = await admin.request('POST', `${base}/posts`, undefined, { 'content-type': 'text/plain' });
    const withBody = await t.app.request(`${base}/posts`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'text/plain' },
      body: '{"baseText":"platte tekst"}',
    });
    for (const r of [res, withBody]) {
      expect(r.status).toBe(415);
      expect(r.headers.get('content-type')).toContain('application/json');
      const error = await errorOf(r);
      expect(error.code).toBe('unsupported_media_type');
      expect(error.message).toContain('application/json');
    }
    expect(await postRows()).toBe(before);
  });

  it('a path outside the API that nothing serves → 404 in the JSON error format', async () => {
    const res = await t.app.request('/bestaat/niet', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({ code: 'not_found', message: 'This page was not found.' });
  });
});
