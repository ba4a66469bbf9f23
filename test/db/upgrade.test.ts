// An upgrade as an installation lives it: a database created and filled by the previous release
// (0.1.0, migrations up to 0006, landed in commit 916058d), then opened by this program. Migrations
// are forward-only, so the previous release's schema is this program's migrations up to its last one.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { migrationsFolder } from '../../src/db/migrations-folder.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { createApp } from '../../src/http/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { secretBox } from '../../src/features/secrets.ts';
import { outbound } from '../../src/net/safe-fetch.ts';

const PREVIOUS_RELEASE_LAST_MIGRATION = '0006_channel_throttle';
const PASSWORD = 'upgrade test password';

let tmp: string;
let database: Database;
let cleanup: () => Promise<void> = async () => {};

/** The migrations folder as the previous release shipped it. */
async function previousReleaseMigrations(): Promise<string> {
  const folder = path.join(tmp, 'migrations');
  await cp(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === PREVIOUS_RELEASE_LAST_MIGRATION);
  expect(last).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, last + 1);
  await writeFile(journalFile, JSON.stringify(journal));
  return folder;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'zp-upgrade-'));
  const oldFolder = await previousReleaseMigrations();
  const url = inject('databaseUrl');
  if (url) {
    const name = `zp_upgrade_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const dbUrl = url.replace(/\/postgres$/, `/${name}`);
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const { drizzle } = await import('drizzle-orm/node-postgres');
    await migratePg(drizzle(client), { migrationsFolder: oldFolder });
    await client.end();
    database = await openDatabase({ url: dbUrl });
  } else {
    const client = await PGlite.create();
    const { drizzle } = await import('drizzle-orm/pglite');
    await migratePglite(drizzle(client), { migrationsFolder: oldFolder });
    database = await openDatabase({ pglite: client });
  }
  cleanup = () => database.close();
}, 120_000);

afterAll(async () => {
  await cleanup();
  await rm(tmp, { recursive: true, force: true });
});

describe('upgrade from the previous release', () => {
  it('keeps every organisation, person, channel and post, and the people can log in and read them', async () => {
    const db = database.db;
    const hash = await hashPassword(PASSWORD);
    // Rows written with the previous release's columns only, as that program wrote them.
    await db.execute(sql`
      WITH o AS (INSERT INTO organisations (slug, name) VALUES ('oude-zorg', 'Oude Zorggroep') RETURNING id),
           u AS (INSERT INTO users (email, name, password_hash) VALUES ('editor@oud.example', 'Els Editor', ${hash}) RETURNING id),
           m AS (INSERT INTO memberships (org_id, user_id, role) SELECT o.id, u.id, 'editor' FROM o, u),
           c AS (INSERT INTO channels (org_id, type, name, slug) SELECT o.id, 'website', 'Nieuws', 'nieuws' FROM o RETURNING id, org_id),
           p AS (INSERT INTO posts (org_id, author_id, base_text, status, scheduled_at)
                 SELECT o.id, u.id, 'Open dag op zaterdag', 'scheduled', '2027-03-06T09:00:00Z' FROM o, u RETURNING id, org_id)
      INSERT INTO post_variants (org_id, post_id, channel_id) SELECT p.org_id, p.id, c.id FROM p, c`);
    const count = async (table: string) =>
      Number(((await db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    const before = { orgs: await count('organisations'), posts: await count('posts'), variants: await count('post_variants') };

    await database.migrate();

    expect({ orgs: await count('organisations'), posts: await count('posts'), variants: await count('post_variants') }).toEqual(before);
    const config = loadConfig({ ZORGPOST_DATA: tmp, PUBLIC_URL: 'https://zorg.example' });
    const app = createApp({
      db,
      config,
      net: outbound({ allowPrivate: false }),
      mediaDir: path.join(tmp, 'media'),
      secrets: secretBox(randomBytes(32).toString('hex')),
    });
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@oud.example', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { memberships } = (await login.json()) as { memberships: { organisation: { id: string } }[] };
    const orgId = memberships[0]!.organisation.id;
    const list = await app.request(`/api/orgs/${orgId}/posts?from=2027-03-01T00:00:00Z&to=2027-04-01T00:00:00Z`, { headers: { cookie } });
    expect(list.status).toBe(200);
    expect(JSON.stringify(await list.json())).toContain('Open dag op zaterdag');
  });
});
