import type { ScanContext } from '../context.ts';
import { APPOINTMENT_WORDS, OUTCOMES, PRESCRIPTIONS, RESULTS, SPECIALTIES, SPECIALTY_DEPARTMENTS } from '../lexicon/health-context.ts';
import { ADMISSION, CONDITIONS, DEPARTMENTS, HEALTH_SUFFIXES, OTC_MEDICINES, PRESCRIPTION_ONLY, TREATMENTS } from '../lexicon/medical.ts';
import { PATIENT_ROLES } from '../lexicon/titles.ts';
import type { HealthMention } from '../types.ts';

// One lookup structure for all health vocabulary: single words in a Set, phrases keyed by
// their first word so a text is matched in one pass over its tokens.
const SINGLE = new Set<string>();
const PHRASES = new Map<string, string[][]>();
for (const set of [
  CONDITIONS,
  TREATMENTS,
  DEPARTMENTS,
  ADMISSION,
  PRESCRIPTION_ONLY,
  OTC_MEDICINES,
  PATIENT_ROLES,
  RESULTS,
  PRESCRIPTIONS,
  OUTCOMES,
  SPECIALTY_DEPARTMENTS,
]) {
  for (const term of set) {
    const parts = term.split(' ');
    if (parts.length === 1) {
      SINGLE.add(term);
      continue;
    }
    const list = PHRASES.get(parts[0]!) ?? [];
    list.push(parts.slice(1));
    PHRASES.set(parts[0]!, list);
  }
}

// Dutch closes compounds ("nierdialyse", "griepvaccinatie", "longtransplantatie", "kinderleukemie"):
// a long word whose tail is a condition or treatment of five letters or more is health vocabulary too.
// Not every tail: "onderbroken" and "tijdsbeperking" are no one's health.
// "assistent" ends in "stent", "desinfectie" (cleaning) in "infectie".
const NOT_TAILS = new Set([
  'gebroken',
  'beperking',
  'behandeld',
  'blind',
  'zieke',
  'wonden',
  'terugval',
  'ambulance',
  'overleed',
  'stent',
  'treated',
  'vaccinatie',
  'vaccinaties',
]);
const NOT_COMPOUNDS = new Set(['desinfectie', 'handdesinfectie']);
const TAILS = new Set<string>();
for (const set of [CONDITIONS, TREATMENTS]) for (const term of set) if (term.length >= 5 && !term.includes(' ') && !NOT_TAILS.has(term)) TAILS.add(term);
const tailCache = new Map<string, boolean>();

/** A Dutch compound ending in a condition or treatment, its head at least three letters. */
export function isHealthCompound(lower: string): boolean {
  if (lower.length < 8 || NOT_COMPOUNDS.has(lower)) return false;
  const hit = tailCache.get(lower);
  if (hit !== undefined) return hit;
  let found = false;
  for (let i = 3; i <= lower.length - 5 && !found; i++) {
    const tail = lower.slice(i);
    found = TAILS.has(tail) || (tail.charCodeAt(0) === 45 && TAILS.has(tail.slice(1)));
  }
  if (tailCache.size > 5000) tailCache.clear();
  tailCache.set(lower, found);
  return found;
}

// Acronyms that are only a condition in capitals ("MS", not "Ms"; "ALS", not "als").
const CAPS_ONLY = new Set(['MS', 'ALS', 'CVA', 'TIA', 'NAH', 'PTSS', 'PTSD', 'OCD', 'CFS', 'ME/CVS', 'ER', 'ED', 'IV', 'TB', 'IVF', 'ICD', 'COVID']);
const INJURY = new Set(['broke', 'broken', 'fractured', 'brak', 'gebroken', 'breekt', 'sprained', 'verstuikt', 'verstuikte']);
const BODY = new Set([
  'hip',
  'arm',
  'leg',
  'wrist',
  'ankle',
  'shoulder',
  'heup',
  'been',
  'pols',
  'enkel',
  'schouder',
  'rib',
  'ribs',
  'ribben',
  'neck',
  'nek',
  'knee',
  'knie',
]);

// Dutch compounds of a specialist: "diabetesverpleegkundige", "revalidatiearts", "kinderfysiotherapeut".
const SPECIALIST_SUFFIX_RE = /^\p{L}{3,}(?:verpleegkundige|arts|loog|therapeut|specialist|chirurg)$/u;

