import { isValidIban } from '../checksums.ts';
import { ibanKey, type ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi;
// An organisation's donation or payment account is public on purpose: warn instead of block.
const DONATION_RE =
  /\b(?:t\.? ?n\.? ?v\b|ten name van|in the name of|doneer|doneren|donateur|donatie|donaties|gift|giften|schenk|schenking|steun ons|steun onze|collecte|anbi|goede doel|donate|donated|donating|donation|donations|every pound|every euro|elke euro|iedere euro|support us|support our|charity|fundraising|fondsenwerving|stichting|foundation|vrienden van|friends of)\b/;
// Payee written after "t.n.v." / "in the name of": an organisation, or else a person.
const PAYEE_RE = /(?:t\.? ?n\.? ?v\.?|ten name van|in the name of)\s*:?\s*([^\n!?]{1,60})/u;
const ORG_WORD_RE =
  /\b(?:stichting|vereniging|vriendenstichting|fonds|foundation|trust|charity|hospice|zorggroep|zorg|ziekenhuis|hospital|gemeente|kerk|church|praktijk|practice|team|afdeling|ons|onze|our|us|ltd|limited|b\.?v|n\.?v|cic)\b/i;
// "familie De Vries", "the Jansen family": collecting for a household is personal.
const FAMILY_RE = /\bfamilie \p{Lu}|\bfam\. \p{Lu}|\bthe \p{Lu}\p{L}+ family\b|\bfamily of\b/u;

/** Does a person's name stand next to the account (the payee, or a name in the same sentence)? */
function personNear(ctx: ScanContext, start: number, end: number): boolean {
  const from = Math.max(0, start - 80);
  const around = ctx.text.slice(from, end + 60);
  if (FAMILY_RE.test(around)) return true;
  const payee = PAYEE_RE.exec(around);
  if (payee && !ORG_WORD_RE.test(payee[1]!)) return true;
  // Names inside an organisation payee ("Stichting Vrienden van Het Anker") are not persons.
  const orgFrom = payee ? from + payee.index : -1;
  const orgTo = payee ? orgFrom + payee[0].length : -1;
  const sent = ctx.tokens[ctx.tokenAt(start)]?.sent;
  return ctx.persons.some((p) => !p.notPatient && p.sent === sent && p.end > start - 60 && p.start < end + 40 && !(p.start >= orgFrom && p.start < orgTo));
}

export function detectIban(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(ctx.text); m; m = IBAN_RE.exec(ctx.text)) {
    if (!isValidIban(m[0])) continue;
    if (ctx.allow.ibans.has(ibanKey(m[0]))) continue; // the organisation's own account
    const end = m.index + m[0].length;
    const donation = (DONATION_RE.test(ctx.before(m.index, 80)) || DONATION_RE.test(ctx.after(end, 60))) && !personNear(ctx, m.index, end);
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
