import type { ScanContext } from '../context.ts';
import { DEPARTMENTS } from '../lexicon/medical.ts';
import type { HealthMention } from '../types.ts';

// Clause-level readings of a public reply that say something about the care of the person spoken
// to, beyond "your <care noun>": a clinician acting on them ("the physio will see you"), them in a
// place or course of care ("bent u maandag op de gipskamer geweest", "you're feeling stronger after
// the chemo"), a result or prescription of theirs with its status ("the blood tests came back
// clear"), an apology for a specific wait in our emergency department. Each needs a statement:
// questions, conditions, instructions and invitations are general information.

/** Only an instruction or condition aimed at the reader is general: "you can book online", "als u ...". */
export const INSTRUCTION_RE =
  /\?|\b(?:if|als|indien|wanneer|whenever|mocht|how|hoe(?! het (?:gaat|ging|nu gaat|met))|(?:vraag|vraagt|regel|regelt|vind|vindt|lees|leest) (?:je|u)|tips?|meestal|usually|normally|normaal(?!\s*(?:[.!,;]|$))|always|altijd|online|via|(?:you|u|je|jij)\s+(?:can|could|kunt|kun|may|mag|might)|(?:can|could|may|kunt|kun|mag)\s+(?:you|u|je|jij)|anyone|iedereen|everyone|het liefst|bij voorkeur|preferably|ideally)\b|\bvoor (?:een|de|het) [^,.!?]{0,30}\b(?:heb|hebt|heeft) (?:je|u)\b[^.!?]{0,40}\bnodig\b/;
/** A request to get in touch privately, or an invitation: not about their care. */
export const REQUEST_INVITE_RE =
  /\b(?:please|dm|pm|inbox|privébericht|prive bericht|stuur ons|bel ons|mail ons|neem (?:gerust |even )?contact|contact us|get in touch|call us|ring us|email us|e-mail us|join|meedoen|doe mee|meeloopt|meelopen|meedoet|loopt mee|doet mee|aandacht (?:vraagt|vragen|voor)|bespreekbaar|podcast|webinar|folder|informatieavond|voorlichting|campagne|aanmelden|sign up|register|inschrijven|welcome to|welkom bij|supporting|support|steun|steunen|awareness|donat\w*|doneren|fundrais\w*|sponsor\w*|collecte|vacature|vacancy|job|solliciteren|apply|onderzoek naar|research into)\b/;

const RESULTS_OF_RE = /\b(?:results?|uitslag(?:en)?) (?:of|from|van) (?:the|our|this|de|het|onze|deze) ([\p{L}-]+)/u;
const CARE_OBJECT_WORD_RE =
  /^(?:scans?|mri|ct|x-rays?|biopsy|biopt|tests?|blood|bloods|bloedonderzoek|echo|kweek|onderzoek|operatie|operation|surgery|smear|swab|uitstrijkje|weefsel|punctie|urine\p{L}*|\p{L}+(?:onderzoek|scan|scopie|echo))$/u;
// Our equipment or a result of something else: "our new MRI scanner is ready", "the results of the staff awards".
export function notCare(clause: string): boolean {
  if (NOT_CARE_RE.test(clause)) return true;
  if (
    /\b(?:our|onze|ons)\s+(?:new\s+|nieuwe\s+)?(?:mri|ct|scan|x-ray)?\s*(?:scanner|machine|apparaat|scanners)\b|\b(?:scanner|machine|apparaat)\b/.test(clause)
  )
    return true;
  const of = RESULTS_OF_RE.exec(clause);
  return !!of && !CARE_OBJECT_WORD_RE.test(of[1]!);
}

/** Clause boundaries within a sentence: commas, semicolons, colons, dashes, brackets. */
export function clauseOf(ctx: ScanContext, tokenIndex: number): { first: number; last: number } {
  const toks = ctx.tokens;
  const t = toks[tokenIndex]!;
  let first = tokenIndex;
  while (first > 0 && toks[first - 1]!.sent === t.sent && !/[,;:()–—]|\s-\s/.test(ctx.text.slice(toks[first - 1]!.end, toks[first]!.start))) first--;
  let last = tokenIndex;
  while (last < toks.length - 1 && toks[last + 1]!.sent === t.sent && !/[,;:()–—]|\s-\s/.test(ctx.text.slice(toks[last]!.end, toks[last + 1]!.start))) last++;
  return { first, last };
}

function sentenceText(ctx: ScanContext, tokenIndex: number): string {
  const toks = ctx.tokens;
  const sent = toks[tokenIndex]!.sent;
  let a = tokenIndex;
  let b = tokenIndex;
  while (a > 0 && toks[a - 1]!.sent === sent) a--;
  while (b < toks.length - 1 && toks[b + 1]!.sent === sent) b++;
  return ctx.lower.slice(toks[a]!.start, toks[b]!.end + 1);
}

