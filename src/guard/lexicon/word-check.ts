import { type BloomSpec, bloomHas, fromBase64 } from './bloom.ts';
import { isWordOrCompound } from './compound.ts';
import { ORDINARY_BITS, ORDINARY_BLOOM } from './generated/ordinary-words.ts';
import { PROPER_EN_BITS, PROPER_EN_BLOOM } from './generated/proper-nouns.ts';

// "Is this an ordinary word?" from the Hunspell dictionaries (see scripts/build-guard-lexicon.ts):
// a capitalised word that is not one, where names stand, is a name candidate.

let ordinary: Uint8Array | undefined;
let proper: Uint8Array | undefined;
const cache = new Map<string, boolean>();

function hasIn(spec: BloomSpec, data: Uint8Array, w: string): boolean {
  return bloomHas(spec, data, w);
}

/** Lower-case `word` is a Dutch or English dictionary word (or a compound of such words). */
export function isOrdinaryWord(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  ordinary ??= fromBase64(ORDINARY_BITS);
  const data = ordinary;
  const has = (w: string) => hasIn(ORDINARY_BLOOM, data, w);
  const w = word.replace(/’/g, "'");
  let result = isWordOrCompound(has, w);
  // "zorg-app", "e-health": every part a word.
  if (!result && w.includes('-')) result = w.split('-').every((p) => p.length === 0 || isWordOrCompound(has, p));
  if (cache.size > 5000) cache.clear();
  cache.set(word, result);
  return result;
}

/** Lower-case `word` is itself a dictionary form, not only a compound of forms ("wendelien" is "wende" + "lien"). */
export function isListedWord(word: string): boolean {
  ordinary ??= fromBase64(ORDINARY_BITS);
  return hasIn(ORDINARY_BLOOM, ordinary, word);
}

/** Lower-case `word` is an English place, brand or institution of the dictionary, not a name. */
export function isProperNonName(word: string): boolean {
  proper ??= fromBase64(PROPER_EN_BITS);
  return hasIn(PROPER_EN_BLOOM, proper, word);
}
