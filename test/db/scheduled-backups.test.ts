// The serving process backs up its embedded database on a schedule read from the backup files
// themselves: the first soon after start, the next one an interval after the newest, old ones pruned.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../src/features/ops/restore-backup.ts';
import { startScheduledBackups } from '../../src/runtime/scheduled-backups.ts';
import { buildPost } from '../support/post-factory.ts';
import { buildOrg, createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(os.tmpdir(), 'zp-scheduled-'));
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe('scheduled backups of the embedded database', () => {
  it('writes the first backup soon after start, restorable, and prunes beyond the number to keep', async () => {
    const org = await buildOrg(t);
    await buildPost(t.database.db, { orgId: org.id, channelIds: [org.channelId], text: 'In de back-up' });
    const folder = path.join(dir, 'backups');
    await mkdir(folder);
    // Two old backups from last week: with keep=2 the oldest goes once the new one is written.
    for (const [i, days] of [
      [1, 8],
      [2, 7],
    ] as const) {
      const old = path.join(folder, `zorgpost-backup-old-${i}.tar.gz`);
      await writeFile(old, 'old');
      const at = new Date(Date.now() - days * 86_400_000);
      await utimes(old, at, at);
    }
    const lines: string[] = [];
    const backups = startScheduledBackups(t.database.db, {
      dir: folder,
      everyHours: 24,
      keep: 2,
      mediaDir: t.deps.mediaDir,
      secretKey: randomBytes(32).toString('hex'),
      log: (l) => lines.push(l),
      firstDelayMs: 10,
    });
    try {
      for (let i = 0; i < 200 && !lines.length; i++) await new Promise((r) => setTimeout(r, 50));
      expect(lines[0]).toMatch(/^backup written: .*zorgpost-backup-.*\.tar\.gz \(\d+ rows/);
      const names = (await readdir(folder)).sort();
      expect(names).toHaveLength(2);
      expect(names).toContain('zorgpost-backup-old-2.tar.gz');
      const fresh = names.find((n) => !n.includes('old'))!;

      const target = await createTestApp();
      try {
        await restoreBackup(path.join(folder, fresh), { db: target.database.db, mediaDir: target.deps.mediaDir });
        const rows = await target.database.db.execute(sql`SELECT base_text FROM posts`);
        expect(JSON.stringify(rows)).toContain('In de back-up');
      } finally {
        await target.close();
      }
    } finally {
      backups.stop();
    }
  });

  it('waits an interval after the newest backup, also after a restart', async () => {
    const folder = path.join(dir, 'recent');
    await mkdir(folder);
    await writeFile(path.join(folder, 'zorgpost-backup-recent.tar.gz'), 'made an hour ago');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path.join(folder, 'zorgpost-backup-recent.tar.gz'), hourAgo, hourAgo);
    const lines: string[] = [];
    const backups = startScheduledBackups(t.database.db, {
      dir: folder,
      everyHours: 24,
      keep: 7,
      mediaDir: t.deps.mediaDir,
      secretKey: 'k',
      log: (l) => lines.push(l),
      firstDelayMs: 10,
    });
    await new Promise((r) => setTimeout(r, 1500));
    backups.stop();
    expect(lines).toEqual([]);
    expect(await readdir(folder)).toEqual(['zorgpost-backup-recent.tar.gz']);
  });
});
