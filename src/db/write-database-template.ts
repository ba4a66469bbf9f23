// Writes the empty, migrated database that new embedded installations are copied from
// (`npm run build:server`). Apart from database-template.ts so the client does not import itself.
import { writeFile } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from './client';
import { templateFile } from './database-template';

/** Writes the template: a database in memory with every migration applied, as a gzip'd tarball. */
export async function writeDatabaseTemplate(file = templateFile): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const client: PGlite = await PGlite.create();
  const database = await openDatabase({ pglite: client });
  await database.migrate();
  await writeFile(file, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()));
  await database.close();
}
