// Crisis kinds beyond the first seven, written as a triage nurse's red flags (NHS 111, the
// Nederlandse Triage Standaard): a seizure that is going on now, a severe allergic reaction
// (throat or tongue swelling, an EpiPen used), not getting air, someone who collapsed or is
// suddenly confused, and a young child with fever and a red flag (lethargy, a rash that does not
// fade under a glass, a stiff neck, younger than three months). Each rule names a sign plus
// "now", and a sentence about the past or about information (how to recognise, a leaflet, last
// year) does not count: "a seizure eleven months back: may I get behind the wheel?" is a medical question.
// Rules read the normalised reading (normalise.ts) with figures of speech cut out (figures.ts).

import { gated, gatedAll, type Rule } from './word-gate.ts';

export type EmergencyKind = 'seizure' | 'anaphylaxis' | 'breathing' | 'collapse' | 'sick-child';

const g = (n: number) => `(?: [^ .~]+){0,${n}}`;
const rx = (s: string) => gated(new RegExp(s));

/** A sentence about the past or about information, not about now. */
const PAST_OR_INFO = rx(
  ` (?:last (?:year|week|month|summer|winter|time)|vorig(?:e)? (?:jaar|week|maand|keer|zomer|winter)|vorige week|jaar geleden|weken geleden|maanden geleden|years? ago|weeks? ago|months? ago|as a child|als kind|(?:na (?:zijn|haar|de|een) (?:\\w+ )?(?:aanval|insult|stuip)|after (?:his|her|the|a) (?:\\w+ )?(?:seizure|fit))(?![^.]* (?:weer|again|opnieuw|nog een|another|started|begonnen))|toen ik|when i was|how (?:do|to|can|would|should) (?:i|you|we|one)? ?(?:recognise|recognize|spot|tell|know)|hoe (?:herken|herkent|herkennen)|herkennen|recognise|recognize|wat (?:moet|moeten|kan|te)${g(2)} doen (?:bij|als|wanneer)|what (?:to|should|do) ${g(2)}do (?:if|when|during|in case)|what happens (?:if|when)|folder|leaflet|cursus|course|training|workshop|voorlichting|awareness|webinar|lezing|informatie|information|(?<!(?:than|dan) )vroeger|in the past|history of|geschiedenis van|allowed to drive|autorijden|rijbewijs|explain|uitleg|uitleggen|leg uit|project|school project|spreekbeurt|werkstuk|homework|huiswerk|what is (?:an? )?(?:anaphylaxis|seizure|stuip|anafylaxie)|wat is (?:een )?(?:stuip|anafylaxie|insult))(?= )`,
);

const NOW = rx(
  ` (?:is having|are having|am having|having|has|heeft|hebben|krijgt|krijg|ligt|lies|lying|is|zit|nu|now|right now|still|nog steeds|nog altijd|al \\d+|for \\d+|\\d+ (?:minuten|minutes|min|mins)|stopt niet|houdt niet op|will not stop|does not stop|keeps going|keeps|blijft|again|weer)(?= )`,
);

// --- Seizures ------------------------------------------------------------------------------
const SEIZURE_WORD =
  '(?:(?:a|een|another|nog een) (?:fit|epileptic fit|epileptische aanval|epilepsie aanval|insult|stuip|koortsstuip|toeval|aanval van epilepsie|seizure|convulsion)|fitting|seizing|seizures?|convuls\\w*|epileptische aanval|koortsstuip\\w*|stuipen|trekkingen|insult|(?:aanval|fit|seizure|insult) (?:die |that )?(?:maar )?(?:niet (?:stopt|ophoudt)|will not stop|wont stop|is not stopping|keeps going))';
