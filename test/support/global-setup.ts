/**
 * Vitest globalSetup (both projects). With ZP_TEST_DB=postgres it starts one throwaway
 * PostgreSQL server for the whole run and provides its URL as `databaseUrl`; otherwise
 * `databaseUrl` is '' and tests use the embedded PGlite database.
 *
 * In a test: `import { inject } from 'vitest'; const url = inject('databaseUrl');`
 */
import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the server started for this run, or '' to use embedded PGlite. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const mode = process.env.ZP_TEST_DB ?? '';
  if (mode !== 'postgres') {
    if (mode !== '' && mode !== 'pglite') {
      throw new Error(`ZP_TEST_DB must be 'postgres', 'pglite' or unset, not '${mode}'`);
    }
    project.provide('databaseUrl', '');
    return undefined;
  }
  const started = Date.now();
  const cluster = await startPgCluster();
  console.log(`[global-setup] PostgreSQL for project "${project.name}" at ${cluster.url} (${Date.now() - started} ms)`);
  project.provide('databaseUrl', cluster.url);
  return async () => {
    await cluster.stop();
  };
}
