import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import { countSyllablesEn, countSyllablesNl, readingEase } from '../syllables.ts';
import type { Finding } from '../types.ts';

const MIN_WORDS = 25; // shorter texts give meaningless scores
export const TARGET_SCORE = 60;

export function readabilityScore(ctx: ScanContext): number | undefined {
  if (ctx.tokens.length < MIN_WORDS) return undefined;
  let words = 0;
  let syllables = 0;
  const count = ctx.lang === 'nl' ? countSyllablesNl : countSyllablesEn;
  for (const t of ctx.tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) continue; // numbers are read as one unit, skip them
    words++;
    syllables += count(t.lower);
  }
  if (words < MIN_WORDS) return undefined;
  const sentences = (ctx.tokens[ctx.tokens.length - 1]?.sent ?? 0) + 1;
  return readingEase(ctx.lang, words, sentences, syllables);
}

/** B1 reaches about 80% of adults; one in four Dutch people has limited health literacy. */
export function detectReadability(ctx: ScanContext, out: Finding[]): void {
  const score = readabilityScore(ctx);
  if (score === undefined || score >= TARGET_SCORE) return;
  const s = Math.round(score);
  out.push(
    finding(
      'readability',
      'info',
      0,
      ctx.text.length,
      {
        nl: `De leesbaarheid is ${s} (Flesch-Douma); voor taalniveau B1 is 60 of hoger het doel.`,
        en: `Readability is ${s} (Flesch Reading Ease); aim for 60 or higher (plain language).`,
      },
      {
        nl: 'Maak zinnen korter en kies kortere, gewone woorden.',
        en: 'Use shorter sentences and shorter, everyday words.',
      },
    ),
  );
}
