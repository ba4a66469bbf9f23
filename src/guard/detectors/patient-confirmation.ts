import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import { APPOINTMENT_WORDS } from '../lexicon/health-context.ts';
import { KINSHIP, SECOND_PERSON } from '../lexicon/name-context.ts';
import { DEPARTMENTS } from '../lexicon/medical.ts';
import type { Finding } from '../types.ts';
import { isHealthWord } from './health-terms.ts';
import { addressedPost } from './person-name.ts';
import { addresseeHealth, notAboutSomeone } from './person-with-health.ts';
import { careStatements, clauseOf, notCare, placeOnly, REQUEST_INVITE_RE } from './reply-care.ts';

// "uw opname", "your visit" only confirm a care relation when the sentence looks back at it
// (past tense, thanks, apology) — "u kunt uw afspraak online verzetten" is fine.
const CARE_NOUN_RE =
  /\b(?:uw|je|jouw|your)\s+(?:recente\s+|laatste\s+|vorige\s+|recent\s+|last\s+)?(?:opname|ziekenhuisopname|verblijf|behandeling|bezoek|afspraak|operatie|ingreep|onderzoek|dossier|bevalling|consult|controle|zorg|therapie|revalidatie|ontslag|behandelaar|arts|verpleegkundige|visit|stay|appointment|treatment|surgery|operation|procedure|admission|care|records?|file|chart|test results|results|discharge|consultation|check-up|delivery|doctor|nurse)\b/giu;
const LOOKING_BACK_RE =
  /\b(?:bij ons|vorige|afgelopen|gisteren|vanochtend|laatst|onlangs|recent|sorry|excuses|spijt|vervelend|jammer|blij|fijn|dank|bedankt|teleurgesteld|was|waren|had|hebt|heeft|heb|overlegd|besproken|gesproken|werd|ging|verliep|with us|spoke|spoken|last|yesterday|recently|apologi[sz]e|glad|thank|thanks|disappointed|went|were)\b/;
