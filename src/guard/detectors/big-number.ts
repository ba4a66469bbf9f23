import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';

const BIG_RE = /(?<![\d-])\d{11}(?![\d-])/g;
const CONTEXT_RE = /\bbig\b|big-?(?:nummer|registratie|register)/;

/** BIG numbers are public for professionals; flag the ones that are not the org's own. */
export function detectBigNumber(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  BIG_RE.lastIndex = 0;
  for (let m = BIG_RE.exec(ctx.text); m; m = BIG_RE.exec(ctx.text)) {
    if (ctx.allow.bigNumbers.has(m[0])) continue;
    if (!CONTEXT_RE.test(ctx.before(m.index, 30))) continue;
    out.push(
      finding(
        'big-number',
        'warn',
        m.index,
        m.index + m[0].length,
        {
          nl: 'Dit is een BIG-nummer dat niet op de lijst van eigen zorgverleners staat.',
          en: "This is a BIG registration number that is not on the list of the organisation's professionals.",
        },
        {
          nl: 'Controleer of het bij de genoemde zorgverlener hoort en zet het op de lijst; anders weghalen.',
          en: 'Check that it belongs to the professional named and add it to the list; otherwise remove it.',
        },
      ),
    );
  }
}
