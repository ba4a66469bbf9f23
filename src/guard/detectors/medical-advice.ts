import type { ScanContext } from '../context.ts';
import { FIX_PRIVATE_CHANNEL, finding } from '../finding.ts';
import { DEPARTMENTS } from '../lexicon/medical.ts';
import { PATIENT_ROLES } from '../lexicon/titles.ts';
import type { Finding } from '../types.ts';
import { isHealthWord } from './health-terms.ts';

const ADVICE_RE =
  /\b(?:u kunt (?:het )?(?:beste|beter)|je kunt (?:het )?(?:beste|beter)|ik (?:zou|raad)|(?:wij|we) raden|(?:wij|we) adviseren (?:u|je)|(?:neem|slik|gebruik|verhoog|verlaag|halveer|stop|probeer|smeer)\s+(?:dan|maar|gerust|eens|met|u|je|twee|een|drie|\d)|you should|i would (?:take|recommend|suggest)|we (?:would )?(?:recommend|suggest|advise)|try (?:taking|using)|take (?:\d|two|one|an?)\b|stop taking|increase your|reduce your|double your)/giu;
const DOSE_RE = /\d+\s?(?:mg|mcg|µg|ml|tablet|tabletten|pillen|pills|keer per dag|times a day)\b/i;

/** Individual medical advice in a public reply: warn and point to the private channel. */
export function detectMedicalAdvice(ctx: ScanContext, out: Finding[]): void {
  if (ctx.kind !== 'reply') return;
  ADVICE_RE.lastIndex = 0;
  for (let m = ADVICE_RE.exec(ctx.text); m; m = ADVICE_RE.exec(ctx.text)) {
    const ti = ctx.tokenAt(m.index);
    const sent = ctx.tokens[ti]?.sent;
    if (sent === undefined) continue;
    let end = m.index + m[0].length;
    // "Call the clinic" is not medical advice: a condition, treatment, medicine or dose must be in it.
    let medical = false;
    for (let j = ti; j < ctx.tokens.length && ctx.tokens[j]!.sent === sent; j++) {
      const t = ctx.tokens[j]!;
      end = t.end;
      if (isHealthWord(t.lower) && !DEPARTMENTS.has(t.lower) && !PATIENT_ROLES.has(t.lower) && !t.lower.endsWith('afdeling')) medical = true;
    }
    const inSentence = medical || DOSE_RE.test(ctx.text.slice(m.index, end));
    if (!inSentence) continue;
    out.push(
      finding(
        'medical-advice',
        'warn',
        m.index,
        end,
        {
          nl: 'Dit is persoonlijk medisch advies in een openbare reactie.',
          en: 'This is individual medical advice in a public reply.',
        },
        FIX_PRIVATE_CHANNEL,
      ),
    );
    ADVICE_RE.lastIndex = Math.max(ADVICE_RE.lastIndex, end);
  }
}
