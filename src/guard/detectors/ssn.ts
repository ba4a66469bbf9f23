import type { ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// AAA-GG-SSSS with one separator kind, or 9 bare/spaced digits (only with an SSN word nearby).
const SSN_RE = /(?<![\w.,+/-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w/-]|[.,]\d)/g;
const CONTEXT_RE = /\b(ssn|ss#|social security(?: number| no\.?| #)?|social-security)\b/;
// "Call our helpline at 555-01-2345": a phone number in the SSN's shape.
const PHONE_CONTEXT_RE =
  /\b(?:call|calls|calling|phone|tel|telephone|ring|bel|bellen|helpline|hotline|fax|text|sms|whatsapp|dial|extension|ext)\b[^\d\n]{0,25}$/;

/** Ranges the SSA never issues: area 000, 666 and 900-999, group 00, serial 0000. */
export function isIssuableSsn(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

/**
 * US Social Security number. The dashed form is specific enough on its own; bare or spaced
 * digits only count next to "SSN" / "social security".
 */
export function detectSsn(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  SSN_RE.lastIndex = 0;
  for (let m = SSN_RE.exec(ctx.text); m; m = SSN_RE.exec(ctx.text)) {
    if (!isIssuableSsn(m[1]!, m[3]!, m[4]!)) continue;
    const context = CONTEXT_RE.test(ctx.before(m.index, 40));
    if (m[2] !== '-' && !context) continue;
    if (!context && PHONE_CONTEXT_RE.test(ctx.before(m.index, 40))) continue;
    out.push(
      finding(
        'ssn',
        'block',
        m.index,
        m.index + m[0].length,
        {
          nl: 'Dit lijkt een Amerikaans social security number (SSN). Dat mag nooit in een bericht staan.',
          en: 'This looks like a US Social Security number (SSN). It must never appear in a post.',
        },
        FIX_REMOVE,
      ),
    );
  }
}
