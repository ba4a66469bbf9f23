// A Facebook Page or Instagram account channel connected to the Meta contract server's page and account
// (test/support/fake-meta-comments.ts), with a fresh name and slug each time.
import { randomUUID } from 'node:crypto';
import { channels } from '../../src/db/schema.ts';
import { FB_PAGE, IG } from './fake-meta-comments.ts';
import type { TestApp } from './test-app.ts';

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