/** Signs that only a seizure in progress gives: no "now" needed. */
const SEIZURE_SIGN =
  / (?:eyes (?:rolled|rolling|are rolling) (?:back|up)|ogen (?:draaien|draaiden|gedraaid|rollen) (?:weg|naar achter)|ogen weggedraaid|shaking all over|jerking all over|schokt (?:helemaal|over zijn hele lijf|over haar hele lijf|met armen en benen)|ligt te schokken|schokkend op de grond|shaking on the floor|stiff and shaking|stijf en schokt|(?:schokt|schokken|stuipt|fitting|seizing|jerking|convulsing) (?:\w+ ){0,3}(?:al|for|since) (?:\d+|een|a|ten|five|fifteen|twenty|tien|vijf|twintig|een half) (?:min\w*|kwartier|uur|hour)|(?:al|already) (?:\d+|een|ten|five|fifteen|twenty|tien|vijf|vijftien|twintig|een half) (?:min\w*|kwartier) (?:aan het )?(?:schokken|stuipen|trekken|fitting|seizing|jerking|convulsing))(?= )/;
const FIGURATIVE_FIT = rx(
  ` (?:will|would|going to|gonna|gaat|zal|krijgt een (?:rol)?beroerte)${g(2)} (?:have |having )?(?:a |een )?fit(?= )| fit (?:to|for|in|enough|bit|check|note)| keep fit`,
);

// --- Severe allergic reaction ---------------------------------------------------------------
const SWELL =
  '(?:swell\\w*|swollen|closing|closes|closed|tight|tightening|thick|zwelt|zwellen|opgezwollen|gezwollen|opzwellen|dik|dikke|dikker|zit dicht|gaat dicht|dichtgaat|dicht gaat|knijpt dicht|trekt dicht|opgezet)';
const ALLERGY_CONTEXT =
  '(?:allerg\\w*|anafylax\\w*|anaphyla\\w*|noot|noten|nuts?|pinda\\w*|peanuts?|wesp\\w*|wasp|bee|bij|steek|sting|stung|gestoken|epipen|epi pen|adrenaline|shellfish|schaaldieren|penicilline|penicillin|lucht|adem|breath\\w*|slikken|swallow\\w*|benauwd)';
const ANAPHYLAXIS: Rule[] = gatedAll([
  rx(` (?:throat|keel|tongue|tong|airway|luchtweg\\w*)${g(4)} ${SWELL}(?= )| ${SWELL}${g(2)} (?:throat|keel|tongue|tong)(?= )`),
  rx(
    ` (?:lips|lippen|lip|face|gezicht|mond|mouth|eyes|ogen)${g(4)} ${SWELL}[^.~]* ${ALLERGY_CONTEXT}(?= )| ${ALLERGY_CONTEXT}[^.~]* (?:lips|lippen|lip|face|gezicht|mond|mouth|eyes|ogen)${g(4)} ${SWELL}(?= )`,
  ),
  rx(
    ` ${ALLERGY_CONTEXT}[^.~]* (?:kan (?:amper|niet|nauwelijks|moeilijk|bijna niet) (?:meer )?slikken|can (?:not|barely|hardly) swallow|stem (?:is |klinkt )?(?:raar|hees|schor)|voice (?:is |sounds )?(?:weird|hoarse|strange|funny))(?= )`,
  ),
  / (?:anaphylactic|anafylactische|anaphylaxis|anafylaxie|allergische shock|allergic shock)(?= )/,
  rx(
    // Round 27: not asked as permission (`can school staff give his adrenaline pen?`).
    ` (?<!(?:can|could|may|mag|mogen|kan|kunnen|allowed to) (?:school |the |de |our |onze )?(?:staff|teachers?|leraren|juf|juffen|meester|leerkracht\\w*|school|coach\\w*|trainers?|volunteers?|vrijwilligers?|personeel|medewerkers?|leiding|begeleiders?)(?: \\w+){0,2} )(?:used|use|gave|given|give|injected|jabbed|gebruikt|gegeven|gespoten|zetten|gezet)${g(3)} (?:epipen|epi pen|adrenaline pen|adrenalinepen)| (?:epipen|epi pen|adrenalinepen)${g(3)} (?:gebruikt|gegeven|gezet|gespoten|used|given|did not work|not working|werkt niet)(?= )`,
  ),
]);