const ACTOR =
  '(?:dr|dokter|doctor|arts|huisarts|gp|nurse|verpleegkundige|zuster|physio|fysio|fysiotherapeut|physiotherapist|therapist|therapeut|consultant|specialist|surgeon|chirurg|midwife|verloskundige|kraamverzorgster|paramedic|team|ward|unit|clinic|poli|afdeling|diëtist|dietist|logopedist|ergotherapeut|apotheker|wijkverpleging|thuiszorg|kraamhulp|\\p{L}*hulp|\\p{L}*(?:loog|ologist|iater|arts|nurse|verpleegkundige|dienst|zorg))';
const CARE_ACT =
  '(?:see|saw|seen|sees|call|calls|called|ring|rings|rang|phone|phones|phoned|visit|visits|visited|check on|checked on|examine|examined|treat|treats|treated|look after|looks after|looked after|looking after|care for|cared for|caring for|deliver|delivered|operate on|operated on|gave|give|gives|prescribe|prescribed|refer|referred|discharge|discharged|text|texts|ziet|zag|zien|verwacht|verwachten|expects|expecting|belt|bellen|belde|bezoekt|bezocht|controleert|onderzoekt|onderzocht|behandelt|behandelde|verzorgt|verzorgde|gaf|geeft|verwijst|verwees|opereert|opereerde)';
// "Dr Okoye will phone you", "the midwife who delivered your baby", "de fysiotherapeut ziet je volgende week".
const ACTOR_ACTS_RE = new RegExp(`\\b${ACTOR}\\b\\.?[^.!?;]{0,40}?\\b${CARE_ACT}\\s+(?:you|u|je|jou|your|uw|jouw|ur)\\b`, 'u');
// "de tandarts heeft je kies er gisteren uit gehaald", "the dentist has taken out your tooth".
const ACTOR_DID_RE = new RegExp(
  `\\b${ACTOR}\\b\\.?[^.!?;]{0,30}?\\b(?:heeft|hebben|zal|gaat|has|have|will)\\s+(?:je|u|uw|jouw|you|your)\\b[^.!?;]{0,40}?\\b(?:gehaald|getrokken|behandeld|onderzocht|geopereerd|verwijderd|gehecht|gecontroleerd|bekeken|gezet|vervangen|ingesteld|aangepast|taken out|removed|stitched|examined|treated|checked|reviewed|fixed|set|replaced|adjusted|changed)\\b`,
  'u',
);
// "De trombosedienst komt dinsdag bij u thuis", "the district nurse will come round to you": care at their home.
const ACTOR_COMES_RE = new RegExp(
  `\\b${ACTOR}\\b\\.?[^.!?;]{0,30}?\\b(?:komt|komen|kwam|gaat|will come|comes|came)\\b[^.!?;]{0,25}?\\b(?:bij\\s+(?:u|je|jou|jullie)\\s+(?:thuis|langs)|(?:round|over) to (?:you|your))\\b`,
  'u',
);
// Cheap cue before the costlier actor pattern (it starts with \p{L}* at every position).
const COMES_CUE_RE = /\b(?:komt|komen|kwam|come|comes|came)\b/;
// "We zien u graag terug op de poli voor de volgende controle": their next visit in care.
const SEE_AGAIN_RE =
  /\b(?:we|wij|ik)\s+(?:zien|spreken)\s+(?:u|je|jou)\s+(?:graag\s+|dan\s+|snel\s+)?(?:terug|weer)\b[^.!?;]{0,60}\b(?:poli|\p{L}+poli|controle|afspraak|behandeling|afdeling|kliniek|spreekuur)\b/u;
// "It was a pleasure looking after you", "fijn om voor u te zorgen", "you felt well cared for".
const LOOKED_AFTER_RE =
  /\b(?:looking after|look after|looked after|caring for|cared for|took care of|taking care of)\s+(?:you|your)\b|\b(?:you|u|je)\b[^.!?,;]{0,25}\b(?:cared for|looked after|verzorgd|geholpen op|behandeld)\b|\bvoor\s+(?:u|je|jou)\s+(?:te\s+)?(?:zorgen|gezorgd)\b|\b(?:zorg|care)\s+(?:die|that)\s+(?:u|je|you)\s+(?:hier\s+|bij ons\s+|with us\s+|here\s+)?(?:kreeg|kreeg|heeft gekregen|hebt gekregen|received|got|had)\b/u;
