import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import { DEPARTMENTS } from '../lexicon/medical.ts';
import { SECOND_PERSON } from '../lexicon/name-context.ts';
import { PATIENT_ROLES } from '../lexicon/titles.ts';
import type { Finding, HealthMention, PersonMention } from '../types.ts';
import { addressedPost } from './person-name.ts';
import { INSTRUCTION_RE } from './reply-care.ts';

const PRONOUNS = new Set(['hij', 'zij', 'ze', 'haar', 'zijn', 'hem', 'he', 'she', 'his', 'her', 'him', 'they', 'their']);

function pronounInSentence(ctx: ScanContext, sent: number, beforeToken: number): boolean {
  for (let j = beforeToken - 1; j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (t.sent !== sent) break;
    if (PRONOUNS.has(t.lower)) return true;
  }
  return false;
}

function sentenceLength(ctx: ScanContext, sent: number, at: number): number {
  let a = at;
  while (a > 0 && ctx.tokens[a - 1]!.sent === sent) a--;
  return sentenceEnd(ctx, at) - a + 1;
}

function sentenceEnd(ctx: ScanContext, at: number): number {
  let b = at;
  while (b < ctx.tokens.length - 1 && ctx.tokens[b + 1]!.sent === ctx.tokens[at]!.sent) b++;
  return b;
}

function secondPersonInSentence(ctx: ScanContext, sent: number, at: number): boolean {
  for (let j = at; j >= 0 && ctx.tokens[j]!.sent === sent; j--) if (SECOND_PERSON.has(ctx.tokens[j]!.lower)) return true;
  for (let j = at + 1; j < ctx.tokens.length && ctx.tokens[j]!.sent === sent; j++) if (SECOND_PERSON.has(ctx.tokens[j]!.lower)) return true;
  return false;
}

// Spoken to by name, a health word in a general pointer is not theirs: "Hi Emma, our flu jab clinics
// start in October, you can book online", "please contact our patient advice team".
const GENERAL_RE =
  /\b(?:if|als|indien|via|online|please|contact us|neem contact|bel ons|dm|(?:you|u|je|jij)\s+(?:can|could|kunt|kun|may|mag)|(?:can|could|kunt|kun|may|mag)\s+(?:you|u|je|jij))\b|\?/;
