// The Meta inbox tests' common ground: a test app beside the Graph contract server
// (test/support/fake-meta-comments.ts) for a test file, signed webhook deliveries, and Facebook Page or
// Instagram account channels connected to the server's page and account, with a fresh name and slug each time.
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { channels } from '../../src/db/schema.ts';
import type { Outbound } from '../../src/net/safe-fetch.ts';
import { FB_PAGE, type FakeMetaComments, IG, startFakeMetaComments } from './fake-meta-comments.ts';
import { createTestApp, type TestApp } from './test-app.ts';

export async function insertMetaChannel(t: TestApp, orgId: string, type: 'facebook' | 'instagram'): Promise<string> {
  const settings =
    type === 'facebook'
      ? { pageId: FB_PAGE.id, pageName: FB_PAGE.name }
      : { igUserId: IG.id, username: IG.username, pageId: FB_PAGE.id, pageName: FB_PAGE.name };
  const [row] = await t.database.db
    .insert(channels)
    .values({
      orgId,
      type,
      name: `${type} ${randomUUID().slice(0, 4)}`,
      slug: `${type}-${randomUUID().slice(0, 6)}`,
      settings,
      credentials: t.deps.secrets.seal({ pageToken: FB_PAGE.token }),
    })
    .returning();
  return row!.id;
}

export interface MetaInbox {
  readonly t: TestApp;
  /** The Graph contract server; a request it did not expect fails the test that made it. */
  readonly meta: FakeMetaComments;
  db(): TestApp['database']['db'];
  deps(): { secrets: TestApp['deps']['secrets']; net: Outbound };
  /** X-Hub-Signature-256 of a raw body, with the app's secret unless another is given. */
  sign(raw: string, secret?: string): string;
  /** A POST to /hooks/meta as Meta sends it: signed over the raw body (`signature: null`: unsigned). */
  deliver(body: unknown, opts?: { signature?: string | null; raw?: string }): Response | Promise<Response>;
}

/**
 * Registers the file's hooks; call it once at the top of a test file. The contract server starts first
 * and its addresses and app credentials go into the environment before the app is made (`env`: the
 * app's own settings besides private targets, which the local server needs).
 */
export function withMetaInbox(env: Record<string, string> = {}): MetaInbox {
  let t: TestApp;
  let meta: FakeMetaComments;
  beforeAll(async () => {
    meta = await startFakeMetaComments();
    Object.assign(process.env, meta.env);
    t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true', ...env });
  });
  afterEach(() => expect(meta.unexpected).toEqual([]));
  afterAll(async () => {
    await meta?.close();
    await t?.close();
  });
  const sign = (raw: string, secret = meta.env.META_APP_SECRET) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
  return {
    get t() {
      return t;
    },
    get meta() {
      return meta;
    },
    db: () => t.database.db,
    deps: () => ({ secrets: t.deps.secrets, net: t.deps.net }),
    sign,
    deliver(body, opts = {}) {
      const raw = opts.raw ?? JSON.stringify(body);
      const signature = opts.signature === undefined ? sign(raw) : opts.signature;
      return t.app.request('/hooks/meta', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature !== null && { 'x-hub-signature-256': signature }) },
        body: raw,
      });
    },
  };
}
