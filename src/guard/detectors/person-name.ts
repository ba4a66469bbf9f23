import type { ScanContext } from '../context.ts';
import { STOPWORDS_EN, STOPWORDS_NL } from '../lexicon/common-words.ts';
import {
  ADDRESS_WORDS,
  DISEASE_WORDS,
  EPONYM_INSTITUTIONS,
  EPONYMS,
  EPONYMS_WITH_CONTEXT,
  INSTITUTION_WORDS,
  KINSHIP,
  OFFICE_FILLERS,
  SAINT_WORDS,
  SECOND_PERSON,
} from '../lexicon/name-context.ts';
import { FAMOUS_PEOPLE, firstNameKind, isKnownSurname } from '../lexicon/names.ts';
import { TUSSENVOEGSELS } from '../lexicon/surnames.ts';
import {
  PATIENT_ROLES,
  PUBLIC_FIGURES,
  PUBLIC_PROFESSIONS,
  PUBLIC_TITLES,
  STAFF_ROLE_PAIRS,
  STAFF_ROLE_SUFFIX_RE,
  STAFF_ROLES,
  STAFF_TITLES,
  TITLES,
} from '../lexicon/titles.ts';
import { isListedWord, isOrdinaryWord, isProperNonName } from '../lexicon/word-check.ts';
import type { PersonMention, Token } from '../types.ts';
import { DEPARTMENTS } from '../lexicon/medical.ts';
import { isHealthWord } from './health-terms.ts';

const ROOM_WORDS = new Set(['kamer', 'bed', 'room', 'bedbox', 'kamernummer', 'bay', 'cubicle']);
const APPOSITION_VERBS = new Set(['werkt', 'is', 'works', 'was', 'als', 'as']);
// "een 84-jarige vrouw uit Zwolle", "man (67) uit Deventer", "a 72-year-old man from Leeds"
const AGE_PLACE_RE =
  /\b(?:\d{1,3}-?jarige?|\d{1,3}-year-old)\b[^.!?\n]{0,40}?\b(?:uit|te|from|in)\s+\p{Lu}\p{L}+|\(\d{1,3}\)\s*(?:uit|te|from|of|,)\s*\p{Lu}\p{L}+/gu;
// "Fenna Okafor (54, Zwolle)", "Jan de Wit (71) uit Ede", "Shauna Kelly, 54, from Leeds", "Wietske Dijkhuizen, 62 jaar en ..."
const NAME_AGE_RE =
  /\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+(?:(?:van|de|der|den|ter|ten|el|al|von|le|la|da|du)[ \u00a0]+)*\p{Lu}[\p{L}'’-]+){0,2}[ \u00a0]*(?:\([ \u00a0]*\d{1,3}(?:[ \u00a0]*(?:jaar|jr|years?|yrs))?[ \u00a0]*[,)]|,[ \u00a0]*\d{1,3}(?:[ \u00a0]*(?:jaar|years?(?: old)?|yrs))?[ \u00a0]*,|,[ \u00a0]*\d{1,3}[ \u00a0]+(?:jaar|years? old)\b)/gu;
// An @handle: in a reply it is the person replied to.
const HANDLE_RE = /(?<![\p{L}\p{N}_@.])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})/gu;
const POSSESSIVES = new Set(['uw', 'je', 'jouw', 'your', 'his', 'her', 'zijn', 'haar', 'hun', 'their', 'mijn', 'my', 'onze', 'our']);
const POLITE_FILLERS = new Set(['you', 'je', 'u', 'wel', 'so', 'much', 'very', 'again', 'for', 'to']);

function isStop(lower: string): boolean {
  return STOPWORDS_NL.has(lower) || STOPWORDS_EN.has(lower);
}

/** "tyler's" → "tyler"; other words as they are. */
function base(lower: string): string {
  const n = lower.length;
  if (n > 2 && lower.charCodeAt(n - 1) === 115 && (lower.charCodeAt(n - 2) === 39 || lower.charCodeAt(n - 2) === 8217)) return lower.slice(0, -2);
  return lower;
}

function possessive(t: Token): boolean {
  return base(t.lower) !== t.lower;
}

/** Two tokens are part of one name when only spaces (or the full stop of an initial) separate them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 160) continue;
    if (c === 46 && i === a.end) continue;
    return false;
  }
  return true;
}

/** Capitalised word that can be (part of) a surname. Acronyms like IC, SEH, GGD cannot. */
function nameWord(t: Token): boolean {
  if (!t.cap || isStop(t.lower) || isHealthWord(t.lower)) return false;
  if (t.text.length <= 4 && t.text === t.text.toUpperCase()) return t.text.length === 1;
  return !/\d/.test(t.text);
}

function institutionWord(t: Token): boolean {
  return INSTITUTION_WORDS.has(t.lower) || /(?:ziekenhuis|kliniek|gasthuis|centrum|hospital)$/.test(t.lower);
}

/** Neither a dictionary word, nor a place or brand, nor a disease: what is left where names stand is a name. */
function unknownWord(lower: string): boolean {
  return lower.length > 1 && !EPONYMS.has(lower) && !isOrdinaryWord(lower) && !isProperNonName(lower);
}

/**
 * A capitalised word standing where a name stands (after "Hi", before "(54)"): a known name, or
 * a word the dictionaries do not know. `strong`: also names that are words ("Hi Mark,").
 */
/** "Henkie", "Jantje", "Keesje", "Jopie": the pet form of a known first name. */
function diminutiveOfName(b: string): boolean {
  if (b.length < 5) return false;
  if (isProperNonName(b)) return false;
  for (const suf of ['tje', 'pje', 'je', 'ie']) {
    if (b.endsWith(suf) && firstNameKind(b.slice(0, -suf.length)) === 'name') return true;
  }
  return false;
}

function nameCandidate(t: Token, strong: boolean, onlyPerson = false): boolean {
  if (!nameWord(t)) return false;
  const b = base(t.lower);
  if (onlyPerson && diminutiveOfName(b)) return true;
  const kind = firstNameKind(b);
  if (kind === 'name' || isKnownSurname(b) || (strong && kind === 'word')) return !EPONYMS.has(b) || kind === 'name';
  // Where only a person can stand ("Oakley, 7,", "your son Oakley"), a proper noun of the dictionary
  // counts too; after "Thanks" a brand or place may stand ("Thanks to Tesco").
  return onlyPerson ? b.length > 1 && !EPONYMS.has(b) && !isOrdinaryWord(b) : unknownWord(b);
}

/**
 * From token k on, consume initials, tussenvoegsels and capitalised words of a name.
 * Returns the index of the last name token, or -1 when no capitalised name word follows.
 */