// --- Not getting air ------------------------------------------------------------------------
const BREATHING: Rule[] = gatedAll([
  / (?:in|stuck in|vast in) (?:zijn|haar|mijn|de|his|her|my|the) (?:keel|throat|luchtpijp|windpipe)[^.~]* (?:kan niet|kan geen|can not|unable to|cannot) (?:meer )?(?:hoesten|praten|ademen|cough|speak|talk|breathe)| (?:kan niet|can not) (?:meer )?(?:hoesten|cough) (?:of|or|en|and) (?:praten|ademen|speak|talk|breathe)/,
  / (?:krijg|krijgt|krijgen|kreeg|haal|haalt|halen|haalde) (?:geen|nauwelijks|bijna geen|moeilijk|slecht|amper|haast geen|bijna niet|niet genoeg) (?:lucht|adem)(?= )/,
  / kan (?:geen|nauwelijks|bijna geen|amper|moeilijk) (?:lucht krijgen|adem halen|ademen)(?= )/,
  / (?:hapt|happen|hapte|happend|snakt|snakken) naar (?:adem|lucht)| naar (?:adem|lucht) (?:te )?(?:happen|snakken)(?= )/,
  // Round 23: not when denied (`not struggling to breathe`).
  /(?<! (?:not|niet|no|without|zonder|never|isnt|is not|am not|im not)) (?:gasping|struggling|fighting|battling) (?:for )?(?:air|breath|to breathe)| (?:can|could) (?:barely|hardly|not really) breathe| can not (?:catch|get) (?:my|his|her|their|a) breath| unable to breathe| trouble breathing (?:now|right now|and)/,
  // Round 33: barely breathing (`breathing but barely`, `ademt nauwelijks`).
  / (?:barely|hardly|only just) breathing| breathing but (?:barely|only just|hardly)| ademt (?:nog )?(?:maar )?(?:nauwelijks|amper|heel zwak)(?= )/,
  / (?:trekt|trekken) in (?:tussen|bij|onder) (?:zijn|haar|de) ribben| intrekkingen| (?:sucking|pulling) in (?:between|under) (?:his|her|the) ribs| ribs (?:sucking|pulling) in/,
  rx(
    ` (?:inhaler|puffer|pufjes|ventolin|salbutamol)${g(3)} (?:is not working|not working|does not work|not helping|(?:is not|isnt|not) doing (?:anything|a thing)|does nothing|doet (?:niks|niets)|doen (?:niks|niets)|helpt niet|helpen niet|werkt niet|werken niet)(?= )(?! (?:tegen|against|for|voor) )`,
  ),
  / (?:benauwd|short of breath|breathless|wheez\w*|kortademig)[^.~]* (?:kan (?:niet|nauwelijks|bijna niet) (?:meer )?(?:praten|spreken)|can (?:barely|hardly|not) (?:speak|talk)|lips? (?:look |are |is |going )?(?:blue|grey|gray)|lippen (?:zijn |worden )?(?:blauw|grauw|grijs)|grauw)(?= )| (?:can (?:barely|hardly|not) (?:speak|talk)|kan (?:niet|nauwelijks) (?:meer )?praten)[^.~]* (?:benauwd|short of breath|breathless|breathe|adem|lucht)(?= )/,
  / (?:wheez\w*|piept|piepend|benauwd|short of breath|breathless)[^.~]* (?:breathing|ademt|ademen) (?:really |very |heel |erg |zo |super )?(?:fast|quickly|snel|rapid)| (?:breathing|ademt) (?:really |very |heel |erg |zo |super )?(?:fast|quickly|snel|rapid)[^.~]* (?:wheez\w*|piept|benauwd|blue|blauw|grey|grauw|ribs|ribben)/,
  / (?:gasping|hapt|happen)[^.~]* (?:grey|gray|grauw|blauw|blue)| (?:wordt|is|looks|look) (?:grauw|grijs|grey|gray)(?= )/,
]);

// "so stuffy in the waiting room I could barely breathe": a complaint about the air in a room.
const STUFFY =
  / (?:stuffy|bedompt|warm|hot|heet|hitte|airco|air con|ventilat\w*|raam|window|wachtkamer|waiting room|benauwd hier|mensen|people|crowded|vol)(?= )/;

