import type { ScanContext } from '../context.ts';
import { FIX_REMOVE, finding } from '../finding.ts';
import type { Finding } from '../types.ts';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october|mar|oct';
// dd-mm-jjjj, d/m/jj, dd.mm.jjjj, "12 maart 1984", "12 mrt '84", ISO 1984-03-12, "March 12, 1984"
const DATE_RE = new RegExp(
  [
    `\\b(?:[0-2]?\\d|3[01])([-/. ])(?:0?[1-9]|1[0-2])\\1(?:(?:19|20)\\d{2}|'?\\d{2})(?!\\d)`,
    `\\b(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:[0-2]\\d|3[01])\\b`,
    // US order, month first, where the day cannot be a month: 03/14/1952
    `\\b(?:0?[1-9]|1[0-2])([-/.])(?:1[3-9]|2\\d|3[01])\\2(?:(?:19|20)\\d{2}|\\d{2})(?!\\d)`,
    `\\b(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+(?:(?:19|20)\\d{2}|'\\d{2})(?!\\d)`,
    `\\b(?:${MONTHS})\\.?\\s+(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b`,
  ].join('|'),
  'gi',
);
const BIRTH_CONTEXT_RE =
  /(\bb\.\s*$|\bgeb\.?|\bgeboren|\bgeboortedatum|\bgeboortedag|\bborn\b|\bdob\b|d\.o\.b|date of birth|birth ?date|\bgeb\.datum|\(\*|°|\*\s*$)/;
const THIS_YEAR = new Date().getFullYear();

function yearOf(date: string): number {
  const four = /(19|20)\d{2}/.exec(date);
  if (four) return Number(four[0]);
  const two = /'?(\d{2})$/.exec(date);
  if (!two) return THIS_YEAR;
  const yy = Number(two[1]);
  return yy > THIS_YEAR % 100 ? 1900 + yy : 2000 + yy;
}

/** Dates with birth context, or a long-past date right after a person's name ("Jan (12-03-1951)"). */
export function detectDateOfBirth(ctx: ScanContext, out: Finding[]): void {
  if (!ctx.hasDigit) return;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(ctx.text); m; m = DATE_RE.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    let birth = BIRTH_CONTEXT_RE.test(ctx.before(start, 35));
    if (!birth && yearOf(m[0]) <= THIS_YEAR - 12) {
      birth = ctx.persons.some((p) => !p.notPatient && p.end <= start && start - p.end <= 25);
    }
    if (!birth) continue;
    out.push(
      finding(
        'date-of-birth',
        'block',
        start,
        end,
        {
          nl: 'Dit lijkt een geboortedatum. Samen met een naam of woonplaats is iemand daarmee direct herkenbaar.',
          en: 'This looks like a date of birth. With a name or town it identifies someone directly.',
        },
        FIX_REMOVE,
      ),
    );
  }
}
