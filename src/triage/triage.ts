// Triage of one incoming message: its category and whether it is urgent. Pure (no I/O).
// Two readers side by side, both on the text as normalise.ts spells it:
// - the rules: crisis rules for each kind with figures of speech cut out first (crisis.ts,
//   figures.ts, emergencies.ts, safety-net.ts), then small weighted lexicons (categories.ts);
// - a learned model (model.ts, trained on the development data only, training-data.json).
// A crisis is raised by the rules, or by the model when it gives crisis a high probability and the
// message is not about the past, information or an everyday complaint (safety-net.ts). Otherwise the rules' category, unless the model finds it unlikely
// and is fairly sure of another. Measured on eval/triage (npm run eval:triage -- --dev,
// eval/triage/cross-validate.ts); see docs/triage.md.
import { detectLang } from '../guard/lang-detect';
import { tokenize } from '../guard/tokenize';
import { categoryOf } from './categories';
import { dialectReading } from './dialect';
import {
  aboutPeopleInGeneral,
  askingAboutOwn,
  deathLongAgo,
  ordinaryAbsence,
  finalityIn,
  generalHealthQuestion,
  historyAndSafe,
  HOURS_AGO,
  overdoseHoursAgo,
  pastAndRecovered,
  safeNow,
  saidNotHappening,
  toldAsPast,
} from './concepts';
import { type CrisisKind, crisisIn } from './crisis';
import { withoutFigures } from './figures';
import { aboutNoPerson, MINOR, PAST_OR_INFO, ALREADY_OVER, TRIVIAL } from './safety-net';
import { defaultModel } from './default-model';
import type { TriageModel } from './model';
import { modelReading, triageReadings } from './normalise';
import { TRIAGE_CATEGORIES, type TriageCategory } from './triage-categories';

export { TRIAGE_CATEGORIES, type TriageCategory } from './triage-categories';
export type { CrisisKind };

export interface Triage {
  category: TriageCategory;
  /** Crisis: to the top at once, the people on duty are notified. */
  urgent: boolean;
  lang: 'nl' | 'en';
  /** For a crisis: which kind (suicide, unresponsive, poisoning, chest-pain, headache, bleeding, stroke, …;
   *  `red-flags` when only the safety net or the model raised it). */
  crisisKind?: CrisisKind;
}

/** The thresholds of the decision between the rules and the model (chosen by leave-one-source-out
 *  over every development source, eval/triage/loso.ts --sweep; never on a held-out set). */
export interface Thresholds {
  /** The model's crisis probability from which a message is a crisis though no rule fired, unless it
   *  is about the past or information, an everyday complaint, settled, a small amount, an animal … */
  crisis: number;
  /** … and from which it is a crisis when it is about the past or information, or an everyday complaint
   *  (those word lists also hold words a real crisis uses: `thanks for everything`, `raam`, `heet`). */
  certain: number;
  /** A rule's crisis is set aside when the message is told as past (last year, two years ago), as
   *  information, as settled or as an everyday complaint, and the model gives crisis less than this
   *  (`two years ago … thank you`); a suicide statement only when every sentence that makes it is told so. */
  vetoPast: number;
  /** Non-crisis category: the model's most probable one, the rules' category counting this much extra. */
  rulesBonus: number;
  /** A rule's crisis is set aside when the message tells it as history and says the person is safe or
   *  well now (`five years since my attempt … thank you`), and the model gives crisis less than this. */
  vetoHistory: number;
  /** Round 28: a long message (five sentences or more) is a crisis when the model gives this much to one
   *  passage of three sentences that no framing sets aside (`… I've taken everything in the cupboard
   *  tonight …` in a long thank-you); the whole message dilutes what one passage says. */
  passage: number;
}
export const THRESHOLDS: Thresholds = { crisis: 0.45, certain: 0.5, vetoPast: 0.2, rulesBonus: 0.3, vetoHistory: 0.55, passage: 0.85 };

/** The rules alone (no model). */
export function rulesTriage(text: string, lang?: 'nl' | 'en'): Triage {
  return combineTriage(text, null, lang);
}

/** The rules and a model together (the model is a parameter for cross-validation; null: rules only). */
export function combineTriage(text: string, model: TriageModel | null, lang?: 'nl' | 'en', thresholds: Partial<Thresholds> = {}): Triage {
  return decideTriage(triageParts(text, model, lang), thresholds);
}

/** What the rules and the model each say about a message, before the thresholds decide (split so that
 *  eval/triage can sweep thresholds without triaging every message again). */
