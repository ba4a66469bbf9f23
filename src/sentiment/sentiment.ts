// Sentiment of one message, as an indication (never a verdict). Pure after the lexicons load.
// Lexicon method (docs/sentiment.md): Pattern's Dutch lexicon and VADER for English, one
// VADER-style engine with negation, boosters, contrast, emoji and care-specific terms.
import { detectLang } from '../guard/lang-detect.ts';
import { tokenize } from '../guard/tokenize.ts';
import { features, probabilities } from './learned.ts';
import { LEARNED } from './learned-weights.ts';
import { emoticons } from './lexicons.ts';
import { type ScoreOptions, scoreText } from './score.ts';
import { type SentimentLang, tokenize as sentimentTokens } from './tokens.ts';

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

export interface SentimentOptions extends ScoreOptions {
  /**
   * The learned layer (learned.ts, trained on development texts only) decides the label from the
   * words and the lexicon score; the score is then P(positive) − P(negative).
   */
  learned?: boolean;
}

export const FULL: SentimentOptions = { care: true, careRules: true, emoji: true, notices: true, learned: false };

export function labelOf(score: number, lang: SentimentLang): SentimentLabel {
  return score >= NEUTRAL_BAND[lang] ? 'positive' : score <= -NEUTRAL_BAND[lang] ? 'negative' : 'neutral';
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function sentimentOf(text: string, lang?: SentimentLang, options: SentimentOptions = FULL): Sentiment {
  const l = lang ?? detectLang(tokenize(text));
  const lexical = round(scoreText(text, l, options));
  if (!options.learned) return { sentiment: labelOf(lexical, l), score: lexical, lang: l };
  const p = probabilities(LEARNED, features(sentimentTokens(text, emoticons()), l, lexical));
  const sentiment: SentimentLabel = p.positive >= p.negative && p.positive >= p.neutral ? 'positive' : p.negative >= p.neutral ? 'negative' : 'neutral';
  return { sentiment, score: round(p.positive - p.negative), lang: l };
}