// --- Collapsed, or suddenly confused -------------------------------------------------------
const OBJECT_COLLAPSE = rx(
  ` (?:it|cake|taart|souffle|bread|brood|sponge|tower|toren|building|gebouw|shelf|plank|chair|stoel|website|site|app|system|systeem|server|roof|dak|plafond|ceiling|tent|market|markt|beurs|plan|plannen|deal|talks|onderhandelingen|network|netwerk)${g(3)} (?:collapsed|is ingestort|ingestort|in elkaar gezakt|crashed)`,
);
const PERSON =
  '(?:hij|zij|ze|he|she|vader|moeder|pa|ma|papa|mama|opa|oma|man|vrouw|kind|zoon|dochter|dad|mum|mom|husband|wife|grandad|grandpa|grandma|granny|nan|son|daughter|friend|vriend|vriendin|partner|buurman|buurvrouw|collega|colleague|neighbour|neighbor|broer|zus|brother|sister|baby|someone|iemand|man|woman|guy)';
const COLLAPSE: Rule[] = gatedAll([
  / (?:has collapsed|just collapsed|collapsed|collapses|is collapsing|in elkaar gezakt|in elkaar gestort|ineengezakt|zakte in elkaar|zakt in elkaar|in mekaar gezakt|neergestort|viel (?:ineens |opeens |plotseling |zomaar )?(?:neer|om)|valt (?:ineens |opeens |plotseling |zomaar )?(?:neer|om)|dropped to the (?:floor|ground)|keeled over)(?= )/,
  rx(
    ` ${PERSON}${g(4)} (?:ligt|lies|is lying|lying|laying|is laying)${g(2)} (?:op de grond|op de vloer|op straat|op de stoep|on the floor|on the ground|on the pavement|on the sidewalk|in the street)(?= )`,
  ),
  / (?:not making (?:any )?sense|makes no sense when (?:he|she) talks|praat wartaal|wartaal|incoherent|(?:plotseling|ineens|opeens|suddenly)(?: very| heel| erg| zo)? (?:verward|confused|in de war)|(?<!(?:was|were|had been|became|werd|toen) )(?:very|heel|erg|zo) (?:verward|confused|in de war))(?= )/,
]);

// --- A young child with fever and a red flag -------------------------------------------------
// "38,5" reads as "385" (normalise.ts joins the digits), so a bare number needs its unit.
const FEVER = '(?:(?:38|39|40|41)\\d|koorts\\w*|verhoging|fever\\w*|feverish|temp|temperature|(?:38|39|40|41)\\d? (?:graden|degrees|c|celsius))';
const CHILD =
  '(?:baby\\w*|zuigeling|pasgeboren\\w*|newborn|infant|kind|kindje|child|kid|toddler|peuter|dreumes|zoon\\w*|dochter\\w*|son|daughter|little one|kleine|\\d+ (?:jaar|jarige|year old|years old|yo|maanden|months|month old|weken|weeks))';
// An age, not a duration: "baby van 6 weken", "2 month old", not "coughing for 4 weeks".
const INFANT =
  / (?:newborn|pasgeboren\w*|zuigeling|(?:van|of|is|aged|baby) (?:\d|1[0-2]) (?:weken|weeks|wk|wkn)|(?:van|of|is|aged|baby) \d+ (?:dagen|days)|\d+ (?:dagen|days) (?:oud|old)|(?:\d|1[0-2]) (?:weken|weeks|wk|wkn|week) (?:oud|old)|(?:van|of|is|aged) (?:[0-3]|een|twee|drie|one|two|three) (?:maanden|maand|months|month|mnd)|(?:[0-3]|one|two|three) (?:months?|mo|maanden|maand) (?:oud|old))(?= )/;
const RED_FLAG =
  '(?:suf\\w*|slap|slappe|floppy|lethargic|listless|drowsy|sleepy|hard to wake|moeilijk wakker|niet wakker|bijna niet wakker|wil niet (?:drinken|eten)|drinkt niet|will not (?:feed|drink|eat)|not (?:feeding|drinking)|refusing (?:feeds|to feed|to drink)|stijve nek|stiff neck|nekstijf\\w*|kreunt|kreunend|moaning|grunting|ontroostbaar|inconsolable|high pitched|hoge huil|vlekjes|vlekken|rash|uitslag|spots|blotches|stuip\\w*|fit|seizure|blauw|blue|grauw|grey|mottled|gevlekt|koude handen|cold hands|benauwd|wil niet meer praten|does not respond|reageert (?:niet|nauwelijks))';
