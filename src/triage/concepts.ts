// Crisis from the situation's meaning rather than a phrasing: broad concept lexicons (Dutch and
// English, with inflections, compounds and chat spellings as word prefixes) that make a crisis only
// when two concepts meet in the message: despair + means, despair + a goodbye, blood + not
// stopping, an allergen + swelling or no air, a vulnerable person + missing, a weapon or blows +
// now. Recall first; written from the triage protocols' questions (NTS, NHS 111, 113), not from
// messages. Runs after the per-kind rules (crisis.ts), on a reading without figures of speech.
// Whole words; an entry ending in \w* is a stem (inflections, compounds).
const c = (s: string) => new RegExp(` (?:${s})(?= )`);

// Despair, being done with life: said many ways, never alone a crisis.
const DESPAIR = c(
  'geen zin meer|(?:wil|want) (?:\\w+ )?(?:dat )?(?:alles|everything|it all|het) (?:\\w+ )?(?:stopt|ophoudt|to stop|to end|over is)|make (?:it|everything) (?:all )?stop|(?:ben|zijn|bent|zal|zou|is) er (?:\\w+ ){0,3}niet meer(?: zijn)?|er niet meer (?:zijn|ben|wil zijn)|(?:no one|nobody|noone) (?:would|will|is going to) (?:care|notice|miss)|niemand (?:zou|zal|gaat) (?:het |me |mij )?(?:merken|missen|schelen)|(?:if|als) (?:i|ik) (?:disappeared|was gone|were gone|wasnt here|died|dood (?:was|ben|ga)|weg (?:was|ben)|er niet meer (?:was|ben))|trek (?:het|dit) (?:echt )?niet(?: meer| langer)?|can not take (?:it|this|any)\\w*|cant take (?:it|this)|heeft (?:allemaal )?geen zin|zinloos|no point|pointless|whats the point|geen uitweg|no way out|(?:ik )?kan (?:dit |het )?niet meer|can not (?:do (?:this|it) )?(?:any ?more|go on|cope)|(?:so |zo )?done with (?:everything|it all|life)|klaar (?:mee|met alles|met het leven)|(?:ben|is) (?:er )?klaar mee|give up|opgeven|geef het op|tired of (?:living|life|everything)|moe van het leven|levensmoe|hopeless|hopeloos|uitzichtloos|niemand (?:zal|gaat) me missen|(?:nobody|no one) (?:will|would) (?:miss|notice)|(?:beter|better) (?:af )?(?:zonder mij|off without me)|last voor iedereen|a burden|een last|wil (?:er )?niet meer|dont want to (?:be here|live|exist|go on)|end (?:it|this|everything)|ending it|eind(?:e)? (?:aan|maken)|er een eind|ik wil slapen en|sleep forever|niet meer wakker|never wake',
);
// Means or a place to end one's life.
const MEANS = c(
  'middelen|the means|touw|rope|strop|noose|riem om|belt round|pillen|pills|tabletten|tablets|meds|medicijnen|medication|slaappil\\w*|sleeping (?:pills|tablets)|opgespaard|gespaard|saved up|stockpil\\w*|hoarded|verzameld|mes(?:je)?|knife|knives|scheermes|razor|blade|mesjes|snij\\w*|cut(?:ting)?|brug|bridge|spoor|trein|train|tracks|rails|perron|dak|roof|balkon|balcony|multi ?storey|car park|parkeergarage|springen|spring|jump\\w*|gas|uitlaat|exhaust|ophangen|hang myself|verdrinken|drown|water in lopen|walk into the (?:sea|water)',
);
// A goodbye, or things put in order.
const GOODBYE = c(
  "afscheid|vaarwel|bedankt voor alles|dank voor alles|thanks for everything|thank you for everything|goodbye|good bye|farewell|bye (?:all|everyone|world)|dag allemaal|doei allemaal|tell (?:my|him|her|them)\\w* (?:\\w+ )?(?:i love|that i love|sorry)|zeg (?:tegen )?(?:mijn|mn|m'n) \\w+ dat ik|love you all|hou van jullie|(?:zorg|take care) (?:goed )?(?:voor|of) (?:mijn|mn|my)|gaat naar (?:mijn|mn)|alles is geregeld|everything is (?:sorted|arranged|in order)|brief (?:geschreven|achtergelaten)|left a note|wrote a note|testament|spullen weggegeven|gave (?:away|my stuff)|sorry voor alles|sorry for everything|vergeef me|forgive me|laatste bericht|last message",
);
const NOW = c(
  'ineens|opeens|plotseling|suddenly|nu|net|zojuist|meteen|vanavond|vannacht|vandaag|straks|tonight|today|now|right now|just|currently|soon|al \\d+ uur|for \\d+ hours|its been \\d+|sinds vanochtend|since this morning|help|hulp|112|999|911|ambulance|snel|quick|asap',
);

