/**
 * The full local Bluesky network for tests: PLC directory, PDS and the AppView (@atproto/bsky)
 * from @atproto/dev-env, on loopback, with the AppView's index on a throwaway PostgreSQL.
 *
 * The servers need Node 22, so they run in their own npm project, test/bluesky/harness, whose
 * dependency `node@22` supplies the binary; the tests themselves stay on the machine's Node.
 *
 * One network serves a whole `bluesky` project run: test/support/bluesky-global-setup.ts starts
 * it and `blueskyNetwork()` in a test file connects to it (test files run one after another;
 * each makes its own accounts). Outside that project `blueskyNetwork()` starts a network of its
 * own (with its own PostgreSQL), which stop() ends.
 *
 * Other accounts act through `BlueskyActor` (post, reply, mention, quote, like, repost, follow),
 * and `waitFor`/`waitForIndexed` poll with a deadline until the AppView has indexed what they did
 * (it reads the PDS's firehose asynchronously, usually within a second).
 */
import { randomBytes } from 'node:crypto';
import { AtpAgent, RichText } from '@atproto/api';
import { inject } from 'vitest';
import { startBlueskyNetworkProcess, type BlueskyNetworkAddress, type BlueskyNetworkProcess } from './bluesky-network-process';

export { installBlueskyHarness, type BlueskyNetworkAddress } from './bluesky-network-process';

export interface BlueskyTestAccount {
  handle: string;
  did: string;
  password: string;
  appPassword: string;
}

/** A post's strong reference (what replies, quotes, likes and reposts point at). */
export interface PostRef {
  uri: string;
  cid: string;
}

/** Another account on the network, acting as a person would through its PDS. */
export interface BlueskyActor extends BlueskyTestAccount {
  agent: AtpAgent;
  post(text: string): Promise<PostRef>;
  /** A reply to `parent` (its thread root is looked up); `@handle`s in the text become mentions.
   *  `createdAt` backdates it (a late-arriving record: the AppView sorts it by its creation time). */
  reply(parent: PostRef | string, text: string, opts?: { createdAt?: string }): Promise<PostRef>;
  /** A post quoting `quoted`. */
  quote(quoted: PostRef | string, text: string): Promise<PostRef>;
  like(subject: PostRef | string): Promise<void>;
  repost(subject: PostRef | string): Promise<void>;
  follow(did: string): Promise<void>;
}

export interface BlueskyNetwork extends BlueskyNetworkAddress {
  /** The PDS address (same as pdsUrl), as the older PDS-only helper called it. */
  url: string;
  /** Creates an account; `name` may be a bare name ("alice") or end in ".test". A taken name gets a suffix. */
  createAccount(name: string): Promise<BlueskyTestAccount>;
  /** Creates an account and logs it in, ready to act. */
  createActor(name: string): Promise<BlueskyActor>;
  /** Polls `check` until it returns something other than undefined/null/false, or fails after the deadline. */
  waitFor<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs?: number): Promise<T>;
  /**
   * Waits until the AppView knows these posts (getPosts returns each). Let others react to a post
   * only once it is indexed, as a person would: the AppView indexes repositories in parallel, and
   * a reply indexed before the post it answers notifies that post's author only once in all.
   */
  waitForIndexed(...uris: string[]): Promise<void>;
  /**
   * Likes and reposts `post`, one at a time, each counted by the AppView before the next. The AppView
   * recounts a post after every like or repost in a background queue; two recounts that overlap can
   * leave a total one short for good, so reactions from several accounts at once make counts flaky.
   */
  react(post: string, reactions: Array<{ by: BlueskyActor; act: 'like' | 'repost' }>): Promise<void>;
  /** Stops the network if this file started it; a no-op for the run's shared network. */
  stop(): Promise<void>;
}

let ownNetwork: Promise<BlueskyNetworkProcess> | null = null;

/** The network for this test file: the run's shared one, or (outside the bluesky project) one of its own. */
export async function blueskyNetwork(): Promise<BlueskyNetwork> {
  const shared = inject('blueskyNetwork') ?? null;
  let address: BlueskyNetworkAddress;
  let stop: () => Promise<void>;
  if (shared) {
    address = shared;
    stop = async () => {};
  } else {
    ownNetwork ??= startBlueskyNetworkProcess({ databaseUrl: inject('databaseUrl') || undefined });
    const own = await ownNetwork;
    address = own;
    stop = async () => {
      ownNetwork = null;
      await own.stop();
    };
  }
  return networkClient(address, stop);
}