const DIRECT_RE = [
  /\b(?:u|je|jij)\s+(?:bent|was|werd|lag|bent geweest|heeft gelegen)\s+(?:hier\s+|bij ons\s+)?(?:opgenomen|behandeld|geopereerd|onderzocht|bevallen)\b/giu,
  /\b(?:u|je|jij)\s+(?:bent|was|werd)\s+[^.!?,\n]{0,30}?\b(?:opgenomen|behandeld|geopereerd|onderzocht|bevallen|ontslagen)\b/giu,
  /\b(?:you(?:'re| are)|your name is|u staat|je staat|uw naam staat|je naam staat)\s+(?:still\s+|nog\s+|now\s+|nu\s+)?(?:on|op)\s+(?:the|de|our|onze)\s+(?:[\p{L}-]+\s+)?(?:waiting list|wachtlijst)\b/giu,
  /\b(?:staat|staan|bent|sta)\s+(?:u|je|jij)\s+(?:nog\s+|nu\s+)?op\s+(?:de|onze)\s+(?:[\p{L}-]+\s+)?wachtlijst\b/giu,
  /\b(?:who|that|die|dat)\s+(?:looked after|cared for|treated|operated on|delivered|behandelde|verzorgde|opereerde)\s+(?:you|u|je|jou)\b/giu,
  /\btoen\s+(?:u|je|jij)\s+(?:bij ons|hier|in ons ziekenhuis|op de|op onze)\b/giu,
  /\b(?:we|wij)\s+hebben\s+(?:uw|je|jouw)\s+(?:dossier|gegevens|status|medische gegevens|uitslagen?)\b/giu,
  /\b(?:gekeken|bekeken|nagekeken|uitgezocht|ingezien|looked (?:into|at)|reviewed|checked|gone through|went through)\s+(?:naar\s+|in\s+)?(?:uw|je|jouw|your|ur)\s+(?:dossier|gegevens|status|zaak|situatie|casus|case|file|records|notes|chart)\b/giu,
  /\b(?:uw|je|jouw)\s+(?:dossier|zaak|situatie|casus|gegevens)\b[^.!?\n]{0,20}\b(?:gekeken|bekeken|nagekeken|uitgezocht|ingezien)\b/giu,
  /\b(?:die|dat|who|that)\s+(?:u|je|jou|you)\s+(?:heeft\s+|hebben\s+|has\s+|have\s+)?(?:behandelde|behandeld|verzorgde|verzorgd|opereerde|geopereerd|treated|looked after|cared for|operated on|delivered)\b/giu,
  /\bwhen you were\s+(?:here|admitted|with us|in|treated|seen)\b/giu,
  /\bwe(?:'ve| have)?\s+(?:looked at|checked|reviewed|pulled up)\s+your\s+(?:file|records|chart|notes)\b/giu,
  /\byou were\s+(?:admitted|treated|seen|operated on|discharged)\b/giu,
  // "we missen je op de revalidatieafdeling", "we miss you on the ward": they were there.
  /\b(?:we|wij)\s+(?:missen|miss)\s+(?:je|jou|u|you)\s+(?:al\s+|already\s+)?(?:op|bij|in|on|at)\s+(?:de|het|onze|ons|the|our)\s+(?:\p{L}+(?:afdeling|poli|kliniek)|afdeling|poli|kliniek|ic|dagbehandeling|ward|unit|clinic)\b/giu,
  // "je staat ingepland voor de maagscopie", "u bent aangemeld voor de operatie".
  /\b(?:u|je|jij)\s+(?:staat|bent)\s+(?:nu\s+|al\s+)?(?:ingepland|gepland|ingeroosterd|aangemeld|ingeschreven)\s+(?:voor|bij|op)\b/giu,
  /\b(?:you(?:'re| are)|you have been)\s+(?:now\s+)?(?:booked|scheduled|listed)\s+(?:in\s+)?(?:for|with|into|in at|on)\b/giu,
];
// About their relative: run only when "your/uw/je" + a relative appears (KIN_CUE_RE), most replies have none.
const KIN_DIRECT_RE = [
  // Condolences for their relative: "sorry for the loss of your dad", "het overlijden van uw moeder".
  /\b(?:loss|passing|death|overlijden|verlies)\s+(?:of|van)\s+(?:your|je|jouw|uw)\s+(?:mother|father|husband|wife|partner|son|daughter|mum|mom|dad|brother|sister|gran|grandma|grandad|grandpa|nan|moeder|vader|man|vrouw|zoon|dochter|broer|zus|opa|oma|papa|mama)\b/giu,
  /\b(?:uw|je|jouw|jullie)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|dochter|opa|oma)\b[^.!?\n]{0,40}\b(?:bij ons|op onze afdeling|opgenomen|behandeld|verzorgd|overleden)\b/giu,
  /\byour\s+(?:mother|father|husband|wife|partner|son|daughter|twins|kids|children|brother|sister|mum|mom|dad|gran|grandma|grandad|nan|baby|little (?:boy|girl))\b[^.!?\n]{0,40}\b(?:with us|on (?:our|the) (?:ward|unit)|in (?:our|the) (?:hospital|unit|hospice)|admitted|treated|cared for|passed away|settled|comfortable)\b/giu,
  /\b(?:uw|je|jouw|jullie)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|dochter|opa|oma|baby)\b[^.!?\n]{0,40}\b(?:ligt|lag)\b[^.!?\n]{0,20}\b(?:op (?:de )?(?:afdeling|\p{L}+afdeling)|op kamer|in het ziekenhuis|op de ic|in het hospice|bij ons)\b/giu,
  // "uw man heeft een rustige nacht gehad op de IC": their relative in a place of care (not working there).
  /\b(?:uw|je|jouw|jullie)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|dochter|opa|oma|baby)\b(?![^.!?\n]{0,50}\b(?:werkt|werkte|werken|stage|solliciteer\p{L}*))[^.!?\n]{0,50}\b(?:op|in)\s+(?:de|het)\s+(?:\p{L}+-)?(?:ic|seh|ccu|hartbewaking|ziekenhuis|hospice|kraamafdeling|verloskamer|uitslaapkamer|\p{L}+afdeling)\b/giu,
  // A relative's stay changes: "uw vrouw mag morgen naar huis", "your dad has been moved to the stroke unit".
  /\b(?:uw|je|jouw|jullie|your|ur)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|dochter|opa|oma|baby|tweeling|mother|father|husband|wife|son|daughter|twins|mum|mom|dad|gran|grandma|grandad|nan|child)\b[^.!?\n]{0,40}\b(?:mag[^.!?\n]{0,20}naar huis|naar huis mag|gaat naar huis|overgeplaatst|overgebracht|ontslagen|opgenomen|geopereerd|stabiel|can go home|is going home|goes home|going home|discharged|transferred|moved to|admitted|stable|out of surgery|out of theatre|out of (?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:unit|ward|icu|nicu|hospital))\b/giu,
  // "het herstel van je man", "the recovery of your son": their relative's care.
  /\b(?:herstel|revalidatie|operatie|behandeling|opname|bevalling|ziekte|recovery|operation|surgery|treatment|illness|rehab)\s+(?:van|of)\s+(?:uw|je|jouw|your|ur)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|dochter|opa|oma|baby|mother|father|husband|wife|son|daughter|mum|mom|dad|gran|grandma|grandad|nan|child)\b/giu,
];
const KIN_CUE_RE =
  /\b(?:uw|je|jouw|your|ur|jullie)\s+(?:little\s+|kleine\s+|lieve\s+)?(?:moeder|vader|man|vrouw|partner|kind|zoon|zoontje|dochter|dochtertje|opa|oma|baby|tweeling|mother|father|husband|wife|son|daughter|twins|kids|mum|mom|dad|gran|grandma|grandad|nan|child|boy|girl)\b/;

