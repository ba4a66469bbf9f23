// Crisis rules. Each rule names a phenomenon, not a sentence: a wish to die or not to exist, an
// act against oneself (verb + reflexive object), a plan or means (pills gathered, rope, bridge,
// train), a goodbye; someone not breathing or not responding; a dangerous substance swallowed;
// chest pain with spread to arm/jaw/back or with sweating/nausea; the worst or a thunderclap
// headache; heavy or unstoppable bleeding; stroke signs (face, speech, one-sided weakness).
// Rules read the normalised text (normalise.ts) with figures of speech cut out (figures.ts).
// Both languages' rules always run: people mix languages, and a missed crisis costs more than a
// false alarm. Weak signals ("ik kan niet meer", "a burden", "this is goodbye") count only two
// together; everything else alone.
import { OTC_MEDICINES, PRESCRIPTION_ONLY } from '../guard/lexicon/medical.ts';
import { TEN_OR_MORE_WORDS } from './counts.ts';
import { type ConceptKind, conceptCrisis, despairIn, palsyDiagnosed, pastAndRecovered, pastAndSettled, TODAY_OR_NOW } from './concepts.ts';
import { type EmergencyKind, emergencyIn } from './emergencies.ts';
import { withoutFigures } from './figures.ts';
import { MINOR, type SafetyNetKind } from './safety-net.ts';
import { gated, gatedAll, type Rule } from './word-gate.ts';

export type CrisisKind =
  | 'suicide'
  | 'unresponsive'
  | 'poisoning'
  | 'chest-pain'
  | 'headache'
  | 'bleeding'
  | 'stroke'
  | ConceptKind
  | EmergencyKind
  | SafetyNetKind;

/** A gap of at most n words inside one sentence. */
const g = (n: number) => `(?: [^ .~]+){0,${n}}`;
const rx = (s: string) => gated(new RegExp(s));
/** The part of the reading up to the next sentence end. */
const SENT = '[^.~]*';

// --- Suicide and self-harm ---------------------------------------------------------------
// Not after a negation: "ik ben niet suicidaal", "I'm not suicidal"; nor in teaching, a policy, a practice
// conversation or a remark about memes (round 27).
const NOT_NEGATED =
  '(?<! (?:niet|geen|not|never|nooit|no)(?: [^ .~]+)?)(?<! (?:recognise|recognize|recognising|recognizing|herkennen|herken|spot|spotting|signs of|signalen van|training|trainingen|cursus|course|workshop|voorlichting|lezing|informatie over|info over|information on|leaflet|folder|policy on|policies on|beleid (?:voor|rond|over|bij)|practised asking|practiced asking|practise asking|practice asking|role ?play|rollenspel|refresher|punchline of|memes about|grappen over|roman|novel|hoofdpersoon|personage|protagonist|main character)(?: [^ .~]+){0,4})';
