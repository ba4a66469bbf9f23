// A new embedded installation is copied from the empty, migrated database written at build time
// instead of running initdb; an existing one, or a template older than the migrations, is left alone.
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { templateFor } from '../../src/db/database-template.ts';
import { writeDatabaseTemplate } from '../../src/db/write-database-template.ts';
import { latestAppliedMigration, latestKnownMigration } from '../../src/db/schema-version.ts';

let dir: string;
let template: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'zp-template-'));
  template = path.join(dir, 'empty-database.tar.gz');
  await writeDatabaseTemplate(template);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('a new data folder starts from the template: every migration already applied, and it works', async () => {
  const dataDir = path.join(dir, 'new');
  expect(templateFor(path.join(dataDir, 'pg'), template)).toBe(template);
  const database = await openDatabase({ dataDir, template });
  try {
    // Before migrate() runs, the schema is already the newest this program knows.
    expect(await latestAppliedMigration(database.db)).toBe(latestKnownMigration());
    await database.migrate();
    await database.db.execute(sql`INSERT INTO organisations (name, slug) VALUES ('Zorg Noord', 'zorg-noord')`);
  } finally {
    await database.close();
  }
  // Reopened: the folder has its database, the template is not used again, the data is there.
  expect(templateFor(path.join(dataDir, 'pg'), template)).toBeUndefined();
  const again = await openDatabase({ dataDir, template });
  try {
    const result = (await again.db.execute(sql`SELECT slug FROM organisations`)) as unknown as { rows: { slug: string }[] };
    expect(result.rows.map((r) => r.slug)).toEqual(['zorg-noord']);
  } finally {
    await again.close();
  }
}, 120_000);

it('a template older than the migrations is not used (initdb and migrations instead)', async () => {
  await utimes(template, new Date('2020-01-01'), new Date('2020-01-01'));
  expect(templateFor(path.join(dir, 'other', 'pg'), template)).toBeUndefined();
});
