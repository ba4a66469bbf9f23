import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { phoneKey, type ScanContext } from '../context.ts';
import { FIX_PRIVATE_CHANNEL, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// Cheap candidate scan first; libphonenumber only parses what looks like a number starting
// with 0, +, 00 or "(0": that keeps the guard fast on ordinary text.
const CANDIDATE_RE = /(?<![\w+/.-])(?:\+|00|\(0|0)\d?[\d \-().]{7,16}\d(?![\w-]|[.,]\d)/g;
const SERVICE_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN']);
const ORG_CONTEXT_RE =
  /\b(ons|onze|our|us|we|wij|team|afdeling|praktijk|receptie|secretariaat|servicedesk|klantenservice|infolijn|informatielijn|spreekuur|bereikbaar|aanmelden|hoofdnummer|centrale|polikliniek|locatie|reception|helpline|office)\b/;
const PERSONAL_RE =
  /\b(mijn|haar|zijn|hun|my|me|her|his|privé|prive|private|mobiel|mobile|cell|cellphone|gsm|whatsapp|thuis|home|dochter|zoon|partner|man|vrouw|moeder|vader|daughter|son|husband|wife|mother|father|mum|mom|dad)\b/;
// North American numbers, written with separators: (555) 867-5309, 617-555-0199, 212.555.0147.
const NANP_RE = /(?<![\w+/.-])(?:\+?1[ .-]?)?(?:\(([2-9]\d\d)\)\s?|([2-9]\d\d)([-. ]))[2-9]\d\d[-. ]\d{4}(?![\w-]|[.,]\d)/g;
const NANP_TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888', '900']);

/**
 * Number type. Dutch numbers are classified by their prefix (fast, no parsing); anything
 * international goes through libphonenumber-js.
 */
export function classify(raw: string): string | undefined {
  const d = raw.replace(/\D+/g, '');
  const t = raw.trimStart();
  let national: string | undefined;
  if (t.startsWith('+31')) national = d.slice(2);
  else if (t.startsWith('0031')) national = d.slice(4);
  else if (!t.startsWith('+') && !t.startsWith('00') && d.length === 10) national = d.slice(1);
  if (national !== undefined) {
    if (national.length !== 9 || national[0] === '0') return undefined;
    if (/^6[1-58]/.test(national)) return 'MOBILE';
    if (/^(?:800|90[069]|8[458]|91)/.test(national)) return 'UAN'; // service, business, VoIP ranges
    if (/^[1-57]/.test(national)) return 'FIXED_LINE';
    return undefined;
  }
  // Eleven digits from 0: a British national number (07700 900123, 0113 496 0123).
  if (!t.startsWith('+') && !t.startsWith('00') && d.length === 11 && d[0] === '0') {
    const gb = parsePhoneNumberFromString(raw.replace(/[()]/g, ' '), 'GB');
    if (!gb) return undefined;
    if (!gb.isValid()) return gb.isPossible() ? 'UNKNOWN' : undefined;
    return gb.getType() ?? 'FIXED_LINE_OR_MOBILE';
  }
  if (!t.startsWith('+') && !t.startsWith('00')) return undefined;
  const parsed = parsePhoneNumberFromString(raw.replace(/[()]/g, ' '), 'NL');
  if (!parsed) return undefined;
  // A possible but unassigned number (a typo, a fictional range) is still someone's number to us.
  if (!parsed.isValid()) return parsed.isPossible() ? 'UNKNOWN' : undefined;
  return parsed.getType() ?? 'FIXED_LINE_OR_MOBILE';
}

function candidates(ctx: ScanContext): { raw: string; index: number; type: string }[] {
  const found: { raw: string; index: number; type: string }[] = [];
  CANDIDATE_RE.lastIndex = 0;
  for (let m = CANDIDATE_RE.exec(ctx.text); m; m = CANDIDATE_RE.exec(ctx.text)) {
    const raw = m[0];
    let digits = 0;
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) digits++;
    if (digits < 9 || digits > 15) continue;
    const type = classify(raw);
    if (type) found.push({ raw, index: m.index, type });
  }
  NANP_RE.lastIndex = 0;
  for (let m = NANP_RE.exec(ctx.text); m; m = NANP_RE.exec(ctx.text)) {
    if (found.some((f) => f.index < m!.index + m![0].length && m!.index < f.index + f.raw.length)) continue;
    const area = m[1] ?? m[2]!;
    found.push({ raw: m[0], index: m.index, type: NANP_TOLL_FREE.has(area) ? 'TOLL_FREE' : 'FIXED_LINE_OR_MOBILE' });
  }
  return found;
}

const IBAN_HEAD_RE = /\b[A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?){1,2}$/;

export function detectPhone(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  for (const { raw, index, type } of candidates(ctx)) {
    if (SERVICE_TYPES.has(type)) continue;
    if (ctx.allow.phones.has(phoneKey(raw))) continue;
    const start = index;
    const end = start + raw.length;
    // The digits of an IBAN ("NL03 RABO 0312 4567 89"): the iban rule judges it, also when it is the org's own.
    if (IBAN_HEAD_RE.test(ctx.text.slice(Math.max(0, start - 16), start))) continue;
    const before = ctx.before(start, 60);
    const personNear = ctx.persons.some((p) => !p.notPatient && p.end <= start && start - p.end < 60);
    const personal =
      personNear || PERSONAL_RE.test(before) || /^[\s,(]*(?:at home|thuis|privé|prive|\(?home\)?|\(?mobile\)?|mobiel)\b/.test(ctx.after(end, 16));
    const orgish = !personal && ORG_CONTEXT_RE.test(before);
    const severity = personal ? 'block' : orgish ? 'warn' : type === 'MOBILE' ? 'block' : 'warn';
    out.push(
      finding(
        'phone',
        severity,
        start,
        end,
        severity === 'block'
          ? {
              nl: 'Dit lijkt een privételefoonnummer. Dat hoort niet in een openbaar bericht.',
              en: 'This looks like a private phone number. It does not belong in a public post.',
            }
          : {
              nl: 'Dit telefoonnummer staat niet op de lijst met nummers van de organisatie.',
              en: "This phone number is not on the organisation's list of its own numbers.",
            },
        severity === 'block'
          ? FIX_PRIVATE_CHANNEL
          : {
              nl: 'Is het een nummer van de organisatie? Zet het op de lijst met eigen nummers; anders weghalen.',
              en: "Is it the organisation's number? Add it to the list of own numbers; otherwise remove it.",
            },
      ),
    );
  }
}