const SELF_EMPH = '(?:mezelf|mijzelf|zichzelf|haarzelf|hemzelf|myself|meself|himself|herself|themselves|themself|my self)';
const SELF_ANY = `(?:${SELF_EMPH}|me|mij|zich|mn|m)`;
// Round 23: harm denied (no thoughts of hurting oneself, said in so many words).
const NO_THOUGHTS_OF = '(?<! (?:geen|no|zonder|without) (?:gedachten|gedachte|plannen|plan|neiging|intentie|thoughts?|plans?|urges?|intention) (?:om|to|of))';
// Round 25: the Dutch verb, not the English season (`cleared her flat last spring`).
const JUMP_NOT_SEASON = '(?<!(?:last|this|next|early|late|in|the|every) )spring';
// Round 34: an animal on a roof (`er zit een reiger op het dak`), no person there.
const ANIMAL = '(?:reiger|meeuw|kraai|duif|vogel|kauw|ekster|uil|kat|poes|eekhoorn|heron|gull|seagull|crow|pigeon|bird|magpie|owl|cat|squirrel)';
const STRONG_SUICIDE: Rule[] = gatedAll([
  // wish to die
  // Round 10: not where to die (`wilde thuis sterven`: a wish for a place of death in palliative care).
  rx(
    ` (?<! (?:thuis|at home|in (?:haar|zijn|mijn|hun) (?:eigen )?(?:bed|huis)) )(?:wil|wilt|wou|wilde|willen)(?! (?:\\w+ )?(?:thuis|in (?:haar|zijn|mijn|hun) (?:eigen )?(?:bed|huis)))${g(2)} (?:dood|sterven|dood gaan|dood zijn|niet meer leven|niet langer leven)(?! van)(?= )`,
  ),
  rx(` (?:wil|willen|wou|wilde|beter|liever|niemand)${g(5)} er (?:gewoon |echt )?niet meer (?:zijn|ben|was|wezen|zou zijn)(?= )`),
  rx(` (?:wil|wilt|wou|wilde|zin|hoef)${g(2)} (?:niet meer|niet langer|nooit meer) (?:leven|verder leven|wakker worden|wakker|bestaan)(?= )`),
  / nooit (?:meer )?(?:wakker (?:worden|word)|meer wakker)(?= )/,
  rx(` geen${g(3)} (?:reden|zin|reason)${g(3)} (?:te )?(?:leven|live|living)(?= )`),
  / er (?:een )?(?:eind|einde) aan(?= )/,
  rx(` (?:eind|einde|punt) (?:aan|maken aan|te maken aan|maakt aan)${g(2)} (?:leven|bestaan)(?= )`),
  rx(`${NOT_NEGATED} uit het leven (?:stappen|stap|stapt|te stappen|gaan)(?= )`),
  rx(` (?:stap|stapt|stappen|stapte|stapten|stap ik|ga ik)${g(3)} uit het leven(?= )`),
  // An end date chosen for oneself.
  rx(
    `${NOT_NEGATED} (?:een |mijn )?(?:einddatum|end date|exit date)${g(2)} (?:gekozen|geprikt|vastgesteld|bepaald|gepland|picked|chosen|set)(?= )| (?:gekozen|geprikt|vastgesteld|bepaald|picked|chosen|set) (?:een |mijn |an |my )?(?:einddatum|end date|exit date)(?= )`,
  ),
  rx(`${NOT_NEGATED} (?:zelfmoordgedachten|zelfmoordpoging|suicidegedachten|doodsgedachten|doodswens|levensmoe|suicidal)(?= )`),
  // Generalisation round: veiled wishes, slang, reversed Dutch word order, positions and means.
  // Round 25: not denied (`niet dood willen, zegt ze`).
  rx(
    `(?<! (?:niet|nie|never|nooit)) (?:dood|sterven|dood gaan|niet meer leven)(?<! van (?:dood|sterven|dood gaan|niet meer leven)) (?:wil|wilt|willen|wou|wilde)(?= )`,
  ),
  rx(` (?:sleep|slapen|inslapen)${g(1)} (?:forever|for ever|voor altijd|for good|and never wake|en nooit meer)(?= )`),
  rx(` (?:verdwijnen|verdwijn|verdween|disappear|disappeared|vanish|vanished)${g(2)} (?:voor altijd|forever|for good|for ever)(?= )`),
  // Gone for good, said of oneself: `morgen ben ik weg voor altijd`, `I will be gone for good`.
  rx(` (?:ben ik|ik ben|i am|i will be|i ll be|ill be)${g(2)} (?:weg|gone) (?:voor altijd|voorgoed|forever|for good)(?= )`),
  rx(
    ` (?:leven|life|bestaan)${g(2)} (?:is niks waard|niet de moeite waard|not worth living|is not worth living|has no (?:meaning|point)|is pointless|is zinloos|geen zin meer|heeft geen zin)(?= )| geen zin (?:meer )?(?:om (?:verder te|te) leven|in (?:mijn|het|m) leven)(?= )`,
  ),
  rx(
    ` (?:better|easier|beter|makkelijker|fijner|happier)${g(6)} (?:if|als|when|wanneer) (?:i|ik)${g(2)} (?:(?:was|were|am|would be|be) (?:gone|dead|no longer|not (?:alive|around|here))|dead|gone|er niet (?:meer )?(?:zou zijn|ben|besta|was)|niet meer (?:besta|ben|was)|dood (?:was|ben)|weg (?:was|ben))(?= )`,
  ),
  rx(` (?:unalive|unaliving|unalived|kys|kms)(?= )`),
  rx(` er${g(2)} niet meer (?:zijn|wezen|willen zijn|wil zijn|wilde zijn)(?= )`),
  // Self-harm going on: `ik ben aan het krassen`, `ik krab mn armen open`.
  rx(
    ` (?:ben|zit|is) (?:ik |hij |ze )?(?:\\w+ )?aan het (?:krassen|snijden|kerven)(?= )| (?:krab|krabt|kras|krast|snij|snijd|snijdt|kerf)${g(1)} (?:mn|mijn|m|me|mezelf|zn|zijn|haar) (?:armen|arm|benen|been|pols|polsen|huid|buik)${g(1)} (?:open|kapot|stuk)(?= )| (?:am|im|been|keep) cutting (?:myself|again)(?= )`,
  ),
  rx(
    ` (?:benen|legs|voeten|feet)${g(3)} over (?:de|het|the) (?:rand|reling|railing|edge|balustrade)| (?:klimt|klom|climbing|climbed|geklommen|over) over (?:de|het|the) (?:reling|railing|balustrade|rand|edge)(?= )`,
  ),
  rx(
    ` (?:stemmen|voices|voice|stem)${SENT} (?:zeggen|zegt|telling|tell|tells|say|says|saying|roepen|order)${SENT} (?:springen|spring|jump|dood|die|kill|hurt|harm|pijn|aandoen|snijden|cut|end)(?= )`,
  ),
  rx(` (?:maak|maakt|maken|make)? ?er${g(2)} (?:een )?(?:eind|einde|punt) aan(?= )`),
  / (?:stoppen|stop|ophouden) met (?:leven|living|bestaan)(?= )| stop living(?= )/,
  rx(`${NO_THOUGHTS_OF} ${SELF_ANY}${g(1)} (?:iets|wat|something)${g(2)} (?:aandoen|aan doen|aan te doen|aandoe|ga aandoen)(?= )`),
  rx(` (?:leven|life)${g(3)} (?:geen zin (?:meer )?heeft|zinloos is|no point|pointless|not worth it)(?= )`),
  rx(
    ` (?:pols|polsen|wrist|wrists|aders|veins|slagader)${g(2)} (?:doorgesneden|doorsnijden|door te snijden|opengesneden|opensnijden|gesneden|snijden|cut|cutting|slit|slitting|slashed|open)(?= )| (?:slit|slash|cut|slitting|cutting|opened) (?:my|his|her|their) (?:wrists|wrist|veins)(?= )`,
  ),
  rx(` (?:rand|edge|kant) van (?:het |de |the )?(?:perron|platform|spoor|tracks|dak|roof|brug|bridge|flat|cliff|klif)(?= )`),
  rx(
    ` (?:going to|gonna|will|ga|gaan|want to|wil|about to|plan to)${g(2)} (?:take|swallow|slikken|innemen|nemen|in nemen|in te nemen|neem|slik)${g(1)} (?:every|all|alle|al|de hele|the whole|a whole|een hele|elke)${g(3)} (?:pill|pills|tablets|tablet|meds|medicine|medicines|medication|pillen|tabletten|medicijnen)(?= )`,
  ),
  rx(
    ` (?:empty|lege|leeg|opengebroken|opened) (?:pill |medicine |tablet |pillen|medicijn)?(?:packets|packs|strips|blisters|bottles|boxes|doosjes|doordrukstrips|potjes|verpakkingen|pill packets|pillenpotjes|pillen strips)(?= )`,
  ),
  rx(` (?:van het leven|het leven|mijn leven|zijn leven|haar leven) (?:te )?(?:benemen|beneemt|nemen)(?= )`),
  rx(
    ` (?<! (?:no (?:talk|sign|signs|mention|thoughts?) of|not|never|niet|nooit) )(?:snijdt|snijd|snij|sneed|kerft|krast|bekrast|brandt|slaat|cuts|cutting|burns|burning|hurts|harms|harming|hits) (?:${SELF_EMPH}|zich)(?! (?:op|aan|on|while|when|by accident|accidentally|per ongeluk|cooking|koken|shaving|scheren|in the kitchen))(?= )`,
  ),
  rx(
    ` (?:gonna|going to|will|ga|gaat|gaan|wil|wilt|wants to|want to|about to|plans to|planning to|threatening to|dreigt)${g(2)} (?:jump|springen|spring|jumping)(?! (?:in|on|ahead|the queue|the line|to conclusions|at|over|around))(?= )`,
  ),
  rx(
    `(?<!${ANIMAL}s?) (?:sta|staat|zit|zat|ben|am|is|standing|sitting|stand|sit)(?! (?:een |de |het |a |an |the )?${ANIMAL}s? )${g(2)} (?:op|on) (?:het |the |de )?(?:spoor|rails|tracks|railway line|railway tracks|ledge|rand van (?:het|de) (?:dak|brug|flat|raam|balkon|vensterbank)|edge of (?:the|a) (?:roof|bridge|building|cliff|window|balcony)|dak van (?:de|het|een|jullie|uw) (?:parkeergarage|flat|ziekenhuis)|roof of (?:the|a) (?:car park|multi ?storey|block of flats|hospital))(?= )`,
  ),
  rx(
    ` (?:drive|driving|rijden|rijd|rij|crash|crashing|steer|sturen)${g(3)} (?:into|in|tegen|onder) (?:a |een |the |de |het )?(?:tree|boom|wall|muur|truck|lorry|vrachtwagen|oncoming|tegenligger|tegemoetkomend|sloot|canal|kanaal|bridge|pijler|viaduct)(?= )`,
  ),
  rx(` (?:${SELF_EMPH}|zichzelf)${g(3)} (?:van kant|om het leven|ophangen|doden|kill|killing|dood maken)(?= )`),
  rx(
    ` (?:thinking|thought|thoughts|denk|denkt|dacht|gedachten|fantasise|fantasize|plannen|plan|planning|overweeg|overweegt|considering)${g(4)} (?:ending (?:it|things|my life|everything)|taking my (?:own )?life|killing myself|suicide|zelfmoord|zelfdoding|er een eind aan|een eind aan mijn leven|mezelf (?:te )?doden|niet meer te leven|dying|doodgaan|dood te gaan)(?= )`,
  ),
  // an act against oneself: verb + reflexive object
  rx(
    `${NO_THOUGHTS_OF} ${SELF_ANY}${g(3)} (?:van kant|van het leven beroven|ophangen|op te hangen|ophang|verhangen|doodmaken|dood maken|dood te maken|neerschieten|neer te schieten|dood schieten|doden|te doden|om het leven brengen|verdrinken|iets aandoen|iets aan te doen|iets aan doen)(?= )`,
  ),
  rx(`${NO_THOUGHTS_OF} ${SELF_ANY}${g(1)} iets${g(2)} (?:aandoen|aan doen|aan te doen|aandoe)(?= )`),
  rx(` ${SELF_EMPH}${g(3)} (?:snijden|snijd|snij|sneed|gesneden|krassen|kras|bekrast|pijn doen|pijn te doen)(?= )`),
  rx(` (?:kill|killing|off|offing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|end) ${SELF_EMPH}(?= )`),
  rx(` (?:cut|cutting|burn|burning) ${SELF_EMPH}(?! (?:on|shaving|while|when|by accident|accidentally|cooking|with a knife while))(?= )`),
  rx(
    `(?<! (?:not|never|niet|nooit|no))(?: (?:going to|want to|will|might|may|scared|afraid|urge to|urges to|thinking about|thinking of|feel like|tempted to|ll))${g(3)} (?:hurt|harm|hurting|harming)${g(1)} ${SELF_EMPH}(?= )`,
  ),
  // Not the scars of earlier self-harm asked about (a medical question about an old wound).
  /(?<! (?:scars?|littekens?)[^.~]*)(?<! (?:play|plays|toneelstuk|script|film|series|serie|book|boek|novel|roman|story|verhaal|musical|documentar\w*)(?: [^ .~]+){0,4})(?<! (?:no|geen|without|zonder|free of|vrij van|clean of|clean from)) (?:self harm|self harming|self harmed|selfharm|zelfbeschadiging)(?! (?:awareness|prevention|support group|week))(?![^.~]* (?:scars?|littekens?)(?= ))(?= )/,
  / (?:take|taking|end|ending) (?:my|his|her|their) (?:own )?life(?= )| took my (?:own )?life(?= )/,
  / (?:mijn|mn|m n) (?:eigen )?leven (?:\w+ )?(?:beeindig\w*|te beeindigen|eindig|eindigen)(?= )/,
  / (?:wil|wilt|willen|want|wants|wanted|going) to end (?:it|it all|everything|things|my life)(?= )|(?: ll| will| to) end it(?: all)?(?= )/,
  / end it all(?= )| ending (?:it|it all|everything|things|my life|my own life)(?= )| end everything(?= )/,
  / (?:want|wants|wanted|need) (?:it|it all|everything|all of this|all this) to (?:end|stop)(?= )| wil dat (?:het|alles|dit) (?:allemaal )?(?:ophoudt|stopt|voorbij is)(?= )/,
  / (?:klaar|gedaan) met (?:het )?leven(?! van \d)| (?:moe|zat) van het leven| (?:done|finished) with (?:life|living)| (?:tired|sick) of (?:living|life|being alive)| (?:had|has|have|heeft) (?:\w+ )?(?:fill|genoeg) (?:of|van) (?:this world|deze wereld|het leven|living)| (?:klaar|done) met deze wereld| done with this world/,
  // Round 7: not `I don't want to overdose by accident` (a worry about a dose, not a wish).
  rx(
    ` (?<!(?:not|niet|never|nooit) )(?:going to|will|want to|plan to|planning to|ga|gaan|wil|van plan)${g(2)} (?:een |an )?(?:overdose|overdosis)(?! (?:by accident|per ongeluk|accidentally))(?= )`,
  ),
  rx(` (?:no|not|do not see the|geen|what is the|whats the)${SENT} point (?:in|of) (?:living|life|going on|being alive|carrying on)(?= )`),
  / (?:walk|walking|loop|lopen|rijden|drive|driving) (?:into|in|onder) (?:the |de |het |een )?(?:sea|zee|water|river|rivier|lake|canal|kanaal|traffic|verkeer)(?= )/,
  rx(
    ` (?:want|wants|wanted|wanting|ready|going|deserve|deserves) to (?:die(?! (?:my|his|her|their|it|the) (?:hair|clothes|shirt|beard)| at home| in (?:my|his|her|their) own (?:bed|home))|be dead|disappear forever|not exist|stop existing|not wake up)(?= )`,
  ),
  / wish (?:i|i was|i were|i had) (?:was |were |had )?(?:dead|never been born|not here|gone)(?= )/,
  / (?:better|easier|happier) off (?:dead|without me)(?= )| (?:better|easier|happier)(?: off)?(?: for (?:everyone|everybody|all|them))? (?:without me|if i (?:was|were|am|just) (?:not (?:around|here)|gone|dead|disappeared))(?= )/,
  / (?:gelukkiger|makkelijker|beter) af zonder (?:me|mij)(?= )| (?:fijner|makkelijker|beter) (?:voor iedereen )?als ik (?:er )?(?:verdwijn|verdwenen|niet (?:meer )?(?:was|besta|ben))(?= )/,
  / do not (?:want|wanna) to (?:be here|live|exist|wake up|be alive|go on)(?: any ?more| anymore)?(?! (?:in|at|on|with|for))(?= )/,
  // Not `he will not wake up` (someone unresponsive): that form is the writer's only after `i`.
  / (?:never|(?<!(?<! i) (?:will|does|did|can|could|wo) )not) (?:want to )?wake up(?: again)?(?= )/,
  / no (?:reason|point) (?:left )?(?:to|in) (?:live|living|go on|going on|being alive|carry on|carrying on)(?= )/,
  / can not go on(?! (?:waiting|paying|holiday|vacation|a |an |the |with |hold|leave|line|online|the website))(?= )/,
  // plans and means
  rx(
    `(?<! (?:uw|your|je|jouw)) (?:pillen|pil|tabletten|medicijnen|medicatie|slaappillen|pills|tablets|meds|medication)${g(4)}(?<! (?:niet|not|nog|never|nooit)) (?:verzameld|gespaard|opgespaard|klaar|klaarliggen|klaargelegd|klaargezet|ready|saved|stockpiled|saving|lined up|laid out|counted out|op een rij)(?= )(?!(?: [^ .~]+){0,6} (?:apotheek|pharmacy|chemist|ophalen|afhalen|pick ?up|collect\\w*|balie|desk))`,
  ),
  rx(
    ` (?:verzameld|gespaard|opgespaard|saving up|saved up|stockpiling|collecting)${g(3)} (?:pillen|pil|tabletten|medicijnen|slaappillen|pills|tablets|meds|medication)(?= )`,
  ),
  rx(
    ` (?:alle|hele|al mijn|al zijn|al haar|een doos|doosje|potje|handvol|handjevol|te veel|teveel|all of my|all my|all his|all her|a whole|whole|too many|handful|bottle|box|packet)${g(3)} (?:\\w*pil\\w*|\\w*tablet\\w*|medicijn\\w*|\\w*pam|pills|tablets|meds|medication|paracetamol|ibuprofen|strip)${SENT} (?:ingenomen|genomen|geslikt|ingeslikt|slikken|innemen|in te nemen|in nemen|nemen|took|taken|swallowed|swallow|take|taking|neem|slik)(?= )`,
  ),
  rx(
    ` (?:ingenomen|genomen|geslikt|ingeslikt|took|taken|swallowed|take|taking)${g(3)} (?:alle|hele|all of|all|a whole|whole|too many|handful|bottle|box|packet|doos)${g(2)} (?:\\w*pil\\w*|\\w*tablet\\w*|medicijn\\w*|pills|tablets|meds|them|strip)(?= )`,
  ),
  rx(
    ` (?:took|taken|take|taking|had|genomen|ingenomen|heb|heeft|have|has|done|gedaan)${g(3)} (?:een |an )?(?:overdosis|overdose)(?! (?:training|awareness|course|cursus|session|sessie|kit|preventie|prevention))(?= )| overdosed(?= )`,
  ),
  rx(
    ` (?:touw|strop|rope|noose|mes|messen|knife|blade|scheermes\\w*|razor)${g(4)} (?:gekocht|klaar|klaarliggen|opgehangen|vastgemaakt|ready|bought|tied|hung|hanging)(?= )|(?:gekocht|bought|got|tied)${g(2)} (?:een )?(?:touw|strop|rope|noose)(?= )`,
  ),
  rx(
    `(?:springen|${JUMP_NOT_SEASON}|jump|jumping|jumped)[^~]{0,80}(?:brug|dak|flat|trein|balkon|raam|bridge|roof|building|train|balcony|window|cliff|ledge)|(?:brug|dak|flat|balkon|bridge|roof|ledge|balcony)[^~]{0,80}(?:springen|${JUMP_NOT_SEASON}|jump|jumping)`,
  ),
  / voor (?:de|een) (?:trein|metro|bus|auto|vrachtwagen)(?: te)?(?: (?:springen|spring|gaan|ga|lopen|liggen))?(?= )/,
  / (?:in front of|under) (?:a |the )?(?:train|bus|truck|lorry)(?= )/,
  // Not a farewell letter written for the writer or for a colleague or teacher who leaves (`een afscheidsbrief voor me geschreven`).
  / (?:afscheidsbrie\w*|zelfm\w{0,4}brie\w*|suicide notes?|goodbye letters?|goodbye notes?)(?! (?:voor|for|aan|to) (?:me|mij|ons|us|de juf|de meester|our teacher|onze juf|onze collega|a colleague|een collega)(?= ))(?= )/,
  rx(` (?:heb|heeft|had|ik|hij|zij|ze|have|has|i|he|she)${g(2)} (?:een |a )?(?:afscheids(?:bericht|video|filmpje)\\w*|farewell (?:message|video|post))(?= )`),
  // Round 22: signing off from life itself; this appointment and none after it.
  / (?:clocking|clock|checking|check|signing|sign|logging|log|tapping|tap|bowing|bow|opting|opt) (?:off|out) (?:from|of) (?:life|this life|the world|it all|everything)(?= )| (?:uitchecken|check uit|afmelden|meld (?:me|mij) af|log uit|uitloggen) (?:\w+ )?(?:uit|bij|van) (?:het|dit) leven(?= )/,
  / will not be (?:coming|attending|there)(?: \w+| \.){0,8} (?:or|nor) (?:to )?any (?:after|afterwards|others?|more|after that)(?= )| ook niet (?:naar )?(?:de|die) (?:afspraken )?(?:daarna|erna)(?= )/,
  // Round 21: a thing and everything else no longer needed (`will not need those nor anything else`).
  / will not (?:be )?need(?:ing)? (?:it|them|this|that|those|these) (?:\w+ )?(?:or|nor) anything(?: else)?(?= )| (?:heb|hoef) ik (?:\w+ )?niet meer(?: nodig)? (?:\w+ )?(?:en|of|net als) (?:al het andere|de rest|wat dan ook|niets anders)(?= )/,
]);
const WEAK_SUICIDE: Rule[] = gatedAll([
  / (?:dit is|this is) (?:mijn )?(?:afscheid|vaarwel|goodbye)| vaarwel| goodbye (?:everyone|all|world)/,
  / (?:mijn|my) (?:laatste|last|final) (?:bericht|berichtje|post|message|words|woorden)/,
  / sorry (?:voor|aan|to|for) (?:alles|iedereen|everyone|everything|everybody)| het spijt me| i am sorry/,
  / (?:zorg|zorgen) (?:goed )?voor (?:mijn|m) (?:kat|hond|kinderen|kids|katten)| (?:look|looking) after my (?:dog|cat|kids|children)| take care of my (?:dog|cat|kids|children)/,
  / (?:een last|a burden|nothing but a burden|een blok aan het been)/,
  / ik kan (?:dit |het )?(?:echt )?niet meer(?= \.| ~| ik| {1,2}$| $)| can not (?:do|take|handle) (?:this|it) any ?more| can not hold on| kan het niet meer aan/,
  / (?:hou|houd|trek) het (?:echt )?niet meer(?: vol)?/,
  / (?:ben|zijn) ik er niet meer| ik er (?:straks |morgen )?niet meer (?:ben|wil zijn)| will not be (?:here|around) (?:tomorrow|anymore|much longer)| (?:when|once|after|als|wanneer) i am gone| als ik (?:weg ben|dood ben|er niet meer ben)/,
  / ik zie het (?:echt |totaal |helemaal |gewoon )?niet meer zitten/,
  / (?:heeft|hebben) (?:allemaal |echt )?geen zin meer| no point (?:anymore|any more)| what is the point| whats the point(?! (?:in|of) (?:having|a|an|the|this|that|calling|ringing|booking|phoning))/,
  rx(` (?:niemand|nobody|no one)${g(3)} (?:merken|missen|mist|notice|miss|care)(?= )`),
  / (?:written|wrote|schreef|geschreven) (?:\w+ )?(?:letters?|brieven|brief|notes?)/,
  rx(
    ` (?:brief|brieven|briefje|note|letter)${g(4)} (?:geschreven|achtergelaten|left|written)| (?:left|leaves|achtergelaten|laat|liet) (?:a |een )?(?:note|briefje|brief|letter)(?= )`,
  ),
  / (?:belt|riem|cord|koord|kabel|ladder|strop)(?= )| (?:walked|ran|stormed) out| (?:de deur uit|weggelopen|weggegaan)(?= )/,
  / (?:sorry|spijt)(?= )/,
  rx(
    ` (?:gave|given|giving|geef|geeft|gaf|weggegeven|weggeven)${g(3)} (?:stuff|things|spullen|belongings|bezittingen|dog|hond|cat|kat) (?:away|weg)?| (?:gave|given|giving) away| (?:weggegeven|weg gegeven)| testament| (?:my|a) will(?= \\.| ~| and| {1,2}$| $)`,
  ),
  rx(` (?:what is|whats|wats|wat is)${g(2)} (?:the|het)? ?(?:point|nut)`),
  rx(` (?:geen|no) (?:uitweg|way out)`),
  rx(` (?:weet|weten) niet meer wat (?:ik|we) (?:moet|moeten)`),
  rx(` do not know what to do any ?more`),
  rx(` (?:op|on) (?:de|het|the|a) (?:brug|bridge|dak|roof)(?= )`),
  / (?:ik ben|i am|so) (?:echt |really |so )?(?:done|klaar) (?:met alles|with everything|with it all)| (?:so |zo )?(?:tired|moe) (?:of|van) (?:everything|alles)| (?:not|niet) (?:answering|reageert|neemt niet op|opnemen)/,
  / (?:said|says|saying|zei|zegt) goodbye| afscheid (?:genomen|nemen|neemt|neem|te nemen)/,
  / neemt (?:niet|nie) (?:meer )?op| (?:is not|not|stopped) (?:answering|picking up)| (?:reageert|reageren) niet (?:meer )?op (?:appjes|berichten|telefoon|mijn telefoon)/,
  / (?:is|ben|zijn) (?:er|het) (?:helemaal |echt |gewoon )?klaar mee| er (?:helemaal |echt |gewoon )?klaar mee (?:is|ben|zijn)| (?:is|am|are) done with (?:it|everything|everyone)/,
  / (?:scared|afraid|worried|bang) (?:that )?(?:he|she|they|hij|ze|zij) (?:will |is going to |gaat |zal )?(?:do something|iets (?:doms |stoms )?(?:doet|gaat doen|zal doen))/,
  / (?:heb|have|i have got) (?:een |a )?plan| made up my mind| besluit staat vast| ik ga het doen/,
  / het hoeft (?:voor mij )?(?:allemaal )?niet meer/,
  / alles is (?:leeg|zwart|zinloos)| (?:hopeloos|uitzichtloos|hopeless|worthless|waardeloos)/,
  / i am done(?= \.| ~| {1,2}$| $)/,
]);

