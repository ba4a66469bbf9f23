// The audit trail as a PDF for an auditor: organisation, period, filter, the result of checking the
// whole hash chain, and a table of the entries. pdfmake may not fetch anything: no URLs, and of the
// file system only the standard PDF font names (which pdfkit has built in) and the Roboto TTF files
// that ship with pdfmake (font "Roboto": Latin, Latin Extended, Greek, Cyrillic and punctuation such
// as € – … ‘ ’, which the standard fonts, Latin-1 only, cannot draw; no emoji).
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import type { AuditChain } from '../../contracts/audit';
import { organisations } from '../../db/schema';
import type { Authorized } from '../org-scope';
import type { AuditConditions } from './audit-filters';
import { auditEventsBetween } from './export-audit';
import { verifyAuditChain } from './verify-audit-chain';

// pdfmake is CommonJS and its types describe the browser build; this is the part used here.
interface PdfMake {
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}
const STANDARD_FONTS = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
let loaded: PdfMake | undefined;
export function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const lib = require('pdfmake') as PdfMake;
  const { Roboto } = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
  const allowed = new Set([...Object.values(STANDARD_FONTS), ...Object.values(Roboto)]);
  lib.setUrlAccessPolicy(() => false);
  lib.setLocalAccessPolicy((path) => allowed.has(path));
  lib.setFonts({ Helvetica: STANDARD_FONTS, Roboto });
  loaded = lib;
  return lib;
}

/** More rows than this make a PDF nobody reads; the PDF then says so and points to JSON Lines. */
export const PDF_MAX_ROWS = 5000;

const TEXTS = {
  nl: {
    title: 'Audittrail',
    org: 'Organisatie',
    period: 'Periode',
    filter: 'Filter',
    none: 'geen',
    start: 'begin',
    now: 'nu',
    chain: 'Controle van de keten',
    intact: (n: number) => `Intact: alle ${n} regels kloppen.`,
    broken: (seq: number | null, problem: string | null) => `GEBROKEN bij regel ${seq ?? '?'} (${problem ?? '?'}).`,
    made: 'Gemaakt op',
    cut: (n: number) => `Alleen de eerste ${n} regels staan hierin; exporteer als JSON Lines voor alles.`,
    cols: ['#', 'Tijd (UTC)', 'Handeling', 'Wie', 'Details'],
    system: 'systeem',
  },
  en: {
    title: 'Audit trail',
    org: 'Organisation',
    period: 'Period',
    filter: 'Filter',
    none: 'none',
    start: 'start',
    now: 'now',
    chain: 'Chain verification',
    intact: (n: number) => `Intact: all ${n} entries check out.`,
    broken: (seq: number | null, problem: string | null) => `BROKEN at entry ${seq ?? '?'} (${problem ?? '?'}).`,
    made: 'Made at',
    cut: (n: number) => `Only the first ${n} entries are included; export JSON Lines for all of them.`,
    cols: ['#', 'Time (UTC)', 'Action', 'Who', 'Details'],
    system: 'system',
  },
} as const;

export async function auditPdf(scope: Authorized<'audit.read'>, filter: AuditConditions, lang: 'nl' | 'en'): Promise<Buffer> {
  const t = TEXTS[lang];
  const [org] = await scope.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, scope.orgId));
  const chain: AuditChain = await verifyAuditChain(scope);
  const rows: string[][] = [];
  let cut = false;
  for await (const e of auditEventsBetween(scope, filter)) {
    if (rows.length >= PDF_MAX_ROWS) {
      cut = true;
      break;
    }
    rows.push([String(e.seq), e.at.slice(0, 19).replace('T', ' '), e.action, e.actorName ?? (e.actorId ? '?' : t.system), JSON.stringify(e.detail)]);
  }
  const named = [filter.action && `action=${filter.action}`, filter.actorId && `actorId=${filter.actorId}`, filter.postId && `postId=${filter.postId}`].filter(
    Boolean,
  );
  const period = `${filter.from?.toISOString() ?? t.start} – ${filter.to?.toISOString() ?? t.now}`;
  const doc = {
    info: { title: `${t.title} ${org?.name ?? ''}`, subject: period },
    pageOrientation: 'landscape',
    defaultStyle: { font: 'Helvetica', fontSize: 8 },
    content: [
      { text: `${t.title} — ${org?.name ?? ''}`, fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      { text: `${t.org}: ${org?.name ?? ''} (${scope.orgSlug})` },
      { text: `${t.period}: ${period}` },
      { text: `${t.filter}: ${named.length ? named.join(', ') : t.none}` },
      { text: `${t.made}: ${new Date().toISOString()}`, margin: [0, 0, 0, 8] },
      { text: t.chain, bold: true, fontSize: 11 },
      { text: chain.intact ? t.intact(chain.checked) : t.broken(chain.brokenAtSeq, chain.problem), margin: [0, 0, 0, 8] },
      ...(cut ? [{ text: t.cut(PDF_MAX_ROWS), italics: true, margin: [0, 0, 0, 8] }] : []),
      {
        table: { headerRows: 1, widths: [30, 80, 110, 90, '*'], body: [t.cols.map((text) => ({ text, bold: true })), ...rows] },
        layout: 'lightHorizontalLines',
      },
    ],
  };
  return pdfmake().createPdf(doc).getBuffer();
}