const SICK_CHILD: Rule[] = gatedAll([
  rx(
    ` (?:niet wegdrukbaar|niet weg te drukken|niet wegdrukbare|verdwijnen niet (?:als|bij|onder)|(?:niet|not) (?:weggaat|weggaan|wegtrekt|wegtrekken|weg gaat|go away|going away) (?:als|bij|onder|when|under)|(?:gaat|gaan|trekt|trekken) niet weg (?:als|bij|onder)|verdwijnt niet (?:als|bij|onder)|blijven zichtbaar|non blanching|does not fade|do not fade|(?:do|does|did) not (?:disappear|vanish|go away|fade)${g(5)} (?:glass|tumbler|pressed)|not fading|will not fade|still (?:see|visible)${g(3)} (?:glass|pressed)|glass test|glastest|(?:glas|glass)${g(10)} (?:gaat|gaan|verdwijnen|verdwijnt|trekken|trekt) (?:ze |het )?niet weg|petechi\\w*|purple (?:spots|rash|blotches)|paarse (?:vlekjes|vlekken|puntjes))(?= )`,
  ),
  rx(` (?:stijve nek|stiff neck|nekstijfheid)${g(12)} ${FEVER}(?= )| ${FEVER}${g(12)} (?:stijve nek|stiff neck|nekstijfheid)(?= )`),
  rx(` ${CHILD}[^.~]* ${FEVER}[^.~]* ${RED_FLAG}(?= )| ${CHILD}[^.~]* ${RED_FLAG}[^.~]* ${FEVER}(?= )| ${FEVER}[^.~]* ${CHILD}[^.~]* ${RED_FLAG}(?= )`),
  rx(` (?:baby|infant|newborn|zuigeling)${g(3)} (?:is |so |very |erg |heel |zo )?(?:floppy|slap|lethargic|listless|limp|unresponsive)(?= )`),
]);

// Built once, not per sentence.
const SEIZURE_WORD_RE = rx(` ${SEIZURE_WORD}(?= )`);
const FEVER_RE = rx(` ${FEVER}(?= )`);
const CHILD_RE = rx(` ${CHILD}(?= )`);

/** The emergency in one sentence (with spaces around), or null. */
function inSentence(sentence: string): EmergencyKind | null {
  const past = PAST_OR_INFO.test(sentence);
  if (!past) {
    const seizureWord = SEIZURE_WORD_RE.test(sentence) && !FIGURATIVE_FIT.test(sentence);
    if (SEIZURE_SIGN.test(sentence) || (seizureWord && NOW.test(sentence))) return 'seizure';
    if (ANAPHYLAXIS.some((re) => re.test(sentence))) return 'anaphylaxis';
    if (!STUFFY.test(sentence) && BREATHING.some((re) => re.test(sentence))) return 'breathing';
    if (!OBJECT_COLLAPSE.test(sentence) && COLLAPSE.some((re) => re.test(sentence))) return 'collapse';
  }
  if (!past && SICK_CHILD.some((re) => re.test(sentence))) return 'sick-child';
  return null;
}

/** A sentence, or the whole message for signs spread over sentences (fever in one, the rash in the next). */
export function emergencyIn(reading: string): EmergencyKind | null {
  // "geen koorts", "no fever": the sign is absent.
  const s = reading.replace(/ (?:geen|no|zonder|without|not a|nog geen) (?:koorts|fever|verhoging|temperature|temp)(?= )/g, ' ~');
  for (const sentence of s.split(' . ')) {
    const kind = inSentence(` ${sentence.trim()} `);
    if (kind) return kind;
  }
  // A child with fever in one sentence and a red flag in the next; any fever under three months.
  if (!PAST_OR_INFO.test(s) && FEVER_RE.test(s) && (INFANT.test(s) || CHILD_RE.test(s))) {
    const flat = s.replace(/ \. /g, ' , ');
    if (SICK_CHILD.slice(1).some((re) => re.test(flat)) || INFANT.test(s)) return 'sick-child';
  }
  return null;
}
