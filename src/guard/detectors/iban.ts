import { isValidIban } from '../checksums.ts';
import type { ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi;
// An organisation's donation account is public on purpose: warn instead of block.
const DONATION_RE = /t\.?\s?n\.?\s?v\.?|ten name van|doneer|donatie|gift|steun ons|collecte|anbi|donate|donation|stichting/;

export function detectIban(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(ctx.text); m; m = IBAN_RE.exec(ctx.text)) {
    if (!isValidIban(m[0])) continue;
    const end = m.index + m[0].length;
    const donation = DONATION_RE.test(ctx.before(m.index, 80)) || DONATION_RE.test(ctx.after(end, 60));
    out.push(
      finding(
        'iban',
        donation ? 'warn' : 'block',
        m.index,
        end,
        donation
          ? {
              nl: 'Dit is een rekeningnummer (IBAN). Klopt het dat dit de rekening van de organisatie is?',
              en: "This is a bank account number (IBAN). Check that it is the organisation's own account.",
            }
          : {
              nl: 'Dit is een rekeningnummer (IBAN) van een persoon of onbekende partij.',
              en: 'This is the bank account number (IBAN) of a person or an unknown party.',
            },
        donation ? { nl: 'Controleer het nummer, of haal het weg.', en: 'Check the number, or remove it.' } : FIX_REMOVE,
      ),
    );
  }
}
