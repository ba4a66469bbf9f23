import type { ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// 10 digits, bare or grouped 3-3-4 (spaces or dashes).
const NHS_RE = /(?<![\w.,+/-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w/-]|[.,]\d)/g;
// The word may also follow: "943 476 5919 (NHS)".
const CONTEXT_AFTER_RE = /^[\s,(]{0,3}(?:(?:is\s+)?(?:my|his|her|their|your|our|the|mijn|zijn|haar)\s+)?nhs\b/;
const CONTEXT_RE = /\b(nhs|chi|h&c)(?: number| no\.?| nr\.?| #|-nummer|nummer)?\b/;

/** NHS number check digit: weights 10..2 over the first nine digits, 11 − (sum mod 11); 10 is never issued. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (10 - i) * (digits.charCodeAt(i) - 48);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === digits.charCodeAt(9) - 48;
}

/**
 * NHS number (England, Wales, Isle of Man). With the word NHS nearby: block (a failing check
 * digit still gets a warning, it may be a typo). Without it, a valid number in the NHS's spaced
 * 3-3-4 grouping is a warning: Dutch phone numbers start with 0 and are left to the phone rule.
 */
export function detectNhsNumber(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  NHS_RE.lastIndex = 0;
  for (let m = NHS_RE.exec(ctx.text); m; m = NHS_RE.exec(ctx.text)) {
    const digits = m[1]! + m[3]! + m[4]!;
    const context = CONTEXT_RE.test(ctx.before(m.index, 40)) || CONTEXT_AFTER_RE.test(ctx.after(m.index + m[0].length, 20));
    const valid = isValidNhsNumber(digits);
    // Without the word, only the NHS's own spaced 3-3-4 form: dashed 3-3-4 is how US phone numbers look.
    if (!context && (!valid || m[2] !== ' ' || digits[0] === '0')) continue;
    out.push(
      finding(
        'nhs-number',
        valid && context ? 'block' : 'warn',
        m.index,
        m.index + m[0].length,
        valid
          ? {
              nl: 'Dit lijkt een Brits NHS-nummer. Daarmee is een patiënt te herleiden.',
              en: 'This looks like an NHS number. It identifies a patient.',
            }
          : {
              nl: 'Hier staat een nummer bij het woord NHS. Ook een (verkeerd getypt) NHS-nummer hoort niet in een bericht.',
              en: 'A number follows the word NHS. Even a mistyped NHS number does not belong in a post.',
            },
        FIX_REMOVE,
      ),
    );
  }
}
