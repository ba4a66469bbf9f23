import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import { findAddresses } from './address.ts';

/** A postcode on its own narrows a person down to a street: warn (with a house number: see address.ts). */
export function detectPostcode(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  const { addresses, postcodes } = findAddresses(ctx);
  for (const p of postcodes) {
    if (addresses.some((a) => a.start <= p.start && a.end >= p.end)) continue;
    out.push(
      finding(
        'postcode',
        'warn',
        p.start,
        p.end,
        {
          nl: 'Dit is een postcode. Samen met andere gegevens kan dat iemand herkenbaar maken.',
          en: 'This is a Dutch postcode. Combined with other details it can identify someone.',
        },
        {
          nl: 'Noem alleen de plaats of wijk, tenzij het een adres van de organisatie is.',
          en: "Mention only the town or district, unless it is the organisation's address.",
        },
      ),
    );
  }
}