// A status of this person's care: results are in, a prescription is ready, treatment works.
const STATUS_RE =
  /\b(?:klaar|ready|delayed|vertraagd|binnen|bekend|aangeslagen|aanslaat|slaat aan|going well|goes well|gaat goed|goed gaat|verloopt goed|verzet|verplaatst|gewijzigd|rescheduled|moved|changed|geannuleerd|cancell?ed|canceled|pick ?up|collect(?:ion)?|ophalen|afhalen|call you|bel(?:t|len) u|came back|are in|is in|clear|good news|goed nieuws|doing well|improv(?:ed|ing)|beter|better)\b/;
// Instructions and conditions are general information: "u kunt uw herhaalrecept online aanvragen".
// "can" only as an instruction to the reader ("you can book", "kunt u"): "your stitches can come out" is a fact.
const GENERAL_RE =
  /\?|\b(?:als|indien|wanneer|mocht|if|whenever|how|hoe(?! het (?:gaat|ging|nu gaat|met))|(?:vraag|vraagt|regel|regelt|vind|vindt|lees|leest) (?:je|u)|tips?|meestal|usually|normaal(?!\s*(?:[.!,;]|$))|normally|altijd|always|online|via|(?:you|u|je|jij)\s+(?:can|could|kunt|kun|may|mag)|(?:can|could|kunt|kun|may|mag)\s+(?:you|u|je|jij)|can take|may take|kan \p{L}+ duren|waiting times? (?:are|is) (?:currently|now|about|around)|(?:are|is) made through|wachttijd(?:en)? (?:is|zijn|bedraagt) (?:op dit moment|momenteel|nu|ongeveer)|(?:gaat|gaan|loopt|lopen) via)\b|\bvoor (?:een|de|het) [^,.!?]{0,30}\b(?:heb|hebt|heeft) (?:je|u)\b[^.!?]{0,40}\bnodig\b/u;
const POSSESSIVE_2ND = new Set(['uw', 'je', 'jouw', 'your', 'ur']);
// A request to get in touch privately, or a general pointer, says nothing about their care.
const REQUEST_RE =
  /\b(?:please|dm|pm|inbox|privébericht|prive bericht|stuur ons|bel ons|mail ons|neem (?:gerust |even )?contact|contact us|get in touch|call us|ring us|email us|e-mail us)\b/;

