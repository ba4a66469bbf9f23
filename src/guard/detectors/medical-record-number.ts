import type { ScanContext } from '../context.ts';
import { FIX_PRIVATE_CHANNEL, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// Hospitals choose their own MRN format, so only the words around it tell: a run of 6+ digits
// (optionally after a letter prefix) shortly after a record-number word.
const MRN_RE =
  /\b(?:mrn|medical record(?: number| no\.?| #)?|med(?:ical)? rec(?:ord)? (?:no|nr|#)|patient (?:number|id|identifier|no\.?|#)|hospital (?:number|no\.?)|(?:case|chart|record) (?:number|no\.?|#)|medicaid (?:number|id|no\.?|#)|member id)(?![\p{L}\p{N}])[^\d\n]{0,15}?((?:[A-Z]{1,3}[- ]?)?\d[\d .-]{4,16}\d)/giu;
const PREFILTER_RE = /mrn|record|patient|hospital|case|chart|medicaid|member/;

/** Medical record numbers (US/UK wording: MRN, patient ID, hospital number, Medicaid ID). */
export function detectMedicalRecordNumber(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit || !PREFILTER_RE.test(ctx.lower)) return;
  MRN_RE.lastIndex = 0;
  for (let m = MRN_RE.exec(ctx.text); m; m = MRN_RE.exec(ctx.text)) {
    const num = m[1]!.trim();
    if (num.replace(/\D/g, '').length < 6) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push(
      finding(
        'mrn',
        'block',
        start,
        start + num.length,
        {
          nl: 'Dit lijkt een medisch dossiernummer (MRN of patiënt-ID). Daarmee is een patiënt te herleiden.',
          en: 'This looks like a medical record number (MRN or patient ID). It can be traced back to a patient.',
        },
        FIX_PRIVATE_CHANNEL,
      ),
    );
  }
}