export interface TriageParts {
  lang: 'nl' | 'en';
  /** The crisis rules' kind, or null when no rule fired. */
  ruleKind: CrisisKind | null;
  /** How far the model may raise a crisis: `no` when the message is settled (`it stopped`, `gaat weer
   *  goed`), past and recovered, a small amount, about an animal or a plant, or about leaving a job or a
   *  home; `sure` (only from THRESHOLDS.certain) when it is about the past or information, or an everyday
   *  complaint (mail, queue, parking); else `yes`. */
  modelMayRaise: 'yes' | 'sure' | 'no';
  /** The model's probabilities (undefined without a model). */
  p?: Record<TriageCategory, number>;
  /** The model's crisis probability with figures of speech cut out (computed when first asked). */
  crisisWithoutFigures(): number;
  /** The rules' category when there is no crisis. */
  rules: Exclude<TriageCategory, 'crisis'>;
  /** Told with a marker of past time (concepts.ts). */
  toldAsPast: boolean;
  /** Every sentence in which a crisis rule fires on its own is told as past or as information
   *  (`ik wilde dood, twee jaar geleden.`), and at least one does. */
  ruleSentencesPast: boolean;
  /** Told as history and safe or well now (concepts.ts historyAndSafe), or safe now said outright. */
  historySafe: 'history' | 'safe' | 'no';
  /** Round 9: a question about an illness, a medicine or a test in general, about nobody in particular
   *  (concepts.ts generalHealthQuestion): a question, never medical. */
  generalQuestion: boolean;
  /** Round 10: a sentence in which a rule fires says it happens now (`nu`, `right now`) and is not told as
   *  past: an everyday word elsewhere (`wachtkamer`) does not set it aside. */
  ruleNow: boolean;
  /** Round 11: the message says outright that nothing is happening (`algemene vraag, niks aan de hand hier`,
   *  `asking to be prepared`) and no sentence in which a rule fires speaks in the first person. */
  notHappening: boolean;
  /** Round 26: a sale or a giveaway (`70% off`, `tag 3 vrienden`): spam that borrows a danger word. */
  selling: boolean;
  /** Round 28: the model readings of a long message's passages (three sentences each) that fire no rule
   *  and that the model may raise on their own (`modelMayRaise` of the passage is `yes`). */
  passages: Passage[];
  /** The model's highest crisis probability over `passages` (each with figures of speech cut out too). */
  passageCrisis(): number;
}
export interface Passage {
  reading: string;
  plainReading: string;
}
const LONG_MESSAGE = 5;
const PASSAGE = 3;
/** A long message's passages of three sentences, in the rules' reading (none for a short message). */
function sentencePassages(first: string): string[] {
  const sentences = first
    .split(' . ')
    .map((sentence) => sentence.trim())
    .filter(Boolean);
  if (sentences.length < LONG_MESSAGE) return [];
  const out: string[] = [];
  for (let i = 0; i + PASSAGE <= sentences.length; i++) out.push(` ${sentences.slice(i, i + PASSAGE).join(' . ')} . `);
  return out;
}
/** Of a long message's passages (`sentencePassages`), those the model may read on its own. */
function passagesOf(texts: string[], lang: 'nl' | 'en'): Passage[] {
  const out: Passage[] = [];
  for (const rules of texts) {
    const passage = rules.replaceAll(' . ', '. ').trim();
    const parts = triageParts(passage, null, lang);
    if (parts.ruleKind || parts.modelMayRaise !== 'yes') continue;
    const reading = modelReading(passage, undefined, lang);
    out.push({ reading, plainReading: withoutFigures(reading) });
  }
  return out;
}

