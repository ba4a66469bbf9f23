// The backup file: a gzipped tar with manifest.json, one JSON-lines file per table (db/<table>.jsonl),
// the media files (media/<key>), the sealed consent forms (consent-forms/<key>) and the secret key (secret.key). The manifest holds a SHA-256 for
// every entry, so a damaged or altered file is refused before anything is restored.
import { createHash } from 'node:crypto';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema';

export const BACKUP_FORMAT = 1;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The newest migration of the database the backup was taken from (Drizzle's folderMillis). */
  schema: number;
  tables: { name: string; rows: number; sha256: string }[];
  media: { key: string; bytes: number; sha256: string }[];
  /** The signed consent forms, as stored (sealed with the secret key); absent in backups made before they were included. */
  forms?: { key: string; bytes: number; sha256: string }[];
  secretSha256: string;
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Rows that describe this moment of a running installation, not its data: never backed up. */
const TRANSIENT = new Set(['sessions', 'login_attempts', 'worker_heartbeats']);

/** Every table of the schema, parents before children (foreign keys), so a restore can insert in order. */
export function tablesInDependencyOrder(): string[] {
  const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
  const deps = new Map<string, Set<string>>();
  for (const table of tables) {
    const config = getTableConfig(table);
    const parents = new Set(config.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name).filter((p) => p !== config.name));
    deps.set(config.name, parents);
  }
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`foreign keys form a cycle: ${[...path, name].join(' → ')}`);
    for (const parent of deps.get(name) ?? []) visit(parent, [...path, name]);
    ordered.push(name);
  };
  for (const name of [...deps.keys()].sort()) visit(name, []);
  return ordered.filter((name) => !TRANSIENT.has(name));
}
