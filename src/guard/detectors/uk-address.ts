import type { ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import { addressSeverity, isAllowed } from './address.ts';

// UK postcode (outward + inward code): "LS6 2AB", "SW1A 1AA", "M1 1AE". The inward letters
// never use C, I, K, M, O or V; the area never starts with Q, V or X.
const UK_POSTCODE_RE = /\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
// A house number before it on the same line: "12 Acacia Avenue, Leeds", "Flat 3, 14 Mill Lane".
const HOUSE_NUMBER_RE = /(?:\b(?:[Ff]lat|[Aa]partment|[Aa]pt\.?|[Uu]nit)\s+\d{1,4}[a-z]?,?\s+)?\b\d{1,4}[a-z]?,?\s+\p{Lu}[^\n]*$/u;
const SENTENCE_END_RE = /[.!?]\s(?=[^.!?]*$)/;

/** UK postcodes: with a house number in front an address (block when it is a home), alone a warning. */
export function detectUkAddress(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  const text = ctx.text;
  UK_POSTCODE_RE.lastIndex = 0;
  for (let m = UK_POSTCODE_RE.exec(text); m; m = UK_POSTCODE_RE.exec(text)) {
    const end = m.index + m[0].length;
    const from = Math.max(0, m.index - 70);
    let before = text.slice(from, m.index);
    let offset = from;
    const cut = SENTENCE_END_RE.exec(before);
    if (cut) {
      offset += cut.index + 2;
      before = before.slice(cut.index + 2);
    }
    const head = HOUSE_NUMBER_RE.exec(before);
    const start = head ? offset + head.index : m.index;
    if (isAllowed(ctx, text.slice(start, end)) || isAllowed(ctx, m[0])) continue;
    if (!head) {
      out.push(
        finding(
          'uk-address',
          'warn',
          m.index,
          end,
          {
            nl: 'Dit is een Britse postcode. Samen met andere gegevens kan dat iemand herkenbaar maken.',
            en: 'This is a UK postcode. Combined with other details it can identify someone.',
          },
          {
            nl: 'Noem alleen de plaats of wijk, tenzij het een adres van de organisatie is.',
            en: "Mention only the town or area, unless it is the organisation's address.",
          },
        ),
      );
      continue;
    }
    const severity = addressSeverity(ctx, { start, end, postcode: true });
    out.push(
      finding(
        'uk-address',
        severity,
        start,
        end,
        severity === 'block'
          ? {
              nl: 'Dit is een woonadres (huisnummer en Britse postcode). Daarmee is iemand te vinden.',
              en: 'This is a home address (house number and UK postcode). It makes someone findable.',
            }
          : {
              nl: 'Hier staat een adres dat niet op de lijst met adressen van de organisatie staat.',
              en: "This address is not on the organisation's list of its own addresses.",
            },
        severity === 'block'
          ? FIX_REMOVE
          : {
              nl: 'Is dit een openbare locatie of een adres van de organisatie? Voeg het toe aan de lijst; anders weghalen.',
              en: "Is this a public venue or the organisation's address? Add it to the list; otherwise remove it.",
            },
      ),
    );
  }
}