function consumeName(ctx: ScanContext, k: number, max = 5): number {
  const toks = ctx.tokens;
  let last = -1;
  let prev: Token | undefined = toks[k - 1];
  for (let j = k; j < toks.length && j < k + max; j++) {
    const t = toks[j]!;
    if (prev && !adjacent(ctx.text, prev, t)) break;
    if (prev && j > k && possessive(prev)) break; // "Tyler's Mum": the name ended
    if (t.text.length === 1 && t.cap && t.dotAfter) {
      prev = t;
      continue; // initial
    }
    const afterParticle = prev !== undefined && j > k && TUSSENVOEGSELS.has(prev.lower);
    if (TUSSENVOEGSELS.has(t.lower) && !(afterParticle && t.cap)) {
      prev = t;
      continue;
    }
    if (institutionWord(t)) break; // "Wilhelmina Kinderziekenhuis"
    // After "van der" a capitalised word is a surname even if it is also a word ("Meer", "Berg").
    if (!(afterParticle && t.cap && !/\d/.test(t.text)) && !nameWord(t)) break;
    last = j;
    prev = t;
  }
  return last;
}

// Verbs a person does in a patient story: "Kwame was admitted", "Tariq came to our ER", "Lotte mocht naar huis".
const STORY_VERBS = new Set([
  'kreeg',
  'krijgt',
  'lag',
  'ligt',
  'mocht',
  'mag',
  'herstelt',
  'herstelde',
  'revalideert',
  'onderging',
  'kwam',
  'komt',
  'vertelt',
  'vertelde',
  'werd',
  'wordt',
  'moest',
  'moet',
  'zat',
  'zit',
  'heeft',
  'had',
  'was',
  'is',
  'ging',
  'got',
  'gets',
  'had',
  'has',
  'was',
  'is',
  'came',
  'comes',
  'went',
  'spent',
  'needed',
  'needs',
  'underwent',
  'recovered',
  'shared',
  'shares',
  'told',
  'tells',
  'became',
  'started',
  'began',
  'beat',
  'fought',
  'found',
  'discovered',
  'learned',
  'learnt',
  'heard',
  'vond',
  'ontdekte',
  'hoorde',
  'leeft',
  'lives',
]);
// After a name that is also a word, at the start of a sentence: "Fleur kreeg ...", not "Hope is ...".
const START_VERBS = new Set(['kreeg', 'lag', 'ligt', 'mocht', 'herstelt', 'herstelde', 'onderging', 'revalideert', 'got', 'spent', 'underwent', 'needed']);
// A visitor who performs or opens something is not there as a patient: "Frans Bauer zong voor de bewoners".
const PERFORMER_VERBS = new Set([
  'zong',
  'zingt',
  'trad',
  'treedt',
  'opende',
  'opent',
  'onthulde',
  'signeerde',
  'sang',
  'sings',
  'performed',
  'performs',
  'opened',
  'opens',
  'unveiled',
  'entertained',
]);
const NAME_VERBS = new Set(['is', 'was', 'has', 'had', 'heeft', 'had', 'ligt', 'lag', 'mag', 'gaat', 'kreeg', 'got', 'went', 'gets', 'will', 'wordt', 'werd']);

/** An ordinary word that is also a name ("Grace", "Roos") acts as a name mid-sentence before a verb. */
function usedAsName(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (possessive(t)) return !!prev && prev.sent === t.sent;
  // "Poppy, your boy, ...": named in apposition with a relative.
  if (next && next.sent === t.sent && /^\s*,\s*$/.test(ctx.text.slice(t.end, next.start)) && POSSESSIVES.has(next.lower)) {
    const kin = ctx.tokens[i + 2];
    if (kin && (KINSHIP.has(kin.lower) || /^(?:boy|girl|lad|little|jongen|meisje|kleine)$/.test(kin.lower))) return true;
  }
  // "our receptionist Joy": right after a staff role a word is a name.
  if (prev && prev.sent === t.sent && adjacent(ctx.text, prev, t) && STAFF_ROLES.has(prev.lower)) return true;
  // "Fleur kreeg de diagnose ...": at the start of a sentence only before a verb that a person does.
  if ((!prev || prev.sent !== t.sent) && next && next.sent === t.sent && START_VERBS.has(next.lower)) return true;
  return !!prev && prev.sent === t.sent && !!next && next.sent === t.sent && NAME_VERBS.has(next.lower) && adjacent(ctx.text, t, next);
}

// Lower-case tussenvoegsels that start a surname; "op", "aan", "bij" would catch place names.
const SURNAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', "'t", 'el', 'al']);

// Not Dutch "haar" or "zijn": organisations are "haar" in Dutch, and "zijn" is also a verb.
const PERSON_PRONOUNS = new Set(['her', 'his', 'she', 'he', 'hij']);

function personPronounAfter(ctx: ScanContext, i: number): boolean {
  const sent = ctx.tokens[i]!.sent;
  for (let j = i + 1; j < ctx.tokens.length && j <= i + 8 && ctx.tokens[j]!.sent === sent; j++) {
    if (PERSON_PRONOUNS.has(ctx.tokens[j]!.lower)) return true;
  }
  return false;
}

/** "Daans astma": a known first name plus -s, not itself a word, before a lower-case word. */
function dutchPossessive(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1];
  const l = t.lower;
  if (l.length < 4 || !l.endsWith('s') || !next || next.cap || next.sent !== t.sent || !adjacent(ctx.text, t, next)) return false;
  return firstNameKind(l.slice(0, -1)) === 'name' && !isOrdinaryWord(l) && !isProperNonName(l);
}

// Before a clause subject or a person wished or thanked: "dat Tjitske ...", "Wij wensen Annemiek ...".
const CLAUSE_WORDS = new Set([
  'dat',
  'toen',
  'omdat',
  'nadat',
  'zodat',
  'that',
  'when',
  'because',
  'after',
  'since',
  'wensen',
  'wens',
  'wenst',
  'feliciteren',
  'bedanken',
  'wish',
  'wishing',
  'congratulate',
]);
const PLACE_WORDS = new Set(['from', 'uit', 'in', 'te', 'naar', 'to', 'at', 'bij', 'near', 'nabij', 'of', 'van', 'op']);
const STORY_PRONOUNS = new Set(['her', 'his', 'she', 'he', 'hij', 'zij', 'haar']);

