// The engine sending a scheduled post with a video to a Facebook Page (contract server:
// test/support/fake-meta.ts): the stored file's measurements reach the adapter, the video goes out
// once after Facebook's processing; a video Facebook cannot process fails the post for good.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mediaPolling } from '../../src/channels/media-polling';
import { channels, media, postMedia } from '../../src/db/schema';
import { systemScope } from '../../src/features/org-scope';
import { claimDuePosts } from '../../src/features/publishing/claim-due-posts';
import { publishClaimedPost } from '../../src/features/publishing/publish-claimed-post';
import { PAGE, startFakeMeta } from '../support/fake-meta';
import { buildPost, postRow } from '../support/post-factory';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app';
import { tinyMp4 } from '../support/tiny-video';

let t: TestApp;
let org: TestOrg;
let meta: Awaited<ReturnType<typeof startFakeMeta>>;
let channelId: string;

beforeAll(async () => {
  meta = await startFakeMeta();
  Object.assign(process.env, meta.env);
  mediaPolling.scale = 0;
  t = await createTestApp({ ZORGPOST_ALLOW_PRIVATE_TARGETS: 'true' });
  org = await buildOrg(t);
  const [row] = await t.database.db
    .insert(channels)
    .values({
      orgId: org.id,
      type: 'facebook',
      name: 'Facebook',
      slug: 'fb-video',
      settings: { pageId: PAGE.id, pageName: PAGE.name },
      credentials: t.deps.secrets.seal({ pageToken: PAGE.token }),
    })
    .returning();
  channelId = row!.id;
});
afterEach(() => expect(meta.unexpected).toEqual([]));
afterAll(async () => {
  mediaPolling.scale = 1;
  await meta.close();
  await t.close();
});

const scope = () => systemScope(t.database.db, { id: org.id, slug: org.slug, timeZone: 'Europe/Amsterdam' });
const due = async (id: string) => (await claimDuePosts(t.database.db, 'w', 100)).filter((c) => c.id === id);

async function videoPost(text: string, name: string) {
  const bytes = tinyMp4({ seconds: 30 });
  await mkdir(path.join(t.deps.mediaDir, org.id), { recursive: true });
  const storageKey = path.join(org.id, name);
  await writeFile(path.join(t.deps.mediaDir, storageKey), bytes);
  const [m] = await t.database.db
    .insert(media)
    .values({
      orgId: org.id,
      fileName: name,
      mimeType: 'video/mp4',
      sizeBytes: bytes.length,
      width: 1080,
      height: 1920,
      durationMs: 30_000,
      altText: 'Rondleiding',
      storageKey,
    })
    .returning();
  const id = await buildPost(t.database.db, { orgId: org.id, channelIds: [channelId], text });
  await t.database.db.insert(postMedia).values({ orgId: org.id, postId: id, mediaId: m!.id, position: 0 });
  return { id, bytes };
}

describe('engine with a video', () => {
  it('sends a scheduled video post once, after Facebook has processed it', async () => {
    meta.state.videoPlan = { polls: 2 };
    const { id, bytes } = await videoPost('Rondleiding door de nieuwe polikliniek', 'rondleiding.mp4');
    expect(await due(id)).toHaveLength(1);
    await publishClaimedPost(scope(), id, { worker: 'w', mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net });
    expect((await postRow(t.database.db, id)).status).toBe('published');
    const sent = [...meta.state.videos.values()].filter((v) => v.description === 'Rondleiding door de nieuwe polikliniek');
    expect(sent).toEqual([expect.objectContaining({ bytes: bytes.length })]);
    expect(await due(id)).toEqual([]);
  });

  it('fails the post for good when Facebook cannot process the video', async () => {
    meta.state.videoPlan = { polls: 1, failure: 'The video could not be decoded.' };
    const { id } = await videoPost('Kapotte video', 'kapot.mp4');
    await due(id);
    await publishClaimedPost(scope(), id, { worker: 'w', mediaDir: t.deps.mediaDir, secrets: t.deps.secrets, net: t.deps.net });
    expect((await postRow(t.database.db, id)).status).toBe('failed');
    expect(await due(id)).toEqual([]);
  });
});