// --- Someone not breathing or not responding -------------------------------------------
const NOT_ABOUT_MESSAGES =
  '(?! (?:op |to )?(?:mijn |onze |de |je |jullie |my |our |your |the )?(?:mail|mails|email|emails|e mail|berichten|bericht|messages?|brief|brieven|letters?|telefoon|calls?|klacht|complaints?|vraag|verzoek|app|dm|reactie|reacties|treatment|behandeling|medication|medicatie|antibiotica|antibiotics))';
const UNRESPONSIVE: Rule[] = gatedAll([
  / ademt (?:niet|nauwelijks|heel raar|raar|vreemd|niet goed|niet meer|onregelmatig)(?! (?:door|goed door|lekker))(?= )/,
  / (?:haalt|krijgt) (?:geen|nauwelijks|bijna geen) (?:adem|lucht)(?= )| geen ademhaling| (?:stopt|gestopt|stopte) met ademen/,
  /(?<! (?:rij|wachtrij|queue|line|lift|elevator|escalator|roltrap|file|verkeer|traffic|car|auto|bus|trein|train|wachtlijst|list|it|er|niks|nothing|niets|het|dat|this|that)(?: [^ .~]+){0,2})(?: beweegt (?:niet|nauwelijks)(?: meer)?| (?:is not|not|stopped|no longer) moving(?! (?:as|so) (?:much|often)| like (?:usual|before)))(?= )/,
  rx(` (?:niet|slecht|nauwelijks|moeilijk|amper|bijna niet)${g(2)} aanspreekbaar(?= )`),
  / reageert (?:heel |erg |zo )?(?:traag|sloom|vertraagd)| (?:very |really )?(?:sluggish|slow to respond)/,
  rx(` (?:lips?|lippen|mond|face|gezicht|skin|huid|fingers|vingers|nagels|nails)${g(4)} (?:blue|blauw|blauwig|bluish|blauwachtig|grey|gray|grauw|grijs)(?= )`),
  / niet (?:meer )?bij (?:bewustzijn|kennis)| (?:will not|does not|not|can not|is not) (?:respond|responding|react|reacting) to (?:her|his|their) (?:name|voice|touch)| reageert niet op (?:haar|zijn) (?:naam|stem)/,
  / niet (?:meer )?aanspreekbaar| bewusteloos| buiten bewustzijn| bewustzijn (?:verloren|kwijt)/,
  rx(` (?:reageert|reageerde|reageren) (?:niet|nergens|nauwelijks)(?: meer)?${NOT_ABOUT_MESSAGES}(?= )`),
  rx(` geeft geen (?:reactie|antwoord)(?: meer)?${NOT_ABOUT_MESSAGES}(?= )`),
  / komt niet (?:meer )?bij(?= \.| ~| hij| ze| en| {1,2}$| $)/,
  /(?<! (?:nagel|nagels|teen|tenen|knie|oog|enkel|duim|vinger|plek|pols|scheen)) (?:wordt|werd|is|loopt|liep|wordt helemaal) blauw(?! (?:en|and) (?:dik|gezwollen|opgezwollen|geel|paars))| blauw aangelopen| blauwe lippen| (?:lippen|lip|gezicht) (?:worden|wordt|zijn|is|zien|kleuren|kleurt) (?:helemaal )?blauw/,
  / kan niet (?:meer )?ademen(?! door)/,
  / (?:not|stopped|stop|no longer|barely|hardly) breathing(?! for (?:a few|\d+|some|several) seconds)| breathing (?:really |very )?(?:weird|strange|funny|oddly|shallow)/,
  rx(` not responding${NOT_ABOUT_MESSAGES}(?= )`),
  / unresponsive|(?<! (?:make|makes|making|maakt|maken) (?:him|her|them|you|hem|haar|je|me)(?: \w+)?) unconscious| passed out and (?:will not|can not|does not)/,
  rx(
    ` will not wake up| can not wake (?:him|her|them|my)| not waking up| (?:hard|impossible|difficult) to wake| (?:krijg|krijgen|krijgt) (?:hem|haar|ze|hen)${g(2)} (?:niet|nauwelijks|bijna niet|amper) wakker| (?:moeilijk|nauwelijks|bijna niet|niet) wakker te (?:krijgen|maken)| (?:gurgling|gurgles|snoring strangely|rochelt|rochelend|reutelt|gorgelt)| (?:will not|does not|not|can not|is not|stopped) (?:answer|answering|respond|responding|react|reacting)(?: to)? (?:me|us|anything|when|at all)(?= )| (?:has not|have not|did not|not) (?:come round|come around|come to|woken up|woken)`,
  ),
  / (?:no|geen|can not find (?:a|his|her|the)|kan geen|voel geen|feel no) (?:pulse|hartslag|polsslag|heartbeat|pols)(?= )/,
  / (?:turning|turned|gone|going|lips are|lips) blue(?! (?:and|en) (?:swollen|purple|yellow))/,
  / can not breathe(?! (?:through|properly through|out of))| choking(?! on (?:his|her|my|their) words| a (?:bit|little))(?= )/,
]);

