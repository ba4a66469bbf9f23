import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';

const AGB_RE = /(?<![\d-])\d{8}(?![\d-])/g;
const CONTEXT_RE = /\bagb\b|agb-?code/;

/** AGB codes (Vektis) identify care providers; only with the word AGB nearby, 8 digits are common. */
export function detectAgb(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  AGB_RE.lastIndex = 0;
  for (let m = AGB_RE.exec(ctx.text); m; m = AGB_RE.exec(ctx.text)) {
    if (!CONTEXT_RE.test(ctx.before(m.index, 30))) continue;
    out.push(
      finding(
        'agb',
        'warn',
        m.index,
        m.index + m[0].length,
        {
          nl: 'Dit is een AGB-code. Die hoort zelden in een bericht voor het publiek.',
          en: 'This is an AGB code (Dutch care provider code). It rarely belongs in a public post.',
        },
        { nl: 'Haal de code weg, tenzij het bericht erom vraagt.', en: 'Remove the code unless the post needs it.' },
      ),
    );
  }
}