// After "your/uw/je", within three words: things that are only theirs when they are (or were) cared for.
// Strong: their results, prescription, surgery, file. Weak (visit, stay, wait, case): only with a status
// ("has been rebooked") or a look back ("sorry", "yesterday").
const STRONG_CARE =
  /^(?:[\p{L}-]+(?:echo|scan|onderzoek|operatie|recept|medicatie|behandeling|controle|scopie|puffers?|medicijnen|pillen|tabletten|zalf|druppels)|insuline\p{L}*|opname|ziekenhuisopname|behandel\p{L}*|operatie|ingreep|onderzoek(?:en)?|dossier|bevalling|consult|controle|therapie|revalidatie|ontslagbrief|ontslag|uitslag(?:en)?|\p{L}*uitslag(?:en)?|recept|herhaalrecept(?:en)?|medicatie|medicijnen|verwijzing|verwijsbrie(?:f|ven)|doseerschema|medicatieschema|oefenschema|behandelplan|zorgplan|medicatieoverzicht|scan|scans|mri|echo|bloed[\p{L}-]*|fysio[\p{L}-]*|knie|heup|pols|enkel|schouder|treatment|surgery|op|ops|operation|procedure|admission|records|chart|results?|bloods|blood|tests?|x-rays?|biopsy|referral|prescription|meds|medication|medicine|discharge|consultation|check-up|physio|therapy|knee|hip|wrist|ankle|shoulder|rehab|recovery|herstel|treatment plan|care plan|diagnosis|diagnose|condition|aandoening|symptoms|symptomen|pain|pijn|wound|wond|stitches|hechtingen|cast|gips)$/u;
const WEAK_CARE =
  /^(?:verblijf|bezoek|afspra[\p{L}-]*|wachttijd|zorg|zaak|situatie|behandelaar|arts|verpleegkundige|sessie|sessies|visit|stay|appointments?|sessions?|wait|waiting|care|case|file|notes|delivery|doctor|nurse|consultant|gp)$/u;
// A specific moment makes "your session", "je afspraak" a fact about them: "tot vrijdag bij je sessie".
const WHEN_RE =
  /\b(?:today|tonight|tomorrow|next (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+\w*)|vandaag|vanavond|morgen|morgenochtend|morgenmiddag|morgenavond|vanmiddag|overmorgen|volgende week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|om \d|at \d)\b/;
const PICKUP_RE = /\b(?:afhalen|ophalen|halen|collect|collected|pick(?:ed)? up|pickup|klaar|ready)\b/;
const STATUS_MORE_RE =
  /\b(?:come through|came through|approved|goedgekeurd|confirmed|bevestigd|sent|verstuurd|gestuurd|posted|rebooked|booked|geboekt|ingepland|hersteld|aangepast|postponed|uitgesteld|back|terug|helped|geholpen|gekeken|bekeken|nagekeken|normal|normaal|gestart|started|received|ontvangen|weeks|weken|since|sinds|opgelopen|still on|gaat door|r back)\b/;

// Taking part in a cause: "je meeloopt voor onderzoek naar kanker" is no one's care.
const CAUSE_RE = /\b(?:meeloopt|meelopen|meedoet|loopt mee|doet mee|aandacht (?:vraagt|vragen|voor)|collecte|sponsorloop|onderzoek naar)\b/;

/** "your knee op", "je fysio-afspraken zijn verzet", "ur test results r back": a statement about their care. */
function possessiveCare(ctx: ScanContext): [number, number][] {
  const spans: [number, number][] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!POSSESSIVE_2ND.has(toks[i]!.lower)) continue;
    for (let k = i + 1; k <= i + 3 && k < toks.length && toks[k]!.sent === toks[i]!.sent; k++) {
      const w = toks[k]!.lower;
      // "your knee op" in English; Dutch "op" is a preposition ("je reactie op onze vacature").
      // A health word of theirs counts too ("je wondverzorging"), not a place ("je ziekenhuis").
      const strong =
        (STRONG_CARE.test(w) || (isHealthWord(w) && !DEPARTMENTS.has(w) && !/(?:afdeling|ziekenhuis|kliniek|post|poli)$/.test(w))) &&
        !((w === 'op' || w === 'ops') && ctx.lang !== 'en');
      // "je ervaring met onze geheugenpoli", "your experience on the ward": their own time in our care.
      if (/^(?:ervaring|ervaringen|experience|experiences)$/.test(w)) {
        const sentence = sentenceOf(ctx, toks[k]!.start);
        const care = ctx.health.some((h) => h.sent === toks[k]!.sent && h.first > k && h.first <= k + 5);
        if (care && !GENERAL_RE.test(sentence) && !REQUEST_RE.test(sentence) && !CAUSE_RE.test(sentence)) spans.push([toks[i]!.start, toks[k]!.end]);
        break;
      }
      if (!strong && !WEAK_CARE.test(w)) continue;
      // "your GP surgery", "je huisartsenpraktijk": a place everyone has, not their operation.
      if (w === 'surgery' && /^(?:gp|gp's|doctor's|doctors|local)$/.test(toks[k - 1]!.lower)) break;
      const sentence = sentenceOf(ctx, toks[k]!.start);
      // "uw herhaalrecept kunt u vanaf morgen afhalen": a pickup at a set time is a fact, not an instruction.
      const pickup = strong && PICKUP_RE.test(sentence) && WHEN_RE.test(sentence) && !/\?|\b(?:als|if|online|via|indien)\b/.test(sentence);
      if (!pickup && (GENERAL_RE.test(sentence) || REQUEST_RE.test(sentence) || CAUSE_RE.test(sentence))) break;
      if (strong || LOOKING_BACK_RE.test(sentence) || STATUS_RE.test(sentence) || STATUS_MORE_RE.test(sentence) || WHEN_RE.test(sentence)) {
        spans.push([toks[i]!.start, toks[k]!.end]);
        break;
      }
    }
  }
  return spans;
}