export function triageParts(text: string, model: TriageModel | null, lang?: 'nl' | 'en'): TriageParts {
  const language = lang ?? detectLang(tokenize(text));
  const { readings } = triageReadings(text);
  const dialect = language === 'nl' && readings[0] ? dialectReading(readings[0]) : null;
  let ruleKind: CrisisKind | null = null;
  for (const reading of dialect ? [...readings, dialect] : readings) {
    ruleKind = crisisIn(reading);
    if (ruleKind) break;
  }
  const first = readings[0] ?? '';
  const forModel = modelReading(text, dialect ?? first);
  const p = model?.probabilities(forModel);
  let plain: number | undefined;
  // Each computed once when first asked (decideTriage asks some more than once).
  let mayRaise: 'yes' | 'sure' | 'no' | undefined;
  let past: boolean | undefined;
  let nothing: boolean | undefined;
  let firing: string[] | undefined;
  let split: string[] | undefined;
  let passages: Passage[] | undefined;
  let passageP: number | undefined;
  // Said outright that nothing is happening, and the writer is at no place now (modelMayRaise, notHappening).
  const saysNothingHappens = () => (nothing ??= saidNotHappening(first) && !ME_AT_A_PLACE.test(first));
  // A long message's passages, split once for the rules' now and the model's passages.
  const passageTexts = () => (split ??= sentencePassages(first));
  // The sentences of the first reading (padded with spaces) in which a crisis rule fires on its own.
  const ruleSentences = () =>
    (firing ??= first
      .split(' . ')
      .map((sentence) => ` ${sentence.trim()} `)
      .filter((sentence) => crisisIn(sentence) !== null));
  return {
    lang: language,
    ruleKind,
    get modelMayRaise() {
      mayRaise ??= ((): 'yes' | 'sure' | 'no' => {
        if (saysNothingHappens()) return 'no';
        if (deathLongAgo(first)) return 'no';
        // Round 28: a person named in dialect (`noaber`, `olde kearl`) is a person.
        if ([ALREADY_OVER, MINOR].some((re) => re.test(first)) || aboutNoPerson(dialect ?? first) || pastAndRecovered(first) || ordinaryAbsence(first))
          return finalityIn(first) && !pastAndRecovered(first) ? 'sure' : 'no';
        return PAST_OR_INFO.test(first) || TRIVIAL.test(first) ? 'sure' : 'yes';
      })();
      return mayRaise;
    },
    p,
    crisisWithoutFigures() {
      // Figures of speech cut out, as for the rules, before the model's word counts.
      plain ??= model ? model.probabilities(withoutFigures(forModel)).crisis : 0;
      return plain;
    },
    get rules() {
      return categoryOf(readings.join(''), text.includes('?'), text);
    },
    get toldAsPast() {
      past ??= toldAsPast(first);
      return past;
    },
    get ruleSentencesPast() {
      if (!ruleKind) return false;
      const sentences = ruleSentences();
      return (
        sentences.length > 0 &&
        // Round 7: people in general stay general with a time or a will (`where will people go when they are having a heart attack`).
        sentences.every(
          (sentence) =>
            (aboutPeopleInGeneral(sentence) && !askingAboutOwn(sentence, first) && !HAPPENING_NOW.test(sentence)) ||
            ((toldAsPast(sentence) || PAST_OR_INFO.test(sentence)) && !NOW_OR_NEXT.test(sentence.replace(NO_LONGER, ' '))),
        )
      );
    },
    get historySafe() {
      if (historyAndSafe(first)) {
        // A wish or a plan where the rule fires keeps it a crisis (`vorige week ontslagen, dank. ik wil dood`).
        if (!ruleSentences().some((sentence) => WISH_OR_NEXT.test(sentence))) return 'history';
      }
      return safeNow(first) ? 'safe' : 'no';
    },
    get generalQuestion() {
      return generalHealthQuestion(first, text);
    },
    get selling() {
      return SELLING.test(first);
    },
    get passages() {
      passages ??= passagesOf(passageTexts(), language);
      return passages;
    },
    passageCrisis() {
      passageP ??= model ? passageCrisisOf(this.passages, model) : 0;
      return passageP;
    },
    get notHappening() {
      // A way to die asked for "as a general question" is no general question: for a suicide rule only a
      // question about helping someone else counts (`what should you do if a friend says …`).
      if (!saysNothingHappens() || (ruleKind === 'suicide' && !HELPING_OTHERS.test(first))) return false;
      return !ruleSentences().some((s) => FIRST_PERSON.test(s));
    },
    get ruleNow() {
      // Round 20: a poison or an overdose taken hours ago still works now (`took 40 paracetamol 3 hours ago`).
      if (ruleKind === 'poisoning' && HOURS_AGO.test(first)) return true;
      // Round 30: so does an overdose read as a suicide rule (`took 20 paracetamol … 3 hours ago … feel fine now`).
      if (ruleKind === 'suicide' && overdoseHoursAgo(first)) return true;
      if (!ruleKind || ruleKind === 'suicide') return false;
      // Round 32: going on for the last minutes, whatever the sentence tells of before (`tonsils out five days ago:
      // spitting mouthfuls of fresh blood for half an hour`).
      if (ruleSentences().some((s) => ONGOING_MINUTES.test(s))) return true;
      // Round 33: violence told by someone whose call was cut off (`daarna viel de verbinding weg`).
      if (ruleKind === 'violence' && CALL_CUT.test(first)) return true;
      // Round 35: a sign compared with an earlier event is happening again (`pijn op de borst zoals vorig jaar bij het infarct`).
      if (LIKE_LAST_TIME.test(first)) return true;
      const now = (s: string) => PRESENT_NOW.test(s) && !toldAsPast(s) && (!aboutPeopleInGeneral(s) || THERE_IS_NOW.test(s) || RESUSCITATING.test(s));
      // Round 28: in a long message, a passage of three sentences where the rule fires and says now, with no
      // past, information or safety in it (`ik krijg andere fentanylpleisters … er zitten er nu drie op mijn
      // rug … ademhaling heel traag`); someone missing is left to the whole message (`wanted to run away`).
      return (
        ruleSentences().some(now) ||
        passageTexts().some((passage) => (crisisIn(passage) ?? 'missing') !== 'missing' && now(passage) && !PAST_OR_INFO.test(passage) && !safeNow(passage))
      );
    },
  };
}