// "Our records show you ...", "volgens ons systeem bent u ...".
const RECORDS_RE =
  /\b(?:our (?:records|system|notes)|ons systeem|onze (?:gegevens|administratie|systemen)|het dossier)\s+(?:show|shows|say|says|tell|laat zien|laten zien|zegt)\b|\bvolgens\s+(?:ons systeem|onze (?:gegevens|administratie)|uw dossier|je dossier)\b/;
// Back in care: "welcome back to the unit", "tot vrijdag bij je sessie", "see you at your next session".
const BACK_IN_CARE_RE =
  /\b(?:welcome back to (?:the|our) (?:ward|unit|clinic|department|day unit|centre|center)|welkom terug (?:op|bij|in) (?:de|onze|het) (?:afdeling|poli|dagbehandeling|kliniek|unit)|see you (?:at|on|for) (?:your|the) (?:next )?(?:session|appointment|check-up|clinic|treatment|scan)|tot \p{L}+ (?:bij|op) (?:je|uw) (?:sessie|afspraak|controle|behandeling|poli))\b/u;
// Their result or prescription with its status, said as a fact: "the blood tests came back clear".
const CARE_OBJECT =
  '(?:results?|test results|blood tests?|bloods|tests|scans?|scan report|mri|x-rays?|biopsy|smear|swab|meds|medication|medicine|tablets|pills|inhalers?|prescription|repeat prescription|referral|stitches|dressing|operation|surgery|uitslag(?:en)?|\\p{L}*uitslag(?:en)?|bloedonderzoek|scan|echo|kweek|biopt|medicijnen|medicatie|pillen|tabletten|puffers?|recept|herhaalrecept|verwijzing|hechtingen|gips|operatie)';
const CARE_STATUS =
  '(?:are back|is back|came back|come back|are in|is in|came through|come through|have come through|has come through|are ready|is ready|ready for (?:pick ?up|collection)|ready to (?:collect|pick up|be collected)|clear|normal|fine|all good|delayed|approved|ligt klaar|liggen klaar|staat klaar|staan klaar|klaar|binnen|terug|goedgekeurd|vertraagd|goed gegaan|goed verlopen|prima|normaal|(?:is|zijn|was|waren) goed|doorgestuurd|verstuurd|opgestuurd|klaargezet|verlengd)';
const OBJECT_STATUS_RE = new RegExp(`\\b${CARE_OBJECT}\\b(?:\\s+[\\p{L}'’-]+){0,5}?\\s+${CARE_STATUS}\\b`, 'u');
// Working for them: "hope the new meds are helping", "fijn dat je nieuwe medicijnen aanslaan".
const WORKING_RE = new RegExp(
  `\\b(?:new|nieuwe|your|ur|je|uw|jouw)\\s+${CARE_OBJECT}\\b(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:helping|working|helps|help|work|aanslaan|aanslaat|slaat aan|slaan aan|helpen|helpt|werken|werkt)\\b`,
  'u',
);
// Results of something other than care: "the survey results are in", "de uitslag van de loterij".
const NOT_CARE_RE =
  /\b(?:survey|enquête|poll|quiz|raffle|lottery|loterij|election|verkiezing|competition|wedstrijd|race|vote|stemming|inspection|inspectie|audit|cqc|research|onderzoeks|staff|annual|jaar)\s*(?:results?|uitslag(?:en)?)\b|\b(?:results?|uitslag(?:en)?) (?:of|van) (?:the|our|de|het|onze) (?:survey|enquête|poll|quiz|raffle|lottery|loterij|election|verkiezing|competition|wedstrijd|race|vote|stemming|inspection|inspectie|audit|research|onderzoek)\b/;
// An apology for a specific wait in our emergency department: "sorry the wait in A&E was so long on Saturday".
const APOLOGY_RE = /\b(?:sorry|apologi[sz]e|apologies|excuses|spijt|vervelend|jammer)\b/;
const WAIT_RE = /\b(?:wait|waited|waiting|queue|seen|treated|visit|wachten|wachtte|wachttijd|gewacht|geholpen|behandeld|bezoek)\b/;
const SPECIFIC_TIME_RE =
  /\b(?:last night|yesterday|this morning|this afternoon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| evening)?|last week|gisteren|gisteravond|vannacht|vanochtend|vanmorgen|afgelopen \p{L}+|vorige week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/u;
const EMERGENCY_RE =
  /\b(?:a&e|a and e|emergency department|emergency room|er|ed|spoedeisende hulp|seh|spoedpost|huisartsenpost|eerste hulp|walk-in|urgent care|minor injuries)\b/;