/**
 * A word no dictionary knows, alone, acting as a person: directly before a verb a person does
 * ("Tariq came to our ER"), or referred to by "her/his/hij/haar" in its sentence or the next
 * ("Na haar borstkanker pakt Ineke ...", "Kwame was admitted ... Today he ran"). At the start of a
 * sentence (where organisations stand too) both are needed.
 */
function loneNameInStory(ctx: ScanContext, i: number, midSentence: boolean): boolean {
  const toks = ctx.tokens;
  const t = toks[i]!;
  const next = toks[i + 1];
  if (midSentence && PLACE_WORDS.has(toks[i - 1]!.lower)) return false; // "from Swindon was diagnosed"
  const verb = !!next && next.sent === t.sent && STORY_VERBS.has(next.lower) && adjacent(ctx.text, t, next);
  if (midSentence && verb) return true;
  // The subject after its verb: "Na drie keer chemo is Ingeborg schoon verklaard", "mocht Lotte naar huis".
  if (midSentence && STORY_VERBS.has(toks[i - 1]!.lower) && next && next.sent === t.sent && !next.cap && toks[i - 2]?.sent === t.sent) return true;
  // The subject of a clause: "Wat fijn dat Tjitske na chemotherapie weer thuis is".
  if (midSentence && CLAUSE_WORDS.has(toks[i - 1]!.lower) && next && next.sent === t.sent && !next.cap) return true;
  if (!midSentence && !verb) return false;
  for (let j = i - 1; j >= 0 && toks[j]!.sent === t.sent; j--) if (STORY_PRONOUNS.has(toks[j]!.lower)) return true;
  // After the name only "her/his/hij/zij": organisations are "haar" in Dutch ("Menzis in haar pakket").
  for (let j = i + 1; j < toks.length && toks[j]!.sent <= t.sent + 1; j++) if (STORY_PRONOUNS.has(toks[j]!.lower) && toks[j]!.lower !== 'haar') return true;
  return false;
}

/** "marieke de jong ligt ...", "daan heeft ...": a lower-case first name before a surname particle or a person's verb. */
function lowerCaseName(ctx: ScanContext, i: number): boolean {
  const toks = ctx.tokens;
  const next = toks[i + 1];
  if (!next || next.sent !== toks[i]!.sent || !adjacent(ctx.text, toks[i]!, next)) return false;
  if (SURNAME_PARTICLES.has(next.lower) && toks[i + 2] && isKnownSurname(toks[i + 2]!.lower)) return true;
  return STORY_VERBS.has(next.lower) && (i === 0 || toks[i - 1]!.sent !== toks[i]!.sent);
}

// "Wijngaarden-Hol", "Verhagen-de Wit" is one token only up to the particle: two capitalised parts.
const DOUBLE_SURNAME_RE = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

// Endings of Dutch surnames that are compounds of ordinary words (the dictionary reads them as words).
const DUTCH_SURNAME_RE =
  /^\p{L}{3,}(?:huizen|veld|velde|boom|wijk|kamp|berg|hof|horst|hout|hoek|laar|beek|dijk|donk|broek|meijer|meyer|mans|ink|stra|sma|inga|enga|woud|wold|voort|gaard|kes)$/u;

/** Index of the last token of a surname starting at k ("Brouwer", "van der Meer", "Okonkwo"), or -1. */
function surnameAfter(ctx: ScanContext, k: number, firstUnknown: () => boolean): number {
  const toks = ctx.tokens;
  const first = toks[k];
  if (!first || !adjacent(ctx.text, toks[k - 1]!, first) || possessive(toks[k - 1]!)) return -1;
  if (SURNAME_PARTICLES.has(first.text)) {
    const j = consumeName(ctx, k, 4);
    if (j < k) return -1;
    // "Dankzij de Vrienden van ...": only a name or an unknown word starts "X de Vries", or a
    // surname that can only be one: "Trees van Wijngaarden-Hol" (double), "... van Dam woont in".
    if (firstNameKind(base(toks[k - 1]!.lower)) !== undefined || firstUnknown()) return j;
    const after = toks[j + 1];
    const personVerb =
      !!after && after.sent === first.sent && adjacent(ctx.text, toks[j]!, after) && /^(?:woont|woonde|heeft|had|kreeg|ligt|lag)$/.test(after.lower);
    return DOUBLE_SURNAME_RE.test(toks[j]!.text) || personVerb ? j : -1;
  }
  if (!nameWord(first)) return -1;
  const b = base(first.lower);
  if (isKnownSurname(b)) return k;
  // Two words no dictionary knows, side by side: "Margarethe Okonkwo".
  if (!possessive(first) && firstUnknown() && unknownWord(b)) return k;
  // A Dutch surname made of words ("Dijkhuizen", "Groenewoud") after a first name no list knows.
  if (!possessive(first) && DUTCH_SURNAME_RE.test(b) && !isProperNonName(b) && firstUnknown()) return k;
  // A double surname ("Hoekstra-Mulder", "Visser-Dijkman") with a part that can only be a surname.
  if (!possessive(first) && DOUBLE_SURNAME_RE.test(first.text) && firstUnknown() && b.split('-').some((p) => isKnownSurname(p) || DUTCH_SURNAME_RE.test(p)))
    return k;
  // An unknown first name and a surname that is also a word, doing what a person does: "Nkechi Fairweather found ...".
  const verb = toks[k + 1];
  if (!possessive(first) && firstUnknown() && verb && verb.sent === first.sent && STORY_VERBS.has(verb.lower) && adjacent(ctx.text, first, verb)) return k;
  // ... or coming from a town: "Kwabena Fairweather from Ipswich".
  if (!possessive(first) && firstUnknown() && verb && /^(?:from|uit)$/.test(verb.lower) && toks[k + 2]?.cap && adjacent(ctx.text, first, verb)) return k;
  return -1;
}

function inWindow(ctx: ScanContext, from: number, to: number, sent: number, set: Set<string>): boolean {
  for (let j = Math.max(0, from); j <= to && j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j]!;
    if (t.sent === sent && set.has(t.lower)) return true;
  }
  return false;
}

/** "Minister Kuipers", "Minister of Health and Social Care Wes Streeting", "burgemeester van Ede Jan Bos". */
function publicTitleBefore(ctx: ScanContext, first: number, sent: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 10; j--) {
    const t = ctx.tokens[j]!;
    if (t.sent !== sent) return false;
    if (PUBLIC_TITLES.has(t.lower)) return true;
    // "De burgemeester van Utrecht, Sharon Dijksma": the office in apposition, before a comma.
    const apposition = j === first - 1 && /,/.test(ctx.text.slice(t.end, ctx.tokens[first]!.start));
    if (!OFFICE_FILLERS.has(t.lower) && !(t.cap && (j < first - 1 || apposition))) return false;
  }
  return false;
}

