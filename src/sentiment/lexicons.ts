// The two published lexicons, loaded once from their packages:
// - VADER (Hutto & Gilbert 2014, Apache-2.0): English words and emoticons, valence -4 … 4.
// - Pattern's Dutch adjective lexicon (De Smedt & Daelemans 2012, BSD/PDDL) as bundled by
//   @nlpjs/lang-nl: stems (its StemmerNl) with polarity -1 … 1, scaled here to VADER's range so
//   one scoring engine serves both languages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StemmerNl } from '@nlpjs/lang-nl';

const require = createRequire(import.meta.url);

/** Pattern polarity × this = VADER-scale valence (measured on the development split: docs/sentiment.md). */
export const PATTERN_SCALE = 3;

export const PATTERN_MIN = 0.2;

let vader: Map<string, number> | undefined;
let pattern: Map<string, number> | undefined;
let stemmer: StemmerNl | undefined;

export function vaderLexicon(): Map<string, number> {
  if (!vader) {
    const text = readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8');
    vader = new Map();
    for (const line of text.split('\n')) {
      const [word, value] = line.split('\t');
      if (word && value) vader.set(word, Number(value));
    }
  }
  return vader;
}

export function patternLexicon(): Map<string, number> {
  if (!pattern) {
    const raw = require('@nlpjs/lang-nl/src/sentiment/pattern_nl.json') as Record<string, number>;
    // Entries weaker than PATTERN_MIN are mostly descriptive words ("nieuw", "gewoon", "nodig") that
    // tip neutral messages over the band; they count as absent.
    pattern = new Map(
      Object.entries(raw)
        .filter(([, v]) => Math.abs(v) >= PATTERN_MIN)
        .map(([k, v]) => [k, v * PATTERN_SCALE]),
    );
  }
  return pattern;
}

export function stemNl(word: string): string {
  if (!stemmer) {
    const { StemmerNl: Stemmer } = require('@nlpjs/lang-nl') as { StemmerNl: new () => StemmerNl };
    stemmer = new Stemmer();
  }
  return stemmer.stem(word);
}

let emo: Map<string, number> | undefined;

/** VADER's emoticons (entries without letters), shared by both languages. */
export function emoticons(): Map<string, number> {
  if (!emo) {
    emo = new Map();
    for (const [k, v] of vaderLexicon()) if (!/[a-z]/.test(k) && !/^\d+$/.test(k)) emo.set(k, v);
  }
  return emo;
}
