// `zorgpost backup [--out FILE]` and `zorgpost restore FILE`: see src/features/ops.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config/config';
import { DataFolderInUseError } from '../db/data-folder-lock';
import { restoreBackup } from '../features/ops/restore-backup';
import { writeBackup } from '../features/ops/write-backup';
import { loadSecretKey } from '../features/secrets';
import { boot } from '../runtime/boot';

const stamp = () =>
  new Date()
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');

export async function runBackup(args: string[], config: Config): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const file = path.resolve(values.out ?? `zorgpost-backup-${stamp()}.tar.gz`);
  let booted: Awaited<ReturnType<typeof boot>>;
  try {
    booted = await boot(config);
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    throw new Error(
      `${error.message}. While it serves, that process writes its own backups into ${path.join(error.dataDir, 'backups')} every BACKUP_HOURS (${config.BACKUP_HOURS}); copy the newest, or stop it and run zorgpost backup again.`,
    );
  }
  const { database, deps } = booted;
  try {
    const secretKey = loadSecretKey(config.ZORGPOST_SECRET, path.resolve(config.ZORGPOST_DATA));
    const manifest = await writeBackup(deps.db, { mediaDir: deps.mediaDir, secretKey, file });
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Backup written: ${file} (${rows} rows in ${manifest.tables.length} tables, ${manifest.media.length} media files, ${manifest.forms?.length ?? 0} signed consent forms)`,
    );
    console.log('It contains the secret key: whoever holds this file can read the network credentials. Store it like a password.');
    return 0;
  } finally {
    await database.close();
  }
}

export async function runRestore(args: string[], config: Config): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error('give exactly one backup file: zorgpost restore FILE');
  const dataDir = path.resolve(config.ZORGPOST_DATA);
  const { database, deps } = await boot(config);
  try {
    const { manifest, unconfirmed } = await restoreBackup(path.resolve(positionals[0]!), {
      db: deps.db,
      mediaDir: deps.mediaDir,
      configuredSecret: config.ZORGPOST_SECRET,
      secretKeyFile: config.DATABASE_URL ? undefined : path.join(dataDir, 'secret.key'),
    });
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Restored ${rows} rows, ${manifest.media.length} media files and ${manifest.forms?.length ?? 0} signed consent forms from the backup of ${manifest.createdAt}.`,
    );
    if (unconfirmed)
      console.log(`${unconfirmed} post(s) were being sent at backup time: marked unconfirmed, the worker looks them up before anything is sent again.`);
    return 0;
  } finally {
    await database.close();
  }
}
