// Text as the triage rules read it. People in distress type fast: no capitals or too many, no
// punctuation, stretched letters ("meeeer", "dieee"), dropped letters ("nie", "kil") and missing
// apostrophes ("cant", "dont"). The rules are written against one plain spelling:
// - the guard's normalisation first (NFKC, invisible characters, odd spaces and dashes);
// - lower case, diacritics removed ("suïcidaal" → "suicidaal", "één" → "een");
// - apostrophes removed ("can't" → "cant", "m'n" → "mn");
// - every other non-letter, non-digit a space; sentence ends (. ! ? newline) become " . ";
// - letters repeated three or more times: two readings, squeezed to two ("meeeer" → "meer") and
//   to one ("zijnnn" → "zijn"); a rule matches when either reading matches;
// - a few common misspellings and chat forms mapped to the plain word (SPELLING below), and a key
//   word of the crisis rules misspelled by one letter read as that word (typos.ts).
import { normaliseForGuard } from '../guard/normalise.ts';
import { dialectReading } from './dialect.ts';
import { correctTypo } from './typos.ts';

const SPELLING = new Map<string, string>(
  Object.entries({
    // Dutch
    nie: 'niet',
    nt: 'niet',
    mn: 'mijn',
    zn: 'zijn',
    kzie: 'ik zie',
    kwil: 'ik wil',
    kga: 'ik ga',
    kheb: 'ik heb',
    selfmoord: 'zelfmoord',
    zelfmoort: 'zelfmoord',
    zelfmort: 'zelfmoord',
    zelfmrd: 'zelfmoord',
    suicidale: 'suicidaal',
    sucide: 'suicide',
    suecide: 'suicide',
    suiside: 'suicide',
    sucidal: 'suicidal',
    suisidal: 'suicidal',
    doodgaan: 'dood gaan',
    pilen: 'pillen',
    ff: 'even',
    gwn: 'gewoon',
    gewn: 'gewoon',
    wss: 'waarschijnlijk',
    t: 'het',
    n: 'een',
    k: 'ik',
    // English
    wanna: 'want to',
    gonna: 'going to',
    gotta: 'have to',
    kil: 'kill',
    ngl: 'not going to lie',
    tbh: 'to be honest',
    pls: 'please',
    plz: 'please',
    oded: 'overdosed',
    kms: 'kill myself',
    im: 'i am',
    ive: 'i have',
    idk: 'i do not know',
    cant: 'can not',
    cannot: 'can not',
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    isnt: 'is not',
    hasnt: 'has not',
    havent: 'have not',
    wasnt: 'was not',
    werent: 'were not',
    couldnt: 'could not',
    wouldnt: 'would not',
    shouldnt: 'should not',
    arent: 'are not',
    wont: 'will not',
    aint: 'is not',
    hes: 'he is',
    shes: 'she is',
    theyre: 'they are',
    ur: 'your',
    myslef: 'myself',
    mysef: 'myself',
    breating: 'breathing',
    breahting: 'breathing',
    unconcious: 'unconscious',
    unconsious: 'unconscious',
    swalowed: 'swallowed',
    swallowd: 'swallowed',
    // Round 28: Scots (`gieing away his stuff`, `he didnae come hame`).
    gieing: 'giving',
    gied: 'gave',
    kens: 'knows',
    dinnae: 'do not',
    didnae: 'did not',
    cannae: 'can not',
    wisnae: 'was not',
    isnae: 'is not',
    willnae: 'will not',
    wullnae: 'will not',
    hame: 'home',
    // A word of its own, not a misspelled key word (`iemands jubileum` is not `niemand`).
    iemands: 'iemands',
  }),
);

/** The text lower case, without diacritics and apostrophes, every other non-letter a space and
 *  sentence ends as " . " (before letters are squeezed and words respelled). */
function spacedText(text: string): string {
  const lower = normaliseForGuard(text)
    .text.toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`´]/g, '')
    // Laughing and eye-rolling emoji are read as words: they mark hyperbole.
    .replace(/[😂🤣😹😆😅💀]/gu, ' lol ')
    .replace(/🙄/gu, ' eyeroll ')
    // Round 21: a grave, a coffin or an urn, a dove and a waving hand are read as words: with a goodbye they
    // may be all a message says (`👋🪦`).
    .replace(/[🪦⚰⚱]/gu, ' grafemoji ')
    .replace(/🕊/gu, ' duifemoji ')
    .replace(/👋/gu, ' zwaaiemoji ');
  // A sentence ends at . ! ? before a space or the end, and at a line break; "10.000",
  // "€4,50" and "www.site.nl" are no sentence ends.
  return lower
    .replace(/(\p{N})[.,](?=\p{N})/gu, '$1')
    .replace(/[.!?]+(?=\s|$)|\n+/gu, ' . ')
    .replace(/[^\p{L}\p{N}.]+|\.(?! )/gu, ' ');
}

/** The words of a squeezed text, each respelled (SPELLING, typos.ts), between spaces. */
function respelled(squeezed: string): string {
  let out = ' ';
  for (const w of squeezed.split(/\s+/)) if (w !== '') out += `${SPELLING.get(w) ?? correctTypo(w)} `;
  return out === ' ' ? '  ' : out;
}

const STRETCHED = /(\p{L})\1{2,}/u;

export interface TriageText {
  /** The readings a rule is matched against: letters squeezed to two, and to one when that differs. */
  readings: string[];
}

export function triageReadings(text: string): TriageText {
  const spaced = spacedText(text);
  // Letters repeated three or more times: squeezed to two and to one (the same reading without them).
  if (!STRETCHED.test(spaced)) return { readings: [respelled(spaced)] };
  const two = respelled(spaced.replace(/(\p{L})\1{2,}/gu, '$1$1'));
  const one = respelled(spaced.replace(/(\p{L})\1{2,}/gu, '$1'));
  return { readings: one === two ? [two] : [two, one] };
}

/** The reading the learned model (model.ts) reads: the first reading, and the token `qmark` when the
 *  text asks something (the rules' reading turns `?` into a sentence end, and a question about a
 *  symptom is mostly not an emergency in progress). */
export function modelReading(text: string, first = triageReadings(text).readings[0] ?? ' ', lang?: 'nl' | 'en'): string {
  // Round 28: a Dutch message in dialect is read in standard Dutch (dialect.ts), as the rules read it too.
  const reading = (lang === 'nl' && dialectReading(first)) || first;
  return text.includes('?') ? `${reading}qmark ` : reading;
}
