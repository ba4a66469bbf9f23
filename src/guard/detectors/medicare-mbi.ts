import type { ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// Medicare Beneficiary Identifier (CMS): 11 characters, C A AN N A AN N A A N N, where A is a
// capital other than S, L, O, I, B, Z; often printed as 4-3-4 with dashes.
const A = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';
const MBI_RE = new RegExp(`(?<![\\w-])[1-9]${A}${AN}\\d-?${A}${AN}\\d-?${A}${A}\\d\\d(?![\\w-])`, 'g');
const CONTEXT_RE = /\b(medicare|mbi|beneficiary (?:id|identifier|number)|medicare (?:number|card|id))\b/;

// Australian Medicare card number: 10 digits (often 4-5-1) plus an optional issue digit; the first is
// 2-6 and the ninth a weighted check digit (1,3,7,9,1,3,7,9 mod 10). Only with the word Medicare nearby:
// ten digits alone are far more often a phone number.
const AU_MEDICARE_RE = /(?<![\w.,+/-])([2-6]\d{3})[ ]?(\d{5})[ ]?(\d)(?:[ /-]?(\d))?(?![\w/-]|[.,]\d)/g;
const AU_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

export function isValidAuMedicare(digits: string): boolean {
  if (!/^[2-6]\d{8,10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * AU_WEIGHTS[i]!;
  return sum % 10 === digits.charCodeAt(8) - 48;
}

function detectAuMedicare(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.lower.includes('medicare')) return;
  AU_MEDICARE_RE.lastIndex = 0;
  for (let m = AU_MEDICARE_RE.exec(ctx.text); m; m = AU_MEDICARE_RE.exec(ctx.text)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 10 || !isValidAuMedicare(digits)) continue;
    if (
      !/\bmedicare\b/.test(ctx.before(m.index, 50)) &&
      !/^[\s,(]{0,3}(?:(?:is\s+)?(?:my|his|her|their|the)\s+)?medicare\b/.test(ctx.after(m.index + m[0].length, 25))
    )
      continue;
    out.push(
      finding(
        'medicare-mbi',
        'block',
        m.index,
        m.index + m[0].length,
        {
          nl: 'Dit lijkt een Australisch Medicare-nummer. Daarmee is een patiënt te herleiden.',
          en: 'This looks like an Australian Medicare card number. It identifies a patient.',
        },
        FIX_REMOVE,
      ),
    );
  }
}

/** Medicare number: block with the word Medicare/MBI nearby, warn for the bare format. */
export function detectMedicareMbi(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  detectAuMedicare(ctx, out);
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