// Bleeding that does not stop.
const BLOOD = c('bloed\\w*|bled|bleed\\w*|blood\\w*');
const NOT_STOPPING = c(
  'niet (?:te )?(?:stoppen|stelpen)|niet gestopt|(?:krijg|krijgen) (?:het|t) niet (?:gestopt|dicht)|houdt niet op|stopt niet|blijft (?:maar )?bloeden|spuit|gutst|stroomt|overal|doorweekt|doordrenkt|plas bloed|not stopping|wont stop|will not stop|can not stop|cant stop|keeps bleeding|everywhere|soaked|spurting|pouring|gushing|pool of',
);

// An allergen or sting, and swelling or no air.
const ALLERGEN = c(
  'wesp\\w*|\\w*steek|gestoken|sting|stung|bee|wasp|pinda\\w*|peanuts?|noot|noten|nut|nuts|allergi\\w*|allerg\\w*|shellfish|schaaldier|antibiotic|penicilline|epipen|epi pen',
);
const SWELLING = c('zwel\\w*|zwol\\w*|opgezwollen|dik(?:ke|ker)?|swell\\w*|swollen|puff(?:ed|ing|y)? ?(?:up)?|hives|netelroos|bulten over');
// Where swelling means danger: the airway and the face, or the whole body (not a local bite).
const FACE = c('gezicht|face|lip|lippen|lips|tong|tongue|keel|throat|ogen|eyes|oogleden|eyelids|mond|mouth|hele lijf|whole body|overal|all over');
const AIR_OR_FAINT = c(
  'benauwd|krijgt? (?:het )?(?:geen|moeilijk) (?:lucht|adem)|geen lucht|ademt? (?:moeilijk|zwaar|raar)|piept|wheez\\w*|can not breathe|cant breathe|(?:struggling|trouble|difficulty|hard) (?:to )?breath\\w*|short of breath|keel (?:zit )?dicht|throat (?:is )?(?:closing|tight)|kan niet (?:meer )?slikken|can not swallow|flauw\\w*|faint\\w*|passed out|duizelig|dizzy',
);

// A vulnerable person missing.
const VULNERABLE = c(
  'dement\\w*|alzheimer\\w*|verward|confused|in de war|autis\\w*|kind|kindje|zoon|dochter|child|son|daughter|toddler|peuter|kleuter|\\d+ ?jarig|\\d+ (?:jaar|years?) old|opa|oma|grandad|granddad|grandpa|grandma|nan|gran|vader|moeder|dad|mum|mom|mother|father|suicidal|suicidaal',
);
const MISSING = c(
  'zoek|kwijt|vermist|weggelopen|weggedwaald|niet (?:meer )?(?:thuis|terug)gekomen|niet te vinden|nergens te vinden|missing|wandered|gone missing|run away|ran away|can not find|cant find|not come home|not came home|hasnt come home|has not come home',
);

// Violence now: a weapon with a threat, or blows with here-and-now or fear.
const WEAPON = c('mes|messen|knife|knives|pistool|gun|vuurwapen|wapen|weapon|bijl|axe|hamer|hammer');
const THREAT = c(
  'dreig\\w*|bedreig\\w*|threat\\w*|(?:wil|gaat|going to|wants to|will) (?:\\w+ )?(?:vermoorden|doodmaken|kill|murder|steken|stab)|kill (?:me|us|her|him|my \\w+)|vermoordt|zwaait|waving|pointing',
);
const BLOWS = c(
  'sla(?:at|an)?|geslagen|sloeg|slaan|mishandel\\w*|hits?|hitting|beat(?:s|ing)?|punch\\w*|kick(?:s|ing)?|schop\\w*|wurg\\w*|strangl\\w*|choking me|aangevallen|aanvalt|attack\\w*|stabbed|gestoken',
);
const HERE_NOW = c(
  'voor de deur|aan de deur|in huis|binnen|hier|at the door|outside my|in the house|in my house|here|right now|nu|now|op dit moment|at the moment|help|kom snel|come quick|bang|scared|afraid|112|999|911|politie|police',
);

