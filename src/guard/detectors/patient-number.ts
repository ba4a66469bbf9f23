import type { ScanContext } from '../context.ts';
import { FIX_PRIVATE_CHANNEL, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// No national format: a run of 6+ digits shortly after a Dutch record-number word (English
// record numbers: medical-record-number.ts; NHS numbers: nhs-number.ts).
const PATIENT_NUMBER_RE =
  /\b(?:patiëntnummer|patientnummer|patiënt-nummer|patiëntnr|patientnr|patnr|pat\.\s?nr|dossiernummer|dossiernr|cliëntnummer|clientnummer|cliëntnr|registratienummer|ziekenhuisnummer|zorgnummer|epd-nummer|epd-nr|epdnummer|ecd-nummer|behandelnummer)\b[^\d\n]{0,25}?((?:[A-Z]{1,3}[- ]?)?\d[\d .-]{3,16}\d)/giu;

const PREFILTER_RE = /n(?:umme)?r/;

export function detectPatientNumber(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit || !PREFILTER_RE.test(ctx.lower)) return;
  PATIENT_NUMBER_RE.lastIndex = 0;
  for (let m = PATIENT_NUMBER_RE.exec(ctx.text); m; m = PATIENT_NUMBER_RE.exec(ctx.text)) {
    // The letter prefix is upper-case ("ZH-123456"); a lower-case word before the digits is not part of it ("is 8830217").
    const word = /^[a-z]+[- ]?(?=\d)/.exec(m[1]!)?.[0].length ?? 0;
    const num = m[1]!.slice(word).trim();
    // Six digits, or five after an upper-case prefix of its own ("CL-55832").
    if (num.replace(/\D/g, '').length < (/^[A-Z]{1,3}[- ]?\d/.test(num) ? 5 : 6)) continue;
    const start = m.index + m[0].length - m[1]!.length + word;
    out.push(
      finding(
        'patient-number',
        'block',
        start,
        start + num.length,
        {
          nl: 'Dit lijkt een patiënt- of dossiernummer. Daarmee is een patiënt te herleiden.',
          en: 'This looks like a patient or record number. It can be traced back to a patient.',
        },
        FIX_PRIVATE_CHANNEL,
      ),
    );
  }
}
