// Sentiment of one message, as an indication (never a verdict). Pure (no I/O).
// PLACEHOLDER signature for the inbox and listening; the measured lexicon method replaces the body.
export type SentimentLabel = 'positive' | 'negative' | 'neutral';

export interface Sentiment {
  sentiment: SentimentLabel;
  /** -1 (very negative) … 1 (very positive). */
  score: number;
}

export function sentimentOf(_text: string, _lang?: 'nl' | 'en'): Sentiment {
  return { sentiment: 'neutral', score: 0 };
}