// A call promised by the care team: "Dr Mensah rings you tomorrow", "de gynaecoloog belt je nog".
const CALL_YOU_RE =
  /\b(?:belt|bellen|zal bellen)\s+(?:u|je|jou)\b|\bcontact\s+met\s+(?:u|je|jou)\s+op\b|\b(?:call|ring|phone|contact|text)\s+(?:you|u)\b|\bgi(?:ve|ves|ving)\s+(?:you|u)\s+a\s+(?:call|ring|bell)\b|\b(?:will|to)\s+reach\s+out\b|\breach(?:es|ing)?\s+out\s+to\s+you\b/;
const CLINICIAN_RE =
  /\b(?:dr|dokter|arts|huisarts|verpleegkundige|nurse|gp|consultant|specialist|doctor|surgeon|chirurg|verloskundige|midwife|diëtist|dietist|dietitian|fysiotherapeut|physio|logopedist|ergotherapeut|apotheker|pharmacist|\p{L}*(?:loog|arts|ologist|iater))\b/u;
const COLLEAGUE_RE = /\b(?:collega|colleague|team|afdeling|ward|poli|polikliniek|clinic)\b/;

function careTeamWillCall(ctx: ScanContext, careMentioned: boolean): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (ctx.tokens[i + 1]?.sent === t.sent) continue;
    const a = ctx.tokens[from]!.start;
    const sentence = ctx.lower.slice(a, t.end + 1);
    from = i + 1;
    const call = CALL_YOU_RE.exec(sentence);
    if (!call || GENERAL_RE.test(sentence) || REQUEST_RE.test(sentence)) continue;
    if (CLINICIAN_RE.test(sentence) || (careMentioned && COLLEAGUE_RE.test(sentence))) spans.push([a, a + call.index + call[0].length]);
  }
  return spans;
}

const SERVICE_TERM_RE = / (?:screening|programme|program|campaign|service|services|research|awareness|clinic|clinics|team|unit|ward|café|cafe)$/;
// An offer or a topic, not their relative's condition: "heeft je moeder interesse in onze cursus over diabetes?".
const INVITE_TOPIC_RE =
  /\b(?:cursus|cursussen|course|courses|class|classes|workshop|café|cafe|interesse|interested|like to|zin in|wil graag|aanmelden|sign up|lezing|talk|over (?:onze|de|het)|about (?:our|the))\b|\b(?:onze|ons|our)\s+(?:[\p{L}-]+\s+){0,2}(?:cursus|course|group|groep|café|cafe)\b/u;

