// Writes a consistent backup of an installation: every table read in one REPEATABLE READ
// snapshot (so a post and its variants always belong together), the media files the rows point
// to, the signed consent forms (still sealed), and the secret key that unlocks the network credentials. The same format for PGlite and
// PostgreSQL, which is also how an installation moves from the embedded database to a server.
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { create as createTar } from 'tar';
import type { Db } from '../../db/client';
import { latestAppliedMigration } from '../../db/schema-version';
import { formsDir } from '../consent/consent-files';
import { BACKUP_FORMAT, type BackupManifest, sha256, tablesInDependencyOrder } from './backup-format';

const PAGE = 5000;

export async function writeBackup(db: Db, opts: { mediaDir: string; secretKey: string; file: string }): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'zorgpost-backup-'));
  try {
    await mkdir(path.join(staging, 'db'));
    await mkdir(path.join(staging, 'media'));
    await mkdir(path.join(staging, 'consent-forms'));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      schema: 0,
      tables: [],
      media: [],
      forms: [],
      secretSha256: sha256(opts.secretKey),
    };
    const mediaKeys: string[] = [];
    const formKeys: string[] = [];
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      manifest.schema = await latestAppliedMigration(tx as unknown as Db);
      for (const table of tablesInDependencyOrder()) {
        const lines: string[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const page = (await tx.execute(
            sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(table)} t ORDER BY ctid LIMIT ${PAGE} OFFSET ${offset}`,
          )) as unknown as { rows: { j: string }[] };
          for (const r of page.rows) lines.push(r.j);
          if (page.rows.length < PAGE) break;
        }
        const body = lines.length ? `${lines.join('\n')}\n` : '';
        await writeFile(path.join(staging, 'db', `${table}.jsonl`), body);
        manifest.tables.push({ name: table, rows: lines.length, sha256: sha256(body) });
        if (table === 'media') for (const line of lines) mediaKeys.push((JSON.parse(line) as { storage_key: string }).storage_key);
        if (table === 'consent_files') for (const line of lines) formKeys.push((JSON.parse(line) as { storage_key: string }).storage_key);
      }
    });
    for (const key of mediaKeys) {
      const bytes = await readFile(path.join(opts.mediaDir, key));
      await mkdir(path.dirname(path.join(staging, 'media', key)), { recursive: true });
      await writeFile(path.join(staging, 'media', key), bytes);
      manifest.media.push({ key, bytes: bytes.length, sha256: sha256(bytes) });
    }
    // Signed consent forms are copied as stored: sealed with the secret key that travels alongside.
    for (const key of formKeys) {
      const bytes = await readFile(path.join(formsDir(opts.mediaDir), key));
      await mkdir(path.dirname(path.join(staging, 'consent-forms', key)), { recursive: true });
      await writeFile(path.join(staging, 'consent-forms', key), bytes);
      manifest.forms!.push({ key, bytes: bytes.length, sha256: sha256(bytes) });
    }
    await writeFile(path.join(staging, 'secret.key'), `${opts.secretKey}\n`, { mode: 0o600 });
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    // Written next to the target and renamed: a backup file either exists whole or not at all.
    // Created owner-only before tar writes into it: the file holds the secret key.
    const partial = `${opts.file}.partial`;
    await writeFile(partial, '', { mode: 0o600 });
    await createTar({ gzip: true, file: partial, cwd: staging, portable: true }, ['manifest.json', 'secret.key', 'db', 'media', 'consent-forms']);
    await rename(partial, opts.file);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
