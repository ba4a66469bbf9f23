import { FIRST_NAMES_EN, FIRST_NAMES_NL, NAME_EXCEPTIONS } from './first-names.ts';
import { FAMOUS, FIRST_NAMES, FIRST_NAMES_WORDS, LAST_NAMES, LAST_NAMES_WORDS } from './generated/names.ts';
import { SURNAMES } from './surnames.ts';
import { wordSet } from './words.ts';

// Name knowledge: the hand lists (first-names.ts, surnames.ts) and the generated lists of
// @faker-js/faker and compromise (generated/names.ts). A name that is also an ordinary word
// ("Hope", "Mark", "Roos") is only a name where names stand.

const FIRST = wordSet(FIRST_NAMES);
const FIRST_WORDS = wordSet(FIRST_NAMES_WORDS);
const LAST = wordSet(LAST_NAMES);
const LAST_WORDS = wordSet(LAST_NAMES_WORDS);
/** Well-known people (compromise's lexicon): public figures, never patients. */
export const FAMOUS_PEOPLE = wordSet(FAMOUS);

// One lookup per token: the hand lists win over the generated ones.
const FIRST_KIND = new Map<string, 'name' | 'word'>();
for (const n of FIRST_WORDS) FIRST_KIND.set(n, 'word');
for (const set of [FIRST, FIRST_NAMES_NL, FIRST_NAMES_EN]) for (const n of set) FIRST_KIND.set(n, 'name');
for (const n of NAME_EXCEPTIONS) FIRST_KIND.set(n, 'word');

/** 'name': a first name on its own; 'word': a first name that is also an ordinary word; undefined: not known. */
export function firstNameKind(lower: string): 'name' | 'word' | undefined {
  return FIRST_KIND.get(lower);
}

/** A known surname that is not also an ordinary word ("Okafor", "Jansen"; the hand list too). */
export function isKnownSurname(lower: string): boolean {
  return SURNAMES.has(lower) || LAST.has(lower);
}

/** Any known first name or surname, also those that are words. */
export function isAnyName(lower: string): boolean {
  return firstNameKind(lower) !== undefined || isKnownSurname(lower) || LAST_WORDS.has(lower);
}