/** The model's highest crisis probability over passages, each read with and without figures of speech. */
export function passageCrisisOf(passages: Passage[], model: TriageModel): number {
  let best = 0;
  for (const { reading, plainReading } of passages) {
    const p = model.probabilities(reading).crisis;
    if (p > best) best = Math.min(p, model.probabilities(plainReading).crisis);
  }
  return best;
}

export function decideTriage(parts: TriageParts, thresholds: Partial<Thresholds> = {}): Triage {
  const t = { ...THRESHOLDS, ...thresholds };
  const { lang, ruleKind, p } = parts;
  if (ruleKind) {
    // A red flag told in the present always stands. Only a low model probability lets the framing be read
    // (told as past, information, settled, an everyday complaint, history told from safety).
    let vetoed = false;
    if (parts.notHappening) vetoed = true;
    else if (parts.selling && p && p.crisis < t.vetoHistory) vetoed = true;
    else if (p && !parts.ruleNow && p.crisis < Math.max(t.vetoPast, t.vetoHistory)) {
      const history = parts.historySafe;
      const framed =
        ruleKind === 'suicide' ? parts.ruleSentencesPast : parts.toldAsPast || parts.modelMayRaise !== 'yes' || history !== 'no' || parts.ruleSentencesPast;
      vetoed = (framed && p.crisis < t.vetoPast) || (history === 'history' && p.crisis < t.vetoHistory);
    }
    if (!vetoed) return { category: 'crisis', urgent: true, lang, crisisKind: ruleKind };
  } else if (p) {
    const mayRaise = parts.modelMayRaise;
    // The same bar for the reading with figures of speech cut out (`so stuffy … i could barely breathe, open a window`).
    const bar = mayRaise === 'yes' ? t.crisis : t.certain;
    if (mayRaise !== 'no' && p.crisis >= bar && parts.crisisWithoutFigures() >= bar) return { category: 'crisis', urgent: true, lang, crisisKind: 'red-flags' };
    if (parts.passageCrisis() >= t.passage) return { category: 'crisis', urgent: true, lang, crisisKind: 'red-flags' };
  }
  const rules = parts.rules === 'medical' && parts.generalQuestion ? 'question' : parts.rules;
  if (!p) return { category: rules, urgent: false, lang };
  let category = rules;
  for (const c of TRIAGE_CATEGORIES)
    if (c !== 'crisis' && p[c] + (c === rules ? t.rulesBonus : 0) > p[category] + (category === rules ? t.rulesBonus : 0)) category = c;
  // A general health question stays a question whatever the model's word counts say.
  if (category === 'medical' && parts.generalQuestion) category = 'question';
  return { category, urgent: false, lang };
}

// A price cut, a discount code or a giveaway ("70% off" reads as `70 off`).
const SELLING =
  / (?:\d+ (?:off|korting)|flash sale|kortingscode|discount code|giveaway|winactie|\d halen \d betalen|buy one get one|buy \d get \d|\d \+ \d gratis|tag (?:\d+|drie|three) (?:vrienden|friends))(?= )/;

// The writer in the first person (a rule's sentence said about oneself is never `not happening`).
const FIRST_PERSON = / (?:i|im|me|my|myself|ik|mij|mijn|mn|mezelf)(?= )/;

// Round 11: a question about how to help or answer someone else; the writer at a place now.
const HELPING_OTHERS =
  / (?:wat (?:moet|kun|kan) (?:je|ik) doen|what (?:should|do|can) (?:you|i|we) do|how (?:do|should|can) (?:you|i|we) (?:help|respond|react|ask)|is it (?:ok|okay|alright) to ask|hoe (?:help|reageer|vraag) (?:je|ik))(?= )/;