const OUR_WORDS = new Set(['our', 'onze', 'ons']);

/** "Zanger X", "TV chef Y", "Olympic rower Z", "Minister W": a title of public life right before the name. */
function publicFigureBefore(ctx: ScanContext, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  if (!prev || prev.sent !== ctx.tokens[first]!.sent || !adjacent(ctx.text, prev, ctx.tokens[first]!)) return false;
  return PUBLIC_PROFESSIONS.has(prev.lower) || PUBLIC_TITLES.has(prev.lower) || publicTitleBefore(ctx, first, prev.sent);
}

/** "verpleegkundige Sanne", "ward sister Joanne", "afdelingshoofd Marieke Pol" directly before the name. */
function staffRoleBefore(ctx: ScanContext, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  // "Our head of nursing, Grace Obi,", "onze teamleider, Sanne Bos,": the role in apposition before the name.
  if (prev && prev.sent === ctx.tokens[first]!.sent && /^\s*,\s*$/.test(ctx.text.slice(prev.end, ctx.tokens[first]!.start))) {
    for (let j = first - 1; j >= 0 && j >= first - 4 && ctx.tokens[j]!.sent === prev.sent; j--) {
      const w = ctx.tokens[j]!.lower;
      // Only a role of ours ("our head of nursing, X"): "de oefeningen van de fysio, Truus!" speaks to Truus.
      const pair = j > 0 && STAFF_ROLE_PAIRS.has(`${ctx.tokens[j - 1]!.lower} ${w}`);
      const single = STAFF_ROLES.has(w) || STAFF_ROLE_SUFFIX_RE.test(w);
      if ((single || pair) && OUR_WORDS.has(ctx.tokens[j - (pair ? 2 : 1)]?.lower ?? '')) return true;
      if (j < first - 1 && /[,.;:!?]/.test(ctx.text.slice(ctx.tokens[j]!.end, ctx.tokens[j + 1]!.start))) break;
    }
  }
  if (!prev || prev.sent !== ctx.tokens[first]!.sent || !adjacent(ctx.text, prev, ctx.tokens[first]!)) return false;
  if (STAFF_ROLES.has(prev.lower) || STAFF_ROLE_SUFFIX_RE.test(prev.lower)) return true;
  const before = ctx.tokens[first - 2];
  // "Hoofdverpleegkundige Grietje Wijnands": a first name no list knows between the role and the surname.
  if (prev.cap && before && before.sent === prev.sent && (STAFF_ROLES.has(before.lower) || STAFF_ROLE_SUFFIX_RE.test(before.lower))) return true;
  if (!before || before.sent !== prev.sent) return false;
  // "Specialist ouderengeneeskunde Ahmed Ouali", "verpleegkundige oncologie Sanne": a role and its field.
  if (!prev.cap && STAFF_ROLES.has(before.lower) && /(?:kunde|logie|zorg|chirurgie|geneeskunde|psychiatrie)$/.test(prev.lower)) return true;
  return STAFF_ROLE_PAIRS.has(`${before.lower} ${prev.lower}`);
}

// A visitor who comes to see patients or staff: "Ed Sheeran surprised young patients on the children's
// ward", "X kwam langs op de kinderafdeling en deelde handtekeningen uit". A patient visits too ("Kwame
// came to our ER with chest pain"), so the visit must be to a ward or clinic, with people of ours or a
// gift as its object, and no condition, treatment or emergency department in the sentence.
const VISIT_VERBS = new Set([
  'visited',
  'visits',
  'toured',
  'tours',
  'surprised',
  'surprises',
  'met',
  'meets',
  'joined',
  'sent',
  'dropped',
  'popped',
  'stopped',
  'bezocht',
  'bezoekt',
  'verraste',
  'verrast',
  'ontmoette',
  'kwam',
  'komt',
  'bracht',
  'stuurde',
  'sprak',
  'liep',
]);
const VISIT_OBJECT_RE =
  /\b(?:patients|young patients|children|kids|residents|families|nurses|staff|team|volunteers|doctors|autographs?|signed|song|songs|gifts?|presents|toys|message|video|handtekeningen|patiënten|patiëntjes|kinderen|bewoners|verpleegkundigen|medewerkers|personeel|team|vrijwilligers|cadeaus|cadeautjes|speelgoed|liedje|lied|boodschap|concert)\b/;
const VISIT_PLACE_NOUN_RE = /^(?:unit|ward|clinic|centre|center|team|service|department|research|charity|wing|afdeling|poli|centrum|kliniek)$/;
const EMERGENCY_WORDS = new Set(['a&e', 'er', 'ed', 'seh', 'spoedeisende hulp', 'eerste hulp', 'spoedpost', 'huisartsenpost', 'emergency department']);