/** A health term about the person replied to (or their child): "your scan results are delayed", "your son's asthma". */
function addressedHealth(ctx: ScanContext): [number, number][] {
  const spans: [number, number][] = [];
  const toks = ctx.tokens;
  for (const h of ctx.health) {
    let owner = -1;
    let kin = false;
    let appointment = APPOINTMENT_WORDS.has(toks[h.first]!.lower);
    for (let j = h.first - 1; j >= 0 && j >= h.first - 8 && toks[j]!.sent === h.sent; j--) {
      const t = toks[j]!;
      appointment ||= APPOINTMENT_WORDS.has(t.lower);
      if (POSSESSIVE_2ND.has(t.lower)) {
        owner = j;
        const next = toks[j + 1]?.lower.replace(/['’]s$/, '') ?? '';
        kin ||= KINSHIP.has(next) && !(next === 'kind' && t.lower === 'your'); // Dutch "kind" is a child; "your kind words" is not
        break;
      }
    }
    // Six words back for their own care; a relative may stand further off ("your brother on the same ward with his ...").
    if (owner >= 0 && h.first - owner > 6 && !kin) owner = -1;
    // "de astma van uw dochter", "the asthma of your son"
    const after = ctx.tokenAt(h.end);
    if (owner < 0 && (toks[after]?.lower === 'van' || toks[after]?.lower === 'of') && POSSESSIVE_2ND.has(toks[after + 1]?.lower ?? '')) {
      if (KINSHIP.has(toks[after + 2]?.lower ?? '') && !GENERAL_RE.test(sentenceOf(ctx, h.start))) spans.push([h.start, toks[after + 2]!.end]);
      continue;
    }
    if (owner < 0) continue;
    // "your new guidance on cancer screening": a service named further off is not theirs ("your screening" is).
    if (owner < h.first - 1 && SERVICE_TERM_RE.test(ctx.lower.slice(h.start, h.end))) continue;
    const sentence = sentenceOf(ctx, h.start);
    // "heeft je opa nog last van die dementie?", "is your dad home yet after his heart op?": a question
    // about their relative's condition reveals it all the same; other questions and instructions are general.
    const kinCondition =
      kin &&
      !placeOnly(ctx, h) &&
      !/\b(?:als|indien|if|whenever|wanneer)\b/.test(sentence) &&
      !INVITE_TOPIC_RE.test(sentence) &&
      !REQUEST_INVITE_RE.test(sentence);
    if (GENERAL_RE.test(sentence) && !kinCondition) continue;
    // A relative and a ward: only when they are (or were) there, not "your mum can visit the ward".
    if (kin && placeOnly(ctx, h) && !/\b(?:is|was|were|are|been|ligt|lag|stayed|staying|admitted|opgenomen|geweest)\b/.test(sentence)) continue;
    // "Your son's asthma", "uw zoon ... astma": a relative's condition; otherwise a status must show it is theirs.
    // "your appointment at oncology": a specialty named for this person.
    if (kin || appointment || STATUS_RE.test(sentence) || SECOND_PERSON.has(toks[h.first - 1]?.lower ?? '')) spans.push([toks[owner]!.start, h.end]);
  }
  return spans;
}

function sentenceOf(ctx: ScanContext, offset: number): string {
  const t = ctx.tokens[Math.min(ctx.tokenAt(offset), ctx.tokens.length - 1)];
  if (!t) return '';
  let a = 0;
  let b = ctx.tokens.length - 1;
  const i = ctx.tokenAt(offset);
  for (a = i; a > 0 && ctx.tokens[a - 1]!.sent === t.sent; a--);
  for (b = i; b < ctx.tokens.length - 1 && ctx.tokens[b + 1]!.sent === t.sent; b++);
  // With the punctuation that ends it: a question is not a statement about someone.
  return ctx.lower.slice(ctx.tokens[a]!.start, ctx.tokens[b]!.end + 1);
}

// "De zorg voor uw moeder ...", "caring for your dad": we cared for their relative.
const CARE_FOR_KIN_RE =
  /\b(?:zorg|verzorging|verpleging|begeleiding|caring|care|looking after|looked after)\s+(?:voor|van|aan|for|of)\s+(?:uw|je|jouw|your|ur)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|dochter|opa|oma|baby|mother|father|husband|wife|son|daughter|mum|mom|dad|gran|grandma|grandad|nan|child)\b/giu;
// "fijn om voor je vader te zorgen", "om uw vader ... te mogen verzorgen".
const CARED_FOR_KIN_RE =
  /\bvoor\s+(?:uw|je|jouw|jullie)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|dochter|opa|oma|baby)\s+(?:te\s+)?(?:zorgen|gezorgd)\b|\b(?:uw|je|jouw|jullie)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|dochter|opa|oma|baby)\b[^.!?\n]{0,40}\b(?:te\s+)?(?:mogen\s+)?(?:verzorgen|verplegen|begeleiden)\b/giu;