const ORG_OWNED = new Set(['our', 'onze', 'ons']);
const ORG_INFO_RE =
  /\b(?:ouders|bezoekers|patiënten|iedereen|parents|visitors|patients|everyone|informatie|informatieavond|informatiebijeenkomst|voorlichting|voorlichtingsavond|lezing|webinar|welkom op|welcome to|info|information|website|vacature|vacancy|onze site|our site|wachttijd|wachttijden|wachtlijst|waiting times?|waiting list|openingstijden|opening (?:hours|times)|bezoektijden|visiting (?:hours|times)|verhuisd|has moved|bereikbaar|folder|leaflet|gratis|(?<!-)free|while supplies last|zolang de voorraad strekt|can be|kan worden|kunnen worden|office hours|kantoortijden|niets zeggen|niks zeggen|can't discuss|cannot discuss|can not discuss|geen informatie|question about|questions about|vraag over|vragen over)\b/;

/** "cancer ward", "flu vaccine clinics": a condition naming a service (see health-terms.ts). */
function serviceMention(term: string): boolean {
  return / (?:ward|wards|unit|unit's|units|clinic|clinics|centre|center|team|nurses?|services?|research|charity|café|cafe|fund|awareness|day|week|month|walk|run|groups?|specialists?|department|screening|programme|program|leaflet|vaccines?|jabs?|information|support|network|society|association|trust|foundation|appeal|campaign)$/.test(
    term,
  );
}

function generalPointer(ctx: ScanContext, h: HealthMention): boolean {
  // A place or role of care ("the patient survey", "de nieuwe huisartsenpost") is not their health,
  // unless it is theirs ("your ward").
  const term = ctx.lower.slice(h.start, h.end);
  if (
    DEPARTMENTS.has(term) ||
    PATIENT_ROLES.has(term) ||
    /(?:post|ziekenhuis|hospice|afdeling|logie|ology|pedie|pedics|paedics|iatrie|iatry)$/.test(term) ||
    serviceMention(term)
  ) {
    let theirs = false;
    for (let j = h.first - 1; j >= 0 && j >= h.first - 3 && ctx.tokens[j]!.sent === h.sent; j--) theirs ||= SECOND_PERSON.has(ctx.tokens[j]!.lower);
    if (!theirs) return true;
  }
  for (let j = h.first - 1; j >= 0 && j >= h.first - 2 && ctx.tokens[j]!.sent === h.sent; j--) if (ORG_OWNED.has(ctx.tokens[j]!.lower)) return true;
  // The clause around the health word: "je bent vorige maand geopereerd, dus je kunt ... bellen" is theirs.
  const s = ctx.lower;
  let a = h.start;
  let b = h.start;
  while (a > 0 && !/[,;:.!?\n]/.test(s[a - 1]!)) a--;
  while (b < s.length && !/[,;:.!\n]/.test(s[b]!)) b++;
  const clause = s.slice(a, b + 1);
  // "meestal zie je de uitslagen ...", "een second opinion vraagt om een verwijzing": how things go, for anyone.
  if (GENERAL_RE.test(clause) || INSTRUCTION_RE.test(clause)) return true;
  // What the organisation offers, not what they have: "de wachttijd voor de orthopedie is zes weken",
  // "informatie over een knieoperatie vind je op onze website" (unless it is theirs: "je knieoperatie").
  return ORG_INFO_RE.test(clause) && !SECOND_PERSON.has(ctx.tokens[h.first - 1]?.lower ?? '');
}

const OWN_HEALTH_RE =
  /\b(?:zelf(?: ook)?|himself|herself|personally)\b[^.!?]{0,30}\b(?:gehad|kreeg|overleefde|has had|had|was diagnosed|lives with|leeft met|survived|survivor)\b|\bzelf\b[^.!?]{0,40}\b(?:leeft|leefde|woont)\b|\b(?:her own|his own|zijn eigen|haar eigen)\s+(?:\p{L}+\s+)?(?:diagnosis|diagnose|illness|ziekte|cancer|kanker|treatment|behandeling|battle|strijd)\b/u;
// A colleague who is in care themselves: "onze collega Marieke ligt sinds vrijdag in het ziekenhuis".
const STAFF_IN_CARE_RE =
  /^\s*(?:\(\d{1,3}\)\s*)?(?:ligt|lag|is|werd|wordt)\s+(?:sinds\s+\p{L}+\s+|nu\s+|al\s+|vorige week\s+|gisteren\s+)?(?:in het ziekenhuis|op de ic|opgenomen(?!\s+in\s+(?:het|ons|onze|de)\s+(?:\p{L}+\s+)?(?:team|groep|bestuur|raad))|geopereerd|ziek|overleden|(?:bij ons\s+)?op de (?:ic|ccu|seh|hartbewaking|\p{L}*afdeling))\b|^\s*herstelt\s+van\b/u;
// Staff (not a public figure) who got a diagnosis: "onze vrijwilliger Wim (69) uit Hoorn kreeg vorig jaar
// prostaatkanker". Not a jab: "verpleegkundige Anna kreeg de griepprik".
const STAFF_ILL_RE =
  /^\s*(?:\(\d{1,3}\)\s*)?(?:,\s*(?:who|die)\s+)?(?:(?:uit|from)\s+\p{L}+\s+)?(?:vorig jaar\s+|last year\s+)?(?:kreeg|got|was diagnosed with|(?<=(?:who|die)\s+)(?:had|has had|heeft gehad|had)|werd gediagnosticeerd met|leeft met|lives with|kampt met|lijdt aan)\b(?![^.!?]{0,40}\b(?:\p{L}*prik|vaccin\p{L}*|jab|shot|booster)\b)/u;
// A colleague or coach in care, in English: "Coach X ..., he's on our cardiac ward after a heart attack".
const STAFF_IN_CARE_EN_RE =
  /\b(?:he|she|who)(?:'s|’s|\s+is|\s+was|\s+has been)\s+(?:now\s+|still\s+)?(?:in hospital|on (?:our|the|a) (?:[\p{L}-]+ )?(?:ward|unit)|in (?:intensive care|icu|the icu|resus)|recovering|being treated|undergoing)\b[^.!?]{0,40}\b(?:after|following|from)\b/u;
// A public figure telling of their own health in an interview, show, book or channel: public, not ours
// ("Zanger X praat in zijn documentaire over zijn ADHD"). Not when they stay with us.
const MEDIA_RE =
  /\b(?:interview|interviews|tv-interview|podcast|show|documentaire|documentary|boek|book|kanaal|channel|column|vlog|talkshow|openlijk|openly|publicly|in public|conference|congres|zaal|hall|voorstelling|optreden)\b/;
const IN_OUR_CARE_RE = /\b(?:bij ons|in ons ziekenhuis|op onze|with us|on our|in our (?:hospital|ward|unit|care)|ligt|lag|opgenomen|admitted)\b/;
const REACTION_RE =
  /\b(?:delighted|glad|pleased|happy|great|lovely|wonderful|sorry|hope|hoping|wishing|congrats|congratulations|gefeliciteerd|proficiat|to hear|om te horen|fijn|blij|mooi|leuk|jammer|vervelend|sterkte|beterschap|hopen|hoop|wensen|wat goed|goed om te|geweldig|prachtig|knap)\b/;

/** The sentence of token `at` ends in a question mark. */
function question(ctx: ScanContext, at: number): boolean {
  const end = ctx.tokens[sentenceEnd(ctx, at)]!.end;
  return /^[^\p{L}\p{N}]*\?/u.test(ctx.text.slice(end, end + 4));
}

function sentenceAt(ctx: ScanContext, at: number): string {
  const sent = ctx.tokens[at]!.sent;
  let a = at;
  while (a > 0 && ctx.tokens[a - 1]!.sent === sent) a--;
  return ctx.lower.slice(ctx.tokens[a]!.start, ctx.tokens[sentenceEnd(ctx, at)]!.end);
}

// A place or service of care tells nothing about a person's health unless they stay or are treated
// there: "Jamie ran 10k for our cancer ward" and "Tom joined our cardiology team" are not patients,
// "Lotte mocht na vier maanden op de kinderoncologie naar huis" and "ligt op de IC" are.
const STAY_RE =
  /\b(?:ligt|lag|lagen|liggen|verblijft|verbleef|opgenomen|overgebracht|ontslagen|spent|spends|stayed|staying|stays|was on|is on|is in|was in|(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|een paar|several|many)\s+(?:weeks|weken|days|dagen|nights|nachten|months|maanden)|home after|naar huis|came to|come to|comes to|rushed|brought to|taken to|transferred|discharged|bed|kamer|room|bay|cubicle|couveuse|since|sinds|sinds|wacht|waiting|visit|bezoek|tijd op|periode op|tijd in|keer per week|times a week|komt al|comes in)\b/;
const EMERGENCY_TERMS = new Set(['a&e', 'er', 'ed', 'seh', 'spoedeisende hulp', 'eerste hulp', 'spoedpost', 'huisartsenpost', 'emergency department']);
// "people with arthritis", "ouders van kinderen met autisme": a group's condition, not the named person's.
const GROUP_BEFORE_RE =
  /\b(?:people|persons|children|kids|patients|adults|parents|families|carers|anyone|everyone|those|men|women|mensen|kinderen|patiënten|volwassenen|ouders|ouderen|gezinnen|mantelzorgers|iedereen|mannen|vrouwen)\s+(?:\p{L}+\s+){0,2}(?:with|living with|affected by|met|die leven met|getroffen door)\s+(?:\p{L}+\s+)?$/u;

// A cause, not a condition of theirs: "12 km gelopen voor onderzoek naar ALS", "raising money for research into MND"
// ("een lange strijd tegen leukemie" is their own).
const CAUSE_BEFORE_RE =
  /\b(?:onderzoek naar|research into|research on|bestrijding van|aandacht voor|awareness of|inzamelen voor|geld voor|raising money for|money for)\s+(?:de\s+|het\s+|the\s+)?$/;

function placeOfCareOnly(ctx: ScanContext, h: HealthMention): boolean {
  const term = ctx.lower.slice(h.start, h.end);
  if (PATIENT_ROLES.has(term) || EMERGENCY_TERMS.has(term)) return false;
  return (
    DEPARTMENTS.has(term) ||
    serviceMention(term) ||
    /(?:afdeling|oncologie|kliniek|centrum|ziekenhuis|hospice|poli|polikliniek|logie|ology|pedie|pedics|paedics|iatrie|iatry)$/.test(term)
  );
}

function sentenceSpan(ctx: ScanContext, sent: number, at: number): string {
  let a = at;
  while (a > 0 && ctx.tokens[a - 1]!.sent === sent) a--;
  return ctx.lower.slice(ctx.tokens[a]!.start, ctx.tokens[sentenceEnd(ctx, at)]!.end);
}

/** Is the health mention about no one in particular (a place of care no one stays in, a group's condition)? */
export function notAboutSomeone(ctx: ScanContext, h: HealthMention): boolean {
  const before = ctx.lower.slice(Math.max(0, h.start - 60), h.start);
  if (GROUP_BEFORE_RE.test(before) || CAUSE_BEFORE_RE.test(before)) return true;
  return placeOfCareOnly(ctx, h) && !STAY_RE.test(sentenceSpan(ctx, h.sent, h.first));
}

const STORY_PRONOUNS_NL = new Set(['hij', 'zij', 'ze', 'haar', 'hem']);

/** Every sentence after the person's, up to `to`, refers back with a pronoun and names no one else. */
function storyContinues(ctx: ScanContext, p: PersonMention, to: number): boolean {
  if (ctx.persons.some((q) => q !== p && q.sent > p.sent && q.sent <= to)) return false;
  const seen = new Set<number>();
  for (let j = p.last + 1; j < ctx.tokens.length && ctx.tokens[j]!.sent <= to; j++) {
    const t = ctx.tokens[j]!;
    if (t.sent > p.sent && STORY_PRONOUNS_NL.has(t.lower)) seen.add(t.sent);
  }
  return seen.size === to - p.sent;
}

/** Health information about this person: same sentence, a pronoun next sentence, or "your ..." to the addressee. */
function linked(ctx: ScanContext, p: PersonMention, h: HealthMention): boolean {
  if (h.end > p.start && h.start < p.end) return false;
  // A post that reads as a reply: general pointers too, but a question about them is about them.
  if (p.addressee && (ctx.kind === 'reply' || (addressedPost(ctx) && !question(ctx, h.first))) && generalPointer(ctx, h)) return false;
  if (notAboutSomeone(ctx, h)) return false;
  if (h.sent === p.sent) return true;
  if (h.sent === p.sent + 1 && pronounInSentence(ctx, h.sent, h.first)) return true;
  // A Dutch story told on about the same person: "Maak kennis met X. Ze is 64 en oma van zes. Vorig jaar kreeg ze ...".
  if (ctx.lang === 'nl' && h.sent > p.sent + 1 && h.sent <= p.sent + 3 && storyContinues(ctx, p, h.sent)) return true;
  // "Meet Emily Jenkins. Diagnosed with ... in 2021, she now runs ...": a short introduction, then her story.
  if (h.sent === p.sent + 1 && sentenceLength(ctx, p.sent, p.first) <= 5 && pronounInSentence(ctx, h.sent, sentenceEnd(ctx, h.first) + 1)) return true;
  // "Thanks for the five stars, Kwabena. Delighted to hear the new knee is working out!": a reply's
  // later sentence reacting to news speaks about the person it answers.
  if (p.addressee && ctx.kind === 'reply' && h.sent > p.sent && REACTION_RE.test(sentenceAt(ctx, h.first))) return true;
  // "Hi Karen, sorry for the wait. Your scan results ...": later sentences speak to Karen.
  return !!p.addressee && h.sent > p.sent && secondPersonInSentence(ctx, h.sent, h.first);
}

// "Hoping Finn, your boy, is breathing easier": the person is a relative of the one replied to.
const RELATIVE_RE =
  /\b(?:your|ur|uw|je|jouw)\s+(?:little\s+|kleine\s+|lieve\s+)?(?:son|daughter|boy|girl|lad|child|kid|baby|mum|mom|dad|mother|father|husband|wife|partner|gran|grandma|grandad|nan|brother|sister|zoon|zoontje|dochter|dochtertje|jongen|meisje|kind|kindje|baby|moeder|vader|mama|papa|man|vrouw|partner|opa|oma|broer|zus)\b/;

/** Spans of health information linked to the person a reply speaks to (by name or handle), or to their relative. */
export function addresseeHealth(ctx: ScanContext): [number, number][] {
  const spans: [number, number][] = [];
  if (ctx.kind !== 'reply') return spans;
  for (const p of ctx.persons) {
    if (p.notPatient) continue;
    if (!p.addressee && !RELATIVE_RE.test(sentenceAt(ctx, p.first))) continue;
    for (const h of ctx.health) if (linked(ctx, p, h)) spans.push([h.start, h.end]);
  }
  return spans;
}

/** The heart of the guard: an identifiable person and health information in one message. */
export function detectPersonWithHealth(ctx: ScanContext, out: Finding[]): void {
  const persons = ctx.persons;
  if (persons.length === 0) return;
  const health = ctx.health;
  if (health.length === 0) return;
  for (const p of persons) {
    if (p.publicFigure) {
      const sentence = sentenceAt(ctx, p.first);
      if (MEDIA_RE.test(sentence) && !IN_OUR_CARE_RE.test(sentence)) continue;
    }
    // Staff or a public figure speaking of their own illness: "onze vrijwilliger Anton heeft zelf ook kanker gehad".
    if (
      p.notPatient &&
      !OWN_HEALTH_RE.test(sentenceAt(ctx, p.first)) &&
      !STAFF_IN_CARE_RE.test(ctx.lower.slice(p.end, p.end + 60)) &&
      !(!p.publicFigure && STAFF_ILL_RE.test(ctx.lower.slice(p.end, p.end + 60))) &&
      !(ctx.lang === 'en' && STAFF_IN_CARE_EN_RE.test(sentenceAt(ctx, p.first)))
    )
      continue;
    // Same sentence, or the next sentence when it refers back with a pronoun.
    const h = health.find((h) => linked(ctx, p, h));
    if (!h) continue;
    out.push(
      finding(
        'person-with-health',
        'block',
        Math.min(p.start, h.start),
        Math.max(p.end, h.end),
        {
          nl: 'Hier staat een herkenbaar persoon samen met gezondheidsinformatie. Dat is een bijzonder persoonsgegeven.',
          en: 'An identifiable person appears together with health information. That is special-category personal data.',
        },
        {
          nl: 'Haal de naam of de gezondheidsinformatie weg. Alleen met schriftelijke toestemming van de persoon mag dit, en dan beslist een goedkeurder.',
          en: 'Remove the name or the health information. Only with the written consent of the person, and then an approver decides.',
        },
      ),
    );
  }
}