// Pregnancy with a danger sign (pre-eclampsia, bleeding, pain, no movement).
const PREGNANT = c('zwanger\\w*|pregnant|weken zwanger|weeks pregnant|\\d+ weken|\\d+ weeks|uitgerekend|due date|baby in (?:mijn|my) buik');
const PREGNANCY_DANGER = c(
  '(?:erge|hevige|heftige|vreselijke|bad|severe|terrible|splitting|worst) (?:hoofdpijn|headache|buikpijn|pain|pijn)|sterretjes|lichtflitsen|flitsen|wazig zien|blurred|blurry|spots in|seeing spots|bloed\\w*|bleed\\w*|blood|vruchtwater|waters (?:broke|broken)|voel (?:de baby|hem|haar) niet (?:meer )?bewegen|not (?:felt|feeling) (?:the )?baby move|baby (?:not|isnt|is not|niet) (?:moving|bewegen|beweegt)|stuip|fit|seizure|kramp\\w*',
);
// Choking: something stuck with no cough, air or voice.
const CHOKE = c('stikt|stikken|stik|verslikt|verslikken|choking|choked|chokes|vast in (?:zijn|haar|de) keel|stuck in (?:his|her|the|my) throat');
const NO_AIR = c(
  '(?:kan|kon) niet (?:meer )?(?:hoesten|ademen|praten|huilen)|(?:can not|cant|could not|couldnt|is not|isnt) (?:cough|breath\\w*|speak|talk|cry)\\w*|geen (?:geluid|lucht|adem)|no (?:sound|air)|blauw\\w*|blue|paars|purple',
);
// Something taken, then the body racing or failing.
const TOOK = c(
  'na (?:die|de|het|deze|mijn|twee|drie|\\d+) (?:\\w+ )?(?:pillen|pil|tabletten|pilletjes|drugs|xtc|medicijnen|shots?)|na het (?:slikken|gebruik|innemen)|(?:took|taken|had|after) (?:some|a few|too many|\\d+|those|the|my) (?:\\w+ )?(?:pills|tablets|drugs|meds|shots)',
);
const BODY_ALARM = c(
  'hart(?:slag)? (?:gaat |van |op |is )?(?:1[5-9]\\d|2\\d\\d)|heart (?:rate |beat )?(?:is |at |of )?(?:1[5-9]\\d|2\\d\\d)|hartkloppingen|racing|bonkt|bonzen|pounding|trill\\w*|shaking|stuipen|fitting|verward|confused|suf|drowsy|out of it|ademt? (?:raar|nauwelijks|niet)|barely breathing|not breathing|flauw\\w*|pass(?:ed|ing) out|hallucin\\w*|kan niet stoppen|can not stop',
);
// Shock: pale, grey or clammy with severe pain.
const SHOCK_SIGNS = c('lijkbleek|bleek|grauw|klam\\w*|zweet|zweten|koud zweet|pale|ashen|grey|gray|clammy|sweating|sweaty|cold sweat');
const SEVERE_PAIN = c(
  'zo ?veel pijn|zoveel pijn|ondraaglijk\\w*|vreselijke pijn|helse pijn|dubbel van (?:de )?pijn|kan niet (?:meer )?(?:staan|lopen|zitten)|so much pain|unbearable|excruciating|agony|doubled (?:up|over)|can not (?:stand|walk|sit)|worst pain',
);

/** Past and settled: said about something over (last week … all went well). */
const PAST = c('vorige (?:week|maand|jaar|keer)|vorig jaar|vorige|geleden|last (?:week|month|year|time)|ago|vroeger|in the past|toen|destijds');
const SETTLED = c(
  'goed afgelopen|alles (?:is )?(?:weer )?goed|gaat (?:weer )?goed|went (?:fine|well)|all (?:fine|good|ok)|(?:is|was) fine now|nu gaat het|doing (?:fine|well|better) now|dank|bedankt|thank',
);

