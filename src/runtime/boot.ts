// Opens what a Zorgpost process needs, from the validated configuration.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config';
import { openDatabase, type Database } from '../db/client';
import { assertProgramKnowsSchema } from '../db/schema-version';
import { loadSecretKey, secretBox } from '../features/secrets';
import type { AppDeps } from '../http/env';
import { outbound } from '../net/safe-fetch';
import { configureMail } from '../features/notifications/mail-config';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function boot(config: Config): Promise<{ database: Database; deps: AppDeps }> {
  // Everything this process writes (database files, media, the secret key) is its owner's only.
  process.umask(0o077);
  const dataDir = path.resolve(config.ZORGPOST_DATA);
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir });
  try {
    await assertProgramKnowsSchema(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  await database.migrate();
  configureMail(config);
  const deps: AppDeps = {
    db: database.db,
    config,
    mediaDir: path.join(dataDir, 'media'),
    secrets: secretBox(loadSecretKey(config.ZORGPOST_SECRET, dataDir)),
    net: outbound({ allowPrivate: config.ZORGPOST_ALLOW_PRIVATE_TARGETS }),
    webDir: path.join(projectRoot, 'dist/web'),
  };
  return { database, deps };
}
