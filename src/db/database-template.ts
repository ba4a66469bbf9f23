// A new embedded installation starts from a copy of an empty, migrated database made once at
// build time (`npm run build:server`) instead of running PostgreSQL's initdb in WebAssembly on its
// first start: that alone took 3–7 s of a first start on the shared machine (docs/benchmarks.md).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const templateFile = fileURLToPath(new URL('../../dist/server/empty-database.tar.gz', import.meta.url));
const journal = fileURLToPath(new URL('./migrations/meta/_journal.json', import.meta.url));

/**
 * The template to create the database folder `pgDir` from: only for a folder without a database
 * yet, and only a template at least as new as the migrations (otherwise initdb, as before).
 */
export function templateFor(pgDir: string, file = templateFile): string | undefined {
  if (existsSync(path.join(pgDir, 'PG_VERSION'))) return undefined;
  try {
    return statSync(file).mtimeMs >= statSync(journal).mtimeMs ? file : undefined;
  } catch {
    return undefined;
  }
}
