// Types for the two lexicon packages, which ship none. Only the parts Zorgpost uses.
declare module 'vader-sentiment' {
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    /** -1 … 1, the normalised sum of valences. */
    compound: number;
  }
  export const SentimentIntensityAnalyzer: { polarity_scores(text: string): PolarityScores };
}

declare module '@nlpjs/lang-nl' {
  /** Snowball-style Dutch stemmer; Pattern's lexicon in this package is keyed by its stems. */
  export class StemmerNl {
    stem(word: string): string;
  }
}