const ME_AT_A_PLACE = / (?:im|i am|ik) (?:sat|sitting|standing|zit|sta|ben) (?:\w+ )?(?:on|at|op|bij|in|aan)(?= )/;

// A time anchor in the present or the future, or a will: `four years ago I tried and tonight I will again`.
const NOW_OR_NEXT =
  / (?:now|right now|nu|vanavond|vannacht|tonight|today|vandaag|again|weer|opnieuw|still|nog steeds|morgen|tomorrow|straks|soon|going to|gonna|will|wil|want|wants|ga|gaat)(?= )/;

// Round 28: "now" that says it is over (`vroeger zelfmoordgedachten, nu al twee jaar niet meer`).
const NO_LONGER = / (?:nu|now) (?:al )?(?:\w+ ){0,4}(?:niet meer|not any ?more|no more|free of them|vrij van)(?= )/g;

// Round 32: ongoing for the last minutes (`sinds een half uur`, `for the last twenty minutes`); round 33: new now
// after a cause told before (`sinds de vlucht vorige week een dikke kuit, en nu ineens kortademig`).
const ONGOING_MINUTES =
  / (?:sinds|al) (?:een )?(?:half uur|kwartier|(?:\d+|een paar|tien|twintig|vijf) minuten)| for the (?:last|past) (?:half (?:an )?hour|(?:\d+|few|ten|twenty|five) minutes)| nu (?:ineens|opeens|plotseling|plots)| now suddenly| (?:and|but) suddenly now(?= )/;

const LIKE_LAST_TIME =
  / (?:zoals|net als|net zoals|like|just like|same as) (?:\w+ ){0,2}(?:vorig jaar|vorige keer|toen|destijds|last (?:time|year)|back then) (?:\w+ ){0,2}(?:bij|with|when|tijdens|before) (?:het|de|zijn|haar|mijn|his|her|my|the) (?:\w+ )?(?:infarct|hartinfarct|hartaanval|heart attack|beroerte|stroke|tia|aanval|attack)| (?:voelt|feels|is) (?:\w+ )?(?:anders|different|hetzelfde|the same) (?:dan|als|as|than|from) (?:toen|destijds|then|last time|vorige keer|before)(?= )/;
const CALL_CUT =
  / (?:verbinding|lijn|gesprek|line|call) (?:\w+ ){0,2}(?:verbroken|weggevallen|afgebroken|viel weg|went dead|cut off|dropped)| viel (?:\w+ ){0,2}(?:verbinding|lijn|gesprek) weg(?= )/;

// Round 9: happening at this moment: `a patient` is then a person at hand, not people in general.
const HAPPENING_NOW = / (?:op dit moment|op het moment|right now|at this moment|at the moment|nu meteen)(?= )/;

// Round 10: said to happen now, in the sentence where a rule fires; round 11: `there is a man … threatening`.
// (`there is a patient … threatening staff`: a person at hand, not people in general); round 25: `he is yelling he'll hurt her`.
const THERE_IS_NOW =
  / (?:(?:theres|there is) (?:a|an|some) (?:\w+ ){0,6}(?:threatening|swinging|waving|attacking|hitting|stabbing)|er (?:is|staat|loopt) (?:een|iemand) (?:\w+ ){0,6}(?:te dreigen|te zwaaien|dreigt|bedreigt|slaat)|(?:he|she|they|hij|zij) (?:is|are|staat) (?:yelling|shouting|screaming|threatening|te schreeuwen|te dreigen))(?= )/;
// Stop 21: resuscitation going on is always now (`the receptionist is doing CPR`).
const RESUSCITATING =
  / (?:is|are|am|zijn|ben|is nu) (?:\w+ )?(?:doing|giving|aan het) (?:cpr|reanimeren|hartmassage|chest compressions)| (?:reanimeert|reanimeren) (?:hem|haar|iemand|him|her|nu)/;
const PRESENT_NOW = new RegExp(
  `${/ (?:nu|now|right now|op dit moment|at this moment|op het moment|nu meteen)(?= )(?! (?:that|dat) )/.source}|${THERE_IS_NOW.source}|${RESUSCITATING.source}`,
);

// A will or a time to come where a rule fires: a history told from safety does not set it aside.
const WISH_OR_NEXT = / (?:vanavond|vannacht|tonight|again|opnieuw|morgen|tomorrow|straks|soon|going to|gonna|will|wil|want|wants|ga|gaat)(?= )/;

export function triageText(text: string, lang?: 'nl' | 'en'): Triage {
  return combineTriage(text, defaultModel(), lang);
}
