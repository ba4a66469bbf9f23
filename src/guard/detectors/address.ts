import { squeeze, type ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

// Dutch postcode: 4 digits (first 1-9) + 2 capitals, never SA, SD or SS. Units such as
// "1000 MG" or "500 ML" are not postcodes.
const POSTCODE_RE = /\b[1-9]\d{3} ?(?!SA|SD|SS|MG|ML|KG|KM|CM|MM|KB|MB|GB|PM|AM|KW|HZ|IE|EU)[A-Z]{2}\b/g;
const STREET_SUFFIX =
  'straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park|pad|steeg|dijk|baan|markt|plantsoen|veld|erf|wal|burgwal|haven|ring|boulevard|allee|akker|weide|straatweg|zoom|hoeve|berg';
// "Dorpsstraat 12", "Lange Nieuwstraat 3a", "Prins Hendrikkade 5-II"
const NL_STREET_RE = new RegExp(
  `(?:\\b\\p{Lu}[\\p{L}'-]*\\s)?\\b\\p{Lu}[\\p{L}'-]*(?:${STREET_SUFFIX})\\s+\\d{1,4}(?:\\s?[a-zA-Z]\\b)?(?:[-/]\\d{1,4})?\\b`,
  'gu',
);
// "12 Baker Street", "4 Mill Lane"
const EN_STREET_RE = /\b\d{1,4}[a-z]?,?\s+(?:\p{Lu}\p{L}+\s+){1,2}(?:Street|Road|Lane|Avenue|Drive|Close|Way|Crescent|Gardens|Place|Court|Terrace|St|Rd)\b/gu;
// Streets without a telling suffix ("Lange Voorhout 12", "Oude Rijn 81") are found through a
// postcode right after them or a verb of living right before them.
const BEFORE_POSTCODE_RE = /(?:\p{Lu}[\p{L}'-]*\s){1,3}\d{1,4}(?:\s?[a-z]\b)?(?:-\d{1,4})?,?\s?$/u;
const LIVES_AT_RE =
  /\b(?:woont|woonde|wonen|verhuisd naar|lives at|lived at|living at|moved to)\s+(?:nu\s+|now\s+)?(?:op|aan|in|naar|at|to)?\s*(?:de\s+|het\s+)?((?:\p{Lu}[\p{L}'-]*\s){1,3}\d{1,4}(?:\s?[a-z]\b)?(?:-\d{1,4})?)/gu;
const RESIDENCE_RE = /\b(woont|woonde|woonachtig|wonend|verhuisd|thuis|adres|lives|lived|living|home|address|resides)\b/;
const VENUE_RE =
  /\b(locatie|buurthuis|wijkcentrum|bibliotheek|gemeentehuis|stadhuis|kerk|school|sporthal|theater|zaal|centrum|kantoor|vestiging|praktijk|polikliniek|ziekenhuis|venue|library|hall|centre|center|church|office|clinic|waar|where|plaats)\b/;

export interface AddressSpan {
  start: number;
  end: number;
  postcode: boolean;
}

const cache = new WeakMap<ScanContext, { addresses: AddressSpan[]; postcodes: { start: number; end: number }[] }>();

export function isAllowed(ctx: ScanContext, s: string): boolean {
  const k = squeeze(s);
  return k.length > 0 && ctx.allow.addresses.some((a) => a.includes(k));
}

/** Street + house number, postcode + house number, and bare postcodes, minus the org's own. */
export function findAddresses(ctx: ScanContext) {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const addresses: AddressSpan[] = [];
  const postcodes: { start: number; end: number }[] = [];
  const text = ctx.text;
  if (ctx.hasDigit) {
    POSTCODE_RE.lastIndex = 0;
    for (let m = POSTCODE_RE.exec(text); m; m = POSTCODE_RE.exec(text)) {
      if (!isAllowed(ctx, m[0])) postcodes.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const re of [NL_STREET_RE, EN_STREET_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (isAllowed(ctx, m[0])) continue;
        let end = m.index + m[0].length;
        let postcode = false;
        // A postcode shortly after the street belongs to the same address.
        for (const p of postcodes) {
          if (p.start >= end && p.start - end <= 4) {
            end = p.end;
            postcode = true;
          }
        }
        addresses.push({ start: m.index, end, postcode });
      }
    }
    for (const p of postcodes) {
      if (addresses.some((a) => a.start <= p.start && a.end >= p.end)) continue;
      const head = BEFORE_POSTCODE_RE.exec(text.slice(Math.max(0, p.start - 50), p.start));
      if (head && !isAllowed(ctx, head[0])) addresses.push({ start: p.start - head[0].length, end: p.end, postcode: true });
    }
    LIVES_AT_RE.lastIndex = 0;
    for (let m = LIVES_AT_RE.exec(text); m; m = LIVES_AT_RE.exec(text)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (addresses.some((a) => a.start <= start && a.end > start) || isAllowed(ctx, m[1]!)) continue;
      addresses.push({ start, end: m.index + m[0].length, postcode: false });
    }
    // "1234 AB 12": postcode followed by a house number.
    for (const p of postcodes) {
      const after = /^,?\s*(\d{1,4}[a-z]?)\b/.exec(text.slice(p.end, p.end + 8));
      if (after && !addresses.some((a) => a.start <= p.start && a.end >= p.end)) {
        addresses.push({ start: p.start, end: p.end + after[0].length, postcode: true });
      }
    }
  }
  const res = { addresses, postcodes };
  cache.set(ctx, res);
  return res;
}

// Said after the address: "... voor Molenweg 23b. De heer X die daar woont", "where she lives".
const LIVES_THERE_RE = /\b(?:daar woont|daar woonde|daar wonen|woont daar|woonde daar|er woont|where (?:she|he|they) lives?|who lives? there|lives there)\b/;

/** A home address blocks: someone lives there, or it has a postcode and is not a venue. */
export function addressSeverity(ctx: ScanContext, a: AddressSpan): 'block' | 'warn' {
  const before = ctx.before(a.start, 80);
  const venue = VENUE_RE.test(before);
  const personNear = ctx.persons.some((p) => !p.notPatient && p.end <= a.start && a.start - p.end < 80);
  const residence = personNear || RESIDENCE_RE.test(before) || LIVES_THERE_RE.test(ctx.after(a.end, 100));
  return residence || (a.postcode && !venue) ? 'block' : 'warn';
}

export function detectAddress(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  for (const a of findAddresses(ctx).addresses) {
    const severity = addressSeverity(ctx, a);
    out.push(
      finding(
        'address',
        severity,
        a.start,
        a.end,
        severity === 'block'
          ? {
              nl: 'Dit is een woonadres (straat en huisnummer of postcode en huisnummer). Daarmee is iemand te vinden.',
              en: 'This is a home address (street and number, or postcode and number). It makes someone findable.',
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
