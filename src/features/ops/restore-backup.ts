// Restores a backup into an empty installation. Everything is checked before anything is written:
// the archive must unpack, every entry must match its checksum in the manifest, the schema must be
// the one this program ships, and the target must hold no organisation and no person. The rows go
// in inside one transaction; a post that was being sent when the backup was taken becomes
// "unconfirmed", so the worker looks it up on the network instead of sending it a second time.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { extract } from 'tar';
import type { Db } from '../../db/client';
import { latestKnownMigration } from '../../db/schema-version';
import { refreshStatistics } from '../../db/statistics';
import { formsDir } from '../consent/consent-files';
import { BACKUP_FORMAT, type BackupManifest, sha256, tablesInDependencyOrder } from './backup-format';

export class RestoreError extends Error {}

const BATCH = 1000;

async function unpackAndVerify(file: string, into: string): Promise<BackupManifest> {
  try {
    await extract({ file, cwd: into, strict: true });
  } catch (error) {
    throw new RestoreError(`${file} is not a readable Zorgpost backup (${(error as Error).message})`);
  }
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(into, 'manifest.json'), 'utf8')) as BackupManifest;
  } catch {
    throw new RestoreError(`${file} has no readable manifest.json: not a Zorgpost backup, or damaged`);
  }
  if (manifest.format !== BACKUP_FORMAT) throw new RestoreError(`backup format ${manifest.format} is not supported (expected ${BACKUP_FORMAT})`);
  const damaged: string[] = [];
  for (const t of manifest.tables) {
    const body = await readFile(path.join(into, 'db', `${t.name}.jsonl`)).catch(() => null);
    if (!body || sha256(body) !== t.sha256) damaged.push(`db/${t.name}.jsonl`);
  }
  for (const m of manifest.media) {
    const body = await readFile(path.join(into, 'media', m.key)).catch(() => null);
    if (!body || sha256(body) !== m.sha256) damaged.push(`media/${m.key}`);
  }
  for (const f of manifest.forms ?? []) {
    const body = await readFile(path.join(into, 'consent-forms', f.key)).catch(() => null);
    if (!body || sha256(body) !== f.sha256) damaged.push(`consent-forms/${f.key}`);
  }
  const secret = (await readFile(path.join(into, 'secret.key'), 'utf8').catch(() => '')).trim();
  if (sha256(secret) !== manifest.secretSha256) damaged.push('secret.key');
  if (damaged.length) throw new RestoreError(`the backup is damaged; these entries do not match their checksum: ${damaged.join(', ')}`);
  return manifest;
}

export interface RestoreTarget {
  db: Db;
  mediaDir: string;
  /** The key the target installation already uses (ZORGPOST_SECRET), if any. */
  configuredSecret?: string;
  /** Where the embedded installation keeps its generated key. */
  secretKeyFile?: string;
}

export async function restoreBackup(file: string, target: RestoreTarget): Promise<{ manifest: BackupManifest; unconfirmed: number }> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'zorgpost-restore-'));
  try {
    const manifest = await unpackAndVerify(file, work);
    if (manifest.schema !== latestKnownMigration()) {
      throw new RestoreError('the backup was made by another Zorgpost version (different database schema): restore it with that version, then upgrade');
    }
    const secret = (await readFile(path.join(work, 'secret.key'), 'utf8')).trim();
    if (target.configuredSecret && target.configuredSecret !== secret) {
      throw new RestoreError(
        "ZORGPOST_SECRET differs from the key in the backup; set ZORGPOST_SECRET to the backup's key (tar -xzOf FILE secret.key) so network credentials stay readable",
      );
    }
    const count = async (table: string) =>
      Number(((await target.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    if ((await count('organisations')) > 0 || (await count('users')) > 0) {
      throw new RestoreError('the target installation is not empty (it has organisations or people): restore only into a new installation');
    }
    if (existsSync(target.mediaDir) && (await readdir(target.mediaDir)).length > 0) {
      throw new RestoreError(`the target media folder ${target.mediaDir} is not empty`);
    }

    const known = new Set(tablesInDependencyOrder());
    const unknown = manifest.tables.filter((t) => !known.has(t.name));
    if (unknown.length) throw new RestoreError(`the backup has tables this program does not know: ${unknown.map((t) => t.name).join(', ')}`);
    let unconfirmed = 0;
    await target.db.transaction(async (tx) => {
      for (const table of tablesInDependencyOrder()) {
        const entry = manifest.tables.find((t) => t.name === table);
        if (!entry || entry.rows === 0) continue;
        const lines = (await readFile(path.join(work, 'db', `${table}.jsonl`), 'utf8')).split('\n').filter(Boolean);
        for (let i = 0; i < lines.length; i += BATCH) {
          const batch = `[${lines.slice(i, i + BATCH).join(',')}]`;
          // PostgreSQL turns each JSON object back into a row of the table's own type.
          await tx.execute(sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM json_populate_recordset(null::${sql.identifier(table)}, ${batch}::json)`);
        }
      }
      const held = (await tx.execute(sql`
        UPDATE posts SET status = 'unconfirmed', lease_owner = NULL, lease_expires_at = NULL
        WHERE status = 'publishing' RETURNING id, org_id`)) as unknown as { rows: { id: string; org_id: string }[] };
      for (const p of held.rows) {
        await tx.execute(sql`INSERT INTO post_events (org_id, post_id, action, from_status, to_status, reason)
          VALUES (${p.org_id}, ${p.id}, 'restored', 'publishing', 'unconfirmed', 'system:restored_while_publishing')`);
      }
      unconfirmed = held.rows.length;
    });

    for (const m of manifest.media) {
      const to = path.join(target.mediaDir, m.key);
      await mkdir(path.dirname(to), { recursive: true, mode: 0o700 });
      await writeFile(to, await readFile(path.join(work, 'media', m.key)), { mode: 0o600 });
    }
    for (const f of manifest.forms ?? []) {
      const to = path.join(formsDir(target.mediaDir), f.key);
      await mkdir(path.dirname(to), { recursive: true, mode: 0o700 });
      await writeFile(to, await readFile(path.join(work, 'consent-forms', f.key)), { mode: 0o600 });
    }
    if (target.secretKeyFile && !target.configuredSecret) await writeFile(target.secretKeyFile, `${secret}\n`, { mode: 0o600 });
    await refreshStatistics(target.db); // every table just filled: plans need to know
    return { manifest, unconfirmed };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