function visitorNotPatient(ctx: ScanContext, first: number, last: number): boolean {
  const toks = ctx.tokens;
  const sent = toks[first]!.sent;
  let v = last + 1;
  if (/^(?:has|have|had|heeft|hebben)$/.test(toks[v]?.lower ?? '')) v++;
  const verb = toks[v];
  if (!verb || verb.sent !== sent || !VISIT_VERBS.has(verb.lower)) return false;
  let a = first;
  let b = last;
  while (a > 0 && toks[a - 1]!.sent === sent) a--;
  while (b < toks.length - 1 && toks[b + 1]!.sent === sent) b++;
  if (!VISIT_OBJECT_RE.test(ctx.lower.slice(toks[v]!.end, toks[b]!.end))) return false;
  // Every health word of the sentence is a place or a group of patients, never their condition.
  for (const h of ctx.health) {
    if (h.sent !== sent) continue;
    const term = ctx.lower.slice(h.start, h.end);
    if (EMERGENCY_WORDS.has(term)) return false;
    const next = ctx.lower.slice(h.end).match(/^[\s'’s]*([\p{L}-]+)/u)?.[1] ?? '';
    const place =
      DEPARTMENTS.has(term) ||
      PATIENT_ROLES.has(term) ||
      /(?:afdeling|oncologie|kliniek|centrum|ziekenhuis|ward|unit|clinic|hospital|hospice)$/.test(term) ||
      VISIT_PLACE_NOUN_RE.test(next);
    if (!place) return false;
  }
  return true;
}

const ORG_BODY_RE =
  /^(?:cliëntenraad|clientenraad|ondernemingsraad|bewonersraad|patiëntenraad|familieraad|jongerenraad|adviesraad|directie|patiëntenvereniging|gemeente|provincie|ggd|zorgverzekeraar|council|board)$/;

/** Staff in their role or a public figure: a name, but not someone whose health we would expose. */
function notPatient(ctx: ScanContext, first: number, last: number, titled: boolean): boolean {
  const toks = ctx.tokens;
  const head = toks[first]!;
  const sent = head.sent;
  const full = ctx.lower.slice(head.start, toks[last]!.end);
  if (PUBLIC_FIGURES.has(full) || PUBLIC_FIGURES.has(head.lower) || FAMOUS_PEOPLE.has(full)) return true;
  if (publicTitleBefore(ctx, first, sent)) return true;
  // Directly before the name only: "verpleegkundige Sanne" is staff, "de verpleegkundige van
  // mevrouw Jansen" is about a patient.
  if (staffRoleBefore(ctx, first)) return true;
  if (visitorNotPatient(ctx, first, last)) return true;
  const staff = ctx.allow.staff;
  if (staff.size > 0) {
    if (staff.has(full) || staff.has(head.lower)) return true;
    if (!titled && staff.has(toks[last]!.lower)) return true;
  }
  const following = toks[last + 1];
  if (following && following.sent === sent && PERFORMER_VERBS.has(following.lower)) return true;
  // One of us: "Sarah from our dementia team", "Jeroen van onze afdeling".
  if (following && following.sent === sent && /^(?:from|of|van)$/.test(following.lower) && /^(?:our|onze|ons)$/.test(toks[last + 2]?.lower ?? '')) return true;
  // Speaking for a body: "de heer Pieters van de cliëntenraad", "Jan Bos of the patients' council".
  if (following && following.sent === sent && /^(?:from|of|van)$/.test(following.lower) && ORG_BODY_RE.test(toks[last + 3]?.lower ?? '')) return true;
  // Apposition: "Sanne, wijkverpleegkundige", "Sanne (verpleegkundige)", "Wes Streeting, Health Secretary,"
  const next = toks[last + 1];
  if (next && next.sent === sent) {
    const gap = ctx.text.slice(toks[last]!.end, next.start);
    if (/[,(–-]/.test(gap) || APPOSITION_VERBS.has(next.lower)) {
      if (inWindow(ctx, last + 1, last + 4, sent, STAFF_ROLES) || inWindow(ctx, last + 1, last + 4, sent, PUBLIC_TITLES)) return true;
    }
  }
  return false;
}

const STREET_AFTER_RE = /^[ \u00a0]+\d{1,4}[a-zA-Z]?[ \u00a0]*,?[ \u00a0]*\d{4}[ \u00a0]?[A-Z]{2}\b/;

/** A name that is a disease or an institution: "Parkinson", "Down syndrome", "Wilhelmina Kinderziekenhuis". */
function notAPerson(ctx: ScanContext, first: number, last: number): boolean {
  const toks = ctx.tokens;
  const head = toks[first]!;
  const prev = toks[first - 1];
  const next = toks[last + 1];
  const nextNear = next && adjacent(ctx.text, toks[last]!, next) ? next : undefined;
  if (SAINT_WORDS.has(head.lower) || (prev && prev.sent === head.sent && SAINT_WORDS.has(prev.lower))) return true;
  if (/^(?:sint|st|maria|saint)-/.test(head.lower)) return true;
  if (nextNear && institutionWord(nextNear)) return true;
  // "the Mary Seacole ward", "Dame Cicely Saunders wing": a place named after someone.
  if (nextNear && /^(?:ward|wing|building|unit|suite|lounge|pavilion|gebouw|vleugel|paviljoen|zaal|afdeling)$/.test(nextNear.text)) return true;
  // "de Florence Nightingale-zaal", "het Anne Frank-huis": a hyphenated place or prize.
  if (
    /-(?:zaal|vleugel|gebouw|paviljoen|huis|ziekenhuis|kliniek|centrum|afdeling|fonds|prijs|lezing|leerstoel|school|kamer|tuin|kapel|stichting|dag|week|loop|wandeling|ward|wing|building|unit|suite|lounge|award|lecture|room|garden|chapel|foundation|fund|day|walk)$/.test(
      toks[last]!.lower,
    )
  )
    return true;
  // "The Christie in Manchester", "het Antonius in Nieuwegein": a single name used as a place.
  // "het Catharina werkt samen ...": Dutch puts no neuter article before a person.
  if (first === last && prev && prev.text === 'het' && !(next?.cap && adjacent(ctx.text, toks[last]!, next))) return true;
  if (prev && /^(?:the|het)$/i.test(prev.text)) {
    const after = first === last ? next : toks[first + 1];
    const place = first === last ? toks[last + 2] : toks[first + 2];
    if (after && /^(?:in|te|at)$/.test(after.lower) && place?.cap) return true;
  }
  // "Hill Street surgery", "Kerkstraat": a street, not a person.
  if (/^(?:street|road|lane|avenue|drive|close|crescent|terrace|square|way|straat|weg|laan|plein|gracht|kade|singel)$/.test(toks[last]!.lower)) return true;
  if (nextNear && /^(?:street|road|lane|avenue|drive|close|crescent|terrace|square)$/.test(nextNear.lower)) return true;
  // "James Parkinson": the surname is the disease (a health word, so not part of the mention).
  if (nextNear && EPONYMS.has(base(nextNear.lower)) && !EPONYMS_WITH_CONTEXT.has(base(nextNear.lower))) return true;
  const full = ctx.lower.slice(head.start, toks[last]!.end);
  if (EPONYM_INSTITUTIONS.has(full)) return true;
  // "Oude Rijn 35, 5578XA Almelo": a street with a house number and postcode.
  if (ctx.hasDigit && STREET_AFTER_RE.test(ctx.text.slice(toks[last]!.end, toks[last]!.end + 24))) return true;
  for (let j = first; j <= last; j++) {
    const b = base(toks[j]!.lower);
    if (!EPONYMS.has(b)) continue;
    if (!EPONYMS_WITH_CONTEXT.has(b)) return true;
    if (nextNear && DISEASE_WORDS.has(nextNear.lower)) return true;
    const before = ctx.before(head.start, 16);
    if (/(?:ziekte|syndroom|disease|syndrome) van\s*$|(?:ziekte|syndroom)\s*$/.test(before)) return true;
  }
  return false;
}

const FAMILY_TITLES = new Set([
  'baby',
  'opa',
  'oma',
  'tante',
  'oom',
  'grandad',
  'granddad',
  'grandpa',
  'grandma',
  'granny',
  'nan',
  'nana',
  'auntie',
  'aunty',
  'aunt',
  'uncle',
]);

// The words that start a name reading, one lookup per token.
const TITLE = 1;
const STAFF_TITLE = 2;
const PATIENT_ROLE = 4;
const ADDRESS = 8;
const KIN = 16;
const ROOM = 32;
const PUBLIC = 64;
const TRIGGERS = new Map<string, number>();
for (const [set, flag] of [
  [TITLES, TITLE],
  [STAFF_TITLES, STAFF_TITLE],
  [PATIENT_ROLES, PATIENT_ROLE],
  [ADDRESS_WORDS, ADDRESS],
  [KINSHIP, KIN],
  [ROOM_WORDS, ROOM],
  [PUBLIC_TITLES, PUBLIC],
] as const) {
  for (const w of set) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | flag);
}

/**
 * In a reply, "Meneer Bosgra, ...", "Beste mevrouw El Idrissi, ..." (the name it opens with) and
 * "Dank voor uw review, mevrouw Hendriks." (a name closing a sentence after a comma): the person spoken to.
 */
function spokenTo(ctx: ScanContext, first: number, last: number): boolean {
  if (ctx.kind !== 'reply') return false;
  const toks = ctx.tokens;
  const end = toks[last]!.end;
  let opening = true;
  for (let j = 0; j < first && opening; j++) opening = ADDRESS_WORDS.has(toks[j]!.lower);
  if (opening) return /^\s*[,!]/.test(ctx.text.slice(end, end + 3));
  const prev = toks[first - 1]!;
  const next = toks[last + 1];
  return prev.sent === toks[first]!.sent && /,\s*$/.test(ctx.text.slice(prev.end, toks[first]!.start)) && (!next || next.sent !== toks[last]!.sent);
}

/** "Dit is Wendelien. Zij ...", "Maak kennis met Jildou; ze ...": an introduction, then a person pronoun. */
function introducedByName(ctx: ScanContext, i: number): boolean {
  const toks = ctx.tokens;
  const t = toks[i]!;
  const a = toks[i - 2];
  const b = toks[i - 1];
  if (!a || !b || a.sent !== t.sent || b.sent !== t.sent) return false;
  const cue = `${a.lower} ${b.lower}`;
  if (cue !== 'dit is' && cue !== 'dat is' && cue !== 'kennis met' && b.lower !== 'ontmoet') return false;
  // A first name may read as a compound of words ("Wendelien"): after an introduction only a word of its own is not a name.
  if (!nameWord(t) || possessive(t) || EPONYMS.has(t.lower) || isListedWord(t.lower) || isProperNonName(t.lower)) return false;
  for (let j = i + 1; j < toks.length && toks[j]!.sent <= t.sent + 1; j++)
    if (toks[j]!.sent === t.sent + 1 && PERSON_PRONOUNS_NL.has(toks[j]!.lower)) return true;
  return false;
}
const PERSON_PRONOUNS_NL = new Set(['hij', 'zij', 'ze']);

/** "Dirk-Jan", "Anne-Marie", "Jan-Willem": every part a known first name. */
function hyphenatedFirstName(lower: string): boolean {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length <= 3 && parts.every((p) => firstNameKind(p) !== undefined) && parts.some((p) => firstNameKind(p) === 'name');
}

/** Every mention of an identifiable person: titled names, full names, first names, rooms, age+place. */
export function findPersons(ctx: ScanContext): PersonMention[] {
  const toks = ctx.tokens;
  const out: PersonMention[] = [];
  const push = (first: number, last: number, titled: boolean, staffTitle = false, addressee = false) => {
    if (!titled && notAPerson(ctx, first, last)) return;
    const a = toks[first]!;
    const b = toks[last]!;
    const mention: PersonMention = {
      start: a.start,
      end: b.end,
      first,
      last,
      sent: a.sent,
      notPatient: staffTitle || notPatient(ctx, first, last, titled),
    };
    if (addressee || spokenTo(ctx, first, last)) mention.addressee = true;
    // A performer or athlete named with their profession: their own story in their own media is public
    // (person-with-health.ts), their stay with us is not.
    if (!titled && publicFigureBefore(ctx, first)) mention.publicFigure = true;
    out.push(mention);
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const lower = t.lower;
    const trigger = TRIGGERS.get(lower) ?? 0;
    if (trigger === 0 && !t.cap && firstNameKind(lower) !== 'name') continue;
    const isTitle = (trigger & TITLE) !== 0 || (lower === 'heer' && toks[i - 1]?.lower === 'de');
    const isStaffTitle = !isTitle && (trigger & STAFF_TITLE) !== 0;
    if (isTitle || isStaffTitle) {
      const j = consumeName(ctx, i + 1);
      if (j > i) {
        push(i, j, true, isStaffTitle);
        i = j;
      }
      continue;
    }
    if (trigger & PATIENT_ROLE) {
      const n = toks[i + 1];
      if (n?.cap && adjacent(ctx.text, t, n) && !STAFF_ROLES.has(n.lower)) {
        const j = consumeName(ctx, i + 1, 4);
        if (j > i) {
          push(i + 1, j, false);
          i = j;
        }
      }
      continue;
    }
    // Vocative: "Hi Karen,", "Beste Fatima", "Thank you Tyler", "Dank je wel Daan".
    if (trigger & ADDRESS) {
      let k = i + 1;
      while (k < toks.length && POLITE_FILLERS.has(toks[k]!.lower) && !toks[k]!.cap) k++;
      const n = toks[k];
      // "Dank je wel, Marjolein, voor ...", "Bedankt, Anke!": a name set off by commas after the thanks.
      const setOff = !!n && /^\s*,\s*$/.test(ctx.text.slice(toks[k - 1]!.end, n.start)) && /^\s*[,!]/.test(ctx.text.slice(n.end, n.end + 3));
      if (n?.cap && n.sent === t.sent && (adjacent(ctx.text, toks[k - 1]!, n) || setOff) && !STAFF_ROLES.has(n.lower) && nameCandidate(n, true)) {
        const j = adjacent(ctx.text, toks[k - 1]!, n) ? consumeName(ctx, k, 4) : k;
        if (j >= k) {
          push(k, j, false, false, true);
          i = j;
        }
      }
      continue;
    }
    // A family title used as a form of address: "Tante Door", "Opa Kees", "Grandad Bill", "Auntie Pat".
    if (trigger & KIN && t.cap && FAMILY_TITLES.has(lower) && !POSSESSIVES.has(toks[i - 1]?.lower ?? '')) {
      const n = toks[i + 1];
      // After the title any capitalised word is the name, even one that is also a word ("Tante Door").
      if (n?.cap && adjacent(ctx.text, t, n) && !isHealthWord(n.lower) && !/\d/.test(n.text)) {
        const j = Math.max(i + 1, consumeName(ctx, i + 1, 4));
        push(i + 1, j, false);
        i = j;
      }
      continue;
    }
    // Kinship: "uw zoon Daan", "your son Liam's asthma", "haar man Kees".
    if (trigger & KIN && POSSESSIVES.has(toks[i - 1]?.lower ?? '')) {
      const n = toks[i + 1];
      if (n?.cap && adjacent(ctx.text, t, n) && nameCandidate(n, true, true)) {
        const j = consumeName(ctx, i + 1, 4);
        if (j > i) {
          push(i + 1, j, false);
          i = j;
        }
      }
      continue;
    }
    if (trigger & ROOM) {
      const n = toks[i + 1];
      if (n && /^\d{1,4}[a-z]?$/i.test(n.text)) {
        push(i, i + 1, false);
        i++;
      }
      continue;
    }
    if (!t.cap) {
      // A name typed in lower case: a first name that is no word, then "de jong" or a verb a person does.
      if (firstNameKind(lower) === 'name' && !isOrdinaryWord(lower) && lowerCaseName(ctx, i)) {
        const j = toks[i + 1] && SURNAME_PARTICLES.has(toks[i + 1]!.lower) ? Math.min(i + 3, toks.length - 1) : i;
        let last = i;
        for (let k = i + 1; k <= j; k++) if (toks[k]!.sent === t.sent) last = k;
        push(i, last, false);
        i = last;
      }
      continue;
    }
    // Initials: "J. de Vries", "A.M. Jansen"
    if (t.text.length === 1 && t.dotAfter) {
      const j = consumeName(ctx, i + 1);
      if (j > i) {
        push(i, j, false);
        i = j;
      }
      continue;
    }
    if (trigger & PUBLIC) continue; // "Prince William": the title, then the name
    // Introduced by name, then spoken of as "zij/hij": "Dit is Wendelien. Zij werkt als juf ...".
    if (introducedByName(ctx, i)) {
      const j = Math.max(i, consumeName(ctx, i + 1, 3));
      push(i, j, false);
      i = j;
      continue;
    }
    const b = base(lower);
    const kind = firstNameKind(b) ?? ((diminutiveOfName(b) && !isOrdinaryWord(b)) || hyphenatedFirstName(b) ? 'name' : undefined);
    // Dutch possessive without an apostrophe: "Daans astma", "Joosts revalidatie".
    if (!kind && dutchPossessive(ctx, i)) {
      push(i, i, false);
      continue;
    }
    if (kind) {
      const j = possessive(t) ? -1 : consumeName(ctx, i + 1, 4);
      const hasSurname = j > i;
      // "Poppy's eczema": a first name that is also a word, owning a health word.
      const ownsHealth = possessive(t) && !!toks[i + 1] && toks[i + 1]!.sent === t.sent && isHealthWord(toks[i + 1]!.lower);
      if (!hasSurname && kind === 'word' && !ownsHealth && !usedAsName(ctx, i)) continue;
      const last = hasSurname ? j : i;
      push(i, last, false);
      i = last;
      continue;
    }
    if (!nameWord(t)) continue;
    // "Jaxon's asthma": a possessive of a word no dictionary knows.
    // Not at the start of a sentence, where organisations stand too ("Mencap's new guide").
    // At a sentence start only when it owns a condition, not a service: "Esme’s eczema", not "Mencap’s cancer nurses".
    const owned = toks[i + 1];
    const ownsCondition =
      !!owned &&
      owned.sent === t.sent &&
      isHealthWord(owned.lower) &&
      !/^(?:nurses?|team|ward|unit|clinic|service|services|charity|research|support|fund)$/.test(toks[i + 2]?.lower ?? '');
    if (possessive(t) && (toks[i - 1]?.sent === t.sent || ownsCondition) && unknownWord(b)) {
      push(i, i, false);
      continue;
    }
    // A first name we do not know, followed by a known surname or "van der ...": "Hasna Brouwer".
    const j = surnameAfter(ctx, i + 1, () => unknownWord(b));
    if (j > i) {
      push(i, j, false);
      i = j;
      continue;
    }
    // A word no dictionary knows, mid-sentence, that "her" or "his" refers back to: "We wish Ayodele ... her surgery".
    const midSentence = toks[i - 1]?.sent === t.sent;
    if (midSentence && personPronounAfter(ctx, i) && unknownWord(b)) {
      push(i, i, false);
      continue;
    }
    if (!possessive(t) && unknownWord(b) && loneNameInStory(ctx, i, midSentence)) push(i, i, false);
  }

  if (ctx.hasDigit && /[(,][ \u00a0]*\d/.test(ctx.text)) {
    NAME_AGE_RE.lastIndex = 0;
    for (let m = NAME_AGE_RE.exec(ctx.text); m; m = NAME_AGE_RE.exec(ctx.text)) {
      // "Oude Rijn 35, 5578XA Almelo": a street and house number before a postcode, not an age.
      if (/^[ \u00a0]*(?:\d{4}[ \u00a0]?[A-Z]{2}\b|[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]*\d[A-Z]{2}\b)/.test(ctx.text.slice(m.index + m[0].length))) continue;
      const first = ctx.tokenAt(m.index);
      const paren = m[0].search(/[(,]/);
      const last = ctx.tokenAt(m.index + paren) - 1;
      // "Wren, 3, who ...": a word that is also a name, given an age and a relative clause, is a person.
      let named = /^[ \u00a0]*(?:who|die|wie)\b/.test(ctx.text.slice(m.index + m[0].length)) && first === last && toks[first]!.cap;
      for (let k = first; k <= last; k++) if (nameCandidate(toks[k]!, true, true)) named = true;
      // "Grietje ter Laak (11)": capitalised words around a surname particle are a name.
      for (let k = first + 1; k < last; k++) if (TUSSENVOEGSELS.has(toks[k]!.lower) && !toks[k]!.cap && toks[first]!.cap) named = true;
      if (named && !out.some((p) => p.first <= first && p.last >= last)) push(first, last, false);
    }
  }
  if (ctx.hasDigit) {
    AGE_PLACE_RE.lastIndex = 0;
    for (let m = AGE_PLACE_RE.exec(ctx.text); m; m = AGE_PLACE_RE.exec(ctx.text)) {
      const first = ctx.tokenAt(m.index);
      const last = Math.max(first, ctx.tokenAt(m.index + m[0].length) - 1);
      if (first < toks.length && !out.some((p) => p.start <= m!.index && m!.index - p.end <= 2)) push(first, last, false);
    }
  }
  addHandles(ctx, out, push);
  if (ctx.kind === 'reply') addClosingVocatives(ctx, out, push);
  // "Rob, heeft je opa ...": a post opening with a name and a comma, speaking to "you".
  const head = toks[0];
  if (head?.cap && !out.some((p) => p.first === 0) && addressedPost(ctx) && nameCandidate(head, true) && !STAFF_ROLES.has(head.lower))
    push(0, 0, false, false, true);
  return out;
}

/** "Thanks so much for the five stars, Kwabena.", "Your results are in, Frank!": a name closing a sentence after a comma. */
function addClosingVocatives(
  ctx: ScanContext,
  out: PersonMention[],
  push: (first: number, last: number, titled: boolean, staffTitle: boolean, addressee: boolean) => void,
): void {
  const toks = ctx.tokens;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || toks[i - 1]!.sent !== t.sent || !/^\s*,\s*$/.test(ctx.text.slice(toks[i - 1]!.end, t.start))) continue;
    let last = i;
    if (toks[i + 1] && toks[i + 1]!.sent === t.sent && adjacent(ctx.text, t, toks[i + 1]!) && nameWord(toks[i + 1]!)) last = i + 1;
    const after = toks[last + 1];
    if (after && after.sent === t.sent && !/^x+$/.test(after.lower)) continue;
    // In a Dutch reply the English list of places and brands does not apply ("..., Gerdien!").
    if (!nameCandidate(t, true, ctx.lang === 'nl') || STAFF_ROLES.has(t.lower)) continue;
    if (out.some((p) => p.first <= i && p.last >= i)) {
      for (const p of out) if (p.first <= i && p.last >= i) p.addressee = true;
      continue;
    }
    push(i, last, false, false, true);
  }
}

/**
 * A handle that looks like a person's: "karen_w", "henkdevries". Acronyms ("NHSEngland", "GGD_Gelderland")
 * and words ("zorggroep_rivierenland") are organisations. Greeted in a post, it must start with a known first name.
 */
function personalHandle(handle: string, opening: boolean): boolean {
  if (/\p{Lu}{2}/u.test(handle)) return false;
  const head = handle.split(/[_.\d]|(?<=\p{Ll})(?=\p{Lu})/u)[0]!.toLowerCase();
  if (head.length < 2) return false;
  const parts = [...handle.toLowerCase().matchAll(/\p{L}+/gu)].map((p) => p[0]);
  if (firstNameKind(head) || parts.some((p) => firstNameKind(p) === 'name')) return true;
  // "the_hendersons", "fam_jansen": a family's handle.
  if (parts.some((p) => p.length > 3 && (isKnownSurname(p) || isKnownSurname(p.replace(/s$/, ''))))) return true;
  return opening && !isOrdinaryWord(head) && !isProperNonName(head);
}

/**
 * A post that opens with an @handle ("@ellen_w je dochter ...") or a name and a comma ("Rob, heeft je opa
 * ...", "Kev mate, is your ...") and speaks to "you" is a public reply in all but name.
 */
const GREETINGS = new Set([
  'hi',
  'hoi',
  'hey',
  'hee',
  'hai',
  'hallo',
  'hello',
  'beste',
  'lieve',
  'dear',
  'sterkte',
  'beterschap',
  'dag',
  'morning',
  'goedemorgen',
]);

const addressedCache = new WeakMap<ScanContext, boolean>();

export function addressedPost(ctx: ScanContext): boolean {
  if (ctx.kind === 'reply') return false;
  let hit = addressedCache.get(ctx);
  if (hit === undefined) {
    hit = readsAsReply(ctx);
    addressedCache.set(ctx, hit);
  }
  return hit;
}

function readsAsReply(ctx: ScanContext): boolean {
  const toks = ctx.tokens;
  if (toks.length < 3) return false;
  const handle = /^\s*@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})/.exec(ctx.text);
  const opening =
    // A person's handle: a first name or surname in it, or an unknown word split off like a name
    // ("sian_wales", "daveyboy77"); "@nhsengland" is an organisation.
    (!!handle && (personalHandle(handle[1]!, false) || (/[_.\d]/.test(handle[1]!) && personalHandle(handle[1]!, true)))) ||
    // "Rob, heeft je ...": one name and a comma ("Mark, Fleur en Ayoub: ..." is a list; "Parents, ..." no name).
    (toks[0]!.cap &&
      /^\s*(?:(?:mate|love|hun|lieverd|schat)\s*)?,/.test(ctx.text.slice(toks[0]!.end, toks[0]!.end + 12)) &&
      nameCandidate(toks[0]!, true) &&
      !toks[1]!.cap) ||
    // "Hoi Mariska, je ...", "Sterkte Joris, ...": a greeting and a name.
    (GREETINGS.has(toks[0]!.lower) && toks[1]!.cap && /^\s*[,!]/.test(ctx.text.slice(toks[1]!.end, toks[1]!.end + 3)));
  if (!opening) return false;
  // Spoken to as one person: "jullie" alone is a group.
  for (const t of toks) if (SECOND_PERSON.has(t.lower) && t.lower !== 'jullie') return true;
  return false;
}