// "sterkte met je vrouw", "fijn dat uw vader ...": a reaction to news about their relative.
const KIN_REACTION_RE =
  /\b(?:sterkte|beterschap|fijn|blij|mooi|naar|vervelend|jammer|gecondoleerd|condoleances|hopen|hoop|wensen|sorry|glad|delighted|hope|hoping|wishing|sorry|best wishes)\b[^.!?\n]{0,30}\b(?:uw|je|jouw|your|ur)\s+(?:moeder|vader|man|vrouw|partner|kind|zoon|zoontje|dochter|dochtertje|opa|oma|baby|mother|father|husband|wife|son|daughter|mum|mom|dad|gran|grandma|grandad|nan|child)\b/u;

/**
 * A reply reacting to news about their relative, then naming a treatment or condition as a fact:
 * "Sterkte met je vrouw. De gynaecoloog liet weten dat de keizersnede goed is gegaan."
 */
function relativeNews(ctx: ScanContext): [number, number][] {
  const spans: [number, number][] = [];
  const m = KIN_REACTION_RE.exec(ctx.lower);
  if (!m) return spans;
  const kinSent = ctx.tokens[Math.min(ctx.tokenAt(m.index), ctx.tokens.length - 1)]!.sent;
  for (const h of ctx.health) {
    if (h.sent < kinSent || h.sent > kinSent + 2) continue;
    const sentence = sentenceOf(ctx, h.start);
    // A place of care only when they were there: "fijn dat je vrouw zo goed is opgevangen op de verloskamer".
    if (placeOnly(ctx, h) && !/\b(?:opgevangen|opgenomen|geholpen|behandeld|verzorgd|verpleegd|lag|ligt|was|geweest|bevallen)\b/.test(sentence)) continue;
    if (GENERAL_RE.test(sentence) || REQUEST_RE.test(sentence)) continue;
    spans.push([h.start, h.end]);
  }
  return spans;
}

// A Dutch reply glad or sorry about health news states it as a fact about the one replied to (or
// their family): "Fijn dat de bevalling zo voorspoedig verliep", "Jammer dat de operatie niet doorging".
const REACTION_FACT_RE =
  /\b(?:fijn|blij|mooi|goed|geweldig|fantastisch|heerlijk|knap|super|jammer|vervelend|naar|rot|balen|sorry|excuses|spijt)\s+(?:(?:om\s+)?te\s+(?:horen|lezen)\s+)?dat\b|\b(?:sterkte|succes|beterschap)\s+met\b/g;

const NEWS_DETERMINERS = new Set(['de', 'het', 'je', 'uw', 'jouw', 'jullie', 'zijn', 'haar', 'hun', 'die', 'deze']);

function reactionToNews(ctx: ScanContext): [number, number][] {
  const spans: [number, number][] = [];
  if (ctx.lang !== 'nl') return spans;
  REACTION_FACT_RE.lastIndex = 0;
  for (let m = REACTION_FACT_RE.exec(ctx.lower); m; m = REACTION_FACT_RE.exec(ctx.lower)) {
    const at = Math.min(ctx.tokenAt(m.index), ctx.tokens.length - 1);
    const { last } = clauseOf(ctx, at);
    const sentence = sentenceOf(ctx, m.index);
    if (GENERAL_RE.test(sentence) || REQUEST_RE.test(sentence) || REQUEST_INVITE_RE.test(sentence) || notCare(sentence)) continue;
    for (const h of ctx.health) {
      if (h.first <= at || h.first > last + 6 || h.sent !== ctx.tokens[at]!.sent || placeOnly(ctx, h) || notAboutSomeone(ctx, h)) continue;
      // A particular treatment or condition ("de bevalling", "je nieuwe medicijnen"), not a cause ("aandacht voor depressie").
      const d1 = ctx.tokens[h.first - 1]?.lower ?? '';
      const d2 = ctx.tokens[h.first - 2]?.lower ?? '';
      if (!NEWS_DETERMINERS.has(d1) && !(NEWS_DETERMINERS.has(d2) && !ctx.tokens[h.first - 1]!.cap)) continue;
      spans.push([m.index, h.end]);
      break;
    }
  }
  return spans;
}