// --- A dangerous substance swallowed -------------------------------------------------------
const CHEMICAL =
  '(?:\\w*(?:bleek|chloor|ontstopper|schoonmaak|wasmiddel|waspod|wascapsule|vaatwas|ammoniak|unblocker|lampolie|lampenolie|aanmaak|aansteker|terpentine|wasbenzine|batterij|knoopcel|magneet|magneten|antivries|ontkalker|spiritus|petroleum|accuzuur|nicotine|liquid)\\w*|\\w*gif|vergif\\w*|giftig\\w*|bleach|drain cleaner|cleaner|cleaning|detergent|dishwasher|laundry|pods?|capsules?|batter(?:y|ies)|magnets?|poison\\w*|antifreeze|lamp oil|lighter fluid|lamp fuel|paint thinner|white spirit|turpentine|paraffin|vape|nicotine|weed killer|ammonia|washer fluid|screen ?wash|brake fluid|coolant|koelvloeistof|remvloeistof|ruitensproeier\\w*|mouthwash|mondwater|sanitiser|sanitizer|handgel|\\w*desinfect\\w*|disinfectant|nagellak\\w*|nail polish|acetone?|aceton|\\w*bestrijdingsmiddel\\w*|pesticides?|insecticides?|kunstmest|fertili[sz]er|toilet (?:block|cleaner|duck)|wc ?(?:blok\\w*|eend|reiniger)|gootsteen\\w*|oven cleaner|ovenreiniger|essential oils?|etherische olie|kamfer\\w*|camphor|slug pellets|slakkenkorrels|mottenballen|mothballs|superglue|secondelijm)';