/** "@karen_w" opening a reply, or thanked or greeted anywhere ("Thanks @karen_w"): the person spoken to. */
function addHandles(
  ctx: ScanContext,
  out: PersonMention[],
  push: (first: number, last: number, titled: boolean, staffTitle: boolean, addressee: boolean) => void,
): void {
  if (!ctx.text.includes('@')) return;
  HANDLE_RE.lastIndex = 0;
  for (let m = HANDLE_RE.exec(ctx.text); m; m = HANDLE_RE.exec(ctx.text)) {
    const end = m.index + m[0].length;
    if (ctx.text[end] === '@' || /^\.[a-z]{2,}/i.test(ctx.text.slice(end - 4, end))) continue; // e-mail address
    const first = ctx.tokenAt(m.index);
    const last = ctx.tokenAt(end) - 1;
    if (first > last) continue;
    const opening = (ctx.kind === 'reply' || addressedPost(ctx)) && ctx.text.slice(0, m.index).trim().replace(/@\S+/g, '').trim() === '';
    const greeted = first > 0 && ADDRESS_WORDS.has(ctx.tokens[first - 1]!.lower) && ctx.tokens[first - 1]!.end <= m.index;
    if (!opening && !greeted) continue;
    if (!personalHandle(m[1]!, opening)) continue;
    if (out.some((p) => p.first === first)) continue;
    push(first, last, false, false, true);
  }
}
