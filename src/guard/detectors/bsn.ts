import { isValidBsn } from '../checksums.ts';
import type { ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// 9 digits, optionally grouped 3-3-3 or 4-2-3 (by spaces, dots or dashes: every dash is a "-"
// after normalisation); 8 digits for a BSN written without its leading zero.
const BSN_RE = /(?<![\w.,+/-])(\d{3}[ .-]?\d{3}[ .-]?\d{3}|\d{4}[ .-]\d{2}[ .-]\d{3}|\d{8})(?![\w/-]|[.,]\d)/g;
const CONTEXT_RE = /\b(bsn|burgerservice-?nummer|sofi-?nummer|sofi|citizen service number)\b/;
const CONTEXT_AFTER_RE =
  /^[\s,(]{0,3}(?:(?:is|als)\s+)?(?:(?:mijn|m'n|zijn|haar|het|uw|je|my|his|her)\s+)?(?:bsn|burgerservice-?nummer|sofi-?nummer|citizen service number)\b/;

/** BSN: elfproef plus context words. A BSN never belongs in a post (UAVG art. 46). */
export function detectBsn(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  BSN_RE.lastIndex = 0;
  for (let m = BSN_RE.exec(ctx.text); m; m = BSN_RE.exec(ctx.text)) {
    const digits = m[1]!.replace(/\D/g, '');
    // The word before it, or right after it: "123456782 (burgerservicenummer)", "123456782 is mijn BSN".
    const context = CONTEXT_RE.test(ctx.before(m.index, 40)) || CONTEXT_AFTER_RE.test(ctx.after(m.index + m[0].length, 30));
    if (digits.length === 8 && !context) continue;
    const valid = isValidBsn(digits);
    if (!valid && !context) continue;
    const severity = valid && context ? 'block' : 'warn';
    out.push(
      finding(
        'bsn',
        severity,
        m.index,
        m.index + m[0].length,
        valid
          ? {
              nl: 'Dit lijkt een burgerservicenummer (BSN). Een BSN mag nooit in een bericht staan.',
              en: 'This looks like a Dutch citizen service number (BSN). A BSN must never appear in a post.',
            }
          : {
              nl: 'Hier staat een nummer bij het woord BSN. Ook een (verkeerd getypt) BSN hoort niet in een bericht.',
              en: 'A number follows the word BSN. Even a mistyped BSN does not belong in a post.',
            },
        FIX_REMOVE,
      ),
    );
  }
}