// Medicines by name: the guard's prescription-only and over-the-counter lists, plus kinds.
const MEDICINE_NAMES = [...PRESCRIPTION_ONLY, ...OTC_MEDICINES]
  .filter((w) => /^[a-z-]+$/.test(w))
  .map((w) => w.replace(/-/g, ' '))
  .join('|');
// Not built on concepts.ts MEDICINE_WORDS: it holds each of them already, `pil` and `tablet` as wider stems (\w*pil\w*).
const MEDICINE = `(?:(?:${MEDICINE_NAMES})s?|xanax|oxy\\w*|fentanyl|heroine|heroin|cocaine|coke|ghb|mdma|xtc|pillen|ketamine|drugs|methadon\\w*|insul\\w*|\\w*depressiva|\\w*depressants?|slaapmiddel\\w*|painkillers?|sleeping|insuline|insulin|\\w*pil\\w*|\\w*tablet\\w*|medicijn\\w*|medicatie|\\w*pam|pijnstiller\\w*|pills?|tablets?|medicines?|medication|meds|paracetamol|ibuprofen|aspirin\\w*|calpol|strip)`;
const DESPAIR_MEDICINE = gated(new RegExp(` (?:alle|all|al mijn|all my|een hele|a whole|\\d+)? ?${MEDICINE}(?= )`));
const INGESTED =
  '(?:chugged|gulped|swigged|slurped|sipped|tasted|nibbled|munched|geproefd|opgeslobberd|leeggedronken|naar binnen (?:gewerkt|gegooid|gewerkt|geslagen)|achterover (?:geslagen|gegooid)|downed|necked|popped|ingeslikt|doorgeslikt|geslikt|opgegeten|gegeten|leeggegeten|gedronken|opgedronken|gesnoept|binnengekregen|in (?:zijn|haar|de) mond|slok|slokje|gelikt|swallowed|ate|eaten|drank|drunk|chewed|licked|sucked|got into|got hold of|bit into|bitten|gebeten|beet|gekauwd|kauwde|put (?:it |one |some )?in (?:his|her|their) mouth|had (?:it |one |some )?in (?:his|her) mouth|sip|mouthful)';
const TAKEN = `(?:${INGESTED}|ingenomen|genomen|gebruikt|gespoten|took|taken|injected|used|had|done)`;
const CHILD =
  '(?:kind|kindje|kinderen|zoon|zoontje|dochter|dochtertje|peuter|kleuter|baby|dreumes|kleintje|kleine|jongste|son|daughter|toddler|child|kid|kids|little one|youngest|grandson|granddaughter|kleinzoon|kleindochter|\\d+ (?:jaar|jarige|jr|year|years|yr|maanden|months))';
const QUANTITY = `(?:every|elke|iedere|een pot|een hele pot|pot|potje|(?<!(?:in de|in the|in (?:his|her|their|my|zijn|haar|mijn)) )(?<!(?:temp|temperature|temperatuur|koorts|fever)(?: of| van)? )(?:(?<!\\d )\\d{2,}|${TEN_OR_MORE_WORDS})(?! (?:verschillende|different|soorten|kinds|types|uur|hours|minuten|minutes|jaar|jarige|jr|years?|yrs?|photos?|foto\\w*|\\d\\d(?= )))|a bunch of|bunch of|way too much|too much|te veel|teveel|veel te veel|(?:een )?overdosis|a load of|loads of|lots of|a lot of|heaps of|een hoop|heel veel|een heleboel|hele|alle|al mijn|al haar|all my|all her|all his|all their|te veel|teveel|een doos|doosje|potje|strips|handvol|whole|all of|too many|bottle|box|handful|packet|how many|hoeveel)`;
// Asking whether a medicine may be given (not that it was taken).
const PERMISSION = gated(
  / (?:mag (?:ze|hij|zij|ik|mijn \w+)|can (?:she|he|i|they) (?:have|take)|may (?:she|he|i)|is it (?:ok|okay|safe) to (?:give|take)|welke (?:dosis|dosering)|hoeveel (?:mag|moet)|how much (?:can|should))(?= )/,
);
const CHILD_RE = gated(new RegExp(` ${CHILD}(?= )`));
const CHEMICAL_RE = gated(new RegExp(` ${CHEMICAL}(?= )`));
const IN_THE_EYE = gated(/ (?:in|into) (?:mijn|my|zijn|haar|his|her|het|the|z n|zn|mn) (?:\w+ )?(?:oog|ogen|eye|eyes)(?= )/);
const INGESTED_RE = gated(new RegExp(` ${INGESTED}(?= )|aan \\w+ ?\\w* gezeten| got into| in (?:zijn|haar|his|her) mond`));
const MOUTH_SIGN = gated(/ (?:schuim\w*|foam\w*|mond|mouth|lippen|lips|verbrand\w*|burnt|burned|burns|braakt|vomit\w*|overgeven)(?= )/);
/** A rule tried only when the text holds `part`, which every match of the rule contains: a cheap test
 *  first spares most messages the costly one (a leading \w* is tried at every position), and the answer
 *  is the rule's own either way. */
