// The board's PDF report as a reader sees it: every page rendered by poppler (pdftoppm, installed
// by scripts/ensure-system-deps.sh), one PNG per page that pdfinfo counts, each page with ink on
// it, and pdftotext finding the headings and the organisation's name on the pages they belong to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChannel, buildPublished, snapshot } from '../support/metrics-factory.ts';
import { buildOrg, createTestApp, loginAs, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrg;
let viewer: Client;
let orgName: string;
let dir: string;
const Q1 = 'from=2026-01-01&to=2026-03-31';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'latin1' });

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t);
  const db = t.database.db;
  const [row] = await db.query.organisations.findMany({ where: (o, { eq }) => eq(o.id, org.id) });
  orgName = row!.name;
  const mastodon = await buildChannel(db, org.id, { type: 'mastodon', name: 'Mastodon', slug: 'mastodon' });
  const texts = ['Griepprik voor iedereen vanaf 60 jaar', 'Open dag zaterdag', 'Nieuwe huisarts in de praktijk'];
  for (const [i, text] of texts.entries()) {
    const publishedAt = new Date(Date.UTC(2026, 1, 3 + i * 7, 9));
    const { variantId } = await buildPublished(db, { orgId: org.id, channelId: mastodon, publishedAt, text });
    await snapshot(db, variantId, new Date(publishedAt.getTime() + 86_400_000), { likes: 10 * (i + 1), reposts: i, replies: 1, followers: 400 });
  }
  viewer = await loginAs(t, org.users.viewer.email);
  dir = mkdtempSync(join(tmpdir(), 'zp-report-'));
});
afterAll(async () => {
  if (!process.env.KEEP_REPORT) rmSync(dir, { recursive: true, force: true });
  await t.close();
});

async function reportFile(name: string): Promise<string> {
  const res = await viewer.get(`/api/orgs/${org.id}/metrics/report?${Q1}`);
  expect(res.status).toBe(200);
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

/** Share of the page's pixels that are not (nearly) white, from a grey PGM rendering (P5: header, then one byte a pixel). */
function inkShare(pgm: Buffer): number {
  const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a PGM file');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length, header[0].length + w * h);
  let dark = 0;
  for (const p of pixels) if (p < 200) dark++;
  return dark / pixels.length;
}

describe('the report, page by page', () => {
  it('renders every page to a PNG with ink on it, with the headings and the organisation on the right pages', async () => {
    const pdf = await reportFile('report.pdf');
    const pages = Number(run('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);

    run('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'page')]);
    const pngs = readdirSync(dir)
      .filter((f) => f.startsWith('page') && f.endsWith('.png'))
      .sort();
    expect(pngs).toHaveLength(pages);
    for (const png of pngs) {
      const bytes = readFileSync(join(dir, png));
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      // A4 at 60 dpi is 496 × 702 pixels; a page with text and lines compresses to a few kB, an empty one to far less.
      expect(statSync(join(dir, png)).size).toBeGreaterThan(3_000);
    }

    const pageText: string[] = [];
    for (let p = 1; p <= pages; p++) {
      pageText.push(run('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-']));
      run('pdftoppm', ['-gray', '-r', '30', '-f', String(p), '-l', String(p), '-singlefile', pdf, join(dir, `grey-${p}`)]);
      const ink = inkShare(readFileSync(join(dir, `grey-${p}.pgm`)));
      expect(ink, `ink on page ${p}`).toBeGreaterThan(0.002);
      expect(ink, `page ${p} not all black`).toBeLessThan(0.5);
    }
    // The cover: the organisation, the title and the period; then the body.
    expect(pageText[0]).toContain(orgName);
    expect(pageText[0]).toContain('Rapport sociale media');
    expect(pageText[0]).toContain('Periode 2026-01-01 t/m 2026-03-31');
    const body = pageText.slice(1).join('\n');
    for (const heading of ['Samenvatting', 'Interacties per publicatiedag', 'Vergelijking van de perioden', 'Best ontvangen berichten', 'Zo rekenen we'])
      expect(body).toContain(heading);
    expect(body).toContain(`${orgName} plaatste in deze periode 3 gemeten berichten`);
    expect(body).toContain('1. Nieuwe huisarts in de praktijk');
  });

  it('prints letters and punctuation beyond Latin-1 as typed (Roboto), and an emoji as "?"', async () => {
    const db = t.database.db;
    const channel = await buildChannel(db, org.id, { type: 'mastodon', name: 'Mastodon Łódź', slug: 'mastodon-lodz' });
    const publishedAt = new Date('2026-03-10T09:00:00Z');
    const { variantId } = await buildPublished(db, {
      orgId: org.id,
      channelId: channel,
      publishedAt,
      text: 'Zorg in Łódź — €5 ‘actie’… “İyi bayramlar”, ş ğ ő 💉',
    });
    await snapshot(db, variantId, new Date(publishedAt.getTime() + 86_400_000), { likes: 500, followers: 400 });
    await db.execute(sql`UPDATE organisations SET name = ${'Zorggroep Świętokrzyskie & Kişi'} WHERE id = ${org.id}`);
    const pdf = await reportFile('unicode.pdf');
    const text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const utf8 = Buffer.from(text, 'latin1').toString('utf8');
    expect(utf8).toContain('Zorggroep Świętokrzyskie & Kişi');
    expect(utf8).toContain('1. Zorg in Łódź — €5 ‘actie’… “İyi bayramlar”, ş ğ ő ?');
    expect(utf8).toContain('500 interacties · Mastodon Łódź');
  });
});
