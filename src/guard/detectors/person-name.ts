import type { ScanContext } from '../context.ts';
import { STOPWORDS_EN, STOPWORDS_NL } from '../lexicon/common-words.ts';
import { FIRST_NAMES_EN, FIRST_NAMES_NL, NAME_EXCEPTIONS } from '../lexicon/first-names.ts';
import { SURNAMES, TUSSENVOEGSELS } from '../lexicon/surnames.ts';
import { PATIENT_ROLES, PUBLIC_FIGURES, PUBLIC_TITLES, STAFF_ROLES, STAFF_TITLES, TITLES } from '../lexicon/titles.ts';
import type { PersonMention, Token } from '../types.ts';
import { isHealthWord } from './health-terms.ts';

const SALUTATIONS = new Set(['beste', 'geachte', 'lieve', 'hoi', 'hallo', 'hey', 'hi', 'hello', 'dear']);
const ROOM_WORDS = new Set(['kamer', 'bed', 'room', 'bedbox', 'kamernummer']);
const APPOSITION_VERBS = new Set(['werkt', 'is', 'works', 'was']);
// "een 84-jarige vrouw uit Zwolle", "man (67) uit Deventer", "a 72-year-old man from Leeds"
const AGE_PLACE_RE =
  /\b(?:\d{1,3}-?jarige?|\d{1,3}-year-old)\b[^.!?\n]{0,40}?\b(?:uit|te|from|in)\s+\p{Lu}\p{L}+|\(\d{1,3}\)\s*(?:uit|te|from|of|,)\s*\p{Lu}\p{L}+/gu;

function isFirstName(lower: string): boolean {
  return FIRST_NAMES_NL.has(lower) || FIRST_NAMES_EN.has(lower);
}

function isStop(lower: string): boolean {
  return STOPWORDS_NL.has(lower) || STOPWORDS_EN.has(lower);
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
    if (t.text.length === 1 && t.cap && t.dotAfter) {
      prev = t;
      continue; // initial
    }
    const afterParticle = prev !== undefined && j > k && TUSSENVOEGSELS.has(prev.lower);
    if (TUSSENVOEGSELS.has(t.lower) && !(afterParticle && t.cap)) {
      prev = t;
      continue;
    }
    // After "van der" a capitalised word is a surname even if it is also a word ("Meer", "Berg").
    if (!(afterParticle && t.cap && !/\d/.test(t.text)) && !nameWord(t)) break;
    last = j;
    prev = t;
  }
  return last;
}

const NAME_VERBS = new Set(['is', 'was', 'has', 'had', 'heeft', 'had', 'ligt', 'lag', 'mag', 'gaat', 'kreeg', 'got', 'went', 'gets', 'will', 'wordt', 'werd']);

/** An ordinary word that is also a name ("Grace", "Roos") acts as a name mid-sentence before a verb. */
function usedAsName(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return !!prev && prev.sent === t.sent && !!next && next.sent === t.sent && NAME_VERBS.has(next.lower) && adjacent(ctx.text, t, next);
}

// Lower-case tussenvoegsels that start a surname; "op", "aan", "bij" would catch place names.
const SURNAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', "'t", 'el', 'al']);

/** Index of the last token of a surname starting at k ("Brouwer", "van der Meer"), or -1. */
function surnameAfter(ctx: ScanContext, k: number): number {
  const toks = ctx.tokens;
  const first = toks[k];
  if (!first || !adjacent(ctx.text, toks[k - 1]!, first)) return -1;
  if (SURNAME_PARTICLES.has(first.text)) {
    const j = consumeName(ctx, k, 4);
    return j >= k ? j : -1;
  }
  if (first.cap && SURNAMES.has(first.lower) && nameWord(first)) return k;
  return -1;
}

function inWindow(ctx: ScanContext, from: number, to: number, sent: number, set: Set<string>): boolean {
  for (let j = Math.max(0, from); j <= to && j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j]!;
    if (t.sent === sent && set.has(t.lower)) return true;
  }
  return false;
}