const onlyWith = (part: string, rule: Rule): Rule => {
  const needed = new RegExp(part);
  return { source: rule.source, test: (s) => needed.test(s) && rule.test(s) };
};
const ON_PURPOSE = '(?:on purpose|deliberately|expres|met opzet|bewust|om dood te gaan|to die|to end)';
const POISONING: Rule[] = gatedAll([
  onlyWith(ON_PURPOSE, rx(`(?: ${TAKEN}${SENT} ${MEDICINE}${SENT} | ${MEDICINE}${SENT} ${TAKEN}${SENT} )${ON_PURPOSE}(?= )`)),
  // Round 7: not a worry about the risk (`am i in danger of overdosing`).
  / (?<!(?:danger of|risk of|afraid of|scared of|worried about|bang voor) )(?:overdosed|overdosing|oded|od)(?= )/,
  / (?:xtc|mdma|coke|cocaine|ghb|speed|ketamine|drugs|molly|pillen|lsd|paddo\w*|crystal|meth)[^.~]* (?:verward|confused|heet|oververhit|overheated|hartslag|heart rate|racing|bonkt|fits|stuip|suf|unresponsive|not responding|reageert niet|collapsed|paranoid|out of it)(?= )/,
  / (?:hartslag|heart rate|pulse|pols)(?: van| of| is| van wel)? (?:1[5-9]\d|2\d\d)(?= )/,
  // Both at a word start (`later bleek het` is not `ate` + bleach).
  onlyWith(INGESTED, rx(`(?: ${CHEMICAL}${SENT} ${INGESTED}| ${INGESTED}${SENT} ${CHEMICAL})(?= )`)),
  onlyWith(INGESTED, rx(`${CHILD}${SENT}(?:${MEDICINE}${SENT} ${INGESTED}|${INGESTED}${SENT} ${MEDICINE})(?= )`)),
  rx(`(?: ${QUANTITY}(?= )${SENT} ${MEDICINE}${SENT} ${TAKEN}| ${TAKEN}${SENT} ${QUANTITY}(?= )${SENT} ${MEDICINE})(?= )`),
]);

// --- Chest pain that spreads or comes with sweating/nausea -------------------------------
const CHEST = '(?:borst|borstkas|chest)';
const PAIN =
  '(?:grijpt|grijpen|greep|grabbing|grabs|grabbed|clutching|clutches|clutched|holding|houdt|elephant|olifant|vice|bankschroef|band around|band om|weight on|gewicht op|something heavy|iets zwaars|pijn|pijnlijk|dichtgeknepen|dichtgedrukt|samengeknepen|knijpt|druk|drukkend|drukkende|beklemmend|beklemmende|knellend|knellende|zwaar|steek|steken|stekende|pain|pains|pressure|tight|tightness|crushing|squeezing|heavy|heaviness|ache|aching|hurts|twinge|stabbing)';
const CHEST_PAIN = `(?:borstpijn|pijn op (?:de|mijn|zijn|haar) borst|${CHEST}${g(3)} ${PAIN}|${PAIN}${g(4)} ${CHEST}|chest pain)`;
const SPREAD_TO =
  '(?:(?:linker|rechter)?arm\\w*|kaak|nek|schouder\\w*|rug|keel|jaw|arms?|neck|shoulders?|back|throat|uitstraal\\w*|straalt|straalde|spreading|spreads|radiating|radiates)';
const COMPANION =
  '(?:feels sick|felt sick|feeling sick|voelt zich (?:ziek|misselijk)|zweet|zweten|zweterig|klam|misselijk|overgeven|kortademig|benauwd|sweat\\w*|clammy|nausea|nauseous|feel sick|short of breath|breathless|vomit\\w*)';
const CHEST_RULES: Rule[] = gatedAll([
  // Round 28: not in a panic attack told as such (`bij mijn paniekaanvallen voel ik me alsof ik sterf`).
  / (?<!(?:paniekaanval\w*|panic attacks?|angstaanval\w*|anxiety attacks?)[^.~]*)(?:(?:think|feel like|feels like|scared|afraid) (?:i am|that i am|he is|she is|im) (?:dying|going to die)|(?:denk|bang) dat (?:ik|hij|ze) (?:doodga|dood ga|dood gaat|doodgaat|sterf|sterft))(?= )/,
  rx(`(?<!(?:geen|niet|no|not)${g(2)}) ${CHEST_PAIN}.*(?:${SPREAD_TO}|${COMPANION})(?= )`),
  // Round 7: `breathless on the stairs … no chest pain` is a companion sign with the pain denied.
  rx(`(?:${SPREAD_TO}|${COMPANION}).*(?<!(?:geen|niet|no|not)${g(2)}) ${CHEST_PAIN}(?= )`),
  rx(` (?:krijg|krijgt|krijgen|having|am having|is having)${g(2)} (?:een )?(?:hartaanval|hartinfarct|heart attack)(?= )`),
]);

// --- The worst headache of one's life ----------------------------------------------------
const HEAD =
  '(?:\\w*hoofdpijn|headaches?|head ache|(?:pijn|pain) in (?:mijn|zijn|haar|my|his|her) (?:hoofd|head)|(?:knal|klap|explosie) in (?:mijn|zijn|haar) hoofd)';
// "soms de ergste hoofdpijn": a recurring headache, not the sudden worst one.
const RECURRING = gated(/ (?:soms|vaak|regelmatig|af en toe|sometimes|often|regularly|every|elke|iedere)(?= )/);
// Round 7: a thunderclap headache is sudden; one that has gone on for days is not it (a stiff neck or
// vomiting with it is still read by the concepts).
const DAYS_LONG = gated(
  / (?:al|already|for|since|sinds) (?:\w+ )?(?:twee|drie|vier|vijf|paar|couple of|few|two|three|four|five|\d+) (?:dagen|days|weken|weeks)(?= )/,
);
const HEADACHE: Rule[] = gatedAll([
  rx(`(?:ergste|allerergste|worst|thunderclap|donderslag|barstend\\w*|exploding|explosive)${SENT} ${HEAD}(?= )`),
  rx(` ${HEAD}${SENT}(?:nog nooit|never had|never felt|nooit eerder|nooit zo|worst|ergste|of my life|van mijn leven|ooit)(?= )`),
  / (?:knal|klap|explosie) in (?:mijn|zijn|haar) hoofd| (?:thunderclap|donderslag)/,
  rx(
    ` (?:plotseling|opeens|ineens|sudden|suddenly)${g(2)} (?:hevige|heftige|extreme|vreselijke|ondraaglijke|severe|excruciating|unbearable|agonising|agonizing) ${HEAD}(?= )`,
  ),
]);

// --- Heavy bleeding ----------------------------------------------------------------------
const BLEEDING_NOW = '(?:ik bloed|bloed ik|bloedt|bloedde|bloeden|bloeding|bloedingen|bloedverlies|bleeding|bleeds|bled|haemorrhag\\w*|hemorrhag\\w*)';
const BLOOD_LOSS = `(?:(?:verlies|verliest|verloor|verloren|kwijt|losing|lost|loses)${g(4)} (?:bloed|blood)|(?:bloed|blood)${g(3)} (?:verloren|verliest|verlies|kwijt|lost))`;
const HEAVY =
  '(?:heel erg|erg|veel|enorm|hevig\\w*|heftig\\w*|flink|ontzettend|als een rund|like a pig|like crazy|heavily|heavy|a lot|lots|loads|so much|really bad|badly)';
const UNSTOPPABLE =
  '(?:stopt niet|houdt niet op|niet te stoppen|niet stoppen|blijft bloeden|spuit\\w*|gutst|stroomt|grote hoeveelheden|plas|plassen|will not stop|does not stop|not stopping|can not stop|keeps bleeding|spurting|pouring|gushing|everywhere|soaked|doorweekt|overal|over de vloer|all over the floor)';
const DIMINISHED = gated(
  / (?:beetje|a little|a bit|slightly|bit of|spotting|niet veel|not much|paar druppels|few drops|stopped|gestopt|gestelpt|under control|onder controle|bloedt niet meer|not bleeding)(?= )/,
);
const BLEEDING: Rule[] = gatedAll([
  rx(`(?: ${BLEEDING_NOW}| ${BLOOD_LOSS})${g(6)} (?:${HEAVY}|${UNSTOPPABLE})(?= )|(?:${HEAVY}|${UNSTOPPABLE})${g(6)} (?:${BLEEDING_NOW}|${BLOOD_LOSS})(?= )`),
  rx(` (?:bloed|blood)${g(10)} ${UNSTOPPABLE}(?= )| ${UNSTOPPABLE}${g(4)} (?:bloed|blood)(?= )`),
  rx(` (?:hoest|hoesten|braakt|braken|spuugt|spugen|coughing|cough|coughed|vomiting|throwing)${g(4)} (?:bloed|blood)(?= )`),
  // Round 13: a wound that keeps spurting or pouring (`de wond blijft spuiten`), no word for blood needed.
  rx(` (?:wond|wonden|snijwond|hoofdwond|wound|gash)${g(8)} (?:${UNSTOPPABLE})(?= )`),
  // Round 13: pads or towels soaked through within minutes (`soak through a pad every few minutes`).
  rx(
    ` (?:soak\\w*|doorweek\\w*|doordrenk\\w*) (?:through )?(?:\\w+ ){0,2}(?:pads?|towels?|maandverband|verband|handdoek\\w*)${g(4)} (?:every|each|elke|elk|iedere|ieder|binnen|within) (?:\\w+ ){0,2}(?:minutes|minuten|kwartier)(?= )`,
  ),
]);
// Round 9: gums that bleed when brushing are no heavy bleeding (`bloed als een rund als ik mijn tanden poets`).
const GUMS = gated(/ (?:tandvlees|gums|tanden poets|tandenpoetsen|brushing my teeth|brush my teeth|flossen|flossing)(?= )/);
/** Per sentence: "it bleeds a little" is not heavy bleeding. */
function isHeavyBleeding(s: string): boolean {
  return s.split(' . ').some((sentence) => !DIMINISHED.test(sentence) && !GUMS.test(` ${sentence} `) && any(BLEEDING, ` ${sentence} `));
}

