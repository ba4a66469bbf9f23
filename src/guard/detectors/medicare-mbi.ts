import type { ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// Medicare Beneficiary Identifier (CMS): 11 characters, C A AN N A AN N A A N N, where A is a
// capital other than S, L, O, I, B, Z; often printed as 4-3-4 with dashes.
const A = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';
const MBI_RE = new RegExp(`(?<![\\w-])[1-9]${A}${AN}\\d-?${A}${AN}\\d-?${A}${A}\\d\\d(?![\\w-])`, 'g');
const CONTEXT_RE = /\b(medicare|mbi|beneficiary (?:id|identifier|number)|medicare (?:number|card|id))\b/;

/** Medicare number: block with the word Medicare/MBI nearby, warn for the bare format. */
export function detectMedicareMbi(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  MBI_RE.lastIndex = 0;
  for (let m = MBI_RE.exec(ctx.text); m; m = MBI_RE.exec(ctx.text)) {
    const context = CONTEXT_RE.test(ctx.before(m.index, 50));
    out.push(
      finding(
        'medicare-mbi',
        context ? 'block' : 'warn',
        m.index,
        m.index + m[0].length,
        {
          nl: 'Dit lijkt een Amerikaans Medicare-nummer (MBI). Daarmee is een patiënt te herleiden.',
          en: 'This looks like a Medicare Beneficiary Identifier (MBI). It identifies a patient.',
        },
        FIX_REMOVE,
      ),
    );
  }
}