// Care that goes well for them: "glad the cardiac rehab program is going well for you", "fijn dat de fysio goed gaat voor je".
const GOING_WELL_FOR_YOU_RE =
  /\b(?:going|goes|went|working out|worked out)\s+(?:so\s+|really\s+)?(?:well|great|smoothly|fine)\s+(?:for|with)\s+(?:you|your)\b|\b(?:goed|prima|fijn)\s+(?:gaat|ging|verloopt|verliep|bevalt|beviel)\s+(?:voor|bij|met)\s+(?:je|u|jou)\b/;

function careGoingWell(ctx: ScanContext): [number, number][] {
  const spans: [number, number][] = [];
  const m = GOING_WELL_FOR_YOU_RE.exec(ctx.lower);
  if (!m) return spans;
  const at = Math.min(ctx.tokenAt(m.index), ctx.tokens.length - 1);
  const sent = ctx.tokens[at]!.sent;
  if (ctx.health.some((h) => h.sent === sent && h.first < at) && !GENERAL_RE.test(sentenceOf(ctx, m.index))) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Replies must never confirm that someone is or was a patient or client (the HHS review fines). */
export function detectPatientConfirmation(ctx: ScanContext, out: Finding[]): void {
  if (ctx.kind !== 'reply' && !addressedPost(ctx)) return;
  const spans: [number, number][] = [];
  CARE_NOUN_RE.lastIndex = 0;
  for (let m = CARE_NOUN_RE.exec(ctx.text); m; m = CARE_NOUN_RE.exec(ctx.text)) {
    if (LOOKING_BACK_RE.test(sentenceOf(ctx, m.index))) spans.push([m.index, m.index + m[0].length]);
  }
  const kin = KIN_CUE_RE.test(ctx.lower);
  for (const re of kin ? [...DIRECT_RE, ...KIN_DIRECT_RE] : DIRECT_RE) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) spans.push([m.index, m.index + m[0].length]);
  }
  if (kin) {
    for (const re of [CARE_FOR_KIN_RE, CARED_FOR_KIN_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(ctx.lower); m; m = re.exec(ctx.lower)) {
        if (!GENERAL_RE.test(sentenceOf(ctx, m.index))) spans.push([m.index, m.index + m[0].length]);
      }
    }
    spans.push(...relativeNews(ctx));
  }
  spans.push(...reactionToNews(ctx));
  spans.push(...careGoingWell(ctx));
  spans.push(...addressedHealth(ctx));
  const care = possessiveCare(ctx);
  spans.push(...care);
  spans.push(...careTeamWillCall(ctx, spans.length > 0 || ctx.health.length > 0));
  spans.push(...careStatements(ctx));
  // Health information about the person replied to by name ("Hope the new meds are helping, Steph"):
  // saying it in public confirms they are in care.
  spans.push(...addresseeHealth(ctx));
  // The whole clause that confirms it, so the editor marks what to rewrite.
  for (const s of spans) {
    const a = clauseOf(ctx, Math.min(ctx.tokenAt(s[0]), ctx.tokens.length - 1));
    const b = clauseOf(ctx, Math.max(0, ctx.tokenAt(s[1]) - 1));
    s[0] = Math.min(s[0], ctx.tokens[a.first]!.start);
    s[1] = Math.max(s[1], ctx.tokens[b.last]!.end);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let lastEnd = -1;
  for (const [start, end] of spans) {
    if (start < lastEnd) continue;
    lastEnd = end;
    out.push(
      finding(
        'patient-confirmation',
        'block',
        start,
        end,
        {
          nl: 'Deze reactie bevestigt openbaar dat iemand patiënt of cliënt is (geweest). Dat valt onder het beroepsgeheim.',
          en: 'This reply publicly confirms that someone is or was a patient or client. That is covered by confidentiality.',
        },
        {
          nl: 'Reageer algemeen ("Wat vervelend om te lezen") en nodig uit om contact op te nemen via een besloten kanaal of telefonisch.',
          en: 'Reply in general terms ("We are sorry to read this") and invite them to contact us privately or by phone.',
        },
      ),
    );
  }
}
