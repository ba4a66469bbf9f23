// The organisation's logo (issue 14): an admin uploads, replaces and removes a PNG or JPEG of at
// most 1 MB; anything else is refused with a message naming the problem; no other organisation
// sees or changes it; and the board's PDF report shows it on its cover (pdfimages counts it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema.ts';
import { buildOrg, createTestApp, loginAs, PNG_1PX, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let editor: Client;
let otherAdmin: Client;
let dir: string;

const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

function logoForm(bytes: Buffer, name = 'logo.png', type = 'image/png'): FormData {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return form;
}
const upload = (c: Client, orgId: string, form: FormData, lang = 'nl') => c.request('POST', `/api/orgs/${orgId}/logo`, form, { 'accept-language': lang });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

/** The pages of the report's images (a PNG's transparency is a separate "smask" entry, not counted). */
async function imagesInReport(c: Client, orgId: string, name: string): Promise<number[]> {
  const res = await c.get(`/api/orgs/${orgId}/metrics/report?from=2026-01-01&to=2026-03-31`);
  expect(res.status).toBe(200);
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  // `pdfimages -list` prints two header lines, then one line per image: page, num, type, ...
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines
    .map((l) => l.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => Number(cols[0]));
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  other = await buildOrg(t);
  admin = await loginAs(t, org.users.admin.email);
  editor = await loginAs(t, org.users.editor.email);
  otherAdmin = await loginAs(t, other.users.admin.email);
  dir = mkdtempSync(join(tmpdir(), 'zp-logo-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

describe('the organisation logo', () => {
  it('has none at first: 404, and the report cover carries no image', async () => {
    expect((await admin.get(`/api/orgs/${org.id}/logo`)).status).toBe(404);
    expect(await imagesInReport(admin, org.id, 'without.pdf')).toEqual([]);
  });

  it('lets an admin upload a PNG, which every member then sees byte for byte', async () => {
    const res = await upload(admin, org.id, logoForm(PNG_1PX));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ mimeType: 'image/png', sizeBytes: PNG_1PX.length });
    const viewer = await loginAs(t, org.users.viewer.email);
    const got = await viewer.get(`/api/orgs/${org.id}/logo`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG_1PX)).toBe(true);
  });

  it('puts the logo on the cover of the board report', async () => {
    expect(await imagesInReport(admin, org.id, 'with.pdf')).toEqual([1]); // one image, on the cover
  });

  it('refuses a GIF (checked by content, not name) with a 415 naming PNG and JPEG, in Dutch and English', async () => {
    const nl = await upload(admin, org.id, logoForm(GIF, 'logo.png', 'image/png'));
    expect(nl.status).toBe(415);
    const e = await errorOf(nl);
    expect(e.code).toBe('logo_type_refused');
    expect(e.message).toContain('PNG- of JPEG');
    const en = await upload(admin, org.id, logoForm(Buffer.from('not an image at all'), 'logo.jpg', 'image/jpeg'), 'en');
    expect(en.status).toBe(415);
    expect((await errorOf(en)).message).toContain('must be a PNG or JPEG');
  });

  it('refuses a logo over 1 MB with a 413 naming the limit, both just over and far over', async () => {
    const justOver = Buffer.concat([PNG_1PX, Buffer.alloc(1024 * 1024 + 1 - PNG_1PX.length)]);
    const a = await upload(admin, org.id, logoForm(justOver), 'en');
    expect(a.status).toBe(413);
    const ea = await errorOf(a);
    expect(ea.code).toBe('logo_too_large');
    expect(ea.message).toContain('the maximum is 1 MB');
    const farOver = Buffer.concat([PNG_1PX, Buffer.alloc(3 * 1024 * 1024)]);
    const b = await upload(admin, org.id, logoForm(farOver));
    expect(b.status).toBe(413);
    expect((await errorOf(b)).message).toContain('maximaal 1 MB');
    // The refused uploads left the earlier logo as it was.
    expect(Buffer.from(await (await admin.get(`/api/orgs/${org.id}/logo`)).arrayBuffer()).equals(PNG_1PX)).toBe(true);
  });

  it('refuses a request without a file with a 422', async () => {
    const res = await upload(admin, org.id, new FormData());
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('file_missing');
  });

  it('lets only admins change it (403 for an editor)', async () => {
    expect((await upload(editor, org.id, logoForm(PNG_1PX))).status).toBe(403);
    expect((await editor.del(`/api/orgs/${org.id}/logo`)).status).toBe(403);
  });

  it('keeps it inside the organisation: another organisation cannot read, replace or remove it', async () => {
    expect((await otherAdmin.get(`/api/orgs/${org.id}/logo`)).status).toBe(404);
    expect((await upload(otherAdmin, org.id, logoForm(JPEG_HEAD, 'x.jpg', 'image/jpeg'))).status).toBe(404);
    expect((await otherAdmin.del(`/api/orgs/${org.id}/logo`)).status).toBe(404);
    // Its own logo is its own: it has none, and ours is unchanged.
    expect((await otherAdmin.get(`/api/orgs/${other.id}/logo`)).status).toBe(404);
    expect((await admin.get(`/api/orgs/${org.id}/logo`)).headers.get('content-type')).toBe('image/png');
  });

  it('replaces it with a JPEG and removes it; each change is in the audit trail', async () => {
    const res = await upload(admin, org.id, logoForm(JPEG_HEAD, 'logo.jpg', 'image/jpeg'));
    expect(res.status).toBe(200);
    expect((await admin.get(`/api/orgs/${org.id}/logo`)).headers.get('content-type')).toBe('image/jpeg');
    expect((await admin.del(`/api/orgs/${org.id}/logo`)).status).toBe(204);
    expect((await admin.get(`/api/orgs/${org.id}/logo`)).status).toBe(404);
    expect((await admin.del(`/api/orgs/${org.id}/logo`)).status).toBe(404);
    const rows = await t.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'organisation.logo_changed')))
      .orderBy(auditEvents.seq);
    const changes = rows.map((r) => [(r.detail as { change: string }).change, (r.detail as { mimeType?: string }).mimeType]);
    expect(changes).toEqual([
      ['set', 'image/png'],
      ['set', 'image/jpeg'],
      ['removed', undefined],
    ]);
  });
});
