// Where the committed, forward-only SQL migrations live (beside this file, also in the release artefact).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