/** Words that are health vocabulary on their own only inside a phrase. */
export function isHealthWord(lower: string): boolean {
  if (SINGLE.has(lower)) return true;
  if (lower.length >= 9) {
    for (const suf of HEALTH_SUFFIXES) {
      if (lower.length >= suf.length + 3 && lower.endsWith(suf)) return true;
    }
  }
  // "pancreatitis", "blindedarmontsteking"'s Latin twin "appendicitis"; "hysterectomy", "colposcopy".
  if (
    lower.length >= 7 &&
    (lower.endsWith('itis') || lower.endsWith('ectomy') || lower.endsWith('ostomy') || lower.endsWith('oscopy') || lower.endsWith('ectomie'))
  )
    return true;
  // "astma-aanval", "mri-uitslag": a hyphenated compound with a health word in it.
  if (lower.includes('-')) for (const part of lower.split('-')) if (part.length > 2 && SINGLE.has(part)) return true;
  return false;
}

// A condition naming a service, not someone's health: "the cancer ward", "flu vaccine clinics",
// "our stroke unit's fun run". The mention takes the noun along, so it reads as a place of care.
const SERVICE_NOUNS = new Set([
  'ward',
  'wards',
  'unit',
  "unit's",
  'units',
  'clinic',
  'clinics',
  'centre',
  'center',
  'team',
  'nurse',
  'nurses',
  'service',
  'services',
  'research',
  'charity',
  'café',
  'cafe',
  'fund',
  'awareness',
  'day',
  'week',
  'month',
  'walk',
  'run',
  'group',
  'groups',
  'specialist',
  'specialists',
  'department',
  'screening',
  'programme',
  'program',
  'leaflet',
  'vaccine',
  'vaccines',
  'jab',
  'jabs',
  'information',
  'support',
  'network',
  'society',
  'association',
  'trust',
  'foundation',
  'appeal',
  'campaign',
]);

/** Every health term (condition, treatment, medicine, department, admission, result) in the text. */
export function findHealthMentions(ctx: ScanContext): HealthMention[] {
  const out: HealthMention[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "mum’s fall": phrases are listed with a straight apostrophe.
    const phrases = PHRASES.get(t.lower) ?? (t.lower.includes('’') ? PHRASES.get(t.lower.replace('’', "'")) : undefined);
    if (phrases) {
      let matched = -1;
      for (const rest of phrases) {
        let ok = true;
        for (let k = 0; k < rest.length; k++) {
          if (toks[i + 1 + k]?.lower !== rest[k]) {
            ok = false;
            break;
          }
        }
        if (ok) matched = Math.max(matched, i + rest.length);
      }
      if (matched >= 0) {
        out.push({ start: t.start, end: toks[matched]!.end, first: i, sent: t.sent });
        i = matched;
        continue;
      }
    }
    if (isHealthWord(t.lower) || CAPS_ONLY.has(t.text) || (ctx.lang === 'nl' && isHealthCompound(t.lower))) {
      let j = i;
      while (
        j < i + 2 &&
        toks[j + 1]?.sent === t.sent &&
        (SERVICE_NOUNS.has(toks[j + 1]!.lower) || (j === i && /^(?:vaccine|jab|awareness)$/.test(toks[j + 1]!.lower)))
      )
        j++;
      out.push({ start: t.start, end: toks[j]!.end, first: i, sent: t.sent });
      i = j;
      continue;
    }
    // "afspraak bij de cardioloog", "your appointment at dermatology", "bij de diabetesverpleegkundige"
    if (SPECIALTIES.has(t.lower) || SPECIALIST_SUFFIX_RE.test(t.lower)) {
      for (let k = Math.max(0, i - 4); k < i; k++) {
        if (toks[k]!.sent === t.sent && APPOINTMENT_WORDS.has(toks[k]!.lower)) {
          out.push({ start: toks[k]!.start, end: t.end, first: k, sent: t.sent });
          break;
        }
      }
      continue;
    }
    // "broke her hip", "zijn pols gebroken"
    if (INJURY.has(t.lower)) {
      for (let k = Math.max(0, i - 2); k <= i + 2 && k < toks.length; k++) {
        if (k !== i && toks[k]!.sent === t.sent && BODY.has(toks[k]!.lower)) {
          const a = Math.min(i, k);
          const b = Math.max(i, k);
          out.push({ start: toks[a]!.start, end: toks[b]!.end, first: a, sent: t.sent });
          break;
        }
      }
    }
  }
  return out;
}
