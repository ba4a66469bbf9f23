// Back up an installation, restore it elsewhere and compare every table and file; a damaged
// backup and a non-empty target are refused before anything is written; a post that was being
// sent at backup time comes back unconfirmed (looked up, never sent twice).
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { create as createTar, extract } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { auditEvents, media, postMedia } from '../../src/db/schema.ts';
import { recordAudit } from '../../src/features/audit/record-audit.ts';
import { readConsentFile, storeConsentFile } from '../../src/features/consent/consent-files.ts';
import { createPerson } from '../../src/features/consent/people.ts';
import { authorize, openOrgScope } from '../../src/features/org-scope.ts';
import { secretBox } from '../../src/features/secrets.ts';
import { tablesInDependencyOrder } from '../../src/features/ops/backup-format.ts';
import { RestoreError, restoreBackup } from '../../src/features/ops/restore-backup.ts';
import { writeBackup } from '../../src/features/ops/write-backup.ts';
import { buildPost, buildWebhookChannel } from '../support/post-factory.ts';
import { buildOrg, createTestApp, type TestApp, type TestOrg } from '../support/test-app.ts';

const SECRET = randomBytes(32).toString('hex');
let source: TestApp;
let org: TestOrg;
let tmp: string;
let file: string;
let publishingId: string;
const image = randomBytes(2048);
// A signed consent form: a PDF's magic bytes and some body, sealed with the backup's key.
const form = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(1024)]);
let formId: string;

