import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import { PRESCRIPTION_ONLY, PROMO_CUES } from '../lexicon/medical.ts';
import type { Finding } from '../types.ts';

const PROMO_RE = new RegExp(`(?:^|[^\\p{L}])(?:${[...PROMO_CUES].join('|')})(?![\\p{L}])|[®™]`, 'u');

/** Geneesmiddelenwet art. 85: no advertising of prescription-only medicines to the public. */
export function detectPrescriptionMedicine(ctx: ScanContext, out: Finding[]): void {
  let promo: boolean | undefined;
  for (const t of ctx.tokens) {
    if (!PRESCRIPTION_ONLY.has(t.lower)) continue;
    promo ??= PROMO_RE.test(ctx.lower);
    out.push(
      finding(
        'prescription-medicine',
        promo ? 'block' : 'info',
        t.start,
        t.end,
        promo
          ? {
              nl: `"${t.text}" is een geneesmiddel op recept. Reclame daarvoor richting publiek is verboden (Geneesmiddelenwet art. 85).`,
              en: `"${t.text}" is a prescription-only medicine. Advertising it to the public is prohibited (Dutch Medicines Act art. 85).`,
            }
          : {
              nl: `"${t.text}" is een geneesmiddel op recept. Informeren mag, aanprijzen niet.`,
              en: `"${t.text}" is a prescription-only medicine. Informing is fine, promoting is not.`,
            },
        {
          nl: 'Schrijf neutraal en informatief en verwijs naar de huisarts of apotheek, zonder aanprijzing of actie.',
          en: 'Write neutrally and informatively and refer to the GP or pharmacy, without promotion or offers.',
        },
      ),
    );
  }
}