function networkClient(address: BlueskyNetworkAddress, stop: () => Promise<void>): BlueskyNetwork {
  const url = address.pdsUrl;

  async function createAccount(name: string): Promise<BlueskyTestAccount> {
    const base = name.replace(/\.test$/, '');
    for (let attempt = 0; attempt < 5; attempt++) {
      const handle = attempt === 0 ? `${base}.test` : `${base.slice(0, 12)}-${randomBytes(3).toString('hex').slice(0, 5)}.test`;
      const password = randomBytes(12).toString('hex');
      const res = await xrpcPost(url, 'com.atproto.server.createAccount', { handle, email: `${handle.replace(/\./g, '-')}@example.com`, password });
      if (res.status === 400 && /HandleNotAvailable|already taken/i.test(res.text)) continue;
      if (!res.ok) throw new Error(`com.atproto.server.createAccount answered ${res.status}: ${res.text}`);
      const created = JSON.parse(res.text) as { did: string; handle: string; accessJwt: string };
      const app = await xrpcPost(url, 'com.atproto.server.createAppPassword', { name: 'zorgpost-test' }, created.accessJwt);
      if (!app.ok) throw new Error(`com.atproto.server.createAppPassword answered ${app.status}: ${app.text}`);
      return { handle: created.handle, did: created.did, password, appPassword: (JSON.parse(app.text) as { password: string }).password };
    }
    throw new Error(`no free handle for ${name}`);
  }

  async function waitFor<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 45_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let pause = 50;
    let lastError: unknown;
    for (;;) {
      try {
        const value = await check();
        if (value !== undefined && value !== null && value !== false) return value;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() >= deadline) {
        throw new Error(`waited ${timeoutMs} ms for ${what}${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`);
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 500);
    }
  }

  const appView = new AtpAgent({ service: address.bskyUrl });

  async function waitForIndexed(...uris: string[]): Promise<void> {
    for (let i = 0; i < uris.length; i += 25) {
      const batch = uris.slice(i, i + 25);
      await waitFor(`the AppView to index ${batch.join(', ')}`, async () => {
        const { data } = await appView.app.bsky.feed.getPosts({ uris: batch });
        return data.posts.length === batch.length;
      });
    }
  }

  async function react(post: string, reactions: Array<{ by: BlueskyActor; act: 'like' | 'repost' }>): Promise<void> {
    const counts = async () => {
      const { data } = await appView.app.bsky.feed.getPosts({ uris: [post] });
      return { like: data.posts[0]?.likeCount ?? 0, repost: data.posts[0]?.repostCount ?? 0 };
    };
    await waitForIndexed(post);
    for (const { by, act } of reactions) {
      const want = (await counts())[act] + 1;
      await by[act](post);
      await waitFor(`the AppView to count ${want} ${act}s of ${post}`, async () => (await counts())[act] === want);
    }
  }

  async function createActor(name: string): Promise<BlueskyActor> {
    const account = await createAccount(name);
    const agent = new AtpAgent({ service: url });
    await agent.login({ identifier: account.handle, password: account.password });
    const refOf = async (subject: PostRef | string): Promise<PostRef> => {
      if (typeof subject !== 'string') return subject;
      const [, repo, collection, rkey] = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(subject) ?? [];
      if (!repo || !collection || !rkey) throw new Error(`not an at:// record address: ${subject}`);
      const { data } = await agent.com.atproto.repo.getRecord({ repo, collection, rkey });
      return { uri: data.uri, cid: data.cid! };
    };
    const create = async (text: string, extra: Record<string, unknown> = {}): Promise<PostRef> => {
      const rt = new RichText({ text });
      await rt.detectFacets(agent);
      const { uri, cid } = await agent.post({ text: rt.text, facets: rt.facets, createdAt: new Date().toISOString(), ...extra });
      return { uri, cid };
    };
    return {
      ...account,
      agent,
      post: (text) => create(text),
      async reply(parent, text, opts) {
        const parentRef = await refOf(parent);
        const [, repo, , rkey] = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(parentRef.uri)!;
        const { data } = await agent.com.atproto.repo.getRecord({ repo: repo!, collection: 'app.bsky.feed.post', rkey: rkey! });
        const root = (data.value as { reply?: { root: PostRef } }).reply?.root ?? parentRef;
        return create(text, { reply: { root, parent: parentRef }, ...(opts?.createdAt && { createdAt: opts.createdAt }) });
      },
      async quote(quoted, text) {
        return create(text, { embed: { $type: 'app.bsky.embed.record', record: await refOf(quoted) } });
      },
      async like(subject) {
        const ref = await refOf(subject);
        await agent.like(ref.uri, ref.cid);
      },
      async repost(subject) {
        const ref = await refOf(subject);
        await agent.repost(ref.uri, ref.cid);
      },
      async follow(did) {
        await agent.follow(did);
      },
    };
  }

  return { ...address, url, createAccount, createActor, waitFor, waitForIndexed, react, stop };
}

async function xrpcPost(base: string, nsid: string, body: unknown, token?: string): Promise<{ ok: boolean; status: number; text: string }> {
  const res = await fetch(`${base}/xrpc/${nsid}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { ok: res.ok, status: res.status, text: await res.text() };
}