// "you" as someone who is or was in care: followed, within its clause, by a health word; a place of
// care only with a verb of being there ("bent u ... op de gipskamer geweest").
const YOU_SUBJECT = new Set(['you', "you're", 'youre', "you've", "you'd", 'u', 'je', 'jij', 'ye']);
const THANKS = new Set([
  'thank',
  'thanks',
  'dank',
  'bedankt',
  'to',
  'for',
  'with',
  'met',
  'voor',
  'see',
  'zien',
  'meet',
  'ontmoeten',
  'help',
  'helpen',
  'let',
  'wish',
  'wensen',
]);
const BEING_THERE =
  /\b(?:were|was|been|stayed|staying|came|come in|visited|admitted|waited|waiting|lay|back (?:on|in|at)|bent|was|lag|lagen|ligt|geweest|gezeten|gelegen|verbleef|kwam|kwamen|wachten|wachtte|moest wachten|opgenomen|terug op|zat|zaten|sat|sitting|wachtkamer|waiting room|ingepland|gepland|booked|scheduled|naar huis|ontslagen|go home|going home|discharged)\b/;

const OUTSIDE_RE =
  /\b(?:outside|near|next to|by|opposite|in front of|at the entrance of|buiten|naast|tegenover|vlakbij|bij de ingang van|voor)\s+(?:the|our|het|de|ons|onze)?\s*$/;

export function placeOnly(ctx: ScanContext, h: HealthMention): boolean {
  const term = ctx.lower.slice(h.start, h.end);
  return DEPARTMENTS.has(term) || /(?:afdeling|kliniek|ziekenhuis|kamer|post|poli|clinic|ward|unit|hospital)$/.test(term);
}

function youInCare(ctx: ScanContext): [number, number][] {
  const spans: [number, number][] = [];
  const toks = ctx.tokens;
  for (const h of ctx.health) {
    const { first, last } = clauseOf(ctx, h.first);
    let you = -1;
    for (let j = h.first - 1; j >= first && j >= h.first - 10; j--) {
      if (YOU_SUBJECT.has(toks[j]!.lower) && !THANKS.has(toks[j - 1]?.lower ?? '')) {
        you = j;
        break;
      }
    }
    if (you < 0) continue;
    const clause = ctx.lower.slice(toks[first]!.start, toks[last]!.end);
    if (INSTRUCTION_RE.test(clause) || REQUEST_INVITE_RE.test(clause) || sentenceText(ctx, h.first).includes('?')) continue;
    // "our hospital" in a clause about them is a place of care only when they were there, not outside it.
    if (
      placeOnly(ctx, h) &&
      (!BEING_THERE.test(ctx.lower.slice(toks[you]!.start, toks[last]!.end)) || OUTSIDE_RE.test(ctx.lower.slice(Math.max(0, h.start - 24), h.start)))
    )
      continue;
    spans.push([toks[first]!.start, toks[last]!.end]);
  }
  return spans;
}

/** Statements of a reply about the care of the person spoken to, as clause spans. */
export function careStatements(ctx: ScanContext): [number, number][] {
  const spans: [number, number][] = youInCare(ctx);
  const toks = ctx.tokens;
  let from = 0;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i + 1]?.sent === toks[i]!.sent) continue;
    const sentStart = from;
    from = i + 1;
    const sentence = ctx.lower.slice(toks[sentStart]!.start, toks[i]!.end + 1);
    if (sentence.includes('?')) continue;
    // Clause by clause: "your results are in, and you can view them online" still confirms.
    for (let c = sentStart; c <= i; ) {
      const { last } = clauseOf(ctx, c);
      const a = toks[c]!.start;
      const clause = ctx.lower.slice(a, toks[last]!.end);
      c = last + 1;
      if (INSTRUCTION_RE.test(clause) || REQUEST_INVITE_RE.test(clause)) continue;
      const hit =
        ACTOR_ACTS_RE.exec(clause) ??
        ACTOR_DID_RE.exec(clause) ??
        (COMES_CUE_RE.test(clause) ? ACTOR_COMES_RE.exec(clause) : null) ??
        (clause.includes('terug') || clause.includes('weer') ? SEE_AGAIN_RE.exec(clause) : null) ??
        LOOKED_AFTER_RE.exec(clause) ??
        BACK_IN_CARE_RE.exec(clause) ??
        (notCare(clause) ? null : (OBJECT_STATUS_RE.exec(clause) ?? WORKING_RE.exec(clause))) ??
        (RECORDS_RE.test(clause) && /\b(?:you|u|je|jij)\b/.test(clause) ? RECORDS_RE.exec(clause) : null) ??
        (APOLOGY_RE.test(sentence) && EMERGENCY_RE.test(clause) && WAIT_RE.test(sentence) && SPECIFIC_TIME_RE.test(sentence)
          ? EMERGENCY_RE.exec(clause)
          : null);
      if (hit) spans.push([a, toks[last]!.end]);
    }
  }
  return spans;
}
