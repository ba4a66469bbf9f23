// What an IT department's monitoring sees: readiness that notices a missing worker and an
// unknown schema, metrics only with the token, and an older program refusing a newer database.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { log } from '../../src/log/logger.ts';
import { assertProgramKnowsSchema, latestKnownMigration, NewerDatabaseError } from '../../src/db/schema-version.ts';
import { runDoctor } from '../../src/features/ops/doctor.ts';
import { secretBox } from '../../src/features/secrets.ts';
import { beat, stopBeating } from '../../src/features/publishing/worker-heartbeat.ts';
import { buildPost, buildWebhookChannel } from '../support/post-factory.ts';
import { buildOrg, createTestApp, loginAs, type TestApp } from '../support/test-app.ts';

const TOKEN = 'metrics-token-0123456789abcdef';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ METRICS_TOKEN: TOKEN });
});
afterAll(() => t.close());

describe('/readyz', () => {
  it('is not ready while no publishing worker is alive, and ready once one reports', async () => {
    const before = await t.app.request('/readyz');
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'not_ready', database: 'ok', migrations: 'current', workers: 0 });

    await beat(t.database.db, 'test-worker');
    const after = await t.app.request('/readyz');
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ status: 'ready', workers: 1 });

    await stopBeating(t.database.db, 'test-worker');
    expect((await t.app.request('/readyz')).status).toBe(503);
  });
});

describe('/metrics', () => {
  it('answers only with the configured bearer token', async () => {
    expect((await t.app.request('/metrics')).status).toBe(401);
    expect((await t.app.request('/metrics', { headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(401);
    const other = await createTestApp();
    try {
      expect((await other.app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('counts posts per status, due posts and HTTP answers per route pattern, without personal data', async () => {
    const org = await buildOrg(t);
    await buildPost(t.database.db, {
      orgId: org.id,
      channelIds: [org.channelId],
      status: 'scheduled',
      scheduledAt: new Date(Date.now() - 60_000),
      text: 'Mevrouw Geheim',
    });
    const editor = await loginAs(t, org.users.editor.email);
    expect((await editor.get(`/api/orgs/${org.id}/posts?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`)).status).toBe(200);
    const res = await t.app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toMatch(/^zorgpost_posts\{status="scheduled"\} [1-9]/m);
    expect(body).toMatch(/^zorgpost_posts_due [1-9]/m);
    expect(body).toMatch(/^zorgpost_http_request_duration_seconds_count\{method="GET",route="\/api\/orgs\/:orgId\/posts",status="200"\} 1$/m);
    expect(body).not.toContain('Geheim');

    // A submission the privacy guard refuses is counted, without the text.
    const contributor = await loginAs(t, org.users.contributor.email);
    const leak = 'Mevrouw Jansen (BSN 111222333) is opgenomen met longkanker.';
    const draft = (await (
      await contributor.post(`/api/orgs/${org.id}/posts`, { baseText: leak, variants: [{ channelId: org.channelId, text: null }] })
    ).json()) as { id: string };
    expect((await contributor.post(`/api/orgs/${org.id}/posts/${draft.id}/transitions`, { event: 'submit' })).status).toBe(422);
    const after = await (await t.app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(after).toMatch(/^zorgpost_guard_blocks_total\{stage="workflow"\} 1$/m);
    expect(after).not.toContain('111222333');
    expect(body).not.toContain(org.id);
  });
});

describe('JSON log', () => {
  it('writes one line per request with its request id and route pattern, and nothing personal', async () => {
    const org = await buildOrg(t);
    const editor = await loginAs(t, org.users.editor.email);
    const lines: Record<string, unknown>[] = [];
    const spy = vi.spyOn(log, 'info').mockImplementation(((o: Record<string, unknown>) => {
      lines.push(o);
    }) as typeof log.info);
    try {
      const res = await editor.get(`/api/orgs/${org.id}/members`);
      expect(res.status).toBe(200);
      const line = lines.find((l) => l.reqId === res.headers.get('x-request-id'));
      expect(line).toMatchObject({ method: 'GET', route: '/api/orgs/:orgId/members', status: 200 });
      expect(JSON.stringify(lines)).not.toContain(org.id);
      expect(JSON.stringify(lines)).not.toContain(org.users.editor.email);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('zorgpost doctor', () => {
  it('names a secret key that cannot open stored credentials, and a channel with a problem', async () => {
    const t2 = await createTestApp();
    try {
      const org = await buildOrg(t2);
      const channelId = await buildWebhookChannel(t2.database.db, org.id, 'https://intranet.example/hook', t2.deps.secrets);
      await t2.database.db.execute(sql`UPDATE channels SET last_error = 'app password revoked' WHERE id = ${channelId}`);
      const right = await runDoctor(t2.database.db, t2.deps.config, t2.deps.secrets);
      expect(right.find((c) => c.id === 'secret_key')?.verdict).toBe('ok');
      expect(right.find((c) => c.id === 'channel')?.text.nl).toMatch(/Kanaal 'Intranet' .*app password revoked.*opnieuw/);

      const wrong = await runDoctor(t2.database.db, t2.deps.config, secretBox('0'.repeat(64)));
      expect(wrong.find((c) => c.id === 'secret_key')).toMatchObject({ verdict: 'fail' });
      expect(wrong.find((c) => c.id === 'secret_key')?.text.en).toMatch(/1 channel\(s\) have credentials this key cannot open/);
    } finally {
      await t2.close();
    }
  });
});

describe('schema version', () => {
  it('refuses a database that a newer program migrated further, with a message saying what to do', async () => {
    await expect(assertProgramKnowsSchema(t.database.db)).resolves.toBeUndefined();
    const future = latestKnownMigration() + 86_400_000;
    await t.database.db.execute(sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('from-a-newer-release', ${future})`);
    const refused = assertProgramKnowsSchema(t.database.db);
    await expect(refused).rejects.toThrow(NewerDatabaseError);
    await expect(assertProgramKnowsSchema(t.database.db)).rejects.toThrow(/newer Zorgpost.*Install that newer version/);
    expect(await (await t.app.request('/readyz')).json()).toMatchObject({ migrations: 'newer' });
  });
});
