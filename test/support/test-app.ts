// The whole HTTP application in-process on a fresh database, with factories that build what a
// test needs (each test makes its own organisation, so tests never depend on each other).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.ts';
import { checklists, channels, memberships, organisations, users } from '../../src/db/schema.ts';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { secretBox } from '../../src/features/secrets.ts';
import { createApp, type App } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/env.ts';
import { outbound } from '../../src/net/safe-fetch.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export interface TestApp {
  app: App;
  database: TestDatabase;
  deps: AppDeps;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}, opts: { webDir?: string } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zp-test-'));
  const config = loadConfig({ ZORGPOST_DATA: dir, PUBLIC_URL: 'https://zorg.example', ...env });
  const deps: AppDeps = {
    db: database.db,
    config,
    mediaDir: path.join(dir, 'media'),
    secrets: secretBox(randomBytes(32).toString('hex')),
    net: outbound({ allowPrivate: config.ZORGPOST_ALLOW_PRIVATE_TARGETS }),
    webDir: opts.webDir,
  };
  return {
    app: createApp(deps),
    database,
    deps,
    async close() {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface TestOrg {
  id: string;
  slug: string;
  channelId: string;
  channelSlug: string;
  users: Record<Role, { id: string; email: string }>;
}

/** An organisation with one person per role and an active website channel. */
export async function buildOrg(t: TestApp, opts: { timeZone?: string; checklist?: 'default' } = {}): Promise<TestOrg> {
  passwordHash ??= hashPassword(PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const db = t.database.db;
  const [org] = await db
    .insert(organisations)
    .values({ slug: `org-${tag}`, name: `Zorg ${tag}`, timeZone: opts.timeZone ?? 'Europe/Amsterdam' })
    .returning();
  const people = {} as TestOrg['users'];
  for (const role of ROLES) {
    const email = `${role}-${tag}@example.nl`;
    const [user] = await db
      .insert(users)
      .values({ email, name: `${role} ${tag}`, passwordHash: await passwordHash })
      .returning();
    await db.insert(memberships).values({ orgId: org!.id, userId: user!.id, role });
    people[role] = { id: user!.id, email };
  }
  const [channel] = await db.insert(channels).values({ orgId: org!.id, type: 'website', name: 'Website', slug: 'nieuws' }).returning();
  // An empty pre-publication checklist, so tests of other things approve in one step; a real
  // organisation starts with the default set (checklist: 'default' here).
  if (opts.checklist !== 'default') await db.insert(checklists).values({ orgId: org!.id, questions: [] });
  return { id: org!.id, slug: org!.slug, channelId: channel!.id, channelSlug: channel!.slug, users: people };
}

export interface Client {
  cookie: string;
  csrf: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  del(url: string): Promise<Response>;
}

/** Logs in through the API and returns a client that sends the session cookie and CSRF token. */
export async function loginAs(t: TestApp, email: string, password = PASSWORD): Promise<Client> {
  const res = await t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const client: Client = {
    cookie,
    csrf: csrfToken,
    request(method, url, body, headers = {}) {
      const isForm = body instanceof FormData;
      return Promise.resolve(
        t.app.request(url, {
          method,
          headers: {
            cookie,
            'x-csrf-token': csrfToken,
            ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
            ...headers,
          },
          body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
        }),
      );
    },
    get: (url) => client.request('GET', url),
    post: (url, body) => client.request('POST', url, body),
    patch: (url, body) => client.request('PATCH', url, body),
    del: (url) => client.request('DELETE', url),
  };
  return client;
}

/** A local wall-clock time `days` from now, in the organisation's zone format. */
export function localIn(days: number, time = '10:00'): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${time}`;
}

// The smallest valid PNG (1×1 pixel), for upload tests.
export const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export function imageForm(bytes: Buffer, altText: string, name = 'foto.png', type = 'image/png'): FormData {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  form.set('altText', altText);
  return form;
}
