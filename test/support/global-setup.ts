/**
 * Vitest globalSetup (both projects). Builds one migrated template database for the whole run,
 * so each test file gets a fresh database cheaply:
 * - embedded (default): a PGlite data directory dump, loaded by each test file;
 * - ZP_TEST_DB=postgres: a throwaway PostgreSQL server with a migrated `zp_template` database
 *   that each test file copies with CREATE DATABASE ... TEMPLATE.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.ts';
import { startPgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the server started for this run, or '' to use embedded PGlite. */
    databaseUrl: string;
    /** File with a migrated PGlite data directory (embedded mode), or ''. */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mode = process.env.ZP_TEST_DB ?? '';
  if (mode !== '' && mode !== 'pglite' && mode !== 'postgres') {
    throw new Error(`ZP_TEST_DB must be 'postgres', 'pglite' or unset, not '${mode}'`);
  }
  if (mode === 'postgres') {
    const started = Date.now();
    const cluster = await startPgCluster();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE zp_template');
    await admin.end();
    const template = await openDatabase({ url: cluster.url.replace(/\/postgres$/, '/zp_template') });
    await template.migrate();
    await template.close();
    console.log(`[global-setup] PostgreSQL for "${project.name}" at ${cluster.url} (${Date.now() - started} ms)`);
    project.provide('databaseUrl', cluster.url);
    project.provide('pgliteTemplate', '');
    return () => cluster.stop();
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'zp-pglite-template-'));
  const client = await PGlite.create();
  const template = await openDatabase({ pglite: client });
  await template.migrate();
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await template.close();
  project.provide('databaseUrl', '');
  project.provide('pgliteTemplate', file);
  return () => rm(dir, { recursive: true, force: true });
}