/** Staff in their role or a public figure: a name, but not someone whose health we would expose. */
function notPatient(ctx: ScanContext, first: number, last: number, titled: boolean): boolean {
  const toks = ctx.tokens;
  const head = toks[first]!;
  const sent = head.sent;
  const full = ctx.lower.slice(head.start, toks[last]!.end);
  if (PUBLIC_FIGURES.has(full) || PUBLIC_FIGURES.has(head.lower)) return true;
  if (inWindow(ctx, first - 2, first - 1, sent, PUBLIC_TITLES)) return true;
  // Directly before the name only: "verpleegkundige Sanne" is staff, "de verpleegkundige van
  // mevrouw Jansen" is about a patient.
  if (inWindow(ctx, first - 1, first - 1, sent, STAFF_ROLES)) return true;
  const staff = ctx.allow.staff;
  if (staff.size > 0) {
    if (staff.has(full) || staff.has(head.lower)) return true;
    if (!titled && staff.has(toks[last]!.lower)) return true;
  }
  // Apposition: "Sanne, wijkverpleegkundige", "Sanne (verpleegkundige)", "Sanne werkt als ..."
  const next = toks[last + 1];
  if (next && next.sent === sent) {
    const gap = ctx.text.slice(toks[last]!.end, next.start);
    if (/[,(–-]/.test(gap) || APPOSITION_VERBS.has(next.lower)) {
      if (inWindow(ctx, last + 1, last + 4, sent, STAFF_ROLES)) return true;
    }
  }
  return false;
}

/** Every mention of an identifiable person: titled names, full names, first names, rooms, age+place. */
export function findPersons(ctx: ScanContext): PersonMention[] {
  const toks = ctx.tokens;
  const out: PersonMention[] = [];
  const push = (first: number, last: number, titled: boolean, staffTitle = false) => {
    const a = toks[first]!;
    const b = toks[last]!;
    out.push({
      start: a.start,
      end: b.end,
      first,
      last,
      sent: a.sent,
      notPatient: staffTitle || notPatient(ctx, first, last, titled),
    });
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const lower = t.lower;
    const isTitle = TITLES.has(lower) || (lower === 'heer' && toks[i - 1]?.lower === 'de');
    const isStaffTitle = !isTitle && STAFF_TITLES.has(lower);
    if (isTitle || isStaffTitle) {
      const j = consumeName(ctx, i + 1);
      if (j > i) {
        push(i, j, true, isStaffTitle);
        i = j;
      }
      continue;
    }
    if (PATIENT_ROLES.has(lower) || SALUTATIONS.has(lower)) {
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
    if (ROOM_WORDS.has(lower)) {
      const n = toks[i + 1];
      if (n && /^\d{1,4}[a-z]?$/i.test(n.text)) {
        push(i, i + 1, false);
        i++;
      }
      continue;
    }
    if (!t.cap) continue;
    // Initials: "J. de Vries", "A.M. Jansen"
    if (t.text.length === 1 && t.dotAfter) {
      const j = consumeName(ctx, i + 1);
      if (j > i) {
        push(i, j, false);
        i = j;
      }
      continue;
    }
    if (isFirstName(lower) || NAME_EXCEPTIONS.has(lower)) {
      const j = consumeName(ctx, i + 1, 4);
      const hasSurname = j > i;
      if (!hasSurname && NAME_EXCEPTIONS.has(lower) && !usedAsName(ctx, i)) continue;
      const last = hasSurname ? j : i;
      push(i, last, false);
      i = last;
      continue;
    }
    // A first name we do not know, followed by a known surname or "van der ...": "Hasna Brouwer".
    if (nameWord(t) && !isHealthWord(lower)) {
      const j = surnameAfter(ctx, i + 1);
      if (j > i) {
        push(i, j, false);
        i = j;
      }
    }
  }

  if (ctx.hasDigit) {
    AGE_PLACE_RE.lastIndex = 0;
    for (let m = AGE_PLACE_RE.exec(ctx.text); m; m = AGE_PLACE_RE.exec(ctx.text)) {
      const first = ctx.tokenAt(m.index);
      const last = Math.max(first, ctx.tokenAt(m.index + m[0].length) - 1);
      if (first < toks.length) push(first, last, false);
    }
  }
  return out;
}