// --- Stroke --------------------------------------------------------------------------------
const FACE_DROOP = rx(
  ` (?:mond|mondhoek|gezicht|face|mouth|smile)${g(4)} (?:scheef|hangt|zakt|gezakt|afgezakt|droop\\w*|dropped|lopsided|uneven|crooked|fallen|drops)| (?:hangende|scheve) (?:mond|mondhoek|gezicht)`,
);
const SPEECH = rx(
  ` (?:praat|spreekt|praten|spreken|speech|speak|speaking|talk\\w*|words|woorden|zinnen)${g(4)} (?:onduidelijk|brabbel\\w*|dubbele tong|slurred|slurring|garbled|niet meer vinden|niet vinden|can not find|unable)| (?:slurred|garbled) (?:speech|words)| (?:kan|can)${g(3)} (?:not|niet)${g(1)} (?:meer )?(?:praten|spreken|speak|talk|find (?:his|her|my) words)|woorden niet (?:meer )?vinden`,
);
const BODY_PART =
  '(?:(?:linker|rechter)(?:kant|arm|been|hand|helft|zijde)|arm|armen|been|benen|hand|handen|kant|gezicht|lichaam|lichaamshelft|arms?|legs?|hands?|side|face|body)';
const WEAK_WORD = '(?:verlamd|verlamming|krachtverlies|krachteloos|slap|slappe|zwak|zwakke|gevoelloos|doof|numb\\w*|weakness|weak|paraly\\w*|limp)';
const LIMB = rx(
  ` ${WEAK_WORD}${g(4)} ${BODY_PART}(?= )| ${BODY_PART}${g(4)} ${WEAK_WORD}(?= )| (?:can not|kan niet|kan${g(2)} niet) (?:meer )?(?:lift|move|optillen|bewegen|tillen)| kan${g(2)} (?:arm|been|hand) niet`,
);
const ONE_SIDE = gated(/ (?:een kant|rechterkant|linkerkant|one side|right side|left side|halve lichaam|half (?:his|her|my) body)/);
const ACUTE = gated(/ (?:plotseling|opeens|ineens|sudden|suddenly|out of nowhere|uit het niets)(?= )/);
const STROKE_NOW = rx(
  ` (?:krijgt|krijg|krijgen|having|is having|am having|denk|think|volgens mij)${g(4)} (?:een )?(?:beroerte|herseninfarct|hersenbloeding|cva|tia|stroke)(?= )`,
);

// Round 32: a mouth that hangs after the dentist's numbing injection (`verdoofd van de tandarts, mond hangt scheef`);
// only a local one: a face that droops after waking from a general anaesthetic can be a stroke.
const DENTAL_NUMBING = gated(
  / (?:tandarts|dentist|dental|kaakchirurg|verstandskies|wisdom tooth|verdovingsprik|(?:local|plaatselijke) (?:anaesthetic|anesthetic|verdoving))(?= )/,
);

function isStroke(s: string): boolean {
  if (palsyDiagnosed(s) || DENTAL_NUMBING.test(s)) return false;
  if (FACE_DROOP.test(s) || STROKE_NOW.test(s)) return true;
  const speech = SPEECH.test(s);
  const limb = LIMB.test(s);
  if (speech && limb) return true;
  const acute = ACUTE.test(s);
  return (speech && acute) || (limb && (acute || ONE_SIDE.test(s)));
}

const any = (res: Rule[], s: string) => res.some((re) => re.test(s));
// Asking for information material about an emergency, not having one.
const INFO_ONLY = gated(/ (?:leaflet|folder|poster|cursus|course|training|workshop|voorlichting\w*|brochure)(?= )/);

// The words themselves ("zelfmoord", "suicide", "zelfdoding"): a crisis unless negated or the
// sentence is about information, prevention or an awareness day (recall first: a past attempt
// mentioned in a message to a care organisation still reaches a person at once).
const SUICIDE_WORD = rx(`${NOT_NEGATED} (?:zelfmoord|zelfdoding|suicide|suicidaal|zelfmoordneigingen|suicidale)(?= )`);
const SUICIDE_INFO = gated(
  / (?:(?:letter|record|records|dossier|brief|ontslagbrief|file|notes|verslag|bijsluiter|leaflet|package insert|patient information) (?:\w+ ){0,2}(?:say|says|said|state|states|stated|zegt|zeggen|vermeldt|noemt|mentions|warns)|(?:dossier|record|verslag|ontslagbrief|file|notes) (?:\w+ ){0,6}(?:staat|stond|states|stated)|nabestaand\w*|bereaved|bereavement|punchline|hot take|scriptie|thesis|dissertation|afstudeeronderzoek|profielwerkstuk|werkstuk|interview\w*|gastspreker|guest speaker|module|lesmodule|peer support|ervaringsdeskundig\w*|lived experience|hoofdstuk|chapter|lotgeno\w*|support groups?|rouw\w*|grief|beleid|policy|protocol|richtlijn|guideline|guidance|nazorg|postvention|aftercare|lesmateriaal|lesson plans?|teaching materials?|remember|herdenken|herdenking|herdenkt|lost to|verloren aan|in memory|ter nagedachtenis|thoughts are with|gedachten zijn bij|rip|\w*preventie|schoolkrant|school ?paper|(?:een )?stuk over|a piece (?:on|about)|assignment|opdracht|essay|huiswerk|homework|(?:overleed|overleden|died|passed away|stierf|gestorven) (?:\w+ ){0,3}(?:door|by|through|aan) (?:suicide|zelfdoding|zelfmoord)|prevention|awareness|(?:wandeling|wandelen|loop|lopen|walk|walking|run|mars|fietstocht|sponsorloop) (?:\w+ ){0,2}(?:tegen|voor|against|for) (?:\w+ )?(?:suicide|zelfdoding|zelfmoord)|bewustwording|campagne|campaign|share this|deel dit|saves lives|redt levens|rates?|cijfers|statistie\w*|figures|training|trainingen|cursus|course|hotline|helpline|webinar|lezing|boek|book|film|documentaire|documentary|serie|series|podcast|artikel|article|research|onderzoek|nieuws|news|bel 113|call 988|113 nl|0800 0113|gatekeeper|mental health first aid|(?:lost|verloren|verloor|verloren we|lost our) (?:\w+ ){0,3}(?:to|aan) (?:suicide|zelfmoord|zelfdoding)|krant|newspaper|(?:het )?aantal|number of|(?:vroeg|vraagt|asked|asks) (?:\w+ )?wat (?:\w+ )?(?:zelfmoord|suicide|zelfdoding) (?:is|betekent)|what (?:suicide|zelfmoord) (?:is|means)|use code|first month free|free trial|order (?:today|now)|bestel (?:nu|vandaag)|kortingscode|discount code|doctors do not want you to know)(?= )/,
);
// A general statement ("talking about suicide does not put the idea in someone's head") in a
// message that offers information elsewhere (a course, a day) has nobody in it.
const PERSONAL = gated(
  / (?:ik|i|me|mij|my|mijn|mezelf|myself|hij|zij|ze|he|she|his|her|him|haar|hem|zijn|zoon|dochter|son|daughter|vader|moeder|dad|mum|mom|vriend|vriendin|friend|broer|zus|brother|sister|partner|man|vrouw|husband|wife|we|wij|ons|onze|our|us)(?= )/,
);
function suicideWord(sentence: string, message: string): boolean {
  if (!SUICIDE_WORD.test(sentence) || SUICIDE_INFO.test(sentence)) return false;
  return PERSONAL.test(sentence) || !SUICIDE_INFO.test(message);
}

