// `zorgpost audit verify` and `zorgpost audit export` as an operator runs them, on an embedded
// installation: an intact trail passes, a row changed afterwards makes verify exit non-zero and
// name the entry, and export writes the period as JSON Lines.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { auditEvents, organisations } from '../../src/db/schema.ts';
import { recordAudit } from '../../src/features/audit/record-audit.ts';

const bin = path.resolve('bin/zorgpost.mjs');
let dataDir: string;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _, ...rest } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...rest, ZORGPOST_DATA: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zp-audit-cli-'));
  await withDatabase(async (db) => {
    const [org] = await db.insert(organisations).values({ slug: 'rivierenland', name: 'Rivierenland' }).returning();
    for (const action of ['post.approved', 'crisis.pause', 'crisis.resume', 'consent.withdrawn']) {
      await recordAudit(db, { orgId: org!.id, actorId: null, action, detail: { note: action } });
    }
  });
}, 60_000);
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('zorgpost audit', () => {
  it('verify passes an intact trail, export writes it as JSON Lines', async () => {
    const ok = await run(['audit', 'verify', '--org', 'rivierenland']);
    expect(ok.stdout).toContain('intact: 4 entries checked');
    expect(ok.code).toBe(0);
    const exported = await run(['audit', 'export', '--org', 'rivierenland', '--from', '2000-01-01']);
    expect(exported.code).toBe(0);
    const lines = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; action: string; hash: string });
    expect(lines.map((l) => l.action)).toEqual(['post.approved', 'crisis.pause', 'crisis.resume', 'consent.withdrawn']);
    expect(lines[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    const none = await run(['audit', 'export', '--org', 'rivierenland', '--to', '2000-01-01']);
    expect(none.stdout).toBe('');
  }, 60_000);

  it('verify exits non-zero and names the entry when a row was changed afterwards', async () => {
    await withDatabase(async (db) => {
      const [org] = await db.select().from(organisations).where(eq(organisations.slug, 'rivierenland'));
      await db
        .update(auditEvents)
        .set({ detail: { note: 'nothing happened' } })
        .where(and(eq(auditEvents.orgId, org!.id), eq(auditEvents.seq, 2)));
    });
    const broken = await run(['audit', 'verify', '--org', 'rivierenland']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('BROKEN at entry 2 (hash_mismatch)');
    const unknown = await run(['audit', 'verify', '--org', 'bestaat-niet']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('no organisation with slug "bestaat-niet"');
  }, 60_000);
});