async function dumpTable(db: Db, table: string): Promise<string[]> {
  const result = (await db.execute(sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(table)} t`)) as unknown as { rows: { j: string }[] };
  return result.rows.map((r) => r.j).sort();
}

beforeAll(async () => {
  source = await createTestApp();
  org = await buildOrg(source);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'zp-backup-test-'));
  const db = source.database.db;
  await buildWebhookChannel(db, org.id, 'https://intranet.example/hook', source.deps.secrets);
  await buildPost(db, { orgId: org.id, channelIds: [org.channelId], status: 'published', text: 'Gepubliceerd: griepprik vanaf maandag' });
  await buildPost(db, { orgId: org.id, channelIds: [org.channelId], status: 'scheduled', scheduledAt: new Date('2027-01-04T08:00:00Z') });
  publishingId = await buildPost(db, { orgId: org.id, channelIds: [org.channelId], status: 'scheduled', text: 'Wordt net verstuurd' });
  await db.execute(
    sql`UPDATE posts SET status = 'publishing', lease_owner = 'w1', lease_expires_at = now() + interval '30 seconds' WHERE id = ${publishingId}`,
  );
  const storageKey = `${org.id}/foto.png`;
  await mkdir(path.join(source.deps.mediaDir, org.id), { recursive: true });
  await writeFile(path.join(source.deps.mediaDir, storageKey), image);
  const [m] = await db
    .insert(media)
    .values({ orgId: org.id, fileName: 'foto.png', mimeType: 'image/png', sizeBytes: image.length, altText: 'De nieuwe entree', storageKey })
    .returning();
  await db.insert(postMedia).values({ postId: publishingId, mediaId: m!.id, orgId: org.id, position: 0 });
  await recordAudit(db, { orgId: org.id, actorId: org.users.admin.id, action: 'crisis.paused', detail: { reason: 'test' } });
  const scope = authorize(await openOrgScope(db, org.id, org.users.admin.id), 'consent.manage');
  const person = await createPerson(scope, { name: 'Mevrouw Jansen', kind: 'client' });
  formId = (
    await storeConsentFile(scope, person.id, new File([form], 'formulier.pdf', { type: 'application/pdf' }), {
      mediaDir: source.deps.mediaDir,
      maxBytes: 1_000_000,
      secrets: secretBox(SECRET),
    })
  ).id;
  file = path.join(tmp, 'backup.tar.gz');
  await writeBackup(db, { mediaDir: source.deps.mediaDir, secretKey: SECRET, file });
});

afterAll(async () => {
  await source.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes one owner-only file', async () => {
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('restores into an empty installation with every row and file, the key, and the sending post unconfirmed', async () => {
    const target = await createTestApp();
    try {
      const keyFile = path.join(tmp, 'restored-secret.key');
      const { unconfirmed } = await restoreBackup(file, { db: target.database.db, mediaDir: target.deps.mediaDir, secretKeyFile: keyFile });
      expect(unconfirmed).toBe(1);
      for (const table of tablesInDependencyOrder()) {
        const before = await dumpTable(source.database.db, table);
        const after = await dumpTable(target.database.db, table);
        if (table === 'posts' || table === 'post_events') continue; // compared below
        expect(after, table).toEqual(before);
      }
      const posts = await dumpTable(target.database.db, 'posts');
      expect(posts).toHaveLength(3);
      const restored = posts.map((p) => JSON.parse(p) as { id: string; status: string; lease_owner: string | null });
      expect(restored.find((p) => p.id === publishingId)).toMatchObject({ status: 'unconfirmed', lease_owner: null });
      expect(restored.filter((p) => p.status === 'publishing')).toEqual([]);
      const events = await target.database.db.execute(sql`SELECT action, reason FROM post_events WHERE post_id = ${publishingId}`);
      expect((events as unknown as { rows: unknown[] }).rows).toContainEqual({ action: 'restored', reason: 'system:restored_while_publishing' });
      expect(await readFile(path.join(target.deps.mediaDir, `${org.id}/foto.png`))).toEqual(image);
      expect((await readFile(keyFile, 'utf8')).trim()).toBe(SECRET);
      const audit = await target.database.db.select().from(auditEvents);
      expect(audit.map((a) => a.action)).toContain('crisis.paused');
      // The signed consent form comes back and opens with the restored key.
      const restoredScope = authorize(await openOrgScope(target.database.db, org.id, org.users.admin.id), 'consent.manage');
      const restoredKey = (await readFile(keyFile, 'utf8')).trim();
      const read = await readConsentFile(restoredScope, formId, { mediaDir: target.deps.mediaDir, secrets: secretBox(restoredKey) });
      expect(read.bytes).toEqual(form);
      expect(read.fileName).toBe('formulier.pdf');
    } finally {
      await target.close();
    }
  });

  it('refuses a damaged file and an altered table before writing anything', async () => {
    const target = await createTestApp();
    try {
      const bytes = await readFile(file);
      bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
      const damaged = path.join(tmp, 'damaged.tar.gz');
      await writeFile(damaged, bytes);
      await expect(restoreBackup(damaged, { db: target.database.db, mediaDir: target.deps.mediaDir })).rejects.toThrow(RestoreError);

      // A well-formed archive whose posts were edited after the backup: the checksum tells.
      const unpacked = path.join(tmp, 'unpacked');
      await mkdir(unpacked);
      await extract({ file, cwd: unpacked });
      const postsFile = path.join(unpacked, 'db/posts.jsonl');
      await writeFile(postsFile, (await readFile(postsFile, 'utf8')).replace('griepprik', 'GRIEPPRIK'));
      const altered = path.join(tmp, 'altered.tar.gz');
      await createTar({ gzip: true, file: altered, cwd: unpacked }, ['manifest.json', 'secret.key', 'db', 'media', 'consent-forms']);
      await expect(restoreBackup(altered, { db: target.database.db, mediaDir: target.deps.mediaDir })).rejects.toThrow(/damaged.*db\/posts\.jsonl/);

      expect(await dumpTable(target.database.db, 'organisations')).toEqual([]);
      expect(await dumpTable(target.database.db, 'posts')).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('refuses to restore over an installation that has data', async () => {
    await expect(restoreBackup(file, { db: source.database.db, mediaDir: path.join(tmp, 'empty-media') })).rejects.toThrow(/not empty/);
  });
});