// Round 7: an advert (a code, a free trial, order today) that names suicide with nobody speaking in the
// first person sells something; it is no person in crisis.
const ADVERT = gated(
  / (?:use code|promo code|discount code|kortingscode|no win no fee|claim up to|apply (?:now|today|in \d+ min\w*)|consolidation loans?|code [a-z]+\d+|(?:eerste|first) (?:week|maand|month|les|lesson) (?:gratis|free)|first month free|free trial|gratis proef\w*|order (?:today|now|here)|bestel (?:nu|vandaag|hier)|shop now|buy now|koop nu)(?= )/,
);
const FIRST_PERSON = gated(/ (?:i|im|me|my|ik|mij|mijn|mn)(?= )/);

// Round 9: suicide as the subject of teaching or study (a module, a guest talk, an awareness morning, a
// dissertation) about a group of others (colleagues, older people, young people) is information.
const TEACHING = gated(
  / (?:(?:hoe|how) (?:\w+ ){0,3}(?:praat|praten|bespreek|bespreken|talk|discuss|explain|uitleggen|gesprek|conversation)|awareness|bewustwording|module|lesmodule|gastspreker|guest speaker|gastles|talk|lezing|workshop|training|cursus|course|dissertation|scriptie|thesis|profielwerkstuk|werkstuk|interview\w*|research|onderzoek)(?= )/,
);
const OTHERS_AS_GROUP = gated(
  / (?:(?:a|een) (?:colleague|collega|student|leerling|client|patient)|colleagues|collegas|ouderen|older people|the elderly|jongeren|young people|youth|teenagers|teens|students|studenten|leerlingen|pupils|clients|clienten|patients|patienten|kinderen|children|kids|(?:de|the|my|mijn) (?:klas|class)|klasgenoten|classmates|leidinggevenden|managers|medewerkers|employees|staff|personeel|(?:mijn|my|de|the|onze|our) (?:\w+)?(?:club|vereniging)|teamgenoten|teammates|vrijwilligers|volunteers)(?= )/,
);
// Round 19: asked ahead by one who works with patients, pupils or residents, about one of them saying so (not now).
const IF_ONE_SAYS = gated(
  / (?:als|wanneer|indien|if|when|whenever) (?:een|a|an|one of (?:my|our)|een van (?:mijn|onze)) (?:\w+ )?(?:patient|client|kind|kid|child|leerling|pupil|student|bewoner|resident|collega|colleague|klant|customer|deelnemer|jongere|young person|teenager|tiener|player|speler|athlete|sporter|member|lid|employee|werknemer|medewerker|volunteer|vrijwilliger)s? (?:\w+ ){0,4}(?:zegt|vertelt|aangeeft|says|tells|mentions|talks|discloses|admits)(?= )/,
);
// Round 27: a question practised in a course or a role play (`we practised asking: are you thinking about suicide?`),
// with nobody speaking of themselves in that sentence.
const PRACTISED_ASKING = gated(
  / (?:practised|practiced|practising|practicing|oefenden|geoefend|oefenen) (?:\w+ ){0,2}(?:asking|vragen|the question|de vraag)| (?:role ?play|rollenspel)(?= )/,
);
// Round 28: a carer's question told afterwards (`she asked whether I was thinking of suicide`) and answered
// no in the very next sentence (`I wasn't`, `ik zei nee`).
const ASKED_WHETHER = gated(
  / (?:asked|asks|vroeg|vraagt|gevraagd) (?:\w+ ){0,4}(?:(?:whether|if) i (?:was|were|am|had)|of ik (?:\w+ ){0,3}(?:was|ben|had|heb|zat|dacht))(?= )/,
);
const ANSWERED_NO =
  /^ (?:i was not|i wasnt|i am not|im not|i was not but|no i|nope|nee|ik zei nee|i said no|was ik niet|dat was ik niet|ben ik niet|dat ben ik niet|dat had ik niet)(?= )/;
// A parent or a friend asking how to talk about it (`hoe praat ik met mijn zoon over zelfmoordgedachten`).
const HOW_TO_TALK = gated(
  / (?:hoe|how) (?:\w+ ){0,5}(?:talk|praat|praten|bespreek|bespreken|bring up|raise|ask|vraag|vragen|aankaarten|beginnen) (?:\w+ ){0,5}(?:about|over|naar) (?:\w+ )?(?:suicide|zelfmoord\w*|zelfdoding|suicidal|suicidale|suicidaal)(?= )/,
);
// What a medicine's leaflet says, not said of oneself (`de bijsluiter noemt zelfmoordgedachten … die heb ik niet`).
const LEAFLET_SAYS = gated(
  / (?:bijsluiter|leaflet|package insert|patient information|bijwerkingen|side effects) (?:\w+ ){0,3}(?:zegt|zeggen|says|say|warns|mentions|noemt|vermeldt|staat|lists)(?= )/,
);
const HAVE_THEM = gated(/ (?:ik heb|i have|i am having|ik krijg|i get) (?:\w+ ){0,2}(?:zelfmoordgedachten|suicidal thoughts|thoughts of)(?= )/);
const leafletSays = (sentence: string) => LEAFLET_SAYS.test(sentence) && !HAVE_THEM.test(sentence);
const answeredNo = (sentence: string, i: number, all: string[]) => ASKED_WHETHER.test(` ${sentence} `) && ANSWERED_NO.test(` ${(all[i + 1] ?? '').trim()} `);
const withoutTeaching = (s: string) =>
  s
    .split(' . ')
    .filter((sentence, i, all) => !answeredNo(sentence, i, all) && !HOW_TO_TALK.test(` ${sentence} `) && !leafletSays(` ${sentence} `))
    .filter((sentence) => !(PRACTISED_ASKING.test(` ${sentence} `) && !FIRST_PERSON.test(` ${sentence} `)))
    .filter((sentence) => !(TEACHING.test(` ${sentence} `) && OTHERS_AS_GROUP.test(` ${sentence} `)))
    .filter((sentence) => !(IF_ONE_SAYS.test(` ${sentence} `) && !TODAY_OR_NOW.test(` ${sentence} `)))
    .join(' . ');

/** The kind of crisis in one normalised reading, or null. */
export function crisisIn(reading: string): CrisisKind | null {
  const s = withoutFigures(reading);
  if (pastAndRecovered(s)) return null;
  const advert = ADVERT.test(s) && !FIRST_PERSON.test(s);
  // Round 9: an advert with nobody speaking in the first person raises no crisis of any kind.
  if (advert) return null;
  const taught = withoutTeaching(s);
  if (any(STRONG_SUICIDE, taught) || WEAK_SUICIDE.filter((re) => re.test(taught)).length >= 2) return 'suicide';
  if (taught.split(' . ').some((sentence) => suicideWord(` ${sentence} `, taught))) return 'suicide';
  const concept = conceptCrisis(s);
  if (concept === 'suicide') return concept;
  // Despair with a medicine named: medicine at hand for an overdose.
  if (despairIn(s) && DESPAIR_MEDICINE.test(s)) return 'suicide';
  // A medical emergency told as over and settled (last week … all went well, thanks) is not one now.
  if (pastAndSettled(s)) return null;
  if (any(UNRESPONSIVE, s) && !INFO_ONLY.test(s)) return 'unresponsive';
  // A small amount, spat out, or a doctor's all-clear: "een klein beetje afwasmiddel geproefd".
  const minor = MINOR.test(s);
  if (any(POISONING, s) && !(PERMISSION.test(s) && !INGESTED_RE.test(s)) && !minor) return 'poisoning';
  if (CHILD_RE.test(s) && CHEMICAL_RE.test(s) && (INGESTED_RE.test(s) || MOUTH_SIGN.test(s)) && !minor) return 'poisoning';
  // Round 24: a chemical in the eye (`ontstopper in mijn oog`).
  if (CHEMICAL_RE.test(s) && IN_THE_EYE.test(s) && !minor) return 'poisoning';
  if (any(CHEST_RULES, s)) return 'chest-pain';
  if (s.split(' . ').some((sentence) => !RECURRING.test(` ${sentence} `) && !DAYS_LONG.test(` ${sentence} `) && any(HEADACHE, ` ${sentence} `)))
    return 'headache';
  if (isHeavyBleeding(s)) return 'bleeding';
  if (isStroke(s)) return 'stroke';
  return emergencyIn(s) ?? concept;
}