// Acts and plans that need no second concept.
const ACT = c(
  '(?:polsen|pols|wrists?|aders|veins) (?:\\w+ )?(?:open\\w*|doorgesneden|gesneden|cut|slit|sliced|slashed)|(?:opengehaald|opengesneden|doorgesneden|cut|slit|sliced|slashed) (?:open )?(?:mijn |my )?(?:polsen|pols|wrists?)|(?:engine|motor) (?:is |loopt |draait )?(?:running|aan|loopt|draait)|uitlaatgassen|exhaust fumes|(?:(?:dont|do not|wont|will not|not) (?:see (?:myself|me) )?(?:be|being) (?:around|here|alive)|niet meer (?:hier|in leven|leven|bestaan)) (?:next|tomorrow|morgen|volgende|by|na|after|much longer|lang meer)',
);
const PLAN = c(
  'een plan|a plan|mijn plan|my plan|plannen gemaakt|made plans|het gaat gebeuren|its happening|i am going to do it|ik ga het doen|ga het vanavond doen',
);
const READY = c(
  'everything i need|alles wat ik nodig heb|(?:to|om) (?:it|het) te doen|to do it|(?:liggen|ligt|staan|staat) (?:al )?klaar|klaargelegd|klaarliggen|(?:are|is) ready|laid out|lined up|bij de hand|at hand|in front of me|voor me',
);
const SPORT = c(
  'boks\\w*|box\\w*|kickboks\\w*|voetbal\\w*|football|soccer|match|wedstrijd|training|game|spel|cricket|tennis|golf|drums?|bal|ball|target|doel|goal|sale|deal|hit (?:the|a|an|that|this|my|our|your)|hits (?:the|a)',
);

// Asking how much of something kills: treated as a plan (recall first).
const LETHAL_QUESTION = c(
  '(?:hoeveel|hoe veel|how (?:many|much)|welke dosis|what dose)(?: \\w+){0,5} (?:dodelijk|fataal|lethal|fatal|overdose|overdosis|to die|om dood te gaan|om te sterven|to not wake up|not to wake up|niet meer wakker)',
);
const FOREVER = c('voorgoed|voor altijd|forever|for good|permanent\\w*|eeuwig');

const has = (re: RegExp, s: string) => re.test(s);

/** Despair or being done with life, said any way (never a crisis alone). */
export const despairIn = (s: string) => DESPAIR.test(s);

/** A crisis from two concepts meeting in the message, or null. */
export type ConceptKind = 'suicide' | 'bleeding' | 'pregnancy' | 'choking' | 'poisoning' | 'shock' | 'anaphylaxis' | 'missing' | 'violence';

export function conceptCrisis(s: string): ConceptKind | null {
  if (has(ACT, s) || has(LETHAL_QUESTION, s)) return 'suicide';
  if ((has(PLAN, s) || has(READY, s)) && (has(MEANS, s) || has(DESPAIR, s)) && (has(READY, s) || has(NOW, s) || has(DESPAIR, s))) return 'suicide';
  if (has(DESPAIR, s) && has(FOREVER, s)) return 'suicide';
  const despair = has(DESPAIR, s);
  if (despair && (has(MEANS, s) || has(GOODBYE, s))) return 'suicide';
  if (has(GOODBYE, s) && has(MEANS, s) && has(NOW, s)) return 'suicide';
  if (has(BLOOD, s) && has(NOT_STOPPING, s)) return 'bleeding';
  if (has(PREGNANT, s) && has(PREGNANCY_DANGER, s) && has(NOW, s)) return 'pregnancy';
  if (has(CHOKE, s) && has(NO_AIR, s)) return 'choking';
  if (has(TOOK, s) && has(BODY_ALARM, s)) return 'poisoning';
  if (has(SHOCK_SIGNS, s) && has(SEVERE_PAIN, s)) return 'shock';
  if (has(ALLERGEN, s) && ((has(SWELLING, s) && has(FACE, s)) || has(AIR_OR_FAINT, s))) return 'anaphylaxis';
  if (has(VULNERABLE, s) && has(MISSING, s) && has(NOW, s)) return 'missing';
  if ((has(WEAPON, s) && (has(THREAT, s) || has(HERE_NOW, s))) || (has(BLOWS, s) && has(HERE_NOW, s) && !has(SPORT, s))) return 'violence';
  return null;
}

/** Told about as over and settled (past time and an all-clear or thanks): not a crisis now. */
export function pastAndSettled(s: string): boolean {
  return has(PAST, s) && has(SETTLED, s);
}
