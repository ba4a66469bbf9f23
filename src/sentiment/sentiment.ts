// Sentiment of one message, as an indication (never a verdict). Pure after the lexicons load.
// Lexicon method (docs/sentiment.md): Pattern's Dutch lexicon and VADER for English, one
// VADER-style engine with negation, boosters, contrast, emoji and care-specific terms.
import { detectLang } from '../guard/lang-detect.ts';
import { tokenize } from '../guard/tokenize.ts';
import { type ScoreOptions, scoreText } from './score.ts';
import type { SentimentLang } from './tokens.ts';

export type SentimentLabel = 'positive' | 'negative' | 'neutral';

export interface Sentiment {
  sentiment: SentimentLabel;
  /** -1 (very negative) … 1 (very positive); an indication, not a measurement. */
  score: number;
  /** The language scored in (given, or detected when not given). */
  lang: SentimentLang;
}

/** |score| below this reads as neutral (chosen on the development split: docs/sentiment.md). */
export const NEUTRAL_BAND: Record<SentimentLang, number> = { nl: 0.05, en: 0.05 };

export const FULL: ScoreOptions = { care: true, careRules: true, emoji: true, notices: true };

export function labelOf(score: number, lang: SentimentLang): SentimentLabel {
  return score >= NEUTRAL_BAND[lang] ? 'positive' : score <= -NEUTRAL_BAND[lang] ? 'negative' : 'neutral';
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function sentimentOf(text: string, lang?: SentimentLang, options: ScoreOptions = FULL): Sentiment {
  const l = lang ?? detectLang(tokenize(text));
  const score = round(scoreText(text, l, options));
  return { sentiment: labelOf(score, l), score, lang: l };
}
