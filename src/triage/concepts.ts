// Crisis from the situation's meaning rather than a phrasing: broad concept lexicons (Dutch and
// English, with inflections, compounds and chat spellings as word prefixes) that make a crisis only
// when two concepts meet in the message: despair + means, despair + a goodbye, blood + not
// stopping, an allergen + swelling or no air, a vulnerable person + missing, a weapon or blows +
// now. Recall first; written from the triage protocols' questions (NTS, NHS 111, 113), not from
// messages. Runs after the per-kind rules (crisis.ts), on a reading without figures of speech.
// Whole words; an entry ending in \w* is a stem (inflections, compounds).
import { CATEGORY_CONCEPTS } from './categories.ts';
import { TEN_OR_MORE_WORDS } from './counts.ts';
import { LAUGH } from './figures.ts';
import { gated, type Rule } from './word-gate.ts';

const c = (s: string) => gated(new RegExp(` (?:${s})(?= )`));

// Despair, being done with life: said many ways, never alone a crisis.
const DESPAIR = c(
  'niemand (?:\\w+ )?(?:op me|op mij) (?:wacht|zit te wachten)|(?:no one|nobody|noone) (?:is )?waiting for me|(?:iemand|persoon|patient|mens) minder|one (?:less|fewer) (?:person|patient|mouth)|(?<!(?:heeft|hebben) (?:dat|het|die|deze|dit) )geen zin meer|(?:wil|want) (?:\\w+ )?(?:dat )?(?:alles|everything|it all|het) (?:\\w+ )?(?:stopt|ophoudt|to stop|to end|over is)|make (?:it|everything) (?:all )?stop|(?:ben|zijn|bent|zal|zou|is) er (?:\\w+ ){0,3}niet meer(?: zijn)?|er niet meer (?:zijn|ben|wil zijn)|(?:no one|nobody|noone) (?:would|will|is going to) (?:care|notice|miss)|niemand (?:zou|zal|gaat) (?:het |me |mij )?(?:merken|missen|schelen)|(?:if|als) (?:i|ik) (?:disappeared|was gone|were gone|wasnt here|died|dood (?:was|ben|ga)|weg (?:was|ben)|er niet meer (?:was|ben))|trek (?:het|dit) (?:echt )?niet(?: meer| langer)?|can not take (?:it|this|any)\\w*|cant take (?:it|this)|heeft (?:allemaal )?geen zin|zinloos|no point|pointless|whats the point|geen uitweg|no way out|(?:ik )?kan (?:dit |het )?niet meer(?! (?!leven|verder|door)\\w+en(?= ))|can not (?:do (?:this|it) )?(?:any ?more|go on|cope)|(?:so |zo )?done with (?:everything|it all|life)|klaar (?:mee|met alles|met het leven(?! van \\d))|(?:ben|is) (?:er )?klaar mee|give up|opgeven|geef het op|tired of (?:living|life|everything)|(?:het leven|life) (?:niet langer|niet meer|no longer) (?:wens|wil|want|wish) (?:voort te zetten|te leven|to continue|to go on)|(?:wens|wil) (?:\\w+ )?(?:het|mijn) leven (?:niet langer|niet meer) voort te zetten|(?:tired|sick) (?:of|from) (?:this|my) life|moe van dit leven|moe van het leven|levensmoe|(?:het )?leven is (?:\\w+ )?te zwaar|life is (?:just )?too (?:hard|heavy)|(?:enige|only) (?:optie|uitweg|oplossing|option|way out|solution) (?:die|that) (?:ik|i) (?:nog )?(?:zie|see|heb|have)|hopeless|hopeloos|uitzichtloos|niemand (?:zal|gaat) me missen|(?:nobody|no one) (?:will|would) (?:miss|notice)|(?:beter|better) (?:af )?(?:zonder mij|off without me)|zonder (?:mij|me) (?:\\w+ )?beter af|(?:beter|better) (?:zo |this way |off )?(?:voor|for) (?:iedereen|everyone|everybody)|ik geef (?:het )?op|last voor iedereen|a burden|een last|wil (?:er )?niet meer|dont want to (?:be here|live|exist|go on)|end (?:it|this|everything)|ending it|eind(?:e)? (?:aan|maken)|er een eind|ik wil slapen en|sleep forever|deserves? (?:better|beter) (?:than me|dan mij|dan ik)|verdien\\w* beter (?:dan mij|dan ik)|(?:wont|will not|niet langer) (?:be )?(?:een last|a burden)|niet meer wakker|never wake|stoppen(?: \\w+)? met alles|stop with everything|stopping everything|(?:redden|red|redt|kunnen|manage|cope|be fine|fine|okay|ok|beter af) (?:\\w+ ){0,2}(?:zonder mij|without me)|(?:zo )?moe van alles|(?:thats|that is) me done',
);
// Means or a place to end one's life.
const MEANS = c(
  'middelen|the means|voorraad|supply|stash|hose|slang|touw|rope|strop|noose|riem om|belt round|pillen|pills|tabletten|tablets|meds|medicijnen|medication|slaappil\\w*|sleeping (?:pills|tablets)|opgespaard|gespaard|saved up|stockpil\\w*|hoarded|verzameld|mes(?:je)?|knife|knives|scheermes|razor|blade|mesjes|snij\\w*|cut(?:ting)?|brug|bridge|spoor|trein|train|tracks|rails|perron|dak|roof|klif|kliffen|cliffs?|viaduct|balkon|balcony|multi ?storey|car park|parkeergarage|springen|spring|jump\\w*|gas|uitlaat|exhaust|ophangen|hang myself|verdrinken|drown|water in lopen|walk into the (?:sea|water)',
);
// A goodbye, or things put in order.
const GOODBYE = c(
  "(?:zullen|zal|gaan|gaat) (?:\\w+ ){0,2}(?:me|mij) (?:\\w+ ){0,2}(?:niet meer|nooit meer) (?:zien|horen)|(?:wont|will not|will never|never) (?:\\w+ )?see me (?:again|anymore|any more)|afscheid|vaarwel|(?:lag|ligt) (?:echt |zeker |nooit )?niet aan (?:haar|hem|jou|jullie|u|hun|hen)|niet aan (?:haar|hem|jou|jullie|u|hun|hen) (?:lag|ligt)|(?:you|jullie|they) (?:all |allemaal )?(?:tried|hebben het geprobeerd)|zorg (?:goed )?voor (?:mijn |mn )?(?:mama|papa|mam|pap|ma|pa|mum|mom|dad|de kinderen|the kids)|doe (?:de )?groeten aan (?:iedereen|allemaal|jullie allemaal)|peace out|adios|adieu|ta ?ra|het ga (?:jullie|je|u) goed|(?:thanks|thx|bedankt|dank) (?:\\w+ )?(?:for|voor) (?:the|de|alle) (?:good times|memories|mooie (?:tijd|tijden|jaren)|herinneringen)|(?:please )?look after (?:my|mijn|mn) \\w+|(?:mijn|my) laatste (?:dag|avond|nacht)|my last (?:day|night)|(?:het|t|tis|t is) (?:is )?goed zo|final (?:post|message|words)(?! (?:of|van|for|voor) (?:the |this |dit |deze |het |de )?(?:day|dag|week|year|jaar|season|seizoen|series|serie|month|maand|vandaag|today))|(?:wont|will not) be (?:posting|around|here) (?:again|anymore|any more)|(?:tried|did|done) (?:(?:your|their|his|her|its) )?(?:very )?best|(?:who|center|centre|team|they|you) tried|nog (?:een|1) keer (?:\\w+ ){0,3}(?:zien|spreken|knuffelen|horen|vasthouden) (?:voordat|voor)|(?:hebben|heeft|hebt) (?:je|jullie|hun|zijn|haar) best gedaan|thanks? (?:you )?for the (?:laughs|years|memories)|(?:bedankt|dank) voor (?:de|alle) (?:jaren|mooie jaren|herinneringen)|love (?:always|you always)|(?:cancelled|canceled|opgezegd|zeg \\w+ op) (?:\\w+ ){0,3}(?:contract|abonnement|subscriptions?|lidmaatschap|membership)|ik ga (?:nu )?rusten|(?:one|een|1|één) (?:last|final|laatste) (?:time|keer)|voor de laatste keer|for the last time|voordat ik ga|before i go|(?:gedag|dag|doei) (?:\\w+ )?gezegd|said (?:my )?goodbyes?|het is goed zo|(?:hoeft|hoef) (?:\\w+ )?niet meer voor mij|made my peace|vrede (?:mee )?gesloten|(?:my|mijn) last post|laatste post|look after \\w+(?: \\w+)? for me|zorg (?:goed )?voor \\w+(?: \\w+)? voor mij|(?:dat )?ik van (?:haar|hem|je|jou|jullie) hou|i love (?:her|him|you|them)|niet (?:haar|jouw|zijn|jullie|jouw) schuld|not (?:her|your|his|their) fault|(?:my|mijn) (?:own )?(?:funeral|begrafenis|uitvaart)|ik ga nu|im going now|i am going now|ik kom niet meer|spullen (?:\\w+ )?weggegeven|(?:given|gave) (?:\\w+ )?(?:away|my stuff)|kat gaat naar|dank (?:jullie|je|u) voor het proberen|thank you for trying|thanks for trying|bedankt voor alles|dank voor alles|dank(?:je|jewel|uwel|je wel|u wel) voor alles|thanks for everything|thank you for everything|goodbyes?|good bye|farewell|bye|doei|doeg|dag dag|byee+|(?:geen|no) zorgen meer (?:om|over|about) (?:mij|me)|(?:hoeft|hoeven|hoef|need|have) (?:\\w+ ){0,4}(?:je|jullie|you|u) (?:\\w+ ){0,2}(?:geen zorgen|nooit (?:meer )?zorgen|not worry|never worry)|(?:stop|no longer|never (?:have to|need to)) (?:\\w+ )?worry(?:ing)? about me|(?:iedereen|everyone|everybody|all my \\w+) (?:\\w+ ){0,2}(?:bericht\\w*|appje\\w*|message\\w*|text\\w*)|(?:messaged|texted|called|belde|appte) (?:\\w+ ){0,2}(?:everyone|everybody|iedereen)|(?:zaken|zaakjes|alles|papieren|affairs|everythings?|things|my stuff) (?:\\w+ ){0,2}(?:op orde|in order|geregeld|sorted|arranged)|(?:sorted|arranged|put|settled|regel|regelde|geregeld) (?:\\w+ ){0,2}(?:affairs|papers|papieren|zaken)|(?:feeds?|voer|voeren|voert) (?:my|mijn|mn|her|him|haar|hem|the cat|the dog|de kat|de hond)|(?:pas|let) (?:goed )?op (?:jezelf|elkaar|jullie zelf)|zorg (?:goed )?voor (?:jezelf|elkaar)|vrede (?:met|mee) (?:mijn|de|het) (?:keuze|beslissing|besluit)|at peace with (?:my|the|this) (?:decision|choice)|take care of (?:yourself|yourselves|each other)|thanks? (?:you )?for the memories|bedankt voor (?:de herinneringen|alle jaren)|(?:wont|will not) be (?:around|here)|(?:hoef|hoeft|hoeven) (?:\\w+ ){0,4}(?:geen|niet) (?:\\w+ ){0,3}meer voor (?:me|mij)|(?:wont|will not|no longer) need (?:\\w+ ){0,4}(?:anymore|any more|again)|brie\\w* (?:\\w+ ){0,5}(?:geschreven|achtergelaten|neergelegd|gepost|verstuurd|op de post)|(?:wrote|written|left) (?:\\w+ ){0,3}(?:letters?|notes?)|(?:foto|picture|pic|photo|snap)\\w* (?:van|of) (?:\\w+ ){0,3}(?:\\w*pillen|\\w*pills|\\w*tabletten|tablets|meds|touw|rope|mes|mesje|messen|knife|knives|blades?|\\w*scheerme\\w*|razors?)|bye (?:all|everyone|world)|dag allemaal|doei allemaal|tell (?:my|him|her|them)\\w* (?:\\w+ )?(?:i love|that i love|sorry)|zeg (?:tegen )?(?:mijn|mn|m'n) \\w+ dat ik|laterz|laters|latertjes|love you all|hou van jullie|(?:ik )?vind jullie (?:allemaal )?(?:zo |heel |erg )?lief|ik jullie (?:allemaal )?(?:zo |heel |erg )?lief vind|(?:zorg|take care) (?:goed )?(?:voor|of) (?:mijn|mn|my)|gaat naar (?:mijn|mn)|alles is geregeld|everything is (?:sorted|arranged|in order)|brief (?:geschreven|achtergelaten)|left a note|wrote a note|testament|spullen weggegeven|gave (?:away|my stuff)|sorry voor alles|sorry for everything|vergeef me|forgive me|laatste bericht|last message",
);
const NOW = c(
  'up here|hierboven|hier boven|\\d+ hours ago|\\d+ uur geleden|dark|donker|vriest|freezing|ineens|opeens|plotseling|suddenly|sudden|plots|nu|net|zojuist|meteen|vanavond|vannacht|vandaag|straks|tonight|today|now|right now|just|currently|soon|al \\d+ uur|for \\d+ hours|its been \\d+|sinds vanochtend|since this morning|help|hulp|112|999|911|ambulance|snel|quick|asap',
);

// Bleeding that does not stop.
const BLOOD = c('bloed(?!afname|prik|test|onderzoek|druk|suiker|waarde|groep|verdun)\\w*|bled|bleed\\w*|blood(?! thinn| pressure| sugar| test)\\w*');
const NOT_STOPPING = c(
  'loopt (?:van|over) (?:het|de) (?:\\w+ )?(?:bed|bank|stoel|vloer) (?:af|heen)|(?:running|dripping|pouring) (?:off|onto|down) the (?:bed|sofa|chair|floor)|door (?:\\w+ ){0,2}(?:\\w*handdoek\\w*|verband|\\w*pleister\\w*|kleren|shirt|\\w*doek\\w*|lakens?|tampons?|maandverband) heen|blijft (?:maar )?komen|through (?:\\w+ ){0,3}(?:towels?|pads?)|pump\\w*|through the towel|door de handdoek|door\\w* heen|blijft komen|keeps coming|(?:get|krijg) (?:it|het|t) (?:\\w+ )?(?:to )?stop\\w*|niet (?:te )?(?:stoppen|stelpen)|niet gestopt|(?:krijg|krijgen) (?:het|t) niet (?:gestopt|dicht)|houdt niet op|stopt niet|blijft (?:maar )?bloeden|spuit|gutst|stroomt|overal|doorweekt|doordrenkt|plas bloed|not stopping|wont stop|will not stop|can not stop|cant stop|keeps bleeding|everywhere|soaked|spurting|pouring|gushing|pool of',
);

// An allergen or sting, and swelling or no air.
const ALLERGEN = c(
  'wesp\\w*|\\w*steek|gestoken|sting|stung|bee|wasp|pinda\\w*|peanuts?|noot|noten|nut|(?<!(?:gone|going|goes|go|went|drives? me|driving me) )nuts|allergi\\w*|allerg\\w*|shellfish|schaaldier|antibiotic|penicilline|epipen|epi pen',
);
// Hay fever swells the eyes every spring: not an allergic emergency without breathing trouble.
const HAY_FEVER = c('hooikoorts|hay ?fever|pollen');
// Round 24: not denied (`no swelling`).
const SWELLING = c(
  '(?<!(?:no|geen|without|zonder|niet) )(?:zwel\\w*|zwol\\w*|opgezwollen|dik(?:ke|ker)?|swell\\w*|swollen|puff(?:ed|ing|y)? ?(?:up)?|hives|netelroos|bulten over)',
);
// Where swelling means danger: the airway and the face, or the whole body (not a local bite).
// Round 32: not when denied (`niks in mn gezicht`, `nothing on her face`).
const FACE = c(
  '(?<!(?:niks|niets|nothing|not|geen|no) (?:in |on |aan |op )?(?:mn |mijn |my |her |his |zijn |haar |het |the )?)(?:gezicht|face|lip|lippen|lips|tong|tongue|keel|throat|ogen|eyes|oogleden|eyelids|mond|mouth|hele lijf|whole body|overal|all over)',
);
const AIR_OR_FAINT = c(
  'dichtgaat|dichtgaan|dicht gaat|dichtzit|gaat dicht|closing up|closing|benauwd|krijgt? (?:het )?(?:geen|moeilijk) (?:lucht|adem)|geen lucht|ademt? (?:moeilijk|zwaar|raar)|piept|wheez\\w*|can not breathe|cant breathe|(?:struggling|trouble|difficulty|hard) (?:to )?breath\\w*|short of breath|keel (?:zit )?dicht|throat (?:is )?(?:closing|tight)|kan niet (?:meer )?slikken|can not swallow|flauw\\w*|faint\\w*|passed out|duizelig|dizzy',
);

// A vulnerable person missing.
const VULNERABLE = c(
  'oude (?:dame|man|vrouw|meneer|mevrouw|heer)|oudere (?:dame|man|vrouw|heer)|bejaarde\\w*|old (?:lady|man|woman|gentleman|boy|dear)|elderly|(?:meneer|mevrouw|bewoner|bewoonster|resident|patient|patiente|the man|the lady|de man|de vrouw) (?:van|from|in|op) (?:kamer|room|bed) \\d+|dement\\w*|alzheimer\\w*|vergeetachtig\\w*|forgetful|verward|confused|in de war|autis\\w*|kind|kindje|zoon|dochter|child|son|daughter|toddler|peuter|kleuter|\\d+ ?jarig|\\d+ (?:jaar|years?) old|opa|oma|grandad|granddad|grandpa|grandma|nan|gran|vader|moeder|dad|mum|mom|mother|father|suicidal|suicidaal',
);
const MISSING = c(
  '(?:is|zijn) al (?:uren|urenlang|een tijd|hours) zoek|zwerft|zwerven|dwaalt|wandered off|wandering off|slipped out|sneaked out|snuck out|(?:naar buiten|weg) ?geglipt|(?:van|from) (?:de|the) (?:gesloten|closed|locked) (?:afdeling|ward|unit) (?:afgelopen|weggelopen|gelopen|walked|wandered)|is not back|isnt back|nog (?:steeds )?niet thuis|not home yet|still not home|verdwenen|disappeared|not back yet|nog niet terug|niet terug|weg uit|is weg|(?:de )?deur uit\\w*|zoeken (?:al|hem|haar)|we zoeken|searching|looking for (?:him|her)|wrong stop|(?<!(?:we|i|ive|weve|they|have|had|just|sadly) )lost(?! (?:his|her|my|their|our) (?:\\w+ )?(?:brother|sister|son|daughter|wife|husband|partner|mum|mom|mother|dad|father|child|baby|friend|twin|uncle|aunt|grandma|grandad)s? (?:to|a few|years|last|\\d+|in \\d+)| weight| \\d+ (?:kg|kilo|pounds|lbs|stone)| (?:his|her|my|their|our) (?:\\w+ )?(?:hearing aids?|glasses|teeth|dentures|phone|keys|wallet|purse|job|ring|bag|coat|card))|verdwaald|(?:politie |police )?(?:zoekt|zoeken|searching) (?:al|naar|for)|weg van (?:de|het|huis|thuis) \\w*|phone is dead|telefoon (?:is )?leeg|(?:is|zijn|raakte|geraakt) zoek|zoek (?:hem|haar)|kwijt|vermist|(?<!(?:niet|nooit) (?:meer )?)weggelopen|weggedwaald|niet (?:meer )?(?:thuis|terug)gekomen|niet te vinden|nergens te vinden|missing|wandered|gone missing|run away|ran away|can not find|cant find|naar buiten gelopen|(?:niemand weet|weet niemand|nobody knows|no one knows) waar|left the house|left home|walked out|out the door|het huis uit|weggegaan|ontsnapt|escaped|got out|(?:no idea|geen idee) waar (?:ze|hij|she|he) (?:is|zit|uithangt|has gone|went|is gebleven)|(?:weet|weten|know) (?:\\w+ )?niet waar (?:ze|hij|zij) (?:is|woont|zit)|weggereden|drove off|driven off|not answering|neemt niet op|heeft iemand (?:\\w+ ){0,3}gezien|has anyone seen|have you seen|not come home|not came home|hasnt come home|has not come home',
);
// How long or where someone has been gone (missing needs no "now": a night out is urgent).
const MISSING_TIME = c(
  'al uren|for hours|ergens (?:rond|buiten)|somewhere|sinds \\w+|since \\w+|(?:met|in) de auto|(?:in|by) (?:the|his|her) car|gister\\w*|nachtpon|nachthemd|vriezen|vriest|this (?:morning|afternoon|evening)|vanochtend|vanmiddag|gisteravond|gisteren|yesterday|last night|overnight|all night|de hele nacht|nog (?:steeds|altijd) niet|still not|politie|police|anywhere|nergens|\\d+ (?:uur|hours?)|(?:een|twee|drie|vier|vijf|one|two|three|four|five|an) (?:uur|hours?) (?:geleden|ago)|koud|cold|regen|rain|nightgown|nachtjapon|pyjama|pajamas|geen jas|no coat|regen\\w*|raining|slippers|pantoffels|sloffen|barefoot|blootsvoets',
);
// Found again: a missing person back.
const FOUND = c(
  'brought (?:her|him|them) (?:home|back)|(?:shes|hes|she is|he is|they are) (?:fine|ok|okay|safe)|bracht (?:haar|hem) (?:thuis|terug)|teruggevonden|gevonden|found (?:her|him|them)|vond(?:en)? (?:haar|hem)|ongedeerd|unharmed|unhurt|(?:is|was) (?:weer )?terug|back home|weer thuis|safe now|veilig',
);
// An accident (a fall from a bike, hit by a car) and a grave sign in the one hurt.
const ACCIDENT = c(
  'aangereden|aanrijding|hit by (?:a )?(?:car|van|bus|truck|lorry)|knocked (?:down|over)|run over|overreden|van (?:de|zijn|haar|het) (?:fiets|trap|steiger|paard|scooter) (?:af )?gevallen|fell off|ongeluk|accident|crash\\w*|gecrasht|botsing|collision',
);
const GRAVE_SIGN = c(
  '(?:ligt|lies|lying|is lying) (?:\\w+ )?(?:stil|still|motionless)|bewegingloos|motionless|beweegt niet|not moving|bloedt uit (?:zijn|haar|het) (?:hoofd|oor|oren|neus en oren)|bleeding from (?:his|her|the) (?:head|ear|ears)|bewusteloos|unconscious|knocked out|niet aanspreekbaar|not responding|unresponsive|(?:can not|cant) (?:feel|move) (?:his|her|my) (?:legs|arms)|voelt (?:zijn|haar) benen niet',
);

// Leaving a job, a home or for a holiday: the goodbye words of an ordinary farewell.
const LEAVING = c(
  '(?:leaving|leave|quitting|quit|deleting|delete|verlaat|verlaten|stop met|stoppen met|weg van|weg bij|off) (?:\\w+ )?(?:facebook|fb|insta|instagram|twitter|tiktok|snapchat|social media|socials|(?:this|dit|deze) (?:app|platform|forum|site|groep|group))|(?:after|na) (?:\\d+|twenty|thirty|forty|fifty|twintig|dertig|veertig) (?:\\w+ )?(?:years|jaar) (?:on|at|op|bij|as|als|in) (?:the |de |het |a |an |een )?(?:ward|afdeling|unit|team|poli|\\w+ ?\\d+)|(?:\\d+|twenty|thirty|forty|fifty|twintig|dertig|veertig) (?:\\w+ )?(?:years|jaar) (?:as|als) (?:a |an |een )?\\w+ (?:clerk|nurse|verpleegkundige|secretaresse|secretary|porter|doctor|arts|verzorgende|volunteer|vrijwilliger)|(?:ik ga|ga even|im going to|im off to|off to) (?:\\w+ )?(?:koffie|coffee|lunch|boodschappen|shopping|naar huis|home)(?: \\w+)? (?:halen|doen|get|getting)?|(?:zeg|opzeggen|op te zeggen|cancel\\w*) (?:\\w+ ){0,4}(?:abonnement|lidmaatschap|subscription|membership)|(?<!geen )pensioen\\w*|(?<!(?:not|never) )retire\\w*|(?<!(?:not|never) )retiring|(?<!(?:geen|niet voor een|niet om een|no|not a|not for a) )(?:nieuwe baan|new job)|nieuwe uitdaging|new challenge|verhui[sz]\\w*(?<!(?:niet|geen) verhui[sz]\\w*)(?! niet)|(?<!(?:not|never) )moving (?:away|house|to|out of (?:my|our|the) (?:\\w+ )?(?:flat|room|house|halls|dorm))|laatste (?:werk)?(?:dag|dienst) (?:\\w+ )?(?:bij|op|hier|na)(?! (?:\\w+ )?(?:aarde|deze wereld))|last shift|(?:after|na) (?:\\d+|twenty|thirty|forty|fifty|twintig|dertig|veertig) (?:\\w+ )?(?:years|jaar) (?:in|at|bij|op) (?:the |de |het )?\\w*(?:zorg|care|nursing)|(?:stop|stopping|stoppen|quit|quitting|weg) (?:\\w+ )?(?:met |from |of )?(?:social media|facebook|instagram|insta|twitter|tiktok|vloggen|vlog\\w*|streamen|streaming|podcast\\w*|youtube|twitch|reddit)|(?:uninstall\\w*|deinstall\\w*|verwijder\\w*|deleted|deleting) (?:\\w+ )?(?:reddit|tiktok|insta\\w*|facebook|twitter|x|snapchat|the app|de app)|(?:delete|deleting|verwijder|verwijderen) (?:\\w+ )?(?:account|profiel|profile)|packing (?:\\w+ ){0,6}(?:boxes|into boxes)|verhuisdozen|last day (?:at|on|here|of work)|afscheidsfeest\\w*|afscheidsreceptie|leaving do|farewell party|(?<!(?:not a|not on|geen|no) )(?<!(?:denkt|denken|dacht|dachten|thinks|think|thought) (?:dat |that )?(?:ik|i|im|i am) (?:\\w+ )?(?:op|on|going on) )(?<!(?:psychiater|therapeut|behandelaar|psycholoog|huisarts|begeleider|psychiatrist|therapist|counsellor|counselor|gp|psychologist|dochter|zoon|moeder|vader|buurvrouw|buurman|collega|verloskundige|daughter|son|mum|mom|dad|neighbour|neighbor|colleague|aider|midwife|nurse|doctor|boss|baas) (?:\\w+ ){0,2})(?:vakantie|holiday|vacation|verlof)|camping|camper|campervan|motorhome|relocat\\w*|(?:off to|moving to|flying to|verhuis naar|vertrek naar) (?:\\w+ ){1,2}(?:for work|voor (?:mijn )?werk)|(?:after|na) \\d+ (?:years|jaar) (?:as|at|with|als|bij) (?:a |an |the |de |het )?\\w+|sabbatical|internship|stage(?! (?:opdracht|verslag|boek|map|opdrachten))|emigra\\w*|(?:closed|closing|close|sluiten|sluit|sloten) (?:\\w+ ){0,2}(?:doors|deuren)(?! (?:\\w+ ){0,3}(?:on me|voor mij))|(?:building|pand|praktijk|winkel|shop|surgery|practice|zaak|cafe|salon)s? (?:is |has been |wordt |werd |al )?(?:sold|verkocht)|festival\\w*|weekendje weg|citytrip|(?:sleutels?|keys?) (?:\\w+ ){0,6}(?:ingeleverd|inleveren|handed (?:in|back)|returned|teruggegeven)|(?:handed|gave) (?:in|back) (?:the|my|our) keys|(?:pagina|page|account|kanaal|channel) (?:\\w+ ){0,3}(?:wordt|is|will be) (?:\\w+ ){0,2}(?:beheerd|overgenomen|run|managed|taken over) (?:door|by)',
);

// Violence now: a weapon with a threat, or blows with here-and-now or fear.
// Round 26: a finger cut with a kitchen knife is an accident, not a weapon.
const OWN_CUT = c('(?:cut|sneed|gesneden) (?:in )?(?:my|mijn|mn|his|her|zijn|haar) (?:\\w+ )?(?:finger|thumb|hand|vinger|duim)');
const WEAPON = c('iets scherps|something sharp|knuppel|honkbalknuppel|baseball bat|mes|messen|knife|knives|pistool|gun|vuurwapen|wapen|weapon|bijl|axe');
// A long gun is often kept lawfully at home (a hunter, a club): only with a threat.
const LONG_GUN = c('rifle|shotgun|\\w*geweer');
// Stop 19: someone saying they carry a bomb (not one baked or made for a contest, not said laughing).
const BOMB_CLAIM = c(
  '(?:zegt|roept|schreeuwt|beweert|says|saying|shouts|shouting|yells|yelling|claims) (?:\\w+ ){0,4}(?:dat )?(?:hij|zij|ze|he|she|they|iemand|someone) (?:\\w+ )?(?:een|a) (?:bom|bomb)(?! (?:\\w+ )?(?:gemaakt|gebakken|made|baked))',
);
const LAUGHING = c(LAUGH);
const FICTION = '(?:\\w*film|movie|serie|series|horror\\w*|slasher\\w*|thriller|game|boek|book|aflevering|episode|netflix)';
const FICTION_TAKEN_IN = c(
  `${FICTION} (?:\\w+ ){0,2}(?:gekeken|gezien|watched|seen|gespeeld|played|gelezen|read)|(?:gekeken|keken|watched|watching|kijken|played|playing|speelde|gespeeld|reading|lezen|las|saw) (?:\\w+ ){0,3}${FICTION}`,
);
// Round 6: an everyday object (a chair, a bottle) is a weapon only when swung, thrown or threatened with.
const OBJECT = c('schaar|scissors|stoel|chair|bat|fles|bottle|hamer|hammer|syringe|spuit|injectiespuit|naald|needle|scherf|shard|glass');
const HOLDING_OBJECT = c('(?:met|with) (?:een|de|zijn|haar|a|the|his|her) (?:schaar|scissors|stoel|chair|bat|fles|bottle|hamer|hammer)');
const THREAT = c(
  '(?:komt|komen|coming|come) (?:\\w+ ){0,5}(?:te pakken|af te maken|neer te schieten|te grazen te nemen)|(?:come|coming) (?:\\w+ ){0,3}(?:after|for|to get) (?:me|her|him|us|you)|(?:hell|shell|ill|theyll|youll) (?:\\w+ )?(?:kill|murder|stab|hurt)|swinging|slingert|gooit met|throwing|dreig\\w*|bedreig\\w*|threat\\w*|(?:wil|gaat|going to|wants to|will) (?:\\w+ )?(?:vermoorden|doodmaken|kill|murder|steken|stab)|kill (?:me|us|her|him|my \\w+)|vermoordt|zwaait|waving|pointing',
);
const BLOWS = c(
  '(?:slaat|schopt|hits|is hitting|hitting|attacks|is attacking|attacking|beats|beating|kicks|kicking|punches|punching) (?:\\w+ ){0,6}(?:verpleegkundige|verpleger|nurse|medewerker|staff member|carer|verzorgende|collega|colleague)|(?:getting|being|gets|got|wordt|worden|werd) (?:\\w+ )?(?:kicked|beaten|stabbed|attacked|punched|assaulted|jumped|in elkaar (?:geslagen|getrapt|geschopt)|geslagen|geschopt|getrapt|neergestoken|mishandeld|aangevallen)|kicked in|in elkaar (?:geslagen|getrapt)|vechtpartij|gevecht|(?:a|een) fight|fighting|vechten|(?:slaat|sloeg|schopt|schopte|wurgt|wurgde|duwt|mishandelt) (?:\\w+ )?(?:me|mij|ons|haar|hem|de kinderen|mn|mijn)|geslagen|mishandel\\w*|(?:hits|hit|hitting|beats|beat|beating|punches|punched|punching|kicks|kicked|kicking|strangl\\w*|choking|chokes) (?:me|us|her|him|my)|aangevallen|aanvalt|(?<!(?:panic|heart|asthma|anxiety|migraine|allergy|allergic) )attack\\w*|stabbed|gestoken',
);
const HERE_NOW = c(
  'schreeuwt|screaming|shouting|durft|dare|(?:typ|typing) (?:dit|this)|wachtkamer|waiting room|kan iemand komen|can someone come|send someone|stuur iemand|opgesloten|locked (?:myself |ourselves |us )?in|verstopt|hiding|weer|again|voor de deur|aan de deur|in huis|binnen|hier|at the door|outside my|in the house|in my house|here|right now|nu|now|op dit moment|at the moment|help|kom snel|come quick|bang|scared|afraid|112|999|911|politie|police',
);

// Pregnancy with a danger sign (pre-eclampsia, bleeding, pain, no movement).
const PREGNANT = c(
  'zwanger\\w*|pregnan\\w*|(?:about|around|ongeveer|bijna|nearly|rond) \\d+ (?:weken|weeks)|positive test|positieve test|weken zwanger|weeks pregnant|(?:ben|am|im|is|at) \\d+ (?:weken|weeks)|\\d+ (?:weken|weeks) (?:along|gestation|zwanger)|uitgerekend|due date|baby in (?:mijn|my) buik',
);
// Round 10: not a sign said to be absent (`geen bloed, geen pijn`).
const PREGNANCY_DANGER = c(
  '(?<!(?:geen|no|zonder|without|niet) (?:\\w+ (?:or|of|en|and|nor|noch) )?)(?:(?:erge|hevige|heftige|vreselijke|bad|severe|terrible|splitting|worst) (?:hoofdpijn|headache|buikpijn|pain|pijn)|(?:sharp|stabbing|stekende) (?:\\w+ )?pain|stekende pijn|shoulder tip|schouderpunt|(?:nearly |almost |bijna )?(?:fainted|flauwgevallen|flauw gevallen)|sterretjes|lichtflitsen|flitsen|flashing|flashes|awful (?:headache|pain)|swollen|opgezwollen|wazig zien|blurred|blurry|spots in|seeing spots|bloed\\w*|bleed\\w*|blood|vruchtwater|waters (?:broke|broken)|voel (?:de baby|hem|haar) niet (?:meer )?bewegen|not (?:felt|feeling) (?:the )?baby move|baby (?:not|isnt|is not|niet) (?:moving|bewegen|beweegt)(?! (?:as|so|zo) (?:much|often|veel|vaak))|stuip|fit|seizure|kramp\\w*)',
);
// Choking: something stuck with no cough, air or voice.
const CHOKE = c('stikt|stikken|stik|verslikt|verslikken|choking|choked|chokes|vast in (?:zijn|haar|de) keel|stuck in (?:his|her|the|my) throat');
const NO_AIR = c(
  '(?:kan|kon) niet (?:meer )?(?:hoesten|ademen|praten|huilen)|(?:can not|cant|could not|couldnt|is not|isnt) (?:cough|breath\\w*|speak|talk|cry)\\w*|geen (?:geluid|lucht|adem)|no (?:sound|air)|blauw\\w*|blue|paars|purple',
);
// Something taken, then the body racing or failing.
const TOOK = c(
  '(?:\\d+ ?x|dubbel|twee keer|drie keer|te veel|teveel) (?:\\w+ ){0,3}(?:genomen|ingenomen|geslikt)|(?:pillen|tabletten|medicijnen|\\w+pillen) (?:\\w+ ){0,3}(?:twee|drie|\\d+) keer (?:genomen|ingenomen)|na (?:die|de|het|deze|mijn|twee|drie|\\d+) (?:\\w+ )?(?:pillen|pil|tabletten|pilletjes|drugs|xtc|medicijnen|shots?)|na het (?:slikken|gebruik|innemen)|(?:took|taken|had|after) (?:some|a few|too many|\\d+|those|the|my) (?:\\w+ )?(?:pills|tablets|drugs|meds|shots)',
);
const BODY_ALARM = c(
  'hart (?:\\w+ )?(?:gaat|klopt) (?:heel |erg |zo )?langzaam|heart (?:is |feels )?(?:very |so )?slow|hart(?:slag)? (?:gaat |van |op |is )?(?:1[5-9]\\d|2\\d\\d)|heart (?:rate |beat )?(?:is |at |of )?(?:1[5-9]\\d|2\\d\\d)|hartkloppingen|racing|bonkt|bonzen|pounding|trill\\w*|shaking|stuipen|fitting|verward|confused|suf|drowsy|out of it|ademt? (?:raar|nauwelijks|niet)|barely breathing|not breathing|flauw\\w*|pass(?:ed|ing) out|hallucin\\w*|kan niet stoppen|can not stop',
);
// Shock: pale, grey or clammy with severe pain.
// `bleek` is also the verb `turned out` (`bleek het een infectie`).
const SHOCK_SIGNS = c(
  'lijkbleek|bleek(?! (?:het|dat|te|er|achteraf|later|ook|dus|uit|hij|zij|ze|een|niks|niets))|grauw|klam\\w*|zweet|zweten|koud zweet|pale|ashen|grey|gray|clammy|sweating|sweaty|cold sweat',
);
const SEVERE_PAIN = c(
  'zo ?veel pijn|zoveel pijn|ondraaglijk\\w*|vreselijke pijn|helse pijn|dubbel van (?:de )?pijn|kan niet (?:meer )?(?:staan|lopen|zitten)|so much pain|unbearable|excruciating|agony|doubled (?:up|over)|can not (?:stand|walk|sit)|worst pain',
);

/** Past and settled: said about something over (last week … all went well). */
const PAST = c(
  '(?:in|sinds|since|back in) (?:jan|feb|maart|march|april|mei|may|juni|june|juli|july|aug|sept?|okt|oct|nov|dec)\\w*|(?:heeft|hebben|heb|had) (?:\\w+ ){0,4}gehad|had (?:a|an|his|her) (?:\\w+ )?(?:fit|seizure|stroke|attack|reaction)|vorige (?:week|maand|jaar|keer)|(?:vorige|afgelopen) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|vorig jaar|vorige|geleden|last (?:week|month|year|time|term|semester|autumn|winter|spring|summer|fall|christmas)|ago|(?<!dan )vroeger|(?:\\d+|een|twee|drie|vier|vijf|zes|a|two|three|four|five|six) (?:dagen|weken|maanden|jaar|days|weeks|months|years) terug|used to|when i was (?:\\d+|younger|a teen\\w*|a kid|a child)|toen ik (?:\\d+|jong|jonger|tiener|kind) was|in the past|toen|destijds|(?:is|zijn) (?:nu|inmiddels) \\d+ (?:maanden|weken|jaar)|(?:is|are) now \\d+ (?:months|weeks|years)',
);
const SETTLED = c(
  '(?:is )?(?:alles )?goed gekomen|(?:liep|loopt) (?:het |alles )?(?:\\w+ )?goed af|(?:achteraf|uiteindelijk) (?:\\w+ )?(?:niks|niets) aan de hand|turned out (?:to be )?(?:fine|nothing)|goed afgelopen|(?:teruggevonden|gevonden|found|vond(?:en)? (?:haar|hem|ze)|is (?:weer )?terug|back home|weer thuis)|dankbaar|grateful|(?:much |a lot |so much )?better (?:place )?now|in a (?:much )?better place|weer (?:helemaal )?(?:de oude|normaal|zichzelf|bij)|back to (?:\\w+ )?(?:old|normal|usual) self|back to normal|(?:is|was) (?:weer )?(?:helemaal )?(?:de oude|hersteld)|recovered|hersteld|alles (?:is )?(?:weer )?goed|gaat (?:weer )?goed|went (?:fine|well)|all (?:fine|good|ok)|(?:is|was) fine now|nu gaat het|doing (?:fine|well|better) now|dank|bedankt|thank',
);

// Acts and plans that need no second concept.
const ACT = c(
  '(?:trein|train|intercity|sprinter|metro|tram|vrachtwagen|truck|lorry) (?:\\w+ ){0,2}(?:is|wordt|will be) (?:voor mij|mine|for me)|(?:polsen|pols|wrists?|aders|veins) (?:\\w+ )?(?:open\\w*|doorgesneden|gesneden|cut|slit|sliced|slashed)|(?:opengehaald|opengesneden|doorgesneden|cut|slit|sliced|slashed) (?:open )?(?:mijn |my )?(?:polsen|pols|wrists?)|(?:engine|motor) (?:is |loopt |draait )?(?:running|aan|loopt|draait)|uitlaatgassen|exhaust fumes|(?:hose|hosepipe|slang|tuinslang) (?:\\w+ ){0,4}(?:exhaust|uitlaat)|(?:(?:dont|do not|wont|will not|not) (?:see (?:myself|me) )?(?:be|being) (?:around|here|alive)|niet meer (?:hier|in leven|leven|bestaan)) (?:next|tomorrow|morgen|volgende|by|na|after|much longer|lang meer)',
);
const PLAN = c(
  '(?:eindelijk|finally) (?:\\w+ ){0,3}(?:de moed|the courage|the nerve|het lef|the guts|de ballen)|(?:de|een|the|a) (?:datum|date|dag|day) (?:\\w+ )?(?:gekozen|geprikt|gepland|picked|chosen|set)|(?<!(?:whoever|who|wie|they|you|jullie|hebben|heeft) )(?:besloten|decided)|(?:die|dat|het|alles) (?:heb ik|have i|i have) (?:\\w+ )?(?:gepland|planned)|een plan|a plan|mijn plan|my plan|(?:thats|that is|dat is) (?:\\w+ )?(?:the|het) plan|(?:wat|what) (?:ik|i) (?:van plan (?:ben|was)|have planned|am planning|plan to do)|plannen gemaakt|made plans|het gaat gebeuren|its happening|tonights the night|tonight is the night|(?:vanavond|vannacht|morgen|vandaag) is het (?:zover|zo ver)|het is (?:zover|zo ver|tijd)|its time|it is time|the time has come|i am going to do it|ik ga het doen|ga het vanavond doen',
);
const READY = c(
  'counted out|uitgeteld|afgeteld|everything i need|alles wat ik nodig heb|genoeg voor wat|enough for what|(?:to|om) (?:it|het) te doen|to do it|(?:liggen|ligt|staan|staat) (?:al )?klaar|klaargelegd|klaarliggen|(?:are|is) ready|laid out|lined up|bij de hand|at hand|in front of me|voor me(?! (?:geschreven|gemaakt|gekocht|geregeld|georganiseerd|gebakken|gedaan))',
);
const SPORT = c(
  'boks\\w*|box\\w*|kickboks\\w*|voetbal\\w*|football|soccer|match|wedstrijd|training|game|spel|cricket|tennis|golf|drums?|bal|ball|target|doel|goal|sale|deal|hit (?:the|a|an|that|this|my|our|your)|hits (?:the|a)',
);

// Asking how much of something kills: treated as a plan (recall first).
const LETHAL_QUESTION = c(
  '(?:how many|hoeveel)(?: \\w+){0,6} (?:pills|tablets|pillen|tabletten|meds)(?: \\w+){0,2} (?:would it take|would i need|zou ik nodig hebben|zijn genoeg|is enough)|(?:hoeveel|hoe veel|how (?:many|much)|welke dosis|what dose)(?: \\w+){0,8} (?:dodelijk|fataal|lethal|fatal|overdose|overdosis|to die|om dood te gaan|om te sterven|to not wake up|not to wake up|niet meer wakker)',
);
// Pills hoarded (Dutch separable verbs too: `spaar … op`).
const HOARD = c(
  '(?:spaar|spaarde|sparen|verzamel|verzamelde|verzamelen)(?: \\w+){0,4} (?:pillen|pil|slaappillen|tabletten|medicijnen|meds|pills)|(?:saving|saved|stockpil\\w*|hoard\\w*|collecting|collected) (?:up )?(?:\\w+ ){0,3}(?:pills|tablets|meds|medication|sleeping)',
);
const FOREVER = c('voorgoed|voor altijd|forever|for good|permanent\\w*|eeuwig');

// Round 6. A question about what it takes to die or to survive (how high, how cold, how long in the water,
// what a whole supply does, how much of two things together is dangerous): never a crisis alone, but
// with the writer at such a place now, a supply at hand, or "asking seriously", it is a plan asked about.
const DANGER_QUESTION = c(
  '(?:how high|hoe hoog) (?:\\w+ ){0,5}(?:have to|has to|need to|needs to|moet|moeten|must)|(?:survive|overleven|overleeft|overleef) (?:\\w+ ){0,3}(?:fall\\w*|jump\\w*|val|vallen|sprong|springen|drop)|(?:hoe lang|how long) (?:\\w+ ){0,8}(?:onderkoel\\w*|hypotherm\\w*|verdrink\\w*|drown\\w*|bevriez\\w*|freeze to death)|(?:hoeveel|how (?:much|many)) (?:\\w+ ){0,6}(?:samen|together|combined|met|with) (?:\\w+ ){0,3}(?:gevaarlijk|dangerous|dodelijk|lethal|fataal|fatal)|(?:if|als) (?:i|ik) (?:\\w+ ){0,2}(?:take|neem|inneem|slik|spuit|inject) (?:\\w+ ){0,3}(?:whole|all|hele|alle|al mijn|all my)',
);
// The writer at a dangerous place now: water, a height, the tracks.
const AT_DANGER_PLACE = c(
  '(?:ik|i|im|i am) (?:\\w+ ){0,4}(?:op|bij|aan|on|at|near|by|in) (?:de|het|the) (?:\\w+ )?(?:brug|dijk|haven|kade|pier|rivier|waal|maas|zee|sea|spoor|perron|dak|klif|sluis|stuw|steiger|groeve|spoorwegovergang|bridge|river|harbour|harbor|quay|wharf|jetty|canal|gracht|kanaal|tracks|platform|roof|cliff|cliffs|quarry|weir|lock|level crossing|reservoir|lake|meer|water)|(?:im|i am) (?:\\w+ )?(?:near|by|at) (?:it|there) (?:\\w+ )?now',
);
const SERIOUS_ASK = c(
  'asking (?:properly|seriously|for real)|serious question|serieuze vraag|serieus|seriously|i mean it|ik meen het|not joking|geen grap|for real|echt waar',
);
// In distress said outright, or a crisis line that does not answer.
const NOT_OK = c(
  '(?:im|i am) not(?: \\.| ok| okay| fine| alright| safe| doing (?:ok|okay|well|good|great))|(?:crisisdienst|crisislijn|crisis line|crisis team|crisisteam|113|988|samaritans|zelfmoordlijn|suicide (?:hot)?line|lifeline|helpline|luisterlijn)',
);
const PILLS_BY_NUMBER = c('\\d{2,} (?:\\w+ )?(?:pillen|pills|tabletten|tablets|slaappillen|sleeping pills)');
const HERE = c('hier|here|sta|zit|ben|am|im|standing|sitting');
// A poster or a campaign seen there: awareness, not a person in danger (`ik sta op het perron, poster van 113`).
const AWARENESS = c('poster\\w*|campagne\\w*|campaign\\w*|billboard\\w*|reclame\\w*|advert\\w*|affiche\\w*|sticker\\w*');
const SUPPLY_AT_HAND = c(
  '(?:heb|have|got|hebben) (?:er )?(?:\\w+ ){0,2}(?:een )?(?:heel|hele|volle|whole|full) (?:doosje|doos|pot|potje|strip|box|bottle|pack|packet)|(?:liggen|ligt|lying around)',
);

const FINAL = c(
  '(?:het is|t is|tis) mooi geweest|ik ga(?= \\.)|(?:im|i am) going(?= \\.)|thinks (?:its|it is) a joke|(?:vinden|will find|find|vindt) (?:hem|het|it|them|him|me|mij|haar|her)|or ever|ever again|nooit meer|denkt dat het een grap is|niet meer|no longer|not anymore|any more|laatste|last|voorgoed|forever|het is goed zo|made my peace|not a joke|geen grap|i mean it|ik meen het|(?<!voor )nu|(?<!for )now|vanavond|tonight|morgen|tomorrow',
);
// A journey without return (round 22): a way of not coming back, and with things given away a notion of its own.
const JOURNEY_NO_RETURN_WORDS = '(?:reis|trip|journey|tocht) (?:zonder (?:terugweg|terugkeer|retour)|with no (?:return|way back)|of no return)';
// Round 17. Not coming back (`voor drie weken, maar ik kom niet terug`).
const NOT_COMING_BACK = c(
  `${JOURNEY_NO_RETURN_WORDS}|(?:ik )?(?:kom|keer) (?:\\w+ )?(?:niet|nooit) (?:meer )?terug|(?:im|i am) not coming back|(?:wont|will not|shant|shall not) be (?:coming )?back|(?:im|i am) never coming back`,
);
// Euthanasia or assisted dying too slow, and doing it oneself (`ik wacht niet op de procedure, ik doe het zelf`).
const EUTHANASIA_SLOW = c(
  '(?:euthanasie\\w*|levenseinde\\w*|assisted (?:dying|suicide)|euthanasia|(?:mercy|right to die) \\w+)(?: \\w+){0,8} (?:duurt|takes|taking|too slow|te traag|te lang|too long)|(?:wacht|wachten|waiting|wait) (?:\\w+ ){0,2}(?:niet )?(?:op|for) (?:de |het |mijn |the |my )?(?:euthanasie\\w*|assisted dying|euthanasia)',
);
const ON_MY_OWN = c(
  '(?:ik )?doe het (?:dan )?(?:zelf|wel zelf)|(?:ill|i will) do it (?:myself|my ?self)|(?:use|gebruik|neem) (?:\\w+ ){0,3}(?:stockpiled|saved up|opgespaard|gespaard|verzameld)|(?:what|wat) (?:ive|i have|ik heb) (?:\\w+ )?(?:stockpiled|saved|opgespaard|gespaard|verzameld)',
);
// The pills finished, not as a question of a refill (`mijn pillenpot is leeg … laterz`, `haar medicijnen zijn op … eindelijk rust`).
const PILLS_FINISHED = c(
  '(?:pillen\\w*|pillenpot\\w*|medicijnen|medicatie|tabletten|strips?|pills|meds|tablets|pill ?bottle) (?:\\w+ ){0,2}(?:is|zijn|are|was|were) (?:\\w+ )?(?:leeg|op|empty|gone|all gone)',
);
const REFILL = c('herhaal\\w*|recept\\w*|refill|repeat|prescription|apothe\\w*|pharmac\\w*|bestel\\w*|order\\w*|ophalen|pick up|collect');
const REST_AT_LAST = c(
  'eindelijk rust|rust (?:krijgen|vinden)|(?:morgen|straks|binnenkort|vannacht|dan) is (?:er )?(?:eindelijk )?rust|rust binnenkort|at (?:peace|rest) (?:at last|finally)|finally (?:at )?(?:peace|rest)',
);
// Round 28: rest at last for the writer (`vannacht … ga ik eindelijk rust hebben`), not quiet in the house.
const REST_FOR_ME = c(
  '(?:krijg|heb|ga|vind) ik (?:\\w+ )?eindelijk (?:\\w+ )?rust|ik (?:\\w+ ){0,2}eindelijk rust (?:hebben|krijgen|vinden)|(?:i will|ill|i can|im going to|i get to) (?:\\w+ )?finally (?:rest|be at peace|have peace)',
);
// Round 28: pills kept back rather than taken (`kept every one of the sleepers`), enough put by "to make sure",
// a message passed on with oneself in the past (`vertel mijn zus dat ik het probeerde`), one's
// last Christmas decided, a river or a bridge "on my way home anyway", and a sentence that only says nobody is
// to blame or names a last parade.
const KEPT_PILLS = c(
  '(?:kept|saved|held on to|hung on to) (?:every one of |all of |all )?(?:the |my )?(?:\\w+ )?(?:sleepers|sleeping pills|sleeping tablets|pills|tablets|meds|painkillers|oxys?)(?! (?:in|for) (?:case|emergencies))|(?:alle )?(?:slaappillen|slaaptabletten|pillen|tabletten|pijnstillers|\\w*pleisters|morfine\\w*|fentanyl\\w*|oxycodon\\w*) (?:\\w+ ){0,3}(?:bewaard|opgespaard|niet ingenomen|(?:nooit|niet) (?:\\w+ )?(?:ingeleverd|teruggebracht|terug gebracht))|(?:patches|morphine|fentanyl|oxys?) (?:\\w+ ){0,3}never (?:\\w+ )?(?:returned|handed (?:back|in)|took back)',
);
const ENOUGH_TO_MAKE_SURE = c(
  '(?:enough|genoeg) (?:\\w+ ){0,2}(?:saved|stored|put by|collected|gespaard|verzameld|bewaard)(?: up)? (?:to make sure|om (?:het )?zeker te (?:zijn|weten))(?= \\.)',
);
const TELL_THEM_I_WAS = c(
  '(?:zeg|vertel) (?:\\w+ )?(?:tegen|aan) (?:mijn|mn|de) \\w+ (?:dat )?(?:ik|papa|mama|pap|mam|opa|oma) (?:\\w+ ){0,3}(?:was|hield|heb gehouden)|tell (?:my|the) \\w+ (?:that )?(?:i|dad|mum|mom|grandad|gran|nan) (?:was|loved|tried|did (?:my|his|her) best)',
);
const MY_LAST_ONE = c(
  '(?:thisll|this will|this is going to|dit wordt|dit is) (?:be )?(?:my|mijn) (?:last|laatste)(?: one| christmas| kerst| birthday| verjaardag)?',
);
const ON_MY_WAY_THERE = c(
  '(?:river|rivier|bridge|brug|railway|spoor|tracks|cliff|canal|kanaal|sea|zee|viaduct|flyover)s? (?:is |ligt )?(?:\\w+ ){0,2}(?:on my way|op mijn (?:weg|route))',
);
const LAST_FOR_REAL = c('last (?:\\w+ )?ever|for real this time|(?:laatste|last) (?:\\w+ ){0,2}ooit|voor echt deze keer');
const NOT_HERE_BY = c(
  '(?:do not|dont) think (?:i|ill|i will) (?:\\w+ )?(?:still )?be (?:here|around|alive) (?:by|on|tomorrow|next|for|when)|(?:denk|geloof) (?:\\w+ )?niet dat ik (?:er )?(?:\\w+ ){0,3}nog (?:ben|zal zijn|leef)',
);
const PILLS_OUT = c(
  '(?:pills|pillen|tabletten|tablets|meds|medicijnen|doosjes|strips) (?:are|zijn|liggen|staan|lie) (?:\\w+ ){0,2}(?:out|klaar|uitgestald|on the (?:kitchen )?(?:counter|table|bed)|op (?:het aanrecht|de tafel|bed))',
);
const NOT_COMING_BACK_UP = c(
  '(?:wont|will not) be (?:walking|coming|going|climbing) back(?: up| home)?|(?:loop|kom|klim) (?:ik )?niet meer (?:terug|naar boven)(?= \\.)',
);
const DOOR_FOR_WHOEVER = c('(?:door|deur)\\w* (?:\\w+ ){0,3}(?:unlocked|open|los) (?:for|voor) (?:whoever|wie)');
const MY_TURN_TO_GO = c('(?:mijn|my) (?:beurt|turn) (?:om|to) (?:te )?(?:gaan|go)(?= \\.)');
const OPIOID = c(
  'fentanyl\\w*|oxycodon\\w*|oxycontin|morfine\\w*|morphine|methadon\\w*|buprenorf\\w*|opioid\\w*|opiaat\\w*|opiates?|heroin\\w*|tramadol|codeine',
);
const SLOW_BREATH = c(
  '(?:ademhaling|ademt|breathing|breathes|breaths) (?:\\w+ ){0,2}(?:traag|langzaam|slow|slowly|shallow|oppervlakkig)|(?:traag|langzaam|slow|shallow) (?:\\w+ )?(?:ademen|ademhaling|breathing|breaths)',
);
const STOPPED_ANTIPSYCHOTIC = c(
  '(?:gestopt met|stopt met|stopte met|stopped|stopped taking|quit|no longer takes|neemt (?:\\w+ )?niet meer|weigert) (?:zijn |haar |his |her |my |mijn )?(?:clozapine|lithium|haldol|haloperidol|risperid\\w*|olanzapin\\w*|abilify|aripiprazol\\w*|quetiapin\\w*|seroquel|depot\\w*|antipsycho\\w*)|(?:clozapine|lithium|haldol|haloperidol|risperid\\w*|olanzapin\\w*|abilify|aripiprazol\\w*|quetiapin\\w*|seroquel|depot\\w*|antipsycho\\w*) (?:\\w+ ){0,3}(?:gestopt|stopped|niet meer)',
);
const DELUSION_DANGER = c(
  '(?:moet|moeten|must|needs to|has to|wil|wants to|to be) (?:\\w+ ){0,2}(?:gezuiverd|gereinigd|purified|cleansed)|in brand (?:\\w+ )?(?:steken|zetten|te steken)|afbranden|burn (?:\\w+ ){0,2}down|(?:stemmen|voices) (?:\\w+ ){0,3}(?:zeggen|vertellen|bevelen|tell|telling|say|command)|(?:begint|begin|start|set|steekt) (?:\\w+ ){0,3}(?:met het huis|the house on fire|fire to|brand|in brand)|(?:in|boven|over) (?:de|het|the) (?:houtkachel|kachel|vuur|fire|stove) (?:gehouden|held|gestoken)|(?:held|hield|houdt) (?:\\w+ ){0,3}(?:in|over|boven) (?:de|het|the) (?:houtkachel|kachel|vuur|fire|stove)',
);
// An older person not drinking, drowsy or muddled (dehydration; NHS: urgent for the very old).
const VERY_OLD = c(
  '(?:he|she|hij|zij|ze|mum|mom|dad|ma|pa|mam|pap|opa|oma|grandad|grandpa|grandma|gran|nan|vader|moeder|father|mother) is (?:7[5-9]|8\\d|9\\d|10\\d)|(?:7[5-9]|8\\d|9\\d|10\\d) (?:jaar|years|yrs|jarige)|(?:opa|oma|vader|moeder|pa|ma|schoonvader|schoonmoeder|buurman|buurvrouw) van (?:7[5-9]|8\\d|9\\d|10\\d)',
);
const NOT_DRINKING = c(
  '(?:not|niet|geen|barely|nauwelijks|amper|hardly|stopped) (?:\\w+ ){0,3}(?:drinking|drinks|drunk|drink|drinkt|gedronken|fluids|vocht)|drinkt (?:\\w+ ){0,4}(?:niks|niets|nauwelijks|amper)|(?:drinks|drinking) (?:\\w+ ){0,3}(?:nothing|hardly anything)|(?:niks|niets) (?:\\w+ ){0,2}(?:drinken|drinkt|gedronken)',
);
const DRY_SIGNS = c(
  '(?:cracked|dry|droge|gebarsten|kloven in (?:de|haar|zijn)) (?:\\w+ )?(?:lips|lippen|mouth|mond|tongue|tong)|lips are cracked|lippen zijn gebarsten|heat|hitte|warmte|heatwave|hittegolf',
);
// A car steered into water or a tree, thought of (`op de dijk gedacht om het stuur om te gooien richting het water`).
const STEER_INTO = c(
  '(?:stuur|steering wheel|wheel) (?:\\w+ ){0,3}(?:om te gooien|omgooien|om gooien|yank|turn|omgooi)(?: \\w+){0,3} (?:water|sloot|boom|kanaal|rivier|tegenligger|vrachtwagen|tree|river|canal|oncoming|lorry|truck)|(?:drive|driving|steer|swerve|rijden|rij|sturen) (?:\\w+ ){0,4}(?:into|in|tegen|off) (?:\\w+ ){0,2}(?:water|river|canal|tree|oncoming|lorry|truck|sloot|kanaal|boom|vrachtwagen|tegenligger|viaduct|pillar|pijler)',
);
const THOUGHT_OF = c('gedacht|thought|thinking|think|denk|dacht|tempted|zin om|overweeg\\w*|wanted to|wilde|wil|considered|considering');
// Round 28: a day for "it" with a goodbye, nobody to stop one this time, calm since one knows when.
const NOT_REALLY = c('(?:im|i am) not(?= \\.)|ik ga niet(?= \\.)|niet echt|not really|(?:that|dat) (?:is|klopt) niet|i wont be|ga ik niet');
const DO_IT_ON_DAY = c(
  '(?:van plan|plan|planning|going|besloten) (?:om |to )?(?:het|it) (?:\\w+ )?(?:dit|deze|komend|komende|volgend|volgende|aanstaande|op|this|next|on) (?:weekend|week|\\w+dag|\\w+day) (?:te )?(?:doen|do)|(?:ill|hell|shell|i will|he will|she will|im going to|hes going to|ik doe|hij doet|ze doet|doe ik|doet hij) (?:het |it )?(?:do it )?(?:on|this|next|op|dit|deze|komende|aanstaande) (?:coming )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)',
);
const NOBODY_STOPS_ME = c(
  '(?:nobody|no one|niemand) (?:\\w+ )?(?:stops|will stop|is stopping|houdt|gaat) me (?:\\w+ )?(?:this time|deze keer|dit keer|tegen|now|nu)|this time (?:nobody|no one) (?:will )?stops? me',
);
const KNOW_WHEN = c('(?:sinds|since|nu|now) (?:ik|i) (?:\\w+ )?(?:weet|know) (?:wanneer|when)(?= \\.| \\w+ (?:is|wordt))');
// Round 31: a last day on earth or a letter left, said not to be a joke this time; "by the time you read this"
// with a door left open or a note; ashes taken somewhere, not coming back; driving into water to be done with it;
// a last ride to the water's edge with the phone off or months of low mood.
const LAST_DAY_ON_EARTH = c(
  '(?:laatste dag|last day) (?:op|on) (?:aarde|deze (?:aarde|wereld)|earth|this (?:earth|planet))|(?:brief|afscheidsbrief|note|letter) (?:\\w+ )?(?:ligt|liggen|is|left) (?:\\w+ ){0,2}(?:op|on) (?:mn|mijn|my|het|de|the) \\w+',
);
const NO_JOKE_THIS_TIME = c(
  '(?:ik )?overdrijf (?:\\w+ ){0,2}niet|(?:im|i am) not (?:exaggerating|joking|kidding)|(?:geen|no) (?:grap|grapje|joke) (?:\\w+ )?(?:deze keer|dit keer|this time)|(?:deze keer|dit keer|this time) (?:\\w+ )?(?:echt|serieus|for real|seriously)',
);
const BY_THE_TIME_YOU_READ = c(
  '(?:by the time|when) (?:you|u) (?:read|get|receive) this|(?:tegen de tijd dat|wanneer|als) (?:je|u|jullie) dit (?:leest|lezen|krijgt|krijgen)',
);
const GONE_BY_THEN = c('(?:i will|ill|i shall) (?:have )?(?:gone|be gone|no longer be here)|(?:ben|zal) ik (?:er )?(?:al )?(?:niet meer|weg|vertrokken)');
const ASHES = c('ashes|urn|(?:haar|zijn|zn|de) as (?:\\w+ ){0,3}(?:uitstrooien|verstrooien|naar|meenemen)|asverstrooiing');
const INTO_WATER_BY_CAR = c(
  '(?:drive|driving|drove|rijden|rijdt|rij|reed) (?:\\w+ ){0,3}(?:into|in) (?:the|de|het) (?:lough|loch|lake|river|canal|sea|harbour|water|meer|kanaal|rivier|zee|haven|gracht|sloot|vaart)|(?:auto|wagen|car) (?:\\w+ )?in (?:de|het) (?:meer|kanaal|rivier|zee|haven|gracht|sloot|vaart|water) (?:\\w+ ){0,2}(?:rijden|rijdt|te rijden|gaat rijden|sturen|storten)',
);
const DONE_WITH_IT = c('(?:be|been) done with it|(?:er )?klaar mee(?= \\.| zijn| te zijn| is)|klaar ermee|(?:and|en) (?:that|dat) (?:is|was) (?:it|het)');
const LAST_ROUND = c('laatste (?:rondje|rit|ritje|tocht|run|loopje|wandeling|fietstocht)|(?:last|final) (?:ride|run|walk|lap|loop|cycle)');
const LOW_MONTHS = c(
  '(?:al|for|since) (?:\\w+ )?(?:maanden|weken|months|weeks) (?:\\w+ )?(?:down|somber|depressief|depressed|low)|(?:down|somber|low) (?:\\w+ )?(?:for|al|since) (?:\\w+ )?(?:months|weeks|maanden|weken)',
);
// Sight lost suddenly in one eye, as a curtain (a stroke of the eye, or giant-cell arteritis with a temple headache).
const SIGHT_LOST = c(
  '(?:gordijn|curtain|shade|zwarte vlek|black curtain) (?:\\w+ ){0,4}(?:voor|over|across|in front of) (?:mijn|haar|zijn|my|her|his|het|the) (?:\\w+ )?(?:oog|eye)|(?:ziet|zie|zag|kan|kon) (?:\\w+ ){0,3}(?:niets|niks) (?:meer )?(?:met|uit) (?:haar|mijn|zijn|het) (?:\\w+)?oog|(?:lost|losing) (?:the )?(?:sight|vision) in (?:one|my|her|his) (?:\\w+ )?eye|(?:like )?a black curtain (?:\\w+ )?(?:came|coming|went) down|(?:cant|can not|cannot|could not) see (?:\\w+ )?(?:out of|with) (?:my|her|his) (?:left|right) eye',
);
// Blood vomited or coughed up in quantity; a red streak from a wound with shivers and mottled skin; a belly
// swollen with green vomit and no stool or wind; pills missing from a strip a toddler had; party pills with heat.
const VOMIT_BLOOD = c(
  'bloed (?:\\w+ )?(?:overgegeven|gebraakt|gespuugd|opgegeven)|(?:vomit\\w*|threw up|throwing up|been sick|being sick) (?:\\w+ ){0,2}blood|(?:spuug|braak)\\w* (?:\\w+ )?bloed',
);
const COUGHED_BLOOD = c('bloed (?:\\w+ )?opgehoest|(?:coughing|coughed|cough) (?:up )?(?:\\w+ )?blood|(?:hoest|ophoesten) (?:\\w+ )?bloed');
const MUCH_COUGHED = c('mondvol\\w*|mouthfuls?|cupful|kopje|(?:a lot|lots|loads) of|flinke|scheut|bright red|helder rood|fresh blood');
const RED_STREAK = c('rode streep|rode lijn|red (?:streak|line|stripe)s?');
const RIGORS_OR_MOTTLED = c(
  'rillen|rilt|rillingen|rigors|shivering|shaking uncontrollably|vlekkerig|gevlekt|mottled|blotchy|marmer\\w*|rare dingen|confused|verward',
);
const BILIOUS = c(
  'groen (?:spul|braaksel|slijm)|groene? (?:\\w+ )?(?:braaksel|gal)|green (?:stuff|vomit|bile|sick)|gal (?:\\w+ )?(?:over|braken)|vomiting bile',
);
const BOWEL_STOPPED = c(
  'geen (?:ontlasting|poep|winden|wind)|(?:no|not) (?:\\w+ )?(?:poo|stool|wind|farted|passed wind)|(?:opgezette|opgezwollen|bolle|harde) buik|(?:swollen|distended|bloated|hard) (?:belly|stomach|tummy|abdomen)',
);
const PILLS_MISSING = c(
  '(?:er )?(?:missen|mist|ontbreken|ontbreekt) (?:er )?(?:\\d+|een|twee|drie|vier|vijf)|(?:\\d+|one|two|three|four|five) (?:\\w+ )?(?:are |is )?missing|(?:some|a few) (?:are )?missing',
);
const STRIP_OR_PILLS = c('strip|doosje|blister|pillen|tabletten|pills|tablets|\\w+pillen');
// Party drugs by name, or pills counted at a party (not any number of pills: an overdose stays the suicide rules').
// Round 32 (development files 72 and 73). Found by others later (`the one they ring when they find me`), not a thing
// found for one (`when they find me a bed`); the name of one to ring or a goodbye beside it.
const WHEN_FOUND = c(
  '(?:when|once|after|if) (?:they|someone|somebody|you|the police|the neighbours?) (?:\\w+ )?finds? me(?! (?:a|an|the|some|another|out))|(?:als|wanneer|zodra|nadat) (?:ze|men|iemand|jullie|de politie|de buren) (?:me|mij) (?:\\w+ )?(?:vinden|vindt|vind|gevonden hebben)(?! (?:een|de|het))',
);
const WHO_TO_RING = c('emergency contact|next of kin|noodcontact\\w*|contactpersoon|(?:ring|call|bellen|belt|bel) (?:\\w+ ){0,3}(?:when|once|if|als|wanneer)');
// Everything left in a drawer or a cupboard taken (`alles ingenomen wat er nog in de la lag`); not handed in.
const TOOK_WHAT_WAS_LEFT = c(
  '(?:alles|everything|all) (?:\\w+ ){0,3}(?:ingenomen|genomen|geslikt|opgeslikt) (?:\\w+ ){0,2}(?:wat|die|dat) (?:er )?(?:nog )?(?:\\w+ ){0,2}in (?:de|het|mijn|mn) (?:\\w+ )?(?:la|lade|kast|kastje|doos|medicijnkast\\w*)|(?:alles|all) (?:wat|die|dat) (?:er )?(?:nog )?(?:in|uit) (?:de|het|mijn|mn) (?:\\w+ )?(?:la|lade|kast|kastje|doos|medicijnkast\\w*) (?:\\w+ ){0,2}(?:ingenomen|genomen|geslikt|opgeslikt)|(?:taken|took|swallowed|necked) (?:\\w+ )?(?:everything|all) (?:that|what|which) (?:was )?(?:still )?(?:left )?(?:in|from) (?:the|my) (?:\\w+ )?(?:drawer|cupboard|cabinet|box|tin)',
);
// Going now to a railway, a bridge or the water, with not coping, worth nothing or a child left with someone (a
// goodbye is not enough: `going down to the sea tomorrow, thanks for everything`); not a trip.
const HEADING_TO_DANGER = c(
  '(?:loop|ga|fiets|rijd|wandel|lopen|gaan) (?:\\w+ ){0,3}naar (?:het spoor|de spoorlijn|de spoorweg|de overweg|de spoorwegovergang|de brug|de rivier|de zee|het water|de pier|de kade|de sluis|de stuw|het kanaal|de klif|het viaduct)|(?:going|walking|heading|driving|off) (?:down |out )?to (?:the )?(?:tracks|railway|railway line|level crossing|bridge|river|sea|water|pier|cliffs?|weir|canal|quay|viaduct)',
);
const NOT_COPING = c(
  'kan het (?:\\w+ )?niet meer opbrengen|opbrengen kan ik het niet(?: meer)?|(?:can not|cant|cannot) (?:\\w+ )?(?:face|bear) (?:it|this|another day) (?:any ?more|any longer)|(?:deserves?|verdient|verdienen) (?:\\w+ ){0,2}(?:beter|better) (?:\\w+ ){0,2}(?:dan|than) (?:ik|mij|me)',
);
const CHILD_LEFT_WITH = c(
  '(?:leaving|leave|dropping|drop) (?:him|her|them|the (?:baby|kids|children)|my (?:son|daughter|baby|kids)) (?:\\w+ )?(?:with|at) (?:my|his|her|their) (?:mum|mom|mother|dad|father|nan|gran|sister|brother)|(?:breng|laat) (?:hem|haar|ze|de (?:baby|kinderen)|mijn (?:zoon|dochter|baby)) (?:\\w+ ){0,2}(?:bij|naar) (?:mijn|zijn|haar) (?:moeder|ma|mam|vader|oma|zus|broer)',
);
// Care no longer needed after a time (`won't need my repeat prescription after this month`), with thanks for all
// the years and no reason given.
const REASON_GIVEN = c(
  'because|omdat|new (?:gp|doctor|practice|surgery)|nieuwe (?:huisarts|praktijk|apotheek)|specialist|taking over|neemt (?:\\w+ )?over|switch\\w*|overstap\\w*|stopp(?:ed|ing) (?:the|my|taking)|gestopt met|genezen|cured|afgebouwd|weaned off|tapered',
);
// From a day on one can no longer care for him (`from Saturday I can't look after her`), with a decision
// taken or "don't ask why".
const CANT_CARE_FROM_DAY = c(
  '(?:vanaf|na) (?:morgen|vandaag|vanavond|vannacht|\\w+dag) (?:kan|kun) ik (?:\\w+ )?niet meer (?:\\w+ ){0,2}(?:ver)?zorgen|(?:from|after) (?:tomorrow|today|tonight|\\w+day) (?:i )?(?:cant|can not|cannot|wont be able to) (?:\\w+ )?(?:look after|care for|take care of) (?:him|her|them)',
);
const DONT_ASK_WHY = c('vraag (?:\\w+ ){0,2}niet waarom|niet vragen waarom|(?:dont|do not) (?:\\w+ )?ask (?:me )?why');
// Blood spat out in mouthfuls, or bleeding again after the tonsils came out.
const SPIT_BLOOD = c(
  '(?:spuug|spuugt|spuw\\w*|spit|spitting|spat) (?:\\w+ ){0,5}(?:mondvol\\w*|mouthfuls?) (?:\\w+ )?(?:vers |fresh |bright red |helder rood |rood )?(?:bloed|blood)|(?:amandelen|tonsils?|tonsillectom\\w*) (?:\\w+ ){0,12}(?:vers bloed|fresh blood|bright red blood|mondvol\\w* bloed|mouthfuls? of blood)',
);
// Round 33 (development files 74 to 77). Someone locked in with her phone taken, or the call cut off as he came back.
const LOCKED_IN = c(
  'opsluit|opgesloten|opsloot|(?:sluit|sloot|houdt|hield) (?:\\w+ ){0,3}(?:op|binnen vast)|(?:locks?|locked|keeps?|kept) (?:her|him|me|them) (?:\\w+ )?(?:in|inside|up)(?= )',
);
const CUT_OFF = c(
  '(?:telefoon|phone|mobiel) (?:\\w+ ){0,2}(?:afpakt|afpakte|afgepakt|afgenomen|afnam|weggenomen|took|takes|taken)|(?:verbinding|lijn|gesprek|call|line) (?:\\w+ ){0,3}(?:verbroken|weggevallen|afgebroken|viel weg|cut off|went dead|dropped)|viel (?:\\w+ ){0,2}(?:verbinding|lijn|gesprek) weg|fluister\\w*|whisper\\w*',
);
// A barbecue or charcoal bought or lit beside a room sealed (`taped up the bedroom window`).
// Indoors, not before painting.
const INDOORS = c('bedroom|slaapkamer|kamer|room|flat|appartement|apartment|huis|house|auto|car|garage|tent|caravan|camper|badkamer|bathroom');
const PAINTING = c('painting|paint|schilder\\w*|verf\\w*|verven|behang\\w*|wallpaper\\w*|decorat\\w*|klussen');
const GRILL = c('(?:wegwerp)?(?:bbq|barbecue)\\w*|houtskool|charcoal|disposable (?:bbq|barbecue)');
const ROOM_SEALED = c(
  '(?:taped|tape|taping|sealed|afgeplakt|dichtgeplakt|afgedicht|plak|plakte) (?:\\w+ ){0,4}(?:window|windows|raam|ramen|kieren|gaps|door|deur|vents?|ventilatie\\w*|rooster\\w*)|(?:window|windows|raam|ramen|kieren|door|deur) (?:\\w+ ){0,3}(?:taped|sealed|afgeplakt|dichtgeplakt|afgedicht)',
);
// The means at home with a question about a death at home or being alone (`heb het spul al in huis`).
const MEANS_IN_HOUSE = c(
  '(?:heb|have|got|hebben) (?:\\w+ ){0,2}(?:spul|stuff|middel|middelen|the means) (?:\\w+ )?(?:in huis|at home|in the house|klaarliggen|klaar liggen|ready)',
);
const DEATH_AT_HOME = c(
  'overlijden (?:\\w+ ){0,3}(?:vast te stellen|vaststellen|vaststelt|constateren)|(?:wie|who) (?:ze|hij|zij|she|he) (?:moet|should|has to) (?:bellen|call|ring)|(?:ik ben|im|i am) (?:helemaal )?alleen',
);
// A day named for "it" beside having been a burden long enough (`zondag als ze weg zijn doe ik het`).
const DO_IT_THEN = c(
  '(?:zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|morgen|vanavond|vannacht|dan|sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight|then) (?:\\w+ ){0,6}(?:doe ik het|ga ik het doen|do it|ill do it)',
);
const LONG_A_BURDEN = c(
  '(?:lang genoeg|te lang|long enough|too long) (?:\\w+ ){0,2}tot last|tot last (?:\\w+ )?geweest|(?:been|was) a burden (?:long enough|too long|for too long)',
);
// Stepping out (`na het weekend stap ik eruit`) with a decision taken, not out of a club, a job or a group.
const STEP_OUT = c('(?:stap|stapt|stappen) (?:ik |hij |ze )?eruit|eruit (?:te )?stappen');
const STEP_OUT_OF_WHAT = c(
  'baan|werk|job|club|vereniging|bestuur|project|groep|groepsapp|app|team|koor|studie|opleiding|contract|relatie|huwelijk|auto|bus|trein',
);
// A gun at hand, known how to use, or with a goodbye.
const FIREARM = c('pistool|revolver|jachtgeweer|geweer|vuurwapen|gun|pistol|rifle|shotgun|firearm');
const KNOWS_HOW = c('loaded|geladen|(?:knows|know) how (?:it works|to use it)|(?:weet|know|knows) (?:\\w+ )?(?:nog )?hoe (?:die|hij|het) werkt');
// Tired of life (also in dialect: `ich bin t leve moo`), with a goodbye or things handed on.
const TIRED_OF_LIFE = c('(?:het|t) (?:leven|leve|levve) (?:moe|moo|zat|beu)|levensmoe|tired of (?:life|living)|sick of living');
const DIALECT_GOODBYE = c('(?:het|t) is good (?:zoe|zo)|daag|doei|ajuu|houdoe|hou doe|adieu');
const PARTY_PILLS = c('xtc|mdma|molly|pillies|ghb|3mmc|2cb|keta\\w*|coke|cocaine');
const AT_A_PARTY = c('festival|rave|feest\\w*|party|club|dance\\w*|houseparty');
const OVERHEATING = c('gloeiend heet|gloeiend|bloedheet|kokend heet|burning up|overheat\\w*|so hot|zo heet|heel heet');
const HEART_POUNDING = c(
  '(?:hart|heart) (?:\\w+ ){0,3}(?:tekeer|bonkt|racet|racing|pounding|beukt|gaat als een (?:gek|idioot|malle|razende))|hartkloppingen|palpitations',
);
const KEPT_THEM_ALL = c('(?:kept|saved) (?:them|those|every one|em) (?:all|of them)|(?:heb ik|ik heb) (?:ze )?(?:allemaal|alle) (?:bewaard|gespaard)');
// Round 34 (development files 78 to 81). How much of one's medicine one needs worked out (`opgezocht hoeveel van
// mijn pillen ik nodig heb`), with a pet rehomed, a goodbye or despair; not how much one may take.
const DOSE_WORKED_OUT = c(
  '(?:uitgezocht|uitgerekend|opgezocht|berekend|nagezocht|gegoogeld|gegoogled) (?:\\w+ ){0,2}hoeveel (?:\\w+ ){0,4}(?:ik|je) (?:\\w+ )?nodig (?:heb|hebt|zou hebben)|(?:worked out|looked up|calculated|googled|researched) (?:\\w+ ){0,2}how (?:many|much) (?:\\w+ ){0,4}(?:i|it|youd|you) (?:\\w+ )?(?:need|needs|would need|takes|would take)',
);
const DRUG_NAMED = c(
  'lithium|insuline|insulin|morfine|morphine|oxycodon\\w*|tramadol|\\w*azepam|quetiapine|amitriptyline|digoxine|paracetamol|pillen|tabletten|pills|tablets|medicijnen|meds|medication|medicatie|slaappil\\w*',
);
// Afraid of what one will do (`bang voor wat ik ga doen`), with despair, now, or a baby better off without one.
const AFRAID_OF_WHAT_I_DO = c(
  'bang (?:voor )?wat ik (?:\\w+ )?(?:ga|zal|zou|kan) (?:\\w+ )?doen|bang dat ik (?:mezelf|mijzelf|haar|hem|de baby|mijn kind) (?:\\w+ ){0,2}(?:aandoe|aan doe|pijn doe)|(?:afraid|scared|terrified|frightened) (?:of )?what (?:i|im) (?:might|will|could|would|am going to|gonna) do|(?:afraid|scared|terrified) (?:that )?i (?:might|will|could|am going to) hurt (?:myself|her|him|the baby)',
);
const BETTER_OFF_WITHOUT = c('beter af (?:\\w+ )?zonder (?:mij|me)|better off without (?:me|her|him)');
// A place found to lie down with what one needs (`een plek gevonden in de duinen, daar ga ik liggen met wat ik nodig heb`).
const PLACE_FOUND = c(
  '(?:plekje|plek|plaats|spot|place) (?:\\w+ ){0,3}(?:gevonden|uitgezocht|uitgekozen|found|picked|chosen)|found (?:a|the|my) (?:\\w+ )?(?:spot|place)',
);
const WITH_WHAT_I_NEED = c('met (?:alles )?wat ik (?:\\w+ )?nodig heb|with (?:everything|all|what) i (?:\\w+ )?need');
const LIE_DOWN = c('liggen|lie down|lay down|to lie');
const OUTING = c('camping|tent|kamperen|picknick|picnic|zonnen|strandlaken|hangmat|hammock|boek|book|handdoek|towel|vakantie|holiday');
// The last time one travels tonight with a station near and nothing mattering (not a last trip to therapy).
const LAST_TIME_I = c('(?:de )?laatste keer (?:dat|die) ik|the last time i(?: ever)?');
const RAILWAY = c('station|spoor|spoorlijn|trein|rails|overweg|tracks|train|railway|level crossing|platform|perron');
const DOESNT_MATTER = c(
  'maakt (?:\\w+ )?niet (?:meer )?uit|doet er (?:\\w+ )?niet (?:meer )?toe|(?:doesnt|does not) matter (?:\\w+ )?(?:anyway|anymore|any more)',
);
const DONE_AND_DUSTED = c(
  'afgerond|(?:ben|is) (?:\\w+ )?klaar met|finished|completed|graduat\\w*|pensioen|retire\\w*|verhuis\\w*|moving|diploma|laatste (?:behandeling|sessie|afspraak)',
);
// The thing may go and one oneself too (`het bed mag weg en ik ook`), with a date set or a death.
const AND_ME_TOO = c('(?:mag|mogen|kan|kunnen|moet|moeten|gaat|gaan) (?:\\w+ )?weg en ik ook|(?:can|may|must|will) go and so (?:can|will|must|may) i');
// Told one is not suicidal enough, and showing them what enough is.
const NOT_ENOUGH_FOR_CARE = c(
  'niet (?:\\w+ )?(?:suicidaal|suicidal|ziek|ernstig|depressief) genoeg|not (?:\\w+ )?(?:suicidal|sick|ill|unwell|serious|depressed) enough',
);
const SHOW_WHAT_ENOUGH = c(
  '(?:laten|laat) (?:\\w+ ){0,2}zien (?:wat|hoe) (?:\\w+ ){0,2}(?:genoeg|suicidaal|ernstig|serieus|echt)|show (?:them|you|him|her|everyone) (?:\\w+ ){0,2}(?:what|how) (?:\\w+ )?(?:enough|suicidal|serious|real)',
);
// Today the last day, at peace with it, beside a means (not a last day at work).
const LAST_DAY_TODAY = c(
  '(?:vandaag|morgen|vanavond|today|tomorrow|tonight) (?:is|wordt|will be) (?:\\w+ )?(?:de|mijn|the|my) (?:laatste|last) dag|(?:today|tomorrow|tonight) (?:is|will be) (?:\\w+ )?(?:the|my) last day',
);
const AT_PEACE = c(
  '(?:heb|ben|voel) (?:er |ik )?(?:\\w+ )?vrede (?:mee|met)|made (?:my )?peace|(?:im|i am|i feel) (?:\\w+ )?at peace|(?:heb|voel) (?:er )?rust (?:over|in)',
);
const WORK_OR_SCHOOL = c(
  'werk|baan|job|kantoor|office|stage|school|pensioen|retire\\w*|collega\\w*|colleagues?|contract|shift|dienst|werkdag|afdeling|team|klas|class',
);
// A goodbye written, with "don't be angry", a pet staying elsewhere or affairs closed; not a leaving card at work.
const FAREWELL_WRITTEN = c(
  '(?:het |mijn |een )?afscheid (?:\\w+ ){0,2}(?:geschreven|opgeschreven|klaar)|afscheidsbrie\\w+ (?:\\w+ ){0,2}(?:geschreven|klaar|ligt)|(?:wrote|written|writing|finished) (?:\\w+ ){0,2}(?:goodbye|farewell) (?:letter|note|letters|notes)|(?:goodbye|farewell) (?:letter|note)s? (?:is |are )?(?:written|done|ready)',
);
const DONT_BE_ANGRY = c(
  'niet boos (?:zijn|worden)|wees (?:\\w+ )?niet boos|(?:dont|do not|please dont) be (?:angry|mad|cross|upset)(?: with me| at me)?|(?:dont|do not) (?:hate|blame) me',
);
const RENT_PAID = c('huur (?:\\w+ )?(?:is )?(?:betaald|voldaan) tot|rent (?:\\w+ )?(?:is )?paid (?:up )?(?:until|till|to)');
// Tablets counted as taken already (`heb er al 30 op`), wanting it to happen today.
const TAKEN_COUNT = c(
  '(?:heb|had|hebben) (?:ik )?(?:er )?(?:nu )?(?:al )?(?:[2-9]\\d|\\d{3}|twintig|dertig|veertig|vijftig) (?:\\w+ )?(?:op|in|ingenomen|geslikt|genomen)|(?:taken|had|swallowed|took) (?:[2-9]\\d|twenty|thirty|forty|fifty) (?:already|so far)',
);
const WANT_IT_TODAY = c(
  'wil dat het (?:\\w+ )?(?:vandaag|vanavond|vannacht|nu) (?:\\w+ )?(?:gebeurt|afgelopen is|klaar is|ophoudt)|want (?:it|this) (?:to )?(?:happen|be over|be done|to end) (?:\\w+ )?(?:today|tonight|now)',
);
// Gone after a loved one who died (`heb ik mijn man al achterna gedaan`).
const FOLLOWED_LOVED_ONE = c(
  '(?:ben|zijn) (?:ik|we) (?:al )?(?:weer )?bij (?:opa|oma|mama|papa|mam|pap|mijn (?:vader|moeder|man|vrouw|broer|zus|zoon|dochter))|(?:ill|i will|im) (?:already )?(?:be )?with (?:grandad|grandpa|grandma|nan|gran|mum|mom|dad|my (?:dad|mum|mom|wife|husband|brother|sister|son|daughter))|achterna (?:gegaan|gedaan|gaan|gereisd)|(?:ga|volg) (?:ik )?(?:mijn|mn|haar|hem) (?:\\w+ )?achterna|(?:followed|follow|following|gone after|going after) (?:my|her|him) (?:late )?(?:wife|husband|son|daughter|partner|man|vrouw)',
);
// Exhaust fumes led in by a hose (not washing the car).
const HOSE_IN_CAR = c(
  'slang (?:\\w+ ){0,4}(?:uitlaat|raam|raampje|ruit)|(?:uitlaat|uitlaatgas\\w*) (?:\\w+ ){0,4}(?:slang|naar binnen)|hose (?:\\w+ ){0,4}(?:exhaust|window)|exhaust (?:\\w+ ){0,4}(?:hose|pipe into|into the car)',
);
const WASHING = c('wassen|schoonspuiten|schoonmaken|wash\\w*|cleaning|rinse|spoelen|tuin|garden|planten|plants');
// A pet to the reader as a last wish.
const PET_TO_YOU = c(
  '(?:hond|kat|poes|konijn|vogel|paard|dog|cat|bunny|rabbit|bird|horse) (?:\\w+ )?(?:mag|gaat|moet|goes|can go|is) (?:\\w+ )?(?:naar|to|for) (?:jou|jullie|you|u)',
);
const LAST_WISH = c('laatste wens|last wish|final wish|dying wish');
// Yellow after wild mushrooms (liver failure from death caps).
const JAUNDICE = c(
  'ziet (?:\\w+ ){0,2}geel|geel (?:\\w+ )?(?:van kleur|uitgeslagen|geworden|zien)|gele (?:ogen|huid)|(?:turned|turning|looks|going) yellow|yellow (?:skin|eyes)|jaundice\\w*|geelzucht',
);
// A deep burn from a flame, boiling water or hot oil: skin gone white, leathery or charred, or a face or hands.
const BURN_CAUSE = c(
  'vlam (?:\\w+ )?(?:gevat|vatte)|in brand|in (?:flames|vlammen)|caught (?:fire|alight|his|her|my)|(?:flared|flare) up|on fire|steekvlam|kokend (?:\\w+ )?(?:water|olie)|boiling (?:water|oil)|hete (?:olie|vet|frituurvet)|hot (?:oil|fat)|stove|brander|gasfles|gas bottle|vuurkorf|barbecue|bbq|fireworks?|vuurwerk|chip pan|frituur\\w*',
);
const BURN_SIGN = c(
  '(?:skin|skins|huid) (?:\\w+ ){0,3}(?:white|wit|witte|leathery|leerachtig|charred|verkoold|zwart|black|melted|gesmolten|hangs|hanging|peeling off|laat los|hangt)|red raw|(?:brandwond\\w*|burns?) (?:\\w+ ){0,4}(?:gezicht|face|hals|neck|handen|hands|groot|large|big|whole|hele)|(?:gezicht|face|hals|neck) (?:\\w+ ){0,3}(?:verbrand|burnt|burned)',
);
const SUNBURN = c('zon|sun|zonnebrand|sunburn\\w*|sunbed|zonnebank|koud|cold|frost|vrieskou');
// Under water a while, and an hour later sleepy, breathing fast or coughing on (drowning can come later).
const UNDER_WATER = c(
  'onder water (?:gelegen|gezeten|geweest)|lag (?:\\w+ ){0,3}onder water|(?:bijna|half) verdronken|nearly drowned|near drowning|(?:was|went|been) under(?:water| the water| water)|(?:pulled|dragged|fished|got) (?:him|her|them) out of the (?:water|pool|canal|river|lake|sea)|(?:haalde|haalden|gehaald|trok|trokken|gevist) (?:\\w+ ){0,2}(?:eruit|uit het water|uit het zwembad|uit de sloot)',
);
const AFTER_WATER_SIGNS = c(
  'slaperig|suf\\w*|sleepy|drowsy|ademt (?:\\w+ )?(?:snel|zwaar|raar|moeilijk)|(?:breathing|breathes) (?:\\w+ )?(?:fast|hard|heavy|funny|quickly)|snelle ademhaling|hoest (?:\\w+ )?(?:steeds|aan een stuk|maar door|blijft)|keeps coughing|coughing (?:a lot|non stop|constantly)|niet zichzelf|not (?:himself|herself|themselves)|blauwe lippen|blue lips',
);
// Pain in both arm and jaw with breathlessness or a pounding heart, a panic attack only asked about.
const ARM_AND_JAW = c(
  '(?:arm|linkerarm|schouder) en (?:mijn |de )?kaak|kaak en (?:mijn |de )?(?:linker)?arm|(?:arm|shoulder) and (?:my |the )?jaw|jaw and (?:my |the )?(?:left )?arm',
);
const PANIC_ASKED = c(
  '(?:is|was|zou) (?:dit|dat|het) (?:\\w+ )?(?:een )?(?:paniekaanval|angstaanval)|(?:is|could) (?:this|it|that) (?:be )?(?:a |an )?(?:panic|anxiety) attack',
);
// (A very old person confused, hot and not drinking, a delirium with fever, reads OVERHEATING and FEVER.)
// A sudden headache with a stiff neck or eyes that cannot bear light.
const HEAD_PAIN = c('hoofdpijn|hoofd pijn|\\w+hoofdpijn|pijn in (?:\\w+ )?hoofd|headache|head (?:\\w+ )?(?:hurts|pain)|pain in (?:\\w+ )?head');
const NECK_OR_LIGHT = c(
  'nek (?:\\w+ )?stijf|stijve nek|stiff neck|neck (?:is )?(?:\\w+ )?stiff|(?:kan|kon) (?:\\w+ )?(?:niet|geen) (?:\\w+ )?licht (?:\\w+ )?(?:kijken|verdragen|zien|hebben)|licht doet (?:\\w+ )?pijn|(?:light|lights) (?:\\w+ )?hurts?|(?:cant|can not) (?:stand|bear|look at) (?:the )?light',
);
// Round 35 (development files 82 to 85). Gone tomorrow after a farewell gathering (`morgen ben ik weg`, not a trip).
const DAY_GONE = c(
  '(?:morgen|overmorgen|vanavond|vannacht|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag) ben ik (?:er )?(?:weg|niet meer)|(?:by )?(?:tomorrow|tonight|sunday|monday|tuesday|wednesday|thursday|friday|saturday) (?:im|ill|i will) (?:be )?gone',
);
const FAREWELL_GATHERING = c('laatste avondmaal|last supper|afscheid\\w*|farewell|speech|iedereen (?:\\w+ )?uitgenodigd|invited (?:\\w+ )?everyone');
// An extra strip each month "for the holiday", and now enough.
const EXTRA_EACH_TIME = c(
  '(?:elke|iedere) (?:maand|week|keer) (?:\\w+ )?(?:een )?(?:strip|doosje|pot|potje|extra)|extra (?:strip|strips|doosje|doosjes|pillen|tabletten)|(?:every|each) (?:month|week|time) (?:\\w+ )?(?:an )?extra (?:strip|box|pack|bottle)',
);
const ENOUGH_NOW = c(
  '(?:nu )?heb ik (?:er )?genoeg(?= \\.)|(?:nu )?genoeg (?:bij elkaar|verzameld|gespaard)|i (?:now )?have enough(?= \\.)|(?:now )?ive got enough(?= \\.)',
);
// Said to go on holiday, but the suitcase and passport are still here, with a note or the phone off.
const LUGGAGE_LEFT = c(
  '(?:koffer|paspoort|suitcase|passport)\\w* (?:\\w+ ){0,4}(?:staan|staat|ligt|liggen|is|are|still) (?:\\w+ )?(?:hier|thuis|here|at home|in de gang|in the hall)',
);
const NOTE_LEFT = c('briefje|brief|note|letter|kaartje');
// A last call: one's voice heard for the last time, or that with a care instruction or a goodbye.
const LAST_TIME_HEAR = c(
  'laatste keer dat (?:je|jij|jullie|u) (?:mijn stem|van mij|mij) (?:\\w+ )?(?:hoort|hoorde|horen|ziet|zien)|last time (?:you|youll|you will) (?:\\w+ )?(?:hear|see) (?:my voice|from me|me)',
);
const MY_VOICE = c('mijn stem|my voice');
const CARE_INSTRUCTION = c('wees (?:\\w+ )?lief voor|pas (?:\\w+ )?goed op|zorg (?:\\w+ )?goed voor|take (?:good )?care of|look after|be good to');
// Pills gone before the pharmacy delivers again, beside photos boxed with names, things given away or having had enough.
const PILLS_GONE_EARLY = c(
  '(?:pillendoos|pillenbak|baxter\\w*|weekdoos|medicijnen|medicatie|pillen|tabletten|pill ?box|dosette\\w*|meds|pills|tablets) (?:\\w+ ){0,2}(?:is |zijn |are )?(?:leeg|op|empty|gone|all gone) (?:terwijl|maar|en|while|but|though|and) (?:\\w+ ){0,3}(?:apotheek|pharmacy|levering|delivery|pas|only|not until)',
);
const BOXES_WITH_NAMES = c('(?:dozen|doos|boxes|box|tassen|bags) (?:\\w+ ){0,4}(?:met (?:de )?namen|with (?:the |their )?names|op naam|gelabeld|labelled)');
const HAD_ENOUGH = c('genoeg heeft|heeft er genoeg van|had (?:\\w+ )?enough|has had enough|het (?:is )?mooi geweest');
// My time has come and I choose the moment (not through a doctor's euthanasia).
const MY_TIME_HAS_COME = c(
  'mijn tijd is gekomen|my time has come|kies (?:\\w+ )?(?:zelf )?het moment|(?:choose|choosing|pick|picking) (?:my own |the )?moment',
);
const NEXT_WEEKDAY = c('(?:volgende|next|komende|this|coming) (?:week )?(?:\\w+dag|\\w+day)');
const EUTHANASIA_ROUTE = c(
  'euthanasie\\w*|euthanasia|scen|levenseinde\\w*|expertisecentrum|palliati\\w*|huisarts|arts|dokter|doctor|gp|specialist|assisted dying|hospice',
);
// The one way out, and taking it; blackmail with naked pictures.
const ONE_WAY_OUT_TAKEN = c(
  '(?:1|een|enige|only|one) (?:uitweg|way out) (?:\\w+ ){0,3}(?:die|dat|that|it) (?:ga|gaat|going to|gonna|will|ill) (?:ik |i )?(?:\\w+ )?(?:nemen|take)',
);
const SEXTORTION = c(
  'sextortion|chantage|afpers\\w*|blackmail\\w*|(?:naaktfoto|naaktfotos|nudes|fotos|filmpje) (?:\\w+ ){0,3}(?:delen|verspreiden|sturen|share|send|leak)',
);
const ONE_WAY_OUT = c('(?:maar|nog maar|nog|only|just) (?:1|een|one) (?:uitweg|way out)|geen (?:andere )?uitweg|no (?:other )?way out');
// "What happens if you take 40 …, the friend is me, I already did".
const IF_TAKE_MANY = c(
  '(?:what happens|what would happen|wat gebeurt er|wat gebeurt) (?:\\w+ ){0,2}(?:if|when|als|wanneer) (?:you|i|someone|je|ik|iemand) (?:take|takes|took|swallow\\w*|neemt|neem|slikt|slik) (?:[1-9]\\d|twenty|thirty|forty|fifty|twintig|dertig|veertig|vijftig)|(?:wat gebeurt er|wat gebeurt) (?:\\w+ ){0,2}(?:als|wanneer) (?:je|ik|iemand) (?:[1-9]\\d|twintig|dertig|veertig|vijftig) (?:\\w+ )?(?:neemt|neem|slikt|slik|inneemt)',
);
const ALREADY_DID = c(
  '(?:i )?already did|already (?:took|taken|done)|heb (?:het |ze )?al (?:gedaan|genomen|ingenomen|geslikt)|(?:the friend|die vriend|die vriendin) (?:is|ben) (?:me|ik)',
);
// What was posted was no joke, and today is the day or this time it will work (not a diet or an exam).
const WAS_NO_JOKE = c('(?:was|is) geen grap|(?:wasnt|was not|isnt|is not) a joke');
const THIS_TIME_IT_WORKS = c(
  '(?:deze|dit) keer (?:gaat|zal|lukt) (?:het )?(?:\\w+ )?(?:lukken|wel)|this time (?:it )?(?:will|is going to|gonna) work|this time ill (?:succeed|get it right|do it right)|(?:vandaag|vanavond|vannacht|nu) doe ik het|doe ik het (?:\\w+ )?(?:vandaag|vanavond|echt)|(?:today|tonight) (?:im|i am|i will|ill) (?:\\w+ )?(?:doing it|do it)',
);
const QUIT_HABIT = c('roken|smoking|drinken|drinking|dieet|diet|afvallen|lose weight|marathon|examen|exam|rijexamen|driving test|sporten|gym');
// A late period with one-sided pain and fainting or shoulder-tip pain (an ectopic pregnancy).
const PERIOD_LATE = c(
  'period (?:is |was )?(?:\\w+ )?late|late period|missed (?:my |a )?period|ongesteld (?:\\w+ ){0,2}(?:te laat|uitgebleven|niet gekomen)|(?:menstruatie|menstruation) (?:\\w+ )?(?:te laat|uitgebleven|late)',
);
// Something taken at a party.
const TOOK_SOMETHING = c(
  'took something|taken something|iets (?:\\w+ )?(?:genomen|ingenomen|geslikt)|something in (?:his|her|my) drink|iets in (?:zijn|haar|mijn) drankje',
);
const NONSENSE = c('(?:nothing|niks|niets) (?:\\w+ ){0,2}(?:says|zegt) (?:\\w+ ){0,2}(?:makes sense|klopt)|praat (?:\\w+ )?onzin|shaking|trilt|trillen|rillen');
// Stomach or chest burning that pulls to the jaw or the arm, with clamminess or a heart history.
const RADIATES_TO_JAW = c(
  '(?:naar|in) (?:mijn|de|zijn|haar) (?:kaak|linkerarm|arm|bovenrug|schouder) (?:\\w+ )?(?:trekt|straalt|schiet|uitstraalt|doortrekt)|(?:trekt|straalt|schiet|trekken|stralen) (?:\\w+ ){0,2}(?:naar|in|door) (?:mijn|de|zijn|haar) (?:kaak|linkerarm|arm|bovenrug|schouder)|(?:spreads?|spreading|radiat\\w+|goes|going|shoots?) (?:up |down )?(?:in)?to (?:my|his|her|the) (?:jaw|left arm|arm|upper back|shoulder)',
);
const HEART_HISTORY = c('hartinfarct|infarct|heart attack|hartaanval|stent\\w*|bypass|dotter\\w*');
// A resident or client who said he would go out of the window today.
const WINDOW_TODAY = c(
  '(?:het raam uit|uit het raam) (?:\\w+ )?(?:gaat|ga|springt|spring|springen|gaan)|(?:go|going|jump|jumping|gonna jump) (?:\\w+ )?out (?:of )?(?:the|his|her|my) window',
);
const IF_ONCE_MORE = c(
  'als (?:\\w+ ){0,3}nog langer|als ik nog|als (?:ik|die|dat) (?:\\w+ ){0,3}nog (?:een|1|één) keer|if i (?:\\w+ )?(?:have to|hear|see)|one more (?:time|minute)',
);
// Going somewhere the dog cannot come, forever.
const GOING_WHERE_CANT_TAKE = c(
  '(?:ga|gaat|gaan) (?:\\w+ )?ergens (?:\\w+ )?heen waar (?:ik|ze|hij|zij) (?:\\w+ ){0,3}niet (?:\\w+ )?(?:mee kan nemen|kan meenemen|mee naartoe kan)|going (?:\\w+ )?somewhere (?:i|she|he) (?:cant|can not|cannot) take (?:him|her|it|them)',
);
// Round 36 (development files 86 to 89). The last thing one posts, unable to hold on (not the last post about a subject;
// the Dutch "kan niet meer" is DESPAIR's).
const LAST_POST = c(
  '(?:this|that) (?:is|will be|was) (?:the|my) last (?:thing|post|message|tweet) (?:im|i am|i will|ill|i) (?:\\w+ )?(?:posting|post|write|writing|send|sending)(?! (?:about|on|here about|for today|this year))|(?:dit|dat) (?:is|wordt) (?:het|mijn) laatste (?:bericht|post|berichtje) (?:dat|wat) ik (?:\\w+ )?(?:plaats|post|stuur|schrijf)(?! (?:over|voor vandaag|dit jaar))',
);
const CANT_HOLD_ON = c('(?:i )?(?:cant|can not|cannot)(?= \\.)|(?:cant|can not|cannot) (?:hang|hold) on');
// Organs given after a day, with everything planned.
const ORGAN_DONATION = c('organ (?:donation|donor)|orgaandon\\w*|donorregist\\w*|donorcodicil|(?:lichaam|body) (?:\\w+ ){0,3}(?:wetenschap|science)');
const AFTER_THIS_DAY = c('(?:after|na) (?:this|the|dit|het) (?:weekend|week)|(?:after|na) (?:\\w+day|\\w+dag|tonight|vanavond|morgen|tomorrow)');
const ALL_PLANNED = c(
  '(?:its|it is|everything is|everythings) (?:all )?(?:planned|sorted|arranged|set)|alles is (?:\\w+ )?(?:gepland|geregeld)|het is (?:allemaal )?(?:gepland|geregeld)',
);
// A whole week's box taken at once with a slow pulse or falling asleep (beta-blockers: the heart slows).
const SLOW_PULSE = c(
  '(?:hartslag|heart rate|pulse|pols) (?:\\w+ ){0,2}(?:[1-3]\\d|4[0-4])(?= )|(?:heart rate|pulse|hartslag) (?:is )?(?:very )?(?:low|slow|laag|traag)',
);
// High up now (the top floor, a roof, a bridge), with things returned, a goodbye or a slot given away.
const AT_HEIGHT_NOW = c(
  '(?:im|i am|ik ben|ik sta|ik zit|sitting|standing) (?:\\w+ ){0,3}(?:on|at|op) (?:the |het |de )?(?:top (?:floor|deck|level)|roof|dak|bovenste (?:verdieping|laag|etage|parkeerdek)|edge|rand|bridge|brug)',
);
const SLOT_GIVEN = c(
  '(?:give|geef|geven) (?:\\w+ )?(?:my|mijn) (?:\\w+ )?(?:slot|place|plek|plaats|appointment|afspraak|spot|bed) (?:\\w+ )?(?:to|aan) (?:someone|somebody|iemand)|returned (?:my|the) (?:library )?books|withdrawn from (?:my )?(?:exams|course|modules)',
);
// Things given away and the room given up with no new one (not a move).
const NO_NEW_PLACE = c(
  '(?:ik )?heb (?:nog )?geen (?:nieuwe|andere) (?:kamer|woning|plek|huis|plaats)|(?:have|got|with) no (?:new|other) (?:place|room|flat|home)|nowhere (?:else )?to (?:go|live)',
);
const THING_GIVEN = c(
  '(?:aan|to) (?:mijn|my|mn|de|the) \\w+ (?:gegeven|geschonken|weggegeven|given)|(?:gegeven|weggegeven|geschonken|gave|given) (?:\\w+ ){0,2}(?:aan|to) (?:mijn|my|mn|de|the) \\w+',
);
const ROOM_GIVEN_UP = c(
  '(?:kamer|woning|huis|flat|room|flat) (?:\\w+ ){0,3}(?:vrij|opgezegd|leeg|free|given up|handed back)|(?:huur|lease|tenancy) (?:\\w+ ){0,2}(?:opgezegd|ended|given notice|cancelled)',
);
// Gas smelled at the neighbours', no one answering, someone seen slumped.
const GAS_SMELL = c(
  '(?:ruikt|ruiken|stinkt|stinken|rook|smells?|smelling) (?:\\w+ ){0,4}(?:naar |of |like )?gas|gaslucht|gasgeur|smell of gas|gas leak|gaslek',
);
const SLUMPED_OR_SILENT = c(
  '(?:hoofd|head) (?:\\w+ )?(?:scheef|opzij|hangt|slumped|lolling|to one side)|slumped|(?:niemand|nobody|no one) (?:\\w+ )?(?:doet open|reageert|answers|is answering|comes to the door)|reageert niet|not responding|doet niet open',
);
// Round 37 (development files 90 to 93). The last chapter written and the book closed (not an author or a career).
const LAST_CHAPTER = c(
  '(?:het |mijn )?laatste hoofdstuk (?:\\w+ ){0,2}(?:geschreven|af|klaar|gesloten)|(?:the |my )?(?:last|final) chapter (?:\\w+ ){0,2}(?:written|done|closed|finished)',
);
const BOOK_CLOSED = c('(?:boek|book) (?:\\w+ ){0,2}(?:dichtgeslagen|dichtgedaan|gesloten|closed|shut)|(?:closed|shut) the book');
const LITERAL_BOOK = c(
  'roman|novel|schrijver|schrijfster|author|boekpresentatie|publi\\w*|uitgever\\w*|manuscript|thesis|scriptie|werkzame leven|career|carriere|loopbaan',
);
// A mail scheduled for Monday and by then it is over.
const OVER_BY_THEN = c(
  'tegen die tijd is het (?:\\w+ )?voorbij|(?:by then|by that time) (?:it|this|everything) (?:will be|is|ll be|will all be) (?:\\w+ )?over',
);
const SCHEDULED_MESSAGE = c(
  '(?:mail|e mail|email|bericht|berichtje|post|message|text) (?:\\w+ ){0,3}(?:ingepland|gepland|scheduled)|scheduled (?:an |a )?(?:email|message|post|text)',
);
// Many pills fetched and waiting for them to work.
const PILLS_COUNTED = c(
  '(?:[2-9]\\d|1[5-9]|twintig|dertig|veertig|twenty|thirty|forty) (?:\\w+ )?(?:van die|stuks|pillen|tabletten|witte|pilletjes|pills|tablets|of them)',
);
const WAIT_FOR_EFFECT = c(
  '(?:wacht|wachten|waiting|wait) (?:\\w+ ){0,2}(?:tot|for|until) (?:het|ze|die|it|they|them) (?:\\w+ )?(?:werkt|werken|inwerkt|inwerken|work|works|kicks? in)',
);
// Too late for me, under a campaign; saved once but not this time; signed off for good; things given away that "she
// will understand"; a video sent from a bridge; a name added for next year's remembrance and tonight; thanks passed on
// with "I'm done" (not a treatment finished); things given away and off for good; a social account emptied with a
// last "bye" or the phone not answered; a month's medicine collected and "doing it" this afternoon.
// Round 37: minutes ago is now (`lost the vision in my right eye 20 min ago`).
const MINUTES_AGO = c('(?:\\d+|a few|ten|twenty|half an) (?:min|mins|minutes|minuten) (?:ago|geleden)|(?:een|half) (?:kwartier|halfuur) geleden');
const TOO_LATE_FOR_ME = c('(?:too late|te laat) (?:for|voor) (?:me|mij)(?= \\.| but| maar| though|$)');
const CAMPAIGN = c('campaign|campagne|preventie|prevention|awareness|bewustwording|113|988|hulplijn|helpline|crisis ?line');
const SAVED_ONCE = c(
  'saved me (?:\\w+ ){0,2}(?:once|before|last time) (?:\\w+ ){0,4}(?:cant|can not|wont|will not|not) (?:\\w+ )?this time|(?:heeft|hebben) me (?:\\w+ ){0,2}(?:een keer|eerder|vorige keer) (?:\\w+ )?(?:gered|geholpen) (?:\\w+ ){0,5}(?:niet|geen) (?:meer )?(?:deze|dit) keer|(?:gered|saved) (?:\\w+ ){0,3}(?:maar|but) (?:deze|dit|this) (?:keer|time) (?:niet|not)',
);
const SIGN_OFF_FOREVER = c('(?:afmelden|afmeld|uitloggen|log off|logging off|sign off|signing off) (?:\\w+ ){0,2}(?:voor altijd|voorgoed|forever|for good)');
const BEDTIME = c('bed|bedtijd|slapen|sleep|naar bed|welterusten|good ?night|trusten');
const NEWSLETTER = c('nieuwsbrief|newsletter|mailing\\w*|app|account|abonnement|subscription|lidmaatschap|membership');
const WILL_UNDERSTAND = c('(?:shell|she will|hell|he will|theyll|they will) understand|(?:ze|hij|zij) (?:zal|begrijpt) het (?:wel|vast)(?: begrijpen)?');
const SENT_FROM_HEIGHT = c(
  '(?:filmpje|video|foto|selfie|livestream|story|snap|photo|pic) (?:\\w+ ){0,2}(?:vanaf|van|from|on|op) (?:de|het|the|a|een) (?:\\w+ )?(?:\\w*brug|dak|spoor|bridge|roof|tracks|flat|viaduct|balkon|balcony|klif|cliff)',
);
const NO_REPLY = c('reageert (?:\\w+ ){0,2}niet|(?:not|isnt) (?:replying|responding)|(?:doesnt|does not|wont) (?:reply|respond)');
const WHAT_TO_DO = c('wat (?:moet|kan) ik doen|what (?:do|should|can) i do|help');
const ADD_MY_NAME = c('add my name|put my name|zet (?:\\w+ ){0,2}mijn naam|mijn naam (?:\\w+ ){0,2}(?:erbij|op de lijst)');
const DOING_IT_NOW = c('(?:doing|do) it (?:tonight|today|now)|(?:vanavond|vannacht|vandaag|nu) doe ik het|ga ik het (?:vanavond|vannacht|vandaag) doen');
const THANKS_RELAY = c(
  '(?:tell|say) (?:\\w+ ){0,2}(?:nurse|doctor|therapist|carer|worker|counsel+or|psych\\w*)\\w* (?:\\w+ )?(?:thanks|thank you)|zeg (?:\\w+ ){0,6}(?:bedankt|dankbaar|dank)',
);
const CLOSE_MY_FILE = c('(?:mag|kan|mogen|kunnen) (?:mijn|het) dossier (?:\\w+ )?(?:sluiten|dicht)|(?:can|may) close my (?:file|case)');
const I_AM_DONE = c('(?:ik ben|im|i am) klaar(?= \\.| ze| zij| hij|$)|(?:im|i am) done(?= \\.| she| he| they|$)');
const TREATMENT_DONE = c('behandeling|traject|therapie|therapy|treatment|afgerond|hersteld|recovered|beter|better|ontslagen|discharged');
const OFF_FOR_GOOD = c('(?:im|i am|ill be) (?:off|gone) (?:for good|forever)|ben ik (?:voorgoed|voor altijd) weg|gone for good');
const SOCIAL_EMPTIED = c(
  '(?:insta|instagram|account|profiel|tiktok|facebook|snap) (?:\\w+ ){0,3}(?:leeggemaakt|verwijderd|gewist|op prive|deleted|wiped|emptied|private)|(?:alle|al) (?:mn|mijn|zn|zijn|haar|my|his|her) (?:fotos|posts|photos) (?:\\w+ )?(?:verwijderd|gewist|deleted)',
);
const LAST_BYE = c('(?:laatste|last|final) (?:post|foto|bericht|story)|(?<= )bye(?= )|doei|vaarwel');
const HOARDED_MEDS = c(
  '(?:medicijnen|pillen|tabletten|medicatie|pills|meds|tablets) (?:\\w+ ){0,8}(?:verzameld|gespaard|opgespaard|saved up|collected|stockpiled)',
);
const DO_IT_SOON = c(
  '(?:vanmiddag|vanavond|vannacht|vandaag|morgen|straks|tonight|today|this afternoon) (?:\\w+ ){0,3}(?:gaat|ga|going to|will) (?:\\w+ ){0,2}(?:doen|do)|(?:gaat|ga) doen|going to do it',
);
// Round 30: affairs closed one by one (`venmod everyone back what I owed`, `al mijn abonnementen opgezegd`,
// `boodschappenbezorging geannuleerd`), with nothing needed any more or things given away; not for a move, a stay
// in hospital or a while.
const AFFAIRS_CLOSED = c(
  '(?:paid|pay|venmod|venmoed|sent|betaald|terugbetaald|overgemaakt|gestuurd) (?:\\w+ ){0,3}(?:everyone|everybody|iedereen) (?:\\w+ ){0,3}(?:back|terug|owed|schuldig)|(?:paid off|afbetaald|afgelost) (?:\\w+ ){0,2}(?:all|every|alle|al mijn|my last) (?:\\w+ )?(?:debts?|schulden|schuld)|(?:abonnementen|abonnement|subscriptions|memberships|lidmaatschappen|telefoonabonnement|bezorging\\w*|boodschappen\\w*|deliveries|delivery|krant|newspaper) (?:\\w+ ){0,5}(?:opgezegd|geannuleerd|stopgezet|cancelled|canceled)|(?:opgezegd|geannuleerd|cancelled|canceled) (?:\\w+ ){0,3}(?:abonnementen|subscriptions|memberships|bezorging\\w*|deliveries|groceries)',
);
const ORDINARY_MOVE = c(
  'verhui[sz]\\w*|moving|emigra\\w*|sabbatical|relocat\\w*|buitenland|abroad|new (?:place|flat|house|job)|nieuwe (?:woning|baan|plek)|pensioen|retire\\w*|studie|exchange|wereldreis|backpack\\w*',
);
// A stay in a hospital or a home (not a message on a hospital's page).
const STAY_AWAY = c(
  'opname|opgenomen|operat\\w*|surgery|(?:in|into|to|naar het|in het) (?:the )?(?:hospital|ziekenhuis)|care home|verpleeghuis|zorghuis|nursing home|verzorgingshuis|hospice',
);
const FUNERAL_COVER = c('uitvaart\\w*|funeral (?:plan|policy|cover|insurance)|begrafenis\\w*|crematie\\w*|polis\\w*|life (?:cover|insurance)');
const TEMPORARY = c(
  'tijdelijk|temporar\\w*|(?:voor|for) (?:een paar|a few|(?:\\d+|twee|drie|vier|zes|two|three|four|six)) (?:weken|weeks|maanden|months)|pauze|paused?|pauzeer\\w*|on hold|tot (?:ik|we) (?:terug|weer)|until (?:i|we) (?:get|am|are) back',
);
// After a day named, nothing is needed any more (`na vrijdag hoef ik hem niet meer`), beside things returned or an
// apology for the bother.
const AFTER_DAY_NO_MORE = c(
  '(?:na|vanaf|after|from) (?:vandaag|vanavond|vannacht|morgen|dit weekend|\\w+dag|today|tonight|tomorrow|this weekend|\\w+day) (?:\\w+ ){0,2}(?:hoeft|hoef|heb) (?:\\w+ ){0,3}(?:niet|niks|niets) meer|(?:after|from) (?:today|tonight|tomorrow|\\w+day) (?:i |it )?(?:wont|will not|dont|do not) (?:\\w+ )?(?:need|matter)',
);
const RETURNED_OR_SORRY = c(
  'terugbrengen|terug (?:te )?brengen|teruggebracht|inleveren|return (?:my|the|them)|take (?:my|the) \\w+ back|(?:excuses|sorry|sorrie) (?:\\w+ ){0,2}(?:voor|for) (?:het|the|al het|all the) (?:gedoe|hassle|trouble|moeite|ongemak)',
);
// The medicine cabinet emptied, and sitting with all of it (`emptied the bathroom cabinet and im sitting here with
// all of it`); not old medicines cleared out to be handed in.
const CABINET_EMPTIED = c(
  'emptied (?:out )?(?:the |my )?(?:bathroom |medicine |meds )?(?:cabinet|cupboard|drawer|box)|(?:medicijnkast\\w*|badkamerkast\\w*|medicijnla\\w*|medicijndoos) (?:\\w+ ){0,3}(?:leeggehaald|leeg gehaald|leeggemaakt|omgekeerd)',
);
const SITTING_WITH_IT = c(
  '(?:sitting|sat|zit|zitten) (?:\\w+ ){0,2}(?:with|met) (?:all of (?:it|them)|it all|them all|alles|het allemaal|ze allemaal)|(?:alles|all of it) (?:ligt |is )?(?:voor me|naast me|in front of me|next to me)',
);
const DISPOSAL = c('expired|verlopen|over datum|inleveren|hand (?:them |it )?in|dispose|weggooien|throw (?:them |it )?away|opruimen|clear\\w* out');
// Things offered for nothing (`free to good home: guitar, switch, cat`).
const FREE_TO_GOOD_HOME = c('free to (?:a )?(?:good|loving|new) home|gratis (?:af te halen|op te halen|weg te geven)|wie wil (?:\\w+ ){0,2}(?:hebben|gratis)');
// Very heavy bleeding told plainly (`a LOT of blood`, `tied my belt round it`) with cold, sleepy or faint.
const MUCH_BLOOD = c(
  '(?:a lot|lots|loads|so much|heel veel|zoveel|enorm veel|veel) (?:of )?(?:blood|bloed)|tourniquet|(?:belt|riem) (?:\\w+ ){0,3}(?:round|around|om)|afgebonden',
);
const SHOCKY = c(
  '(?:cold|koud|sleepy|slaperig|clammy|klam|pale|bleek|dizzy|duizelig|faint|flauw|lightheaded|shaky|trillerig) (?:now|nu)|(?:getting|word|wordt|becoming) (?:a bit |wat |heel |really )?(?:cold|koud|sleepy|slaperig|pale|bleek|dizzy|duizelig|faint)',
);
// Someone with dementia gone out on a bike or in a car to a work long left, in the dark, phone left behind.
const WENT_OFF = c(
  'op de fiets gestapt|(?:fietste|fietst|reed|rijdt) (?:\\w+ )?weg|weggefietst|weggereden|got on (?:his|her) bike|cycled off|drove off|went out (?:on|in) (?:his|her) (?:bike|car)|(?:telefoon|phone) (?:ligt|is|left) (?:\\w+ )?(?:hier|thuis|here|at home|behind)',
);
const WATER_PLACE = c('canal|kanaal|river|rivier|sea|zee|weir|stuw|sluis\\w*|lake|dijk|pier|haven|harbour|quay|kade|afsluitdijk');
const PILLS_WORD = c('tablets?|pills?|meds|sleepers|painkillers|tabletten|pillen|slaappillen|pijnstillers|medicijnen|medication');
const DARK_OR_COLD = c('(?:het )?wordt donker|donker|getting dark|dark|geen jas|no coat|koud|cold|freezing|vriest');
const BLAME_OR_PARADE = c(
  '(?<=\\. |^ )(?:its |it is |is )?(?:nobodys|no ones|no one s|nobody s|niemands) (?:fault|schuld)(?= \\.)|(?:last|final|laatste) (?:parade|appel|salute)',
);
// The gas left open (`het gas staat open`): with despair, no reason left or a goodbye.
const GAS_OPEN = c(
  '(?:het |de )?gas (?:staat|is|gaat) (?:\\w+ )?open|gaskraan (?:\\w+ )?open|(?:the )?gas (?:is )?(?:turned |left )?on (?:and|with) (?:the )?(?:windows?|doors?) (?:shut|closed)',
);
// Going, and saying it is for no ordinary reason (`niet voor een nieuwe baan ofzo, gewoon weg`, `geen pensioen`).
const NO_ORDINARY_REASON = c(
  '(?:geen|niet voor een|niet om een|niet vanwege een|niet naar een|no|not a|not for a|not to a|not because of a) (?:\\w+ )?(?:nieuwe baan|andere baan|new job|other job|pensioen|retirement|vakantie|holiday|verhuizing|move)|(?:ik )?verhuis niet|(?:ga|gaat|gaan) (?:\\w+ )?niet verhuizen|(?:hes|he is|shes|she is) not moving|(?:ik ga|ga ik) nergens (?:heen|naartoe)|(?:im|i am) not going anywhere|(?:im|i am) not (?:moving|retiring)|(?:een )?ander soort (?:ontslag|reis|vakantie|afscheid|vertrek)|(?:a )?different (?:kind|sort) of (?:leaving|trip|holiday|goodbye|resignation|journey)|(?:ze|zij|they|iedereen|everyone) (?:\\w+ )?(?:denkt|denken|dachten|dacht|thinks|think|thought) (?:dat )?(?:ik|im|i am|i was|i m) (?:\\w+ ){0,3}(?:op vakantie|on holiday|on a trip|verhuis\\w*|moving|ontslag|quitting)|(?:denken|denkt|dacht|dachten|think|thinks|thought) (?:\\w+ ){0,4}(?:verhui[sz]\\w*|moving|new job|nieuwe baan|vakantie|holiday|trip|reis)(?: \\w+){0,3} (?:maar|but) (?:dat is niet zo|het is niet zo|niet|not|thats not|it is not|its not|im not|i am not)|(?:not|niet|geen) (?:\\w+ )?(?:moving|travelling|traveling|on holiday|on vacation|retiring|fired|sacked|starting (?:anywhere|somewhere) else|op vakantie|met pensioen|ontslagen|verhuizen|verhuis|emigreren|emigrating)|(?:geen|not a) (?:vakantie|holiday|verhuizing|move)',
);
// The next appointment no longer needed, said with a goodbye (`cancel my slot on the 14th, won't be needing it … look after yourselves`).
const CARE_NOT_NEEDED = c(
  '(?:dont|do not|no need to) worry about (?:\\w+ ){0,2}(?:appointment|session|visit|afspraak)|(?:wont|will not|dont|do not) need (?:\\w+ )?(?:the|my|that|this|next|our) (?:\\w+ ){0,3}(?:appointment|session|visit|referral|prescription|repeat|meds|medication)|(?:heb|hoef|heeft) (?:\\w+ )?(?:de|mijn|die|deze|volgende|onze) (?:\\w+ )?(?:afspraak|sessie|gesprek|verwijzing|herhaalrecept|recept|medicatie) (?:\\w+ )?niet meer(?: nodig| te)?',
);
// The last message the writer will send (the last time one posts here, the last message one will get),
// not the last post of a day, a year or a series.
const LAST_MESSAGE = c(
  '(?:this is )?(?:my |the |mijn |het )?(?:last|final|laatste) (?:post|msg|message|bericht|berichtje|upload|tweet|appje|app)(?! (?:of|van|voor|for) (?:the |this |dit |deze |het |de )?(?:day|dag|week|year|jaar|season|seizoen|series|serie|month|maand|vandaag|today|tonight|vanavond))(?: (?:\\w+ ){0,2}(?:from me|van mij|u get|you get|je krijgt|ever)|(?= \\.))|laatste keer dat ik (?:\\w+ ){0,3}(?:post|schrijf|iets zeg|app|appen|mail|stuur)|last time (?:i|ill|i will) (?:\\w+ ){0,2}(?:post|write|message|text)|(?:last|final) (?:post|upload|msg)(?= (?:lmao|lol|peace|x|xx|bye))',
);
const LAST_MESSAGES = new RegExp(LAST_MESSAGE.source, 'g');
// Round 19. The end of the line reached, not a train's nor a treatment's (`we reached the end of the road with chemo`).
const END_REACHED = c(
  '(?:eindstation|eindpunt|end of the (?:line|road)|final destination|eindbestemming) (?:\\w+ )?(?:bereikt|reached)|(?:dit is|this is|reached|bereikt) (?:\\w+ )?(?:het|the|mijn|my) (?:eindstation|end of the (?:line|road))(?! (?:met|with|for|voor) )',
);
// A goodbye meant this time, after an earlier one (`for real this time`), not a habit given up.
const THIS_TIME_FOR_REAL = c(
  '(?:serieus|echt|for real|serious|seriously) (?:dit|deze|this) (?:keer|time)|(?:dit|deze|this) (?:keer|time) (?:echt|serieus|for real|for good)|letterlijk (?:dit|deze) keer|(?:dit|deze) keer letterlijk|literally this time|this time literally|(?:no|not) (?:kiddin\\w*|joking|joke) (?:this|dis) time|geen grap (?:dit|deze) keer|(?:dit|deze) keer geen grap|ik meen het (?:dit|deze) keer|niet zoals (?:de )?vorige keer|not like (?:the )?last time',
);
const HABIT = c('roken|smoking|vapen|vaping|sigaret\\w*|cigarett\\w*|alcohol|drank|drinking|dieet|diet|suiker|sugar|snoep|gokken|gambling');
// A decision said to be taken, calmly or with a goodbye, about nothing named (not an operation or a move).
const DECISION_TAKEN = c(
  '(?:de|mijn|the|my) (?:beslissing|besluit|keuze|decision|choice) (?:is|staat|has been|was) (?:\\w+ )?(?:genomen|gemaakt|vast|made)|my mind is made up|(?:ive |i have )?made up my mind|(?:ik heb|i have|ive) (?:mijn|my) (?:beslissing|besluit|decision) (?:genomen|made)',
);
const DECISION_ABOUT = c(
  'operatie|operation|surgery|behandeling|treatment|chemo|euthanasie|euthanasia|verhuiz\\w*|move|moving|baan|job|school|studie|opname|admission|verpleeghuis|care home|scheiding|divorce|zwanger\\w*|pregnan\\w*|abortus|abortion',
);
const SAYS_CALM = c('(?:ik ben|i am|im) (?:heel |very |so |helemaal |completely )?(?:rustig|kalm|calm)');
// Sorry for the trouble one always caused, with a last time promised (not the last time one calls about a bill).
const SORRY_FOR_TROUBLE = c(
  'sorry (?:voor|for) (?:al |all )?(?:het|the|alle|all the|mijn|my) (?:gedoe|trouble|hassle|drama|moeite|zorgen|worry|worries|ellende|mess) (?:dat|that|i|ik) (?:\\w+ ){0,3}(?:altijd|always|steeds|ever|caused|bezorgde|bezorgd|veroorzaakt|gaf|gave)',
);
const LAST_TIME = c(
  '(?:dit is|this is|dit was|this was) (?:de|het|the) (?:laatste keer|last time)(?! (?:dat|that) )(?! (?:i|ik|we|you|je) (?!promise |beloof ))',
);
// Resigning from life itself (`my resignation from existing`).
const RESIGN_FROM_LIFE = c(
  '(?:resignation|resign|resigning|unsubscrib\\w*) (?:\\w+ )?from (?:life|living|existing|existence|being alive)|(?:ontslag|uitschrijv\\w*|afmeld\\w*) (?:\\w+ )?(?:uit|van|bij) (?:het leven|het bestaan|mijn bestaan)',
);
// Where one will be found (`where they can find me later`), said from a height or with a goodbye.
const FIND_ME = c(
  'waar (?:ze|jullie|je|men|u) (?:me |mij )?(?:\\w+ )?(?:kunnen |kan |moeten )?(?:vinden|ophalen)|where (?:they|you|to|u) (?:can |will |ll |should )?find me|where ill be found|waar ik (?:straks )?(?:te vinden ben|gevonden (?:kan|zal) worden)',
);
// A plan made in care (a safety plan, an appointment and a plan), not one's own.
const CARE_PLAN = c(
  '(?:afspraak|appointment|therapeut|therapist|behandelaar|huisarts|gp|counsel+or|psycholoog|psychologist|praktijkondersteuner|wijkteam|key ?worker|care coordinator) (?:\\w+ ){0,4}(?:plan|planning)|(?:safety|crisis|care|treatment|behandel|veiligheids|signalerings|zorg) ?plan|(?:plan|planning) (?:\\w+ ){0,3}(?:met|with) (?:\\w+ ){0,2}(?:therapeut|therapist|behandelaar|huisarts|gp|counsel+or|psycholoog|psychologist|team)',
);
// Round 20. Days without eating and drinking, with going to one who died or a goodbye (an old man `naar oma gaat`).
const NOT_EATING_DRINKING = c(
  '(?:eet|eten) noch (?:drinkt|drinken)|noch eten noch drinken|neither (?:eats|eating|eaten) nor (?:drinks|drinking|drunk)|(?:zonder|geen) (?:eten (?:en|of) (?:drinken|drank))|(?:eet|drinkt) (?:\\w+ )?(?:niet|niks|nauwelijks) (?:meer )?(?:en|of) (?:drinkt|eet)|(?:eet|eten) en (?:drinkt|drinken) (?:\\w+ ){0,4}(?:niet|niks|niets) meer|weigert (?:\\w+ )?(?:eten en drinken|te eten en te drinken)|(?:stopped|not|hasnt|has not|no|isnt|refuses?) (?:\\w+ )?(?:eating (?:and|or) drinking|touched (?:food|a bite|a drop))',
);
const GOING_TO_THE_DEAD = c(
  '(?:naar|bij) (?:oma|opa|mama|papa|moeder|vader|zijn vrouw|haar man|mijn vrouw|mijn man) (?:toe )?(?:gaat|gaan|wil|wilt|zijn|te gaan)|(?:go|going|ready) (?:to (?:be with |join )?|and join )(?:nan|nana|gran|granny|grandad|grandpa|grandma|(?:his|her|my) (?:late )?(?:wife|husband|mum|mom|dad))',
);
// Round 21. A goodbye with a sign of death (a grave, a coffin, a dove) and nobody else's death named: all a short
// message may say (`👋🪦`, `groetjes aan iedereen … 🕊️`).
const DEATH_SIGN = c('grafemoji|duifemoji');
const GREETING_ALL = c('zwaaiemoji|(?:groetjes|groeten|liefs|doei|dag|bye|love|cheers) (?:aan |to )?(?:iedereen|allemaal|everyone|everybody|you all|y all)');
const SOMEONE_ELSE_DIED = c(
  'rip|rust zacht|rest in peace|rest easy|in memoriam|overleden|overleed|gestorven|passed away|died|funeral|begrafenis|crematie|uitvaart|condoleance\\w*|sterkte|herdenk\\w*|remembering|in remembrance',
);
// A burden to everyone, with oneself taken out of the picture, a decision taken, or it arranged tonight.
const BURDEN = c(
  '(?:niemand|nobody|no one|anyone|iedereen) (?:\\w+ ){0,3}tot last|tot last (?:\\w+ ){0,2}(?:zijn|meer)|(?:a|the) burden (?:\\w+ ){0,3}(?:anymore|any more|any longer|to (?:anyone|everyone|you all))|costing (?:everyone|everybody|you all|you|them) (?:\\w+ )?(?:too much|so much)|(?:kost|kosten) (?:iedereen|jullie) (?:\\w+ )?(?:te ?veel|zo ?veel)',
);
const OUT_OF_THE_PICTURE = c(
  '(?:take|taking|remove|removing) myself (?:\\w+ )?(?:out of the picture|out of the way|out of (?:everyones|your) li(?:fe|ves))|(?:mezelf|mijzelf) (?:\\w+ )?uit (?:het beeld|de weg) (?:halen|haal|ruimen)',
);
const ARRANGE_IT = c(
  '(?:dat|het) ga ik (?:\\w+ )?regelen|ga (?:ik )?(?:het|dat) (?:\\w+ )?regelen|(?:will|going to|gonna) (?:sort|deal with|take care of) (?:it|that|this)',
);
const SOON_SAID = c('vanavond|vannacht|dit weekend|morgen|tonight|this weekend|tomorrow|today|vandaag');
// Over by the morning, said bitterly or with despair (`cheers for nothing. it will be over by the morning anyway`).
const OVER_BY_MORNING = c(
  '(?:it|itll|this|everything|all this|it all)(?: will| ll)? (?:all )?be (?:all )?over (?:by|before) (?:the )?(?:morning|tomorrow|tonight|daylight)|(?:morgen ?(?:ochtend|vroeg)?|vannacht|voor de ochtend) is (?:het|alles) (?:\\w+ )?(?:voorbij|over)',
);
const BITTER_THANKS = c('(?:cheers|thanks|thank you) for nothing|(?:bedankt|dank|dankjewel) voor (?:niks|niets|helemaal niks)');
// Lying on the floor for an hour or more and not getting up, with a walker or an alarm not worn (an older person alone).
const ON_THE_FLOOR = c(
  '(?:lig|ligt|lies|lying|laying|been lying|am lying) (?:\\w+ ){0,4}(?:op de grond|op de vloer|op de \\w+vloer|on the floor|on the ground|on the \\w+ floor)',
);
const LONG_DOWN = c(
  'al (?:een|\\d+|twee|drie|anderhalf) (?:\\w+ )?(?:uur|uren)|(?:for|over) (?:an|\\d+|two|three) (?:\\w+ )?hours?|since (?:last night|this morning)|sinds vannacht|sinds vanochtend',
);
const ALONE_AID = c('rollator|walker|zimmer|alarmknop|alarm button|personenalarm|pendant alarm|alarmering|valalarm|careline|lifeline');

// Round 22. A large number of tablets taken hours ago or asked about for oneself (`na 60 paracetamol … al 2 uur
// geleden`); a journey without return, with things given away or a goodbye; signing off said to be meant literally this
// time; into the sea or the water, with thanks for the years or a goodbye; a last message with one's life summed up.
const JOURNEY_NO_RETURN = c(JOURNEY_NO_RETURN_WORDS);
/** Twenty or more tablets (a number, then a medicine or a word for pills). */
const MANY_PILLS =
  '(?:[2-9]\\d|\\d{3}) (?:\\w+ )?(?:paracetamol\\w*|ibuprofen|pillen|pil|tabletten|pills|tablets|meds|oxazepam|diazepam|temazepam|lorazepam|codeine|tramadol)';
// Taken in, by mouth or needle; after a large count, a poisoning now.
const TAKING = 'ingenomen|genomen|geslikt|taken|took|swallowed|necked|gespoten|injected';
const TAKEN_IN = c(TAKING);
const LARGE_COUNT_TAKEN = c(`(?:na|after|${TAKING}) (?:\\w+ )?${MANY_PILLS}`);
const LARGE_COUNT = c(MANY_PILLS);
/** Hours ago, in figures or words (`2 uur geleden`, `a couple of hours ago`): a poison taken then still works now. */
export const HOURS_AGO = c('(?:\\d+|een|een paar|a few|an|a couple of|two|three|four|twee|drie|vier) (?:uur|uurtje|hours?|hrs?) (?:geleden|ago)');
/** Round 30: a large number of pills taken hours ago (`took 20 paracetamol about 3 hours ago`) works now, however well one feels. */
export const overdoseHoursAgo = (s: string) => has(LARGE_COUNT_TAKEN, s) && has(HOURS_AGO, s);
const ASKED_FOR_ME = c('(?:vraag|asking|question) (?:\\w+ )?(?:voor|for) (?:mezelf|mijzelf|myself|me)');
const SIGN_OFF = c(
  '(?:ik )?check (?:\\w+ )?uit|uitchecken|checking out|check out|afmelden|meld (?:me|mij|ik) (?:me )?af|switching off|switch off|clocking off|tapping out|tap out|logging off|log (?:ik )?uit|uitloggen',
);
const INTO_THE_WATER = c(
  '(?:ga|gaat|loop|loopt|wandel|wandelt) (?:\\w+ ){0,2}(?:de|het) (?:zee|water|meer|kanaal|rivier) in|(?:walk|walking|going|go) (?:\\w+ )?into the (?:sea|water|waves|river|lake|loch)',
);
const THANKS_FOR_THE_YEARS = c(
  '(?:envelop\\w*|envelope|cadeau\\w*|fooi|tip|gift|present|briefje) (?:\\w+ ){0,5}(?:voor al die jaren|for all (?:these|those|the) years)|(?:bedankt|dank|dankje|dankjewel|thanks|thank you) (?:\\w+ ){0,5}(?:al die jaren|all these years|all those years|over the years)|(?:bedankt|dank|dankje|dankjewel|thanks|thank you) voor de (?:mooie )?jaren|(?:thanks|thank you) for the years',
);
const LIFE_SUMMED_UP = c(
  '(?:was|had) a good (?:run|life|innings|place to grow up)|(?:het|t) was (?:een )?(?:mooi|goed) (?:leven|geweest)|was een (?:mooi|goed) leven',
);

// Round 23. A night said to be the night, with one's own funeral ready; a last post meant for real this time; thanks
// for trying with too late and a goodbye; nothing helps, with a goodbye or "this was it"; a secret kept from one's
// family with a bridge or a dangerous place; "it is arranged" and a bye, nothing more; nobody to be sent; a life
// insurance that pays out, with a day or despair; tablets counted, a number and relief; a decision to finish, with
// tiredness of life; heat stroke (burning hot, with no sweat, fainting or confusion).
const TONIGHTS_THE_NIGHT = c('tonights the night|tonight is the night|(?:vanavond|vannacht) is (?:het|de) (?:zover|avond|nacht)');
const OWN_FUNERAL = c('(?:own|eigen|my|mijn|mn) (?:\\w+ )?(?:funeral|uitvaart|begrafenis)\\w*');
const FINAL_POST = c('(?:last|final|laatste) (?:tweet|post|bericht|berichtje|message|msg|upload)');
const THANKS_FOR_TRYING = c('(?:bedankt|dank|dankje|dankjewel|thanks|thank you|thx) (?:\\w+ )?(?:voor het proberen|for trying)');
const TOO_LATE = c('(?:is het |its |it is )?te laat|too late');
/** A message that ends with a bare bye (`… te laat. dag.`). */
const ENDS_WITH_BYE = gated(/ (?:dag|doei|doeg|bye|ciao|vaarwel|adieu|goodbye|tot ziens)(?: \.)? $/);
const NOTHING_HELPS = c('(?:niks|niets|nothing) (?:\\w+ )?(?:helpt|werkt|heeft geholpen|helps|works|has helped|has worked)');
const THIS_WAS_IT = c('dit was het(?! (?:voor|van|wel|weer|alweer))|dat was het dan|(?:this|that) was it(?! (?:for|from))|thats it then');
const DONT_TELL_FAMILY = c(
  '(?:zeg|vertel) (?:\\w+ )?(?:niks|niets|het niet) (?:tegen|aan) (?:mijn|mn) \\w+|(?:dont|do not) tell (?:my|mum|mom|dad|the kids) ?\\w*',
);
const BRIDGE = c('\\w*brug|bridge|viaduct|spoorlijn|railway');
const ARRANGED_IT = c('(?:het|t|alles) is geregeld|(?:its|it is|everything is|everythings) (?:all )?(?:sorted|arranged)');
const DONT_SEND_ANYONE = c(
  '(?:do not|dont) send (?:anyone|anybody|someone|the police|an ambulance)|stuur (?:\\w+ )?(?:niemand|geen politie|geen ambulance)|(?:do not|dont) (?:come )?look(?:ing)? for me|zoek (?:me|mij) niet|kom (?:me|mij) niet (?:zoeken|halen)|(?:do not|dont) try to (?:find|locate|trace) me',
);
// Knowing the amount: the doses, or how much is enough.
const KNOW_THE_AMOUNT = c(
  '(?:know|ken|weet) (?:\\w+ )?(?:the|de) (?:doses|doseringen|dosis|dose)|(?:weet|know) (?:\\w+ )?(?:hoeveel|how much|how many) (?:\\w+ ){0,2}(?:(?:genoeg|te veel) is|(?:is|are) (?:enough|too much))',
);
const LIFE_INSURANCE_PAYS = c(
  '(?:levensverzekering|overlijdensrisicoverzekering|life insurance|life policy)\\w* (?:\\w+ ){0,3}(?:keert|betaalt|pays|will pay|uitkeren|uitbetalen|pay out)',
);
const COUNTED_THEM = c('(?:counted|geteld|telde|tel) (?:them|ze|die|de pillen|the pills|the tablets|de tabletten)');
const BARE_COUNT = c('(?:[2-9]\\d|\\d{3})');
const RELIEF = c('relief|relieved|opluchting|opgelucht|rust|peace|calm');
const DECIDE_TO_FINISH = c(
  '(?:decide|decided|deciding|besloten|besluit|beslis) (?:\\w+ )?(?:to finish|to end|te stoppen|er een eind)|(?:vandaag|today) (?:\\w+ )?(?:decide|besluit|beslis)',
);
const HEAT_BODY = c(
  'gloeiend heet|bloedheet|kokend heet|burning up|burning hot|red hot|oververhit\\w*|overheated|hitteberoerte|heatstroke|heat stroke|zonnesteek|sunstroke',
);
const HEAT_SIGNS = c(
  'zweet (?:\\w+ )?niet (?:meer)?|(?:stopped|not|isnt|is not) sweating|geen zweet|droge huid|dry skin|zakt (?:steeds )?weg|rare dingen|verward|confused|flauw\\w*|faint\\w*|passed out|collaps\\w*|niet aanspreekbaar|out of it|slurring|praat raar|braakt|vomiting|throwing up',
);

// Round 23: a drooping face a doctor has already seen and named Bell's palsy is no stroke now.
const BELLS_PALSY = c('bells? palsy|bell s palsy|facial palsy|(?:aangezichts)?verlamming van bell|aangezichtsverlamming');
const DOCTOR_SAW = c(
  '(?:huisarts|gp|doctor|dokter|arts|neuroloog|neurologist|a e|eerste hulp|seh|hap|huisartsenpost) (?:\\w+ ){0,4}(?:gekeken|saw|seen|said|zei|zegt|diagnosed|vastgesteld|checked)',
);
export const palsyDiagnosed = (s: string) => has(BELLS_PALSY, s) && has(DOCTOR_SAW, s);

// Round 24. A short reply to our own safety question (`waar ben je nu?` … `spoorwegovergang`); affairs handed over
// "so nobody is stuck", or codes and logins sent, with a day, a goodbye or "it does not matter anymore"; all of a
// medicine drawer or a month's supply taken; following one who died, tonight or with the means; stones in one's
// pockets; driving full speed into a pillar; at a dangerous place with "it is time"; knowing how much is enough, and
// just done; deep cuts going on tonight. Carbon monoxide from a fire inside a tent or a room; a blow to the head on
// blood thinners, then vomiting or drowsiness; redness spreading with cold hands or listlessness; a positive test with
// pain at the shoulder tip or fainting.
const SAFETY_QUESTION = c(
  '(?:are you|r u|ben je|bent u|zijt ge|zit je) (?:still |nog )?(?:safe|veilig)(?! (?:to|om|for|voor))|where are you (?:right )?now|waar (?:ben|zit) (?:je|u) (?:nu|op dit moment)|we sturen iemand|change my mind',
);
const NOBODY_STUCK = c('(?:so|zodat) (?:nobody|nobodys|no one|niemand) (?:\\w+ )?(?:stuck|vastzit|vast zit|ermee zit|mee zit|ermee zitten)');
const CODES_HANDED = c(
  '(?:login|logins|inlog\\w*|wachtwoord\\w*|passwords?|2fa|codes|pincode|digid)\\w* (?:\\w+ ){0,6}(?:naar|to|voor|for|aan) (?:mijn|mn|my|me) \\w+|(?:sent|gave|given|stuurde|gestuurd|gegeven) (?:\\w+ ){0,3}(?:the |de |mijn |my )?(?:login|logins|wachtwoord\\w*|passwords?|2fa|codes|pin)',
);
const NO_LONGER_MATTERS = c('maakt (?:\\w+ )?niet meer uit|doesnt matter (?:any ?more|now)|(?:its|it is) not just in case|het was goed zo');
const TRIP = c('vakantie|holiday|trip|reis|backpack\\w*|travel\\w*|op reis|vliegen|vliegt|vlucht|flight|flying|fly');
const TOOK_ALL_OF = c(
  '(?:alles|all|everything) (?:\\w+ ){0,2}(?:uit|from|out of) (?:de|het|mijn|mn|my|the) (?:\\w+ )?(?:medicijn|pillen|medicine|meds|pill|medicatie)\\w*|(?:medicatie|medicijnen|pillen|meds|medication|tabletten|tablets) voor (?:de )?(?:gehele|hele|een) (?:maand|week)|(?:a|the) (?:whole )?(?:month|week)s? (?:worth|supply)',
);
const FOLLOW_THE_DEAD = c('(?:kom|ga|volg) (?:je|jou|hem|haar) (?:\\w+ ){0,2}achterna|(?:follow|join) (?:you|him|her) (?:\\w+ )?(?:soon|tonight|there)');
const STONES_IN_POCKETS = c('(?:rocks|stones|stenen|keien) in (?:my|me|mijn|mn|m) (?:\\w+ )?(?:pockets|zakken|jaszak\\w*)');
const DRIVE_INTO = c(
  '(?:vol gas|plankgas|full speed|flat out|foot down) (?:\\w+ ){0,6}(?:pijler|boom|muur|viaduct|tree|wall|pillar|abutment|vrachtwagen|truck|lorry)',
);
const IT_IS_TIME = c('het is zover|the time has come|(?:its|it is) time now(?! (?:for|to|voor))');
const CUTS_DEEP = c('(?:diepe|deep) (?:\\w+ )?(?:sneden|snijwonden|cuts|wonden|wounds)');
const UNTIL_OVER = c('tot het klaar is|tot het over is|until (?:its|it is) (?:over|done|finished)|doorgaat|keeps? going|blijft doorgaan');
const FIRE_INSIDE = c(
  '(?:bbq|barbecue|houtskool|charcoal|kachel|heater|generator|aggregaat|gasstel|terrasverwarmer) (?:\\w+ ){0,5}(?:in|inside|binnen|mee) (?:\\w+ ){0,2}(?:tent|caravan|camper|kamer|room|garage|bedroom|slaapkamer)',
);
const FUME_SIGNS = c(
  'dizzy|duizelig|vomit\\w*|overgeven|spugen|(?:not|niet) (?:\\w+ )?(?:waking|wakker)|hoofdpijn|headache|suf\\w*|drowsy|slaperig|confused|verward',
);
const HEAD_BLOW = c(
  '(?:tegen|op) (?:zijn|haar|mijn|zn|de) slaap|(?:hit|struck) (?:on )?(?:his|her|my|the) temple|(?:hoofd|kop|head) (?:\\w+ ){0,4}(?:geknald|gestoten|gebotst|hit|banged|bumped|struck)|(?:geknald|gestoten|hit|banged|bumped|struck|fell|viel|gevallen) (?:\\w+ ){0,6}(?:hoofd|kop|head)',
);
const ANTICOAGULANT = c(
  'bloedverdunner\\w*|blood thinners?|anticoagul\\w*|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|acenocoumarol|fenprocoumon|sintrom|marcoumar|eliquis|xarelto|clopidogrel|plavix|ticagrelor|brilique|prasugrel',
);
const WORSENING_HEAD = c(
  'overgeven|braken|vomit\\w*|being sick|been sick|double vision|dubbel (?:zien|zie|ziet)|(?:speech|voice) (?:\\w+ )?(?:thick|slurred)|dubbele tong|slaperig\\w*|sleepy|sleepier|drowsy|suf\\w*|verward|confused',
);
const RED_SPREADING = c('(?:rood|roodheid|red|redness) (?:\\w+ ){0,6}(?:groter|bigger|larger|spreading|spreads|uitbreidt|breidt)');
const COLD_OR_LISTLESS = c(
  'koude (?:handen|voeten)|(?:handen|voeten) (?:\\w+ ){0,3}koud|cold (?:hands|feet)|(?:hands|feet) (?:\\w+ ){0,2}(?:cold|freezing)|sloom|lethargic|floppy|listless|suf\\w*',
);
const POSITIVE_TEST = c(
  '(?:[4-9]|1[0-2]|vier|vijf|zes|zeven|acht|negen|tien) weken zwanger|(?:zwanger van|pregnant for) (?:[4-9]|1[0-2]|vier|vijf|zes|zeven|acht|negen|tien|four|five|six|seven|eight|nine|ten) weken|(?:[4-9]|1[0-2]|four|five|six|seven|eight|nine|ten) weeks? pregnant|(?:test|zwangerschapstest|pregnancy test)\\w* (?:\\w+ ){0,5}(?:positive|positief)|(?:positive|positieve) (?:pregnancy |zwangerschaps)?test',
);
const SHOULDER_TIP = c(
  'schoudertop|schouder (?:\\w+ ){0,3}(?:raar |ineens |opeens )?(?:zeer|pijn)|shoulder (?:\\w+ ){0,2}(?:hurts|pain|aches)|pain in (?:my|her) shoulder|shoulder tip|schouderpunt|puntje van (?:mijn |mn )?schouder|tip of my shoulder|(?:steekt|trekt|schiet|straalt) (?:\\w+ ){0,3}(?:in|naar) (?:mijn|mn|haar|de) schouder',
);
const ONE_SIDED_PAIN = c(
  'pijn laag (?:links|rechts)|(?:pain|pijn) low (?:down )?(?:on the )?(?:left|right)|(?:stabbing|sharp|stekende|scherpe) (?:\\w+ )?(?:pain|pijn) (?:\\w+ ){0,3}(?:left|right|links|rechts|one side)|(?:pain|pijn) (?:\\w+ ){0,2}(?:rechts|links|right|left) (?:onderin|onder|low down|lower)(?: \\w+){0,4} (?:erger|worse)',
);

// Round 27. Leaving with the ordinary reasons denied ("not moving, not travelling", "niet met pensioen": NO_ORDINARY_REASON, widened); a reunion
// with someone who died, with a date set or the door kept shut; "goodnight, this time for ever" (SLEEP_FOREVER, widened); done with existing,
// with traces wiped or "it can be now"; "your mum will explain" with a sorry or a lasting love; everyone seen one last
// time without their knowing; passwords and the will written out, "easier this way"; a funeral playlist with a sorry;
// a pet provided for "when nobody comes home", with a day near; "don't send anyone" and a mind made up (DECISION_TAKEN, widened); not there at
// Christmas and the children not told (not an illness); a head blow with repeated vomiting; a household with
// two signs of fumes beside a boiler or heater.
const ORDINARY_DENIALS = new RegExp(NO_ORDINARY_REASON.source, 'g');
const FINAL_LEAVING = c(
  'leaving(?! (?:for|to|on|the|my|our|work|home|early|at|in|from))|voorgoed|for good|just finished|laatste keer|(?:last|final) time|niemand meer',
);
// Beside the older REUNION (wanting to be with him or her): together again, or wanting to go to the one who died.
const TOGETHER_AGAIN = c(
  'weer samen|together again|(?:ik wil|i want to go|i want to be) (?:\\w+ )?(?:naar|to|with) (?:papa|mama|pa|ma|mijn man|mijn vrouw|mum|mom|dad|my (?:wife|husband))',
);
const DATE_SET = c(
  '(?:de )?datum staat|(?:i have|ive|i) (?:set|picked|chosen) (?:the|a) (?:date|day)|(?:the )?(?:date|day) is (?:set|picked|chosen)|(?:datum|dag) (?:\\w+ ){0,5}(?:gekozen|geprikt|vastgesteld|gezet|bepaald|omcirkeld|genoteerd)|(?:circled|marked) (?:the|a) (?:date|day)',
);
const DOOR_SHUT = c('doet (?:\\w+ )?niet open|(?:neemt|nemen) (?:\\w+ )?niet op|not answering|(?:dont|do not) (?:ring|call) me|bel me niet');
const DONE_EXISTING = c('klaar met (?:het )?bestaan|(?:done|finished) (?:with )?existing|tired of existing|moe van (?:het )?bestaan|sick of existing');
const TRACES_WIPED = c(
  '(?:mails|berichten|accounts?|fotos|messages|emails|profiel|profile|insta|instagram) (?:\\w+ ){0,2}(?:gewist|verwijderd|deleted|wiped|cleared|op prive|private)|(?:gewist|verwijderd|deleted|wiped) (?:\\w+ ){0,2}(?:mails|accounts?|emails|messages|berichten)',
);
const IT_CAN_NOW = c('het kan nu|nu kan het|(?:its|it is|im|i am) ready now|ik ben er klaar voor');
const WILL_EXPLAIN = c(
  '(?:your|je|jouw) (?:mum|mom|mam|moeder|dad|vader|pap|father|mother|zus|sister|oma|nan|gran) (?:will|zal|legt) (?:\\w+ )?(?:explain|het uitleggen|uitleggen|het wel uit|het uit)',
);
const SORRY_I_WAS = c('sorry (?:that )?i (?:was|wasnt|couldnt|could not)|sorry dat ik (?:\\w+ ){0,3}(?:was|ben geweest|niet)');
const LOVE_ALWAYS = c('love you (?:\\w+ )?(?:always|forever)|always love you|hou (?:\\w+ )?van (?:je|jou|jullie) (?:\\w+ )?(?:altijd|voor altijd)');
const LAST_SEEN_UNAWARE = c(
  '(?:nog )?(?:een|1) (?:laatste )?keer (?:\\w+ ){0,2}gezien zonder dat (?:ze|hij|zij|jullie) (?:het )?wist\\w*|(?:one last time|for the last time) (?:\\w+ ){0,4}without (?:them|him|her|anyone|any of them) (?:\\w+ )?knowing',
);
const EASIER_THIS_WAY = c('easier this way|better this way|makkelijker zo|beter zo|zo is het (?:beter|makkelijker)');
const AFFAIRS_WRITTEN = c('passwords?|wachtwoord\\w*|pincode|where the will is|waar het testament|testament ligt');
const FUNERAL_PLAYLIST = c(
  '(?:playlist|afspeellijst|songs|liedjes|muziek|music) (?:\\w+ ){0,3}(?:for|voor) (?:my|mijn|mn) (?:funeral|uitvaart|begrafenis|crematie|cremation)',
);
const NO_MORE_OF_IT = c('sorry|(?:couldnt|could not|cant|can not) (?:do|face|manage|take) (?:one|another)|for after|voor (?:erna|daarna|later)');
const NOBODY_HOME = c(
  '(?:nobodys|nobody is|no ones|no one is|nobody|no one) coming (?:home|back)|niemand meer thuis|(?:is|komt) (?:hier )?niemand meer(?! (?:op|naar|langs))',
);
const PET = c('dog|dogs|cat|cats|kitten|rabbit|hond\\w*|kat|katten|poes\\w*|konijn\\w*|parkiet|budgie');
const CARE_OR_OPERATION = c('operat\\w*|surgery|opname|opgenomen|ziekenhuis|hospital|verpleeghuis|zorghuis|care home|nursing home|verzorgingshuis');
const DONT_SEND = c(
  '(?:dont|do not) send (?:anyone|anybody|someone|the police|an ambulance)|stuur (?:niemand|geen (?:politie|ambulance))|niemand (?:\\w+ )?sturen',
);
const NOT_THERE_AT = c(
  '(?:ben|zijn|is) er (?:\\w+ ){0,2}(?:met|op|bij) (?:kerst|oud en nieuw|pasen|sinterklaas|(?:mijn|haar|zijn) verjaardag) (?:\\w+ )?niet meer bij|(?:wont|will not) be (?:here|around) (?:for|at|by) (?:christmas|new year|easter|my birthday)',
);
const NOT_TOLD = c('(?:nog )?niet verteld|(?:havent|have not|not) (?:\\w+ )?told|weten (?:het|van niets|nog niets)|dont know yet');
const ILLNESS = c('kanker|cancer|ongeneeslijk|terminal|palliati\\w*|hospice|uitbehandeld|oncolo\\w*|diagnos\\w*|tumou?r|ziek\\w*|ill\\b|illness');
const REPEATED_VOMIT = c(
  '(?:[2-9]|twee|drie|vier|two|three|four) ?(?:x|keer|times) (?:\\w+ ){0,2}(?:overgegeven|gespuugd|gebraakt|vomited|been sick|thrown up|sick)|(?:overgegeven|gespuugd|gebraakt|vomited|been sick|thrown up|threw up) (?:\\w+ ){0,2}(?:twice|three times|[2-9] ?(?:x|keer|times)|meerdere keren|several times|a few times|again)',
);
const HOUSEHOLD = c(
  '(?:het )?hele gezin|iedereen (?:\\w+ )?(?:in huis|thuis)|we (?:\\w+ )?allemaal|(?:the )?whole (?:family|household)|all of us|everyone (?:\\w+ )?(?:in the house|at home)',
);
const FUME_SIGNS_ALL = new RegExp(FUME_SIGNS.source, 'g');
const CO_SOURCE = c('cv ketel|cvketel|ketel|boiler|geiser|geyser|kachel|heater|gaskachel|open haard|fireplace|gas fire');

// Round 26. Not eating or drinking, "and I'll make sure of it", or on purpose while lonely or low; all one's medicine
// taken, with "too late" or a goodbye; the means to be used on a near day. Methotrexate taken daily instead of weekly, with ulcers, bruises or fever.
const MAKE_SURE = c('(?:ill|i will|i ll) make sure of it|(?:daar )?zorg ik (?:er )?(?:zelf )?(?:wel )?voor|ik zorg er (?:zelf )?wel voor');
const ON_PURPOSE = c('on purpose|deliberately|expres|met opzet|bewust');
const LONELY = c('lonely|eenzaam|somber|low|neerslachtig');
const TOOK_ALL_MEDICINE = c(
  '(?:i|ik) (?:take|took|have taken|taked|neem|nam|heb) (?:\\w+ )?(?:all|alle|al mijn|all my|every) (?:the )?(?:medicine|medicines|medication|pills|meds|tablets|medicijnen|pillen|tabletten)',
);
// The means at hand, to be used on a near day (`she'll use them this weekend`).
const WILL_USE = c('(?:ill|shell|hell|i will|she will|he will|gonna|going to) use (?:them|it|those|these)|(?:ga|gaat) (?:ze|die|het|deze) (?:\\w+ )?gebruiken');
const NEAR_DAY_SAID = c('this weekend|dit weekend|tonight|vanavond|vannacht|tomorrow|morgen|(?:on |op )?(?:saturday|sunday|friday|zaterdag|zondag|vrijdag)');
const METHOTREXATE_DAILY = c(
  'methotrexa\\w* (?:\\w+ ){0,4}(?:every day|elke dag|iedere dag|dagelijks|daily)|(?:every day|elke dag|iedere dag|dagelijks|daily) (?:\\w+ ){0,3}methotrexa\\w*',
);
const MTX_TOXIC = c('ulcers?|zweren|aften|mondzweren|bruis\\w*|blauwe plekken|bloed\\w*|bleeding|fever|koorts|temperature|temperatuur|sore throat|keelpijn');

// Round 25. A cover story others believe (a holiday, a new flat) with "there is no …", a bridge, a dangerous place,
// despair or "after tonight"; a pet gone to a relative with letters sent or "tonight I go" (not before a trip);
// enough tablets gathered, with tonight, a decision or a goodbye; a figure of speech denied ("not a poem", "not a
// meme") or "for real this time", at a dangerous place or with a sign of death; a last post ever with a sign of
// death; things given away for fear someone would be sent; thanks that say goodbye ("you were the best part") with
// a phone that is not answered; a rope set, with a goodbye or despair. Hypothermia: shivering stopped, then sleepy
// or confused; wild mushrooms eaten, then vomiting or cramps; a baby of days or weeks not feeding and hardly waking
// or grey.
// Round 28: also a place one is thought to go to (`iedereen denkt dat ik naar Spanje ga`, `everyone thinks I'm off
// to Leeds`) and a trip one told of (`told her I'm going on a long trip`).
const COVER_STORY = c(
  '(?:denkt|denken|dachten|think|thinks|believe|believes|gelooft|geloven) (?:dat |that )?(?:\\w+ ){0,5}(?:vakantie|holiday|vacation|trip|reis|verhuis\\w*|moving|nieuwe (?:flat|woning|huis|baan|kamer)|new (?:flat|house|place|job|room)|emigr\\w*)|(?:denkt|denken|thinks|think) (?:\\w+ )?(?:dat |that )?(?:ik|im|i am) (?:\\w+ )?(?:naar|off to|going to|moving to) \\w+|(?:gezegd|verteld|told (?:them|her|him|everyone|the \\w+|my \\w+)) (?:\\w+ ){0,2}(?:dat |that )?(?:ik|i|im|i am) (?:\\w+ ){0,4}(?:reis|vakantie|trip|holiday|journey|wereldreis|away)',
);
const THERE_IS_NO = c('er is geen|er komt geen|there is no|theres no|there isnt (?:a|any)');
const AFTER_TONIGHT = c('na vanavond|na vannacht|after tonight');
const PET_REHOMED = c(
  '(?:poes|kat|katten|hond|honden|konijn\\w*|cat|cats|dog|dogs|rabbits?|kitten|budgie|parkiet) (?:\\w+ ){0,2}(?:is|zijn|went|has gone|gone|gaat|goes) (?:\\w+ ){0,2}(?:naar|to|bij|with) (?:mijn|mn|my|de|the) (?:\\w+ )?(?:zus|zusje|broer|moeder|ma|mam|vader|buurvrouw|buurman|vriendin|vriend|nicht|neef|buren|sister|brother|mum|mom|dad|neighbours?|neighbors?|friend|niece|nephew|cousin)|(?:poes|kat|hond|konijn|katten|honden|parkiet|kanarie|vogel|cavia|hamster|cat|dog|cats|dogs|rabbit|budgie|bird) (?:\\w+ ){0,2}(?:moet|moeten|heeft|hebben|needs?) (?:\\w+ )?(?:een )?(?:nieuw|nieuwe|new) (?:thuis|huis|baasje|home|owner)|(?:new home|new owner|nieuw thuis|nieuw baasje|nieuwe baas) (?:\\w+ )?(?:voor|for) (?:mijn|my|mn) (?:\\w+ )?(?:kat|poes|hond|cat|dog)',
);
const LETTERS_SENT = c(
  '(?:brieven|kaarten|kaartjes|letters|cards|notes) (?:\\w+ ){0,3}(?:gepost|verstuurd|geschreven|op de post|posted|sent|written)|(?:posted|sent|wrote|written|geschreven|gepost|verstuurd) (?:\\w+ ){0,2}(?:letters|brieven|cards|kaarten|notes)',
);
const TONIGHT_I_GO = c('(?:vannacht|vanavond) ga ik \\.|tonight (?:i go|im going|i am going) \\.');
const ENOUGH_GATHERED = c(
  '(?:enough|genoeg) (?:\\w+ )?(?:tablets|pills|pillen|tabletten|meds|medicijnen|slaappillen|insulin|insuline) (?:\\w+ ){0,2}(?:together|saved|collected|stockpiled|gespaard|verzameld|bij elkaar|opgespaard|klaar|ready)|(?:saved|collected|gathered|gespaard|verzameld|opgespaard) (?:\\w+ ){0,2}(?:enough|genoeg)',
);
const NOT_A_FIGURE = c(
  '(?:its|it is|this is|dit is|het is|is) (?:not|geen|niet) (?:a |een )?(?:poem|gedicht|meme|joke|grap|song|liedje|lyric|lyrics|quote|citaat)|not a (?:meme|poem)|geen (?:meme|gedicht)',
);
const LAST_EVER = c('(?:last|final|laatste) (?:tiktok|video|vlog|reel|story|stream|post|tweet|upload) (?:ever|ooit)');
const GIFTING_ALL = c(
  'to whoever wants (?:it|them)|aan wie (?:het|ze|dat) (?:maar )?wil\\w*|(?:gifting|schenk\\w*) (?:\\w+ ){0,2}(?:my|mijn|mn) (?:whole|hele|complete|entire)',
);
const WOULD_SEND_SOMEONE = c(
  '(?:youd|you d|you would|youll|you will|jullie|they|theyd|ze) (?:\\w+ ){0,2}(?:call|ring|send|bellen|sturen) (?:someone|somebody|iemand|the police|de politie|an ambulance|een ambulance|crisis\\w*)',
);
const YOU_WERE_THE_BEST = c('(?:you|jullie) (?:lot |all |guys |allemaal )?(?:were|waren) (?:the best|het beste|het mooiste|mijn alles|my everything)');
const PHONE_OFF = c('voicemail|(?:phone|telefoon|mobiel|gsm) (?:\\w+ ){0,2}(?:off|uit|switched off|staat uit|is dead)');
// `rope's up` reads as `ropes up`; the other forms are `ROPE_UP`'s.
const ROPE_SET = c('ropes (?:up|ready|set)');
const STOPPED_SHIVERING = c(
  '(?:stopped|stopt|stopte|gestopt met|no longer|not even) (?:\\w+ )?(?:shivering|rillen|bibberen|klappertanden)|(?:rilt|bibbert) niet meer|(?:isnt|is not) shivering (?:any ?more|now)',
);
const SLEEPY_OR_CONFUSED = c(
  'sleepy|slaperig|in de war|drowsy|suf\\w*|confused|verward|slurring|lalt|out of it|zakt (?:\\w+ )?weg|hard to wake|moeilijk wakker',
);
const WILD_MUSHROOMS = c(
  '(?:paddenstoelen|paddestoelen|zwammen|mushrooms|fungi) (?:\\w+ ){0,4}(?:geplukt|geraapt|gezocht|uit het bos|in het bos|uit (?:de|haar|zijn|onze|mijn|de eigen) tuin|picked|foraged|from the woods|in the woods|from (?:the|her|his|our|my) garden|found)|(?:geplukt|gezocht|picked|foraged|found) (?:\\w+ ){0,3}(?:paddenstoelen|paddestoelen|mushrooms)',
);
const GUT_ALARM = c('overgeven|geeft (?:\\w+ )?over|braken|braakt|spugen|spuugt|krampen|diarree|vomit\\w*|throwing up|being sick|been sick|cramps|diarrh\\w*');
const DAYS_OLD = c(
  'born (?:\\w+ ){0,2}(?:days|weeks|day|week) ago|(?:\\d+|een|twee|drie|vier|vijf|zes|zeven|one|two|three|four|five|six|seven) (?:dagen|weken|days|weeks) (?:oud|old)|newborn|pasgeboren\\w*',
);
// Round 28: a baby under three months (`baby is 10 weeks`, `six week old`).
const YOUNG_INFANT = c(
  '(?:baby|she|he|hij|zij|ze|zoon|dochter|son|daughter) is (?:\\d|1[0-2]|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:dagen|weken|days|weeks)(?! pregnant| zwanger)|(?:\\d|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (?:dagen|weken|days|weeks|week|day) (?:oud|old)(?: (?:baby|boy|girl|son|daughter|jongetje|meisje|zoon|dochter))?|newborn|pasgeboren\\w*',
);
const NO_WEE = c(
  '(?:niet|nauwelijks|amper) (?:meer )?geplast|plast (?:niet|nauwelijks|amper)|(?:has not|hasnt|have not|havent|not) (?:\\w+ )?(?:peed|weed|urinated|passed urine|had a wee)|no (?:wet )?(?:nappy|nappies|wee|urine)|(?:stopped|stopt|gestopt met) (?:\\w+ )?(?:wetting|natte) (?:\\w+ )?(?:nappies|nappy|diapers?|luiers?)|(?:geen|no) (?:natte|wet) (?:luiers?|nappies|nappy|diapers?)',
);
const INFANT_FEVER = c(
  '(?<!(?:no|geen|zonder|without|nor|noch|not|niet|hardly any|nauwelijks) )(?:koorts|fever|verhoging)|(?:38|39|40|41)(?: \\d)? (?:graden|degrees|koorts|c)|temp\\w* (?:van |of )?(?:38|39|40|41)\\d?',
);
const KNOCKED_OUT = c('was (?:even |kort |a moment )?(?:weg|out)|knocked out|out cold|buiten westen|bewusteloos|blacked out|went out for|lost consciousness');
const ASKS_AGAIN = c(
  '(?:vraagt|asks|asked|asking|keeps asking) (?:\\w+ ){0,4}(?:steeds|telkens|elke \\w+ minuten|every \\w+ minutes|over and over|again and again|the same)|weet (?:hij|ze|zij) (?:\\w+ )?niet (?:meer )?(?:hoe|wat|waar)|(?:does not|can not|doesnt|cant) remember (?:\\w+ ){0,3}(?:how|what|the|getting)',
);
const NOT_FEEDING = c(
  '(?:not|hasnt|has not|wont|will not|isnt|is not) (?:\\w+ )?(?:fed|feed|feeding|drink|drinking|drunk)|drinkt (?:\\w+ ){0,4}niet|wil niet drinken|niet (?:\\w+ )?gedronken|geen voeding',
);
const HARDLY_WAKING = c(
  '(?:barely|hardly|nauwelijks|amper|bijna niet) (?:\\w+ )?(?:wakes?|waking|opens?|wakker|ogen)|grey\\w*|gray\\w*|grauw|grijs|floppy|limp|slap',
);

/** Today or now, said outright: not a story of the past (a death told with its month still lets a pet handed on
 *  today count; a question asked ahead about a pupil saying so still counts when it happens now). */
export const TODAY_OR_NOW = c('vandaag|vanavond|vannacht|nu|zojuist|today|tonight|now');
const NO_REASON = c('geen reden meer|no reason (?:left|anymore|any more)|(?:nothing|niets|niks) (?:left )?(?:to live for|om voor te leven)');
// A pet handed on to someone (a cat for a sister, dogs for a niece): a serious goodbye for
// the model, and with a goodbye or an unanswered phone a rule of its own (round 15).
const PET_TO_SOMEONE =
  '(?:kat|katten|hond|honden|poes|konijn\\w*|vogel\\w*|parkiet\\w*|cat|cats|dog|dogs|rabbits?|birds?|hamster\\w*) (?:(?:is|zijn|are|gaat|gaan|goes|go) (?:\\w+ )?(?:voor|for|naar|to) (?:(?:mijn|my|mn) \\w+|(?:de|the) (?:buurman|buurvrouw|buren|neighbours?|neighbors?))|(?:naar|to) (?:mijn|my|mn) \\w+ (?:moet|moeten|must|should|gebracht|gedaan))';
// Goodbyes that an ordinary farewell or thanks does not give: affairs put in order, a pet's care
// arranged, letters left, worry no more, a picture of the means.
const SERIOUS_GOODBYE = c(
  `(?:mijn|mn|my) (?:hond|kat|poes|dog|cat) (?:\\w+ ){0,3}(?:niet|never|not) (?:\\w+ ){0,2}(?:naar|in|to) (?:het|een|a|the) (?:asiel|shelter|pound)|(?:dont|do not) let (?:my )?(?:dog|cat) go to (?:a|the) (?:shelter|pound)|(?:got|has got|gets|krijgt|heeft) (?:the |my |mijn |mn |de )?(?:cat|cats|dog|dogs|rabbits?|hamsters?|kat|katten|hond|honden|konijn\\w*|hamster\\w*|pets?|huisdier\\w*)|(?:direct debits?|standing orders?|automatische incasso\\w*) (?:\\w+ ){0,2}(?:cancelled|canceled|stopped|opgezegd|stopgezet)|vergeef (?:me|mij)|forgive me|(?:krijgt|gets|kreeg|got) (?:\\w+ ){0,2}(?:sleutel|sleutels|key|keys)|(?:de|mijn|the|my|a) (?:brief|letter|note|afscheidsbrief) (?:ligt|lies|is) (?:\\w+ ){0,2}(?:op (?:de |het )?(?:tafel|aanrecht|bureau|bed)|on the (?:table|counter|desk|bed))|(?:told|gave|given|sent|send|stuurde|gestuurd|gaf|gegeven|doorgegeven|daaronder|with|met) (?:\\w+ ){0,6}(?:passwords?|wachtwoord\\w*|pincode\\w*|pin code|pin)|(?:left|leave|put|laat|gelegd|neergelegd|hangt) (?:\\w+ ){0,3}(?:spare )?(?:key|keys|sleutel|sleutels|reservesleutel)|(?:sorted|arranged|regeld|geregeld) (?:\\w+ ){0,2}(?:my|mijn|mn|the|de) (?:cat|dog|kat|hond|poes|pets?)|(?:kat|hond|poes|cat|dog)\\w* (?:went|has gone) (?:\\w+ )?(?:naar|to) (?:mijn|my|mn)|${PET_TO_SOMEONE}|(?:sleutels|keys|wachtwoorden|passwords|pincode\\w*) (?:\\w+ ){0,3}(?:liggen|ligt|left|are|zijn) (?:\\w+ ){0,2}(?:bij|with|in|at|for|voor)|(?:wachtwoord\\w*|passwords?|pincode\\w*|pin codes?) (?:\\w+ ){0,4}(?:gestuurd|gegeven|doorgegeven|sent|given|handed)|(?:zoek|zoekt) me niet|(?:dont|do not) (?:come )?look(?:ing)? for me|(?:sorted|made|wrote|written|updated|changed) (?:\\w+ )?(?:my|a|the|his|her) will|(?:my|his|her) will is (?:sorted|done|written|signed)|(?:alles|spullen|bezittingen|things|everything|belongings) (?:\\w+ ){0,3}verdeeld|(?:geld|money|kosten) voor (?:de|mijn|my|the) (?:begrafenis|uitvaart|funeral)|(?:no one|nobody|niemand) (?:needs to|has to|hoeft|hoeven) (?:\\w+ ){0,2}(?:worry|zorgen)|(?:(?:kat|katten|poes|hond|honden|konijn\\w*|cavia\\w*|vogel\\w*|cat|cats|dog|dogs|rabbits?|bunny|birds?|huisdier\\w*|pets?|hamster\\w*|goudvis\\w*|parkiet\\w*|guinea pigs?|fish)(?: \\w+)? (?:\\w+ ){0,4}(?:weggegeven|weg gegeven|naar (?:\\w+ ){0,3}(?:gebracht|gedaan)|rehomed|given away|een (?:goed |nieuw )?(?:huis|thuis|baasje)|a (?:good |new )?home)|(?:gave|given|brought|took|taken|rehomed|bracht|gebracht) (?:\\w+ ){0,2}(?:my |mijn |mn )?(?:cat|dog|kat|hond|pets?)\\w*|(?:voor|for) (?:mijn|mn|my) (?:kat|hond|poes|cat|dog|katten|honden)\\w* (?:is )?(?:gezorgd|geregeld|sorted|arranged))|(?:zaken|zaakjes|alles|papieren|affairs|everythings?|things|my stuff) (?:\\w+ ){0,2}(?:op orde|in order|geregeld|sorted|arranged)|(?:sorted|arranged|put|settled|regel|regelde|geregeld) (?:\\w+ ){0,2}(?:affairs|papers|papieren|zaken)|alles is geregeld|(?:feeds?|voer|voeren|voert) (?:my|mijn|mn|her|him|haar|hem|the cat|the dog|de kat|de hond)|look after \\w+(?: \\w+)? for me|zorg (?:goed )?voor \\w+(?: \\w+)? voor mij|kat gaat naar|(?:cat|dog|kat|hond|poes)s? (?:is |are )?(?:with|bij) (?:my|mijn|mn) \\w+|(?:instructions|instructies) (?:\\w+ ){0,3}(?:solicitor|lawyer|notaris|advocaat)|(?:my|mijn) (?:own )?(?:funeral|begrafenis|uitvaart)|testament|spullen (?:\\w+ )?weggegeven|(?:given|gave) (?:\\w+ )?(?:away|my stuff)|(?:geen|no) zorgen meer (?:om|over|about) (?:mij|me)|(?:stop|no longer|never (?:have to|need to)) (?:\\w+ )?worry(?:ing)? about me|brie\\w* (?:\\w+ ){0,5}(?:geschreven|achtergelaten|neergelegd)|(?:wrote|written|left) (?:\\w+ ){0,3}(?:letters?|notes?)|(?:foto|picture|pic|photo|snap)\\w* (?:van|of) (?:\\w+ ){0,3}(?:\\w*pillen|\\w*pills|\\w*tabletten|tablets|meds|touw|rope|mes|mesje|messen|knife|knives|blades?|\\w*scheerme\\w*|razors?)|(?:my|mijn) (?:last|laatste) (?:post|bericht)`,
);
// Final in the strong sense: found afterwards, for good, tonight.
const FINAL_STRONG = c(
  '(?:ze|jullie|je|they|you) (?:\\w+ )?(?:vinden|vindt|will find|find|zullen vinden)|voorgoed|forever|for good|het is goed zo|made my peace|vanavond|vannacht|tonight|is het zover|(?<!(?:blij|fijn|gelukkig|trots|glad|happy|proud) (?:\\w+ ){0,4})niet meer nodig|(?<!(?:glad|happy|proud|blij) (?:\\w+ ){0,4})no longer need',
);
const GOODBYES = new RegExp(GOODBYE.source, 'g');
const SERIOUS_GOODBYES = new RegExp(SERIOUS_GOODBYE.source, 'g');
/** Distinct goodbye signals in the message (the ordinary and the serious ones). A global match has no
 *  word gate: the gated test asks first (no match there, none here), as most messages have neither. */
const matches = (gate: Rule, re: RegExp, s: string) => (gate.test(s) && s.match(re)) || [];
const goodbyes = (s: string) => new Set([...matches(GOODBYE, GOODBYES, s), ...matches(SERIOUS_GOODBYE, SERIOUS_GOODBYES, s)]).size;
/** Goodbyes besides a phrase (a pet handed on, a last message), so the phrase is not also counted as its own goodbye. */
const goodbyesBesides = (phrases: RegExp, s: string) => goodbyes(s.replace(phrases, ' '));

// A person at a height, at the edge.
const HEIGHT = c(
  'parkeerdek|vensterbank|raamkozijn|window ?sill|bovenste (?:verdieping|etage|laag)|top (?:floor|deck|level) of (?:the|a|your) car park|brug|bridge|dak|roof|reling|railing|ledge|flat|balkon|balcony|perron|platform|spoor|viaduct|flyover|parkeergarage|car park|klif|kliffen|cliffs?',
);
const EDGE = c(
  '(?:towards|to|near|naar|richting|dicht bij|close to) (?:the |de )?(?:edge|rand)|over de (?:reling|rand)|over the (?:railing|edge|side)|(?:op|on|aan) de rand|(?:on|at) the edge|on the ledge|klimt|klom|climb\\w*|hangt over|leaning over|staat (?:op|aan) (?:de|het) (?:rand|reling|dak)|standing on (?:the )?(?:edge|ledge|railing|roof)|benen over|legs over|(?:benen|voeten) (?:\\w+ )?naar buiten|legs (?:\\w+ )?(?:outside|dangling)',
);

// Stroke: one-sided weakness, speech or balance gone, suddenly.
const LIMB_WEAK = c(
  '(?:kan|kon) (?:\\w+ ){0,3}(?:niet|nie) (?:meer |mer )?(?:bewegen|bewege|optillen|tillen|gebruiken|vasthouden|vast houden|pakken)|(?:can not|cant|could not|couldnt) (?:move|lift|raise|use|feel) (?:his|her|my|their) (?:\\w+ )?(?:arm|leg|hand|face|side)|(?:arm|been|hand|leg|side) (?:is |voelt |feels |went |gaat )?(?:slap|lam|verlamd|dood|doof|gevoelloos|numb|weak|dead|limp|heavy|zwaar|als lood|like lead|loodzwaar)|(?:cheek|wang|mondhoek|mouth|mond|face|gezicht) (?:\\w+ )?(?:looks |is |hangs |hangt |seems )?(?:slack|droop\\w*|scheef|hangt|hanging|lopsided|slap)|(?:rechter|linker)?(?:hand|arm|been|voet|kant) (?:\\w+ )?niet meer (?:voel|voelt)|(?:voel|voelt) (?:\\w+ ){0,4}(?:rechter|linker)?(?:hand|arm|been|voet|kant) niet meer',
);
const SPEECH = c(
  'jumbled|door elkaar|rare spraak|(?:spraak|tong) (?:\\w+ )?(?:dik|zwaar|dubbel)|dikke tong|(?:speech|tongue) (?:is |feels |sounds )?(?:thick|heavy)|(?:spraak|speech) (?:\\w+ )?(?:raar|vreemd|onduidelijk|weg|slurred|off)|(?:can not|cant) speak properly|pra\\w* (?:raar|krom|onduidelijk|vreemd|gek|dubbel|wartaal)|spreekt (?:raar|onduidelijk|krom)|(?:kan|kon) (?:geen woorden|niet (?:meer )?(?:praten|uit zijn woorden|uit haar woorden))|(?:words|speech) (?:sound|sounds|is|are) (?:\\w+ )?(?:off|wrong|slurred|weird|strange|funny)|slurr\\w*|(?:can not|cant) (?:speak|talk|get (?:his|her) words out)|(?:krijgt|krijg|kreeg) (?:zijn|haar|mijn|de) woorden (?:er )?niet (?:meer )?uit|talking (?:funny|weird|gibberish|nonsense)|(?:says|saying|answers?|answering|speaks?|speaking|zegt|antwoordt|praat) (?:\\w+ ){0,3}(?:nonsense|gibberish|random words|onzin|rare woorden|losse woorden|rare zinnen)|(?:nonsense|random) (?:sentences|words)|(?:not|niet) (?:\\w+ ){0,2}(?:understand|begrijpen|begrijpt|snapt) (?:anything|what i say|wat ik zeg|niks|niets) (?:i say|meer|wat ik zeg)?',
);
const BALANCE = c(
  '(?:lost|loses|losing) (?:his|her|my) balance|evenwicht (?:kwijt|verloren)|(?:can not|cant) walk straight|kan niet (?:meer )?(?:recht )?lopen|room (?:is )?spinning|alles draait|draaierig',
);
const SUDDEN = c(
  'started (?:\\d+|a few|ten|twenty) (?:minutes|mins|min) ago|(?:begon|begonnen|started) (?:\\w+ )?(?:een kwartier|half uur|\\d+ minuten|a quarter of an hour|half an hour) (?:geleden|ago)|(?:\\d+|paar|tien) minuten geleden (?:begonnen|begon)|woke up (?:with|and)|werd wakker (?:met|en)|ineens|opeens|plotseling|plots|suddenly|sudden|net begonnen|net begonne|just started|out of nowhere|uit het niets',
);

// Low blood sugar: diabetes and a changed mind.
const DIABETES = c('druivensuiker|dextro\\w*|bolus\\w*|bg|bloedsuiker\\w*|hypo\\w*|diabe\\w*|suiker\\w*|sugar|insuline|insulin|hypo|glucose');
/** Type 1 diabetes named without a diabetes word (`husbands type 1`). */
const DIABETES_TYPE = c('type (?:1|one)');
const ALTERED = c(
  'in de war|agressief|aggressive|dropping|dalend|zakt|(?:hands|handen|legs|benen) (?:\\w+ )?(?:wont|will not|do not|doen|werken) (?:\\w+ )?(?:work|niet|niks)|shaky|wobbly|trillerig|beverig|verward|confused|suf\\w*|reageert (?:bijna |nauwelijks )?niet|not responding|barely responding|drowsy|out of it|praat raar|slurring|zwetend|sweating|sweaty|(?:drenched|soaked|dripping) in sweat|nat van het zweet|bezweet|zweterig|(?:like|alsof) (?:hes|shes|he is|she is|hij|ze|zij) (?:\\w+ )?(?:drunk|dronken)|clammy|klam|trillen|shaking|(?:1|2)[.,]\\d',
);

const ALTERED_ALL = new RegExp(ALTERED.source, 'g');

// A headache like never before, with a warning sign (stiff neck, vomiting, a pop, exertion).
const HEAD = c('hoofd|head|hoofdpijn|headache|\\w*hoofdpijn');
const NEVER_LIKE_THIS = c(
  'like nothing|nothing like|never (?:had|felt)|nooit (?:eerder |zo |zoiets )?(?:gehad|gevoeld)|ergste|worst|pop|knap|knal|donderslag|thunderclap|explod\\w*|ontploft|barst\\w*',
);
const HEAD_COMPANION = c(
  'stiff|stijve?|nek|neck|been sick|being sick|vomit\\w*|overgeven|braken|gebraakt|throwing up|sudden|suddenly|ineens|opeens|plotseling|lifting|tillen|sport|flauw\\w*|faint\\w*|verward|confused',
);

// A fall from a height with a warning sign.
const FALL = c('gevallen|viel|fell|fallen|valt|vallen|fall|val|smak');
const FROM_HEIGHT = c('ladder|trap|stairs|steiger|scaffold\\w*|dak|roof|hoogte|height|balkon|balcony|boom|tree|paard|horse');
// Stop 19: a fall told with a call to come now (`kom snel, oma is van de trap`), the fall verb often left out.
const FALLEN_FROM = c('(?:is|zijn|ligt|lies|is lying) (?:\\w+ )?(?:van|onder aan|onderaan) de (?:trap|ladder|steiger)|(?:down|off) the (?:stairs|ladder)');
const COME_QUICK = c('kom (?:\\w+ )?snel(?! (?:met|with))|come (?:quick|quickly|fast|now)|snel hulp|help snel|hurry');
// Stop 19: an adult's words suddenly wrong (`zegt fiets als ze koffie bedoelt`): not a child learning, not a known illness.
const WRONG_WORDS = c(
  '(?:zegt|says|saying|uses|gebruikt) (?:\\w+ ){0,3}(?:de |het |the )?(?:verkeerde|wrong) (?:woorden|woord|words|word)|(?:words|woorden) (?:\\w+ )?(?:come|came|coming|komen|kwamen) (?:\\w+ )?(?:out wrong|verkeerd|er verkeerd uit)',
);
// … explained otherwise: a language or school, a known dementia, tiredness.
const WORDS_EXPLAINED = c('engels|english|frans|french|taal|language|juf|school|leren|learning|dementie|dementia|alzheimer\\w*|diagnos\\w*|moe|tired');
// A swollen calf with breathlessness or pain on breathing (a clot gone to the lungs: 112 / 999).
const CALF_SWOLLEN = c(
  '(?:kuit|calf|onderbeen) (?:\\w+ ){0,3}(?:dik|gezwollen|opgezwollen|swollen)|(?:dikke|gezwollen|opgezwollen|swollen) (?:\\w+ )?(?:kuit|calf)',
);
const PAINFUL_BREATH = c(
  '(?:pijn|steek|steken) (?:bij|tijdens) (?:het )?(?:ademhalen|inademen|ademen)|stabbing (?:pain )?when (?:i )?breath\\w*|(?:pain|hurts?) (?:when|on|while) (?:i )?(?:breathing|breathe|breath)|hurts to breathe',
);
// Two or more pads filled within the hour, with dizziness or after a birth or miscarriage (not a known heavy period).
const PADS_PER_HOUR = c(
  '(?:[2-9]|\\d\\d|twee|drie|vier|two|three|four) (?:\\w+ )?(?:maandverband\\w*|kraamverband\\w*|pads|towels|handdoeken)(?: \\w+){0,3} (?:per|an|a|every|each|elk|elke|in (?:a|an|een)|binnen) (?:half|halfuur|half an|een half|kwartier|hour|uur)',
);
const DIZZY = c('duizelig\\w*|wazig|dizzy|woozy|licht in (?:mijn|het) hoofd');
const AFTER_BIRTH = c(
  'na (?:de |mijn |mn |haar )?(?:bevalling|miskraam|geboorte|keizersnede)|kraam\\w*|after (?:the |my |her )?(?:birth|delivery|miscarriage|c section)|postpartum|gave birth',
);
const INJURY_SIGN = c(
  '(?:can not|cant|could not) (?:feel|move) (?:his|her|my) (?:legs|arms|feet)|voelt (?:zijn|haar|mijn) (?:benen|armen|voeten) niet|geen gevoel|numb|bewusteloos|unconscious|knocked out|niet aanspreekbaar|(?:bloed|bloedt|bloeden) uit (?:zijn|haar|je|mijn|mn|het|z|d r) (?:hoofd|oor|oren|neus en oren)|blood (?:from|out of|coming out of) (?:his|her|your|my|the) (?:head|ear|ears)|weet (?:\\w+ ){0,2}niet (?:meer )?(?:welke dag|waar (?:ze|hij|ik) is|wie (?:ik|ze|hij) (?:ben|is))|(?:does not|doesnt|did not|didnt) know (?:what day|where (?:she|he) is)|nek|neck|rug|back',
);

// A whole supply taken at once.
const WHOLE_SUPPLY = c(
  '(?:whole|hele|entire|all|alle|al (?:zijn|haar|mijn)) (?:\\w+ ){0,3}(?:box|doos|doosje|strip|strips|pot|potje|bottle|fles|flesje|packet|pack|dosette\\w*|weekdoos|baxter\\w*|rol|supply|voorraad|pen|insulinepen|spuit)|in (?:one|1) go|in (?:een|1) keer|allemaal tegelijk|alle dagen tegelijk|all (?:the )?days at once|all at once|(?:whole|hele|all|alle) (?:bag|zak|zakje|tas) (?:of|met|vol) (?:\\w+ ){0,2}(?:meds|medicines?|medication|pills|tablets|tto\\w*|medicijnen|medicatie|pillen|tabletten)',
);
const SWALLOWED = c('taken|took|genomen|ingenomen|geslikt|ingeslikt|swallowed|opgegeten|gegeten|ate|eaten|gedronken|drank|downed|necked');

// A baby or toddler hard to wake or floppy (NHS / NTS red flags).
const BABY = c(
  'baby\\w*|infant|newborn|pasgeboren\\w*|zuigeling|kindje|dreumes|peuter|toddler|\\d+ (?:dagen|days|weken|weeks|maanden|months?) (?:oud|old)|\\d+ month old|(?:zoon|dochter|zoontje|dochtertje|kind|kindje|meisje|jongetje|broertje|zusje|kleinzoon|kleindochter) (?:is |van )(?:\\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf) (?:dagen|weken|maanden)',
);
const BABY_SIGN = c(
  'floppy|slap|grijsblauw\\w*|blauwgrijs\\w*|grey ?blue|blue ?grey|ademt (?:\\w+ )?met pauzes|adempauze\\w*|(?:pauses|gaps) (?:in|between) (?:his|her) (?:breathing|breaths)|stops breathing for|bulging (?:soft spot|fontanel\\w*)|(?:sunken|ingezakte?|ingevallen) (?:\\w+ )?(?:soft spot|fontanel\\w*)|fontanel (?:\\w+ ){0,4}(?:ingezakt|ingevallen)|(?:no|geen) (?:wet|natte) (?:nappy|nappies|diaper|luier)\\w*|(?:just|alleen maar) staring|bolle fontanel|fontanel (?:\\w+ )?(?:bolt|bol|puilt)|(?:can not|cant|could not) wake|not waking|niet wakker (?:te krijgen|worden|wordt)|krijg \\w+ niet wakker|unresponsive|reageert niet|lethargic|suf\\w*|drinkt (?:\\w+ )?(?:niet|niks|nauwelijks)|(?:not|wont|will not|isnt|is not) (?:feeding|drinking)|refus\\w* (?:to feed|feeds|the bottle)',
);

// Finality tied to a day: not there or not needing one's things after a time to come (`morgen rond
// deze tijd besta ik niet`, `after friday you won't see me`).
const NOT_THERE = c(
  'ik kom (?:\\w+ ){0,2}niet meer|(?:can not|cant|wont be able to|will not be able to) (?:\\w+ ){0,2}(?:look after|take care of|care for) (?:anything|anyone|\\w+) (?:\\w+ )?(?:after|past|beyond)|need (?:her|him|them|it) gone by|(?:haal|halen|red|redden) (?:\\w+ ){0,2}(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|kerst|oud en nieuw|de zomer|het weekend|mijn verjaardag|volgende week|volgend jaar) niet|(?:wont|will not|not going to|am not going to) make it (?:to|till|until|past|through) (?:\\w+ )?(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|new year|summer|the weekend|my birthday|next \\w+)|(?:dont|do not) think (?:ill|i will|i ll) make it (?:to|till|until|through) (?:tomorrow|the morning|morning)|(?:ben|is|zijn|bent) (?:ik |hij |ze |zij )?er (?:\\w+ ){0,4}niet meer|(?:wont|will not|not going to|am not going to) be (?:\\w+ )?(?:around|here|alive)|(?:heb|hebben|heeft) (?:\\w+ ){0,4}(?:niet meer|geen \\w+ meer) nodig|(?:niet meer|no longer) nodig|(?:wont|will not|no longer) need (?:it|them|him|her|this|that|my \\w+)',
);
// The writer not there any more (`morgen ben ik er al niet meer`): with a day to come, needs nothing else.
const ME_NOT_THERE = c(
  'ik haal (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|het weekend|volgende week) niet meer|(?:ill|i will|i ll) (?:\\w+ )?be gone(?! (?:for|on|till|until|voor) )|besta (?:\\w+ ){0,3}niet meer|(?:ben ik|ik ben) er (?:\\w+ ){0,4}niet meer|(?:i wont|i will not|im not going to|i am not going to) be (?:\\w+ )?(?:around|alive)',
);
const FUTURE_DAY = c(
  'tegen die tijd|by then|by that time|by the time|morgen|overmorgen|tomorrow|vanavond|vannacht|tonight|om deze tijd|this time tomorrow|volgende week|next week|(?:na|vanaf|after|from|by) (?:\\w+ )?(?:morgen|tomorrow|vandaag|today|vanavond|tonight|dit weekend|het weekend|this weekend|the weekend|deze week|this week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+ \\w+)|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
);
// Possessions given away: `mijn planten geef ik weg`, `mijn fiets is voor mn moeder`, `anyone want my vinyl`.
// … or with the phone no longer answered (`liet weten dat zijn kat bij zijn broer moest … sindsdien geen gehoor`).
const NOT_ANSWERING = c(
  'neemt (?:\\w+ ){0,2}niet (?:meer )?op|(?:telefoon|phone|mobiel) (?:staat|is|gaat) (?:\\w+ )?(?:uit|off)|(?:not|isnt|is not) (?:picking up|answering)|(?:doesnt|does not|wont|will not) (?:pick up|answer)|geen gehoor',
);
const PET_HANDED_ON = c(PET_TO_SOMEONE);
const PETS_TO_SOMEONE = new RegExp(PET_HANDED_ON.source, 'g');
// All of one's things given away or shared out (not one pram handed on, nor a clear-out).
const DECLUTTER = c('opruim\\w*|uitgemest|uitmesten|declutter\\w*|clear ?out|clearing out|kondo');
const ALL_GIVEN_AWAY = c(
  '(?:alles|everything|(?:al )?(?:mijn|mn|haar|zijn|my|her|his|all my|all her|all his) (?:spullen|stuff|things|belongings|bezittingen)) (?:\\w+ ){0,2}(?:weggegeven|weg gegeven|verdeeld|given away|away)|(?:weggegeven|given away|giving away|gave away|verdeeld) (?:\\w+ ){0,2}(?:alles|everything|(?:my|her|his|mijn|mn|haar|zijn) (?:stuff|things|spullen|belongings))',
);
const GIVING_AWAY = c(
  '(?:naar|to) (?:de|the) (?:kringloop\\w*|charity shops?|goodwill|thrift shops?)|(?:zijn|haar|de|het|mijn|mn|that|the|my) \\w+ (?:mag|mogen|may|can) (?:\\w+ )?(?:houden|hebben|keep)|(?:give|giving|geef|geven) (?:someone|somebody|iemand|(?:my |mijn |mn )?\\w+) (?:my|mijn|mn) \\w+|(?:mijn|mn|my) \\w+ (?:mag|mogen|krijgt) (?:\\w+ ){1,2}(?:hebben|houden)|(?:gave|given|gaf|gegeven) (?:my|mijn|mn|all my) (?:\\w+ ){0,5}(?:to|aan) (?:my|mijn|mn|a|an|\\w+)|(?:geef|geven|gaf|give|giving|gave) (?:\\w+ ){0,3}(?:weg|away)|weggegeven|verdeeld|(?:mag|krijgt|can have|gets) (?:mijn|mn|my) \\w+|(?:mag|mogen|can have|may have) (?:hem|het|ze|it|them) (?:hebben|houden|keep)|(?:wie wil|who wants) (?:\\w+ ){0,2}(?:ze|hem|het|them|it|mijn|mn|my)',
);
// Calm after a decision (a known warning sign) : `voel me eindelijk rustig`, `finally at peace`.
const CALM = c(
  '(?:voel|voelt|feel|feels|feeling|felt) (?:ik |me |mij )?(?:\\w+ ){0,2}(?:calm|rustig|kalm|at peace|peaceful|vredig) (?:for the first time|voor het eerst)|(?:voel|voelt|feel|feels|feeling) (?:ik |me |mij )?(?:\\w+ ){0,2}(?:licht|lichter|opgelucht|light|lighter|relieved)(?= (?:eigenlijk|actually|now|nu|about it|\\.))|eindelijk (?:\\w+ )?(?:rust|rustig)|(?:voel|voelt) (?:ik |me |mij )?(?:\\w+ )?(?:rust|rustig|kalm|vredig)|finally (?:\\w+ )?(?:at peace|calm|peaceful)|(?:feel|feeling|felt) (?:\\w+ )?(?:calm|at peace|peaceful) (?:now|finally|about it)',
);
// A child at someone's medicine: found, taken or eaten, some missing.
const CHILD = c(
  'zoon(?:tje)?|dochter(?:tje)?|kind(?:je)?|kleintje|(?:onze|mijn|ons|de) kleine|peuter|kleuter|dreumes|baby|toddler|son|daughter|kid|child|little one|little (?:girl|boy)|\\d+ (?:months?|maanden)(?: old| oud)?|\\d+ ?jarige?|\\d+ ?(?:jaar|years?|yrs?|yo|y o)(?: old| oud)?|(?:hij|zij|ze|he|she) is (?:\\d|twee|drie|vier)',
);
const JUST_NOW = c('just|net|zojuist|just now|(?:a|een|\\d+) (?:minute|minutes|minuut|minuten) (?:ago|geleden)');
const SKIN_SLOUGH = c('blister\\w*|peeling|peels|vervell\\w*|blaren|loslatende huid|huid (?:\\w+ )?laat los|skin (?:is )?coming off');
const FEVER = c('fever|koorts|temperature|verhoging');
const DRUG_REACTION = c(
  'started|begonnen met|gestart met|lamotrigine|carbamazepine|allopurinol|phenytoin|fenytoine|cotrimoxazol\\w*|reaction|reactie|antibiotic\\w*|antibiotica|(?:new|nieuwe) (?:\\w+ )?(?:medicine|medication|tablets|pills|medicijn\\w*|pillen|tabletten)',
);
// Small things that kill when swallowed: magnets and button batteries.
const HAZARD = c('magne\\w*|batter\\w*|button cells?|knoopcel\\w*|knoopbatterij\\w*');
// Medicine words both medicine lexicons below need, written once; each adds its own.
const MEDICINE_WORDS = 'paracetamol|ibuprofen|tablet\\w*|pil|pillen|pills?|meds|medicijn\\w*|medication';
// A child's: syrups and children's brands.
const MEDICINE = c(`${MEDICINE_WORDS}|calpol|nurofen|drank|siroop|syrup|pilletjes|medicatie|medicine\\w*`);
// Round 7: a button battery or magnet gone from a toy or a device with a small child about counts as swallowed.
const HAZARD_GONE = c(
  '(?:vind|find|found) (?:\\w+ ){0,4}(?:nog maar|only) (?:een|1|one)(?: \\w+)? (?:van de|of the) (?:twee|drie|2|3|two|three)|(?:is|are|zijn|is nu) (?:\\w+ ){0,3}(?:missing|gone|weg|kwijt|zoek)|(?:can not|cant|kan|kunnen) (?:\\w+ ){0,2}(?:find|vinden)(?: \\w+)? (?:it|them|het|ze|niet|nergens)|(?:mist|missen|ontbreekt|ontbreken) (?:er )?(?:een|1|one|twee|two)',
);
const ALL_ACCOUNTED = c(
  '(?:allemaal|all|alle) (?:\\w+ ){0,2}(?:geteld|counted|accounted for)|(?:zijn|are) er (?:nog )?(?:allemaal|all) (?:nog)?|none (?:are |is )?missing|(?:er )?(?:ontbreekt|mist) (?:er )?(?:geen|niks|niets)|ze zijn er nog',
);
const GOT_INTO = c(
  '(?:drunk|drank|gedronken|leeggedronken) (?:\\w+ ){0,2}(?:of )?(?:the|de|het|a|een|his|her|zijn|haar) (?:\\w+ )?(?:bottle|fles|flesje)|(?:most|half) of the bottle|gevonden|gepakt|te pakken|opgegeten|gegeten|opgepeuzeld|in (?:zijn|haar) mond|found|got into|got hold of|ate|eaten|chewed|half (?:leeg|op|empty)|(?:missen|mist) er|(?:are|is|were) missing|ontbreken',
);
// A racing heart with a warning sign, going on now (not a panic attack that passes).
const RACING = c(
  'hart\\w* (?:\\w+ ){0,3}(?:bonkt|bonst|racet|jaagt|op hol|tekeer|klopt (?:\\w+ )?(?:snel|hard))|heart (?:\\w+ ){0,4}(?:racing|pounding|very fast|super fast|so fast|beating fast)|(?:1[5-9]\\d|2\\d\\d) (?:bpm|slagen)|like (?:1[5-9]\\d|2\\d\\d)',
);
const HEART_WARNING = c(
  'lightheaded|light headed|licht in (?:mijn|het) hoofd|faint\\w*|flauw\\w*|passing out|pass out|chest (?:\\w+ )?(?:hurts|pain|tight\\w*|pressure)|pijn (?:op|in) (?:de|mijn|mn) borst|borstpijn|druk op (?:de|mijn|mn) borst',
);
// A heart attack without chest pain (women, diabetes, older people): the jaw, the upper back or the left
// arm, with two companion signs.
const CARDIAC_PAIN = c(
  '(?:pain|pijn|heaviness|pressure|druk|zwaar\\w*|ache|aching|tight\\w*) (?:\\w+ ){0,3}(?:upper back|jaw|kaak|bovenrug|left arm|linkerarm|tussen (?:mijn|de) schouderbladen|between (?:my|the) shoulder blades)|(?:upper back|jaw|kaak|bovenrug|left arm|linkerarm) (?:\\w+ )?(?:pain|pijn|hurts|doet pijn|doen pijn|aches)',
);
const CARDIAC_COMPANIONS =
  / (?:sweaty|sweating|clammy|zweet\w*|klam\w*|nause\w*|misselijk\w*|short of breath|kortademig|benauwd|grey|grauw|vomit\w*|overgeven|exhausted|uitgeput|dizzy|duizelig|lightheaded)(?= )/g;
const CARDIAC_COMPANIONS_ONE = new RegExp(CARDIAC_COMPANIONS.source);
const PANIC = c('panic\\w*|paniek\\w*|anxiety|anxious|angst\\w*|hyperventil\\w*');
const ONGOING = c(
  'for the (?:last|past) (?:\\w+ )?(?:hour|minutes|\\d+)|al (?:een|\\d+|twee|drie) (?:\\w+ )?(?:uur|minuten|kwartier)|since \\d+|sinds \\d+|right now|nu|now|still|nog steeds|will not stop|wont stop|stopt niet|gaat niet over|not going away',
);

// A fall and unable to get up, with a hip that hurts or a pale face (a broken hip in an older person).
const CANT_GET_UP = c(
  '(?:kan|kon|kin) (?:\\w+ ){0,2}(?:niet|nie|nait) (?:meer )?(?:overeind|overind|overend|opstaan|op staan|omhoog)|(?:kom|komt|kwam) (?:\\w+ ){0,2}(?:niet|nie) (?:meer )?(?:overeind|omhoog)|(?:can not|cant|could not|couldnt) get (?:\\w+ )?up',
);
const HIP_OR_PALE = c('heup|hip|lijkbleek|bleek|wit|white|grauw|grey|gray|pale|klam\\w*|clammy');
// The airway under threat: the jaw, neck or mouth swelling and breathing or swallowing getting harder.
const DEEP_NECK = c('kaak|hals|nek|jaw|neck|mondbodem|tong|tongue|keel|throat');
const AIRWAY_WORSE = c(
  '(?:ademen|slikken|breathing|swallowing)(?: en (?:ademen|slikken)| and (?:breathing|swallowing))? (?:\\w+ ){0,2}(?:moeilijk\\w*|harder|worse|lastig\\w*)|(?:harder|moeilijker) (?:\\w+ )?(?:to )?(?:breathe|swallow|ademen|slikken)|(?:can not|cant|kan niet) (?:\\w+ )?(?:breathe|swallow|ademen|slikken)',
);
// A boy's testicle: sudden pain or swelling (torsion, hours count).
const TESTICLE = c('testicle\\w*|testis|teelbal\\w*|zaadbal\\w*|balzak|scrotum');
const TESTICLE_SIGN = c('pain|pijn|swollen|gezwollen|opgezwollen|dik|screaming|krijst|schreeuwt|being sick|vomit\\w*|overgeven|braakt|spuugt');
// Seeing stars or flashes in pregnancy (pre-eclampsia): urgent without a time word.
const VISUAL = c(
  '(?<!(?:geen|no|zonder|without|niet) (?:\\w+ ){1,2}(?:of|or|en|and|nor) )(?<!(?:geen|no|zonder|without) )(?:sterretjes|lichtflitsen|flitsen|flashing lights|flashes|seeing spots|spots in (?:my|her) (?:vision|eyes)|wazig zien|blurred vision|blurry vision)',
);

// Round 7. Sepsis (NHS, the UK Sepsis Trust): an infection or a fever with two of confusion, fast
// breathing, mottled skin, no urine for a day, cold hands and feet with aching legs, violent shivering;
// or any fever after chemotherapy (neutropenic sepsis: the oncology line says come in at once).
const INFECTION = c(
  'hot to (?:the )?touch|burning up|gloeit|gloeiend heet|koorts\\w*|fever\\w*|verhoging|temperatuur|temperature|infectie\\w*|infection\\w*|ontsteking\\w*|blaasontsteking|longontsteking|nierbekkenontsteking|wondinfectie|pneumonia|ontstoken|infected|uti|griep|flu|wond\\w*|wound|prik|snee|bite|beet|doorligwond\\w*|decubitus|pressure sores?|bed ?sores?',
);
const CHEMO = c('chemo\\w*|chemotherap\\w*|immunotherap\\w*');
// Round 30: a fever denied (`no fever, breathing fine`) is none.
const FEVER_ONLY = c(
  '(?<!(?:no|geen|zonder|without|not|niet) )(?:koorts\\w*|fever\\w*|verhoging|(?:38|39|40|41)(?: \\d)? (?:graden|degrees|koorts|c)|temp\\w* (?:van |of )?(?:38|39|40|41)\\d?)',
);
const SEPSIS_SIGNS: Rule[] = [
  c(
    'verward|confused|confusion|muddled|(?:helemaal )?de weg kwijt|de kluts kwijt|hallucin\\w*|seeing (?:people|things) (?:who|that) (?:are not|were not) there|ziet (?:mensen|dingen|beestjes) die er niet zijn|in de war|wartaal|not making sense|(?:erg|heel|zo|very|really) (?:suf|drowsy|sleepy)|valt (?:\\w+ ){0,6}in slaap|falls asleep (?:mid|in the middle)|(?:weet|knows?) (?:\\w+ ){0,2}(?:niet|not) (?:meer )?(?:welke dag|what day)|does not know what day',
  ),
  c('ademt (?:\\w+ )?(?:snel|vlug|gejaagd)|snelle ademhaling|(?:breathing|breathes) (?:\\w+ )?(?:fast|rapidly|quickly)|fast breathing'),
  c('vlekkerig\\w*|gevlekt\\w*|gemarmerd\\w*|marmer\\w*|mottled|blotchy|paarse vlekken|purple blotches'),
  c(
    '(?:niet|nauwelijks|amper) (?:meer )?geplast|plast (?:niet|nauwelijks|amper)|(?:has not|hasnt|have not|havent|not) (?:\\w+ )?(?:peed|weed|urinated|passed urine|had a wee)|no (?:wet )?(?:nappy|nappies|wee|urine)',
  ),
  c('(?:hands|feet|handen|voeten) (?:\\w+ ){0,3}(?:freezing|ice cold|ijskoud|koud|cold)|(?:ijskoude|koude|freezing|ice cold) (?:handen|voeten|hands|feet)'),
  c('rilt (?:heel |erg |enorm )|koude rillingen|klappertand\\w*|shaking uncontrollably|uncontrollable shivering|rigors|shivering (?:violently|badly)'),
  c(
    '(?:can not|cant|could not) (?:stand|walk)|kan (?:niet|nauwelijks) (?:meer )?(?:staan|lopen)|(?:legs|benen) (?:\\w+ ){0,2}(?:ache|pijn) (?:\\w+ ){0,2}(?:so|zo)',
  ),
  c(
    '(?:rode |red )?(?:strepen|streaks?|lijnen|lines) (?:\\w+ ){0,2}(?:naar boven|omhoog|up (?:his|her|my) (?:arm|leg))|(?:knalrood|bright red) (?:\\w+ ){0,2}(?:met|with) (?:rode )?strepen',
  ),
];
const sepsisSigns = (s: string) => SEPSIS_SIGNS.filter((re) => re.test(s)).length;

// Round 7. The practical side of one's own death with a day near: a body left to science, one's pension
// or registration sorted, a page after I am gone, "after tomorrow", "it is nearly time", the flat cleared.
const AFTER_ME = c(
  '(?:als|wanneer|when|once|after) (?:ik|i) (?:er )?(?:zelf )?(?:niet meer (?:ben|besta)|(?:am )?gone(?! (?:home|to|for|on|back|out|away|from))|(?:am )?not here)|(?:lichaam|body) (?:\\w+ ){0,4}(?:wetenschap|science)|whoever (?:clears|empties|cleans out|finds)|(?:wont|will not) (?:be )?needing (?:a|my|the|any|either|it|them|anything)(?: \\w+){0,4} (?:after|past|beyond|from)|(?:heb|hebben) (?:ik )?(?:\\w+ ){0,3}(?:nooit|niks|niets) meer (?:\\w+ ){0,3}nodig(?! (?:want|omdat|because|since|as))|(?:heb|have) (?:\\w+ ){0,2}niet meer nodig(?! (?:want|omdat|because|since|as))',
);
const NEAR_DAY = c(
  '(?:voor|for|in) (?:deze|this) week|na morgen|after tomorrow|(?:after|na) (?:this|the|dit|het) weekend|(?:het is|is het) bijna (?:zover|zo ver|tijd)|(?:its|it is) nearly time|vandaag (?:\\w+ ){0,2}(?:invul|invullen|regelen)|een beetje snel|(?:after|na) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag)|het is op|op een rijtje gezet|morgen|tomorrow|vannacht|tonight',
);
// One last time, before I go tonight: a dog walked, a child seen.
const LAST_TIME_BEFORE = c(
  '(?:nog|one|een) (?:een |1 )?(?:laatste )?(?:keer|last time|1x|1 x|eenmaal) (?:\\w+ ){0,4}(?:voordat|voor|before) (?:ik|i) (?:\\w+ ){0,2}(?:ga|go|leave|vertrek)',
);
// A large amount already taken, asked about lightly: a handful, hundreds, thirty or so.
const LARGE_TAKEN_NEW = c(
  '(?:had|taken|took|genomen|geslikt|slikte) (?:\\w+ ){0,2}(?:[2-9]\\d|\\d{3}) (?:about |around |ongeveer |zo n )?(?:an |a |half |een |\\d+ )?(?:hour|hours|uur|minutes|minuten|kwartier) (?:ago|geleden)',
);
const LARGE_TAKEN = c(
  '(?:een )?handvol (?:\\w+ ){0,2}(?:genomen|geslikt|ingenomen|op)|(?:honderd\\w*|hundreds?|dozens?|tientallen) (?:\\w+ ){0,3}(?:ibuprofen|paracetamol|pillen|pills|tabletten|tablets|aspirin\\w*)|(?:had|taken|took|genomen|geslikt|slikte) (?:\\w+ ){0,2}(?:[2-9]\\d|\\d{3})(?: or so| ofzo| of zo)?(?= (?:today|vandaag|now|nu|pills|tablets|pillen|tabletten|paracetamol|ibuprofen|of them|van))',
);
const PILL_WORD = c(
  'paracetamol|ibuprofen|aspirin\\w*|naproxen|diclofenac|co codamol|tablet\\w*|pil|pillen|pills?|meds|medicijn\\w*|medication|slaappil\\w*|sleeping (?:pills|tablets)',
);
const TAKEN_BY_ME = c(
  '(?:heb|had|have|i ve|ive|i) (?:\\w+ ){0,6}(?:genomen|geslikt|gedaan|ingenomen|taken|had|done|took|swallowed)|(?:dat|that) (?:heb ik|have i|i have|ive) (?:\\w+ )?(?:gedaan|done)|i ve had|ive had|i had',
);
// A gas known as a means, wanted for one person.
const GAS_FOR_ONE = c(
  '(?:helium|stikstof|nitrogen|houtskool|charcoal)(?: \\w+){0,6} (?:for|voor) (?:one|1|een|een enkel|a single) (?:person|persoon|man)|(?:helium|stikstof|nitrogen|houtskool|charcoal)(?: \\w+){0,4} (?:for|voor) (?:myself|mezelf|mijzelf)',
);
// Choosing to step out (of life): `als je er zelf voor kiest om eruit te stappen`.
const CHOOSE_OUT = c(
  '(?:kies|kiest|kiezen|koos|gekozen) (?:\\w+ ){0,2}om (?:uit het leven|eruit) te stappen|(?:choose|chooses|choosing|chose) to (?:end (?:my life|it)|step out of life|check out)',
);
// Letters written for everyone, and not ok.
// … not by one who volunteers or works at a crisis line.
const WORKS_THERE = c('volunteer\\w*|vrijwillig\\w*|(?:i|ik|we|wij) (?:work|werk|werken) (?:at|for|bij|voor)');
const LETTERS_FOR_ALL = c(
  '(?:written|wrote|geschreven|schreef) (?:my|mijn|mn) (?:letters|brieven|briefjes|notes)|(?:my|mijn|mn) (?:letters|brieven|briefjes|notes) (?:are |zijn )?(?:al |already )?(?:written|geschreven)|(?:letters?|brieven|briefjes|notes?|envelopes?|enveloppen?) (?:\\w+ ){0,5}(?:for|voor|to|aan) (?:everyone|everybody|iedereen|all of you|jullie allemaal|(?:my|mijn|mn|the|de) (?:boys|girls|kids|children|jongens|meiden|kinderen|wife|husband|vrouw|man|ouders|parents))',
);
// At a dangerous place and not wanting to be seen or stopped.
const UNSEEN = c(
  '(?:niemand|nobody|no one) (?:mag|may|must|can) (?:het|me|mij|it) (?:zien|see)|(?:wil|want|wants) (?:\\w+ ){0,2}(?:niet|not|nobody|no one|niemand) (?:\\w+ ){0,2}(?:dat iemand|anyone|someone|to)? ?(?:het |me |mij |it )?(?:ziet|zien|see|sees|stop|stops|tegenhoudt|tegenhouden)|camera ?(?:toezicht|bewaking|surveillance)|cctv',
);
// … also when the place is named in a question and the writer says to be there now (`ik sta hier nu`).
const NOT_TO_BE_SEEN = c(
  '(?:niemand|nobody|no one) (?:mag|may|must|can) (?:het|me|mij|it) (?:zien|see)|(?:wil|want|wants) (?:\\w+ ){0,2}(?:niet|not) (?:\\w+ ){0,2}(?:dat iemand|that anyone|that someone|anyone to|someone to) (?:het |me |mij |it )?(?:ziet|ziet gebeuren|sees|see|stops|stop|tegenhoudt)|(?:dont|do not) want (?:to be|anyone to) (?:seen|see me|stop me)',
);
const ME_HERE_NOW = c('ik (?:sta|zit|ben) (?:hier|er|daar) (?:\\w+ )?nu|(?:im|i am) (?:standing |sitting )?(?:here|there) (?:right )?now');
const DANGER_SPOT = c(
  '(?:op|bij|aan|on|at|near) (?:de|het|the|a) (?:\\w*brug|\\w*bridge|dak|roof|flat|\\w*toren|tower|spoor|tracks|perron|platform|kade|pier|klif\\w*|cliffs?|viaduct|parkeergarage|car park)',
);
const JUMP_WHERE = c(
  '(?:waar|where) (?:\\w+ ){0,8}(?:vanaf|from|off) (?:\\w+ ){0,2}(?:hoog|high|height|hoogte)|(?:hoog|high) (?:\\w+ ){0,3}(?:kan|can|could) (?:\\w+ ){0,2}(?:springen|jump)',
);
const WATER_SPORT = c('zwem\\w*|swim\\w*|duik\\w*|dive|diving|bungee\\w*|klif ?duiken|cliff diving|parachut\\w*|zwembad|pool|trampoline');
// Life-sustaining treatment refused or stopped, and now breathless or confused (dialysis, insulin).
const STOPPED_TREATMENT = c(
  '(?:refused|refuses|stopped|skipped|missed|weigert|geweigerd|gestopt met|overgeslagen) (?:\\w+ ){0,3}(?:dialysis|dialyse|insulin|insuline)|(?:without|zonder) (?:his |her |their |zijn |haar )?(?:dialysis|dialyse|insulin|insuline)',
);
// Round 8. Words meant to be read after one is gone: a note that says reading it will come too late, love for
// the living told in the past tense, a goodbye poem or letter for one's family, `it was not your fault`.
const LAST_WORDS = c(
  '(?:als|wanneer) (?:jullie|je|u) dit (?:lezen|leest|lezen) (?:\\w+ ){0,2}(?:is het|ben ik)|(?:when|by the time|if) (?:you|u) (?:\\w+ )?read this (?:\\w+ ){0,2}(?:ill|i will|it will|its|it is|i am|im|i ll)|tell (?:my|his|her|them)\\w* (?:\\w+ ){0,2}(?:i loved|that i loved)|zeg (?:tegen )?(?:mijn|mn) \\w+ dat ik (?:\\w+ ){0,2}(?:hield)|afscheids(?:brief|brieven|gedicht|bericht|woorden)\\w* (?:\\w+ ){0,5}(?:voor|for|aan) (?:mijn|mn|my) (?:ouders|parents|familie|family|kinderen|kids|vrouw|man|wife|husband|moeder|vader|mum|mom|dad)|(?:dat|that) (?:het|it) niet aan (?:hun|hen|jullie|jou|hem|haar) lag|(?:it was not|it wasnt|its not) (?:their|your|his|her) fault',
);
// Asking for a way to die, or for enough to make sure it works this time.
const WAY_TO_DIE = c(
  '(?:quickest|fastest|easiest|best|painless|surest|snelste|makkelijkste|pijnloze|zekerste|beste) (?:\\w+ ){0,2}(?:way|manier|method|methode) (?:\\w+ ){0,2}(?:to (?:die|go|end (?:it|my life)|kill myself)|om (?:dood te gaan|te sterven|er een eind(?:e)? aan te maken|eruit te stappen))|(?:zodat|so that|so) (?:je|ik|you|i) (?:\\w+ ){0,2}(?:niet meer (?:ontwaakt|ontwaak|wakker wordt|wakker word)|(?:dont|do not|never|wont|will not) wake up)|(?:make sure|to be sure|zeker weten|zeker zijn) (?:\\w+ ){0,2}(?:it|het) (?:\\w+ )?(?:works|werkt|lukt) (?:this time|deze keer)|(?:hoe lang|how long) (?:\\w+ ){0,6}(?:doodgaat|dood gaat|sterft|to die|you die|die) (?:\\w+ ){0,2}(?:van|from|of|by|door) (?:\\w+ ){0,2}(?:koolmonoxide|carbon monoxide|co|uitlaatgas\\w*|exhaust|gas|helium|stikstof|nitrogen|houtskool|charcoal)',
);
// Wanting to be with a loved one who died, with a means at hand (`ik wil gewoon bij hem zijn`).
const REUNION = c(
  '(?:wil|wilde|want to|wanna|wants to|just want to) (?:\\w+ ){0,2}(?:bij (?:hem|haar) zijn|weer bij (?:hem|haar)|be with (?:him|her)|join (?:him|her))|(?:go and|gonna|going to|will|ill|then ill|then i will) (?:go and )?join (?:him|her|them|the lads|my \\w+)|(?:be )?seeing (?:her|him) (?:again )?tonight|(?:dan|then) (?:ben ik|i will be|ill be|im) (?:weer |again )?(?:bij|with) (?:haar|hem|her|him)',
);
const DECEASED = c(
  '(?:been )?gone (?:\\d+|two|three|four|five|a few|for (?:\\d+|two|three|a few)) (?:years?|months?)|overleden|gestorven|died|passed away|passed|late (?:husband|wife|son|daughter|man|vrouw)',
);
const STRONG_MEDICINE = c('morfine|morphine|oxycodon\\w*|oxycontin|fentanyl|ampul\\w*|methadon\\w*|insuline|insulin');
// A move to a place where one needs nothing, with things given away or a key left.
const PLACE_NO_NEED = c(
  '(?:wont|will not|dont|do not) need (?:them|it|any of (?:it|them)) where (?:im|i am) going|waar ik (?:heen |naartoe )?ga (?:heb|hoef) ik (?:ze|het|die|dat) (?:\\w+ )?niet (?:meer )?(?:nodig)?|(?:plek|plaats|place) waar (?:ik|i) (?:\\w+ ){0,3}(?:niet nodig|niks nodig|niets nodig|nothing|wont need|will not need|dont need|do not need)',
);
// Done, said as the last word of a sentence (`i am done .`).
const DONE = c('(?:(?:im|i am|ik ben|thats me|that is me) (?:so |just |echt )?(?:done|klaar)|echt klaar nu|really done now)(?= \\.| $| x | xx )');
const DONE_ALL = new RegExp(DONE.source, 'g');
const KEY_LEFT = c('(?:sleutel|sleutels|key|keys) (?:\\w+ )?(?:ligt|liggen|is|are|under|onder|left)');
// The highest point around, asked for with one last look (`nog 1x het uitzicht zien voordat ik ga`).
const HIGHEST = c('(?:hoogste|highest|tallest) (?:\\w+ )?(?:gebouw|building|flat|toren|tower|punt|point|brug|bridge|dak|roof)');
// Black, tarry stool or vomit like coffee grounds (bleeding in the gut) with fainting or blacking out.
const GUT_BLEED = c(
  '(?:black|zwarte|zwart) (?:\\w+ ){0,2}(?:poo|poop|stool\\w*|ontlasting|poep)|(?:poo|poop|stool\\w*|ontlasting|poep) (?:\\w+ ){0,4}(?:black|zwart)|(?:teerachtig\\w*|tarry)|koffiedik|coffee grounds',
);
const BLACKING_OUT = c(
  'black out|blacking out|blacked out|pass out|passing out|passed out|faint\\w*|flauw\\w*|wegraak\\w*|zwart voor (?:mijn|de) ogen|lightheaded|light headed',
);
// Round 9. A whole supply asked about as painless, or wanted with a day and `then it is finally over`;
// all of one's pills carried away from home; a gas and the vents blocked; what happens after tens of
// tablets, asked for later today; a birth under way outside hospital.
const PAINLESS = c(
  'pijnloos|pijnloze|painless|(?:less|least) painful|(?:minst|minder) pijnlijk\\w*|zonder pijn|without pain|(?:does|do|would|will) it hurt|doet (?:het|dat) pijn',
);
const FINALLY_OVER = c(
  '(?:is het|it is|its|ben ik) eindelijk (?:klaar|voorbij|over|rust)|finally (?:over|at peace|be over)|(?:it|het) (?:will be|is) finally (?:over|done)',
);
const ALL_MY_PILLS = c('(?:met|with) (?:al|all) (?:mijn|my|mn) (?:pillen|pills|medicijnen|meds|medication|tabletten|tablets|medicatie)');
const AWAY_FROM_HOME = c('auto|car|parkeerplaats|car park|parking|parkeerdek|station|bos|woods|strand|beach');
const VENTS_BLOCKED = c(
  '(?:blocked|sealed|taped|covered|dichtgeplakt|afgeplakt|dichtgemaakt|dichtgestopt|afgedicht|dicht ?gedaan) (?:\\w+ ){0,3}(?:vents?|ventilatie\\w*|kieren|gaps|air ?bricks?|ventilatierooster\\w*)|(?:vents?|ventilatie\\w*|kieren|gaps|air ?bricks?|ventilatierooster\\w*) (?:\\w+ ){0,3}(?:blocked|sealed|taped|dichtgeplakt|afgeplakt|dicht)',
);
const FUMES = c('koolmonoxide|carbon monoxide|co|uitlaatgas\\w*|exhaust|houtskool|charcoal|bbq|barbecue|garage');
const WHAT_IF = c('wat gebeurt er (?:als|wanneer)|what happens (?:if|when)|what would happen if|wat doet (?:het|dat) (?:als|wanneer)');
const FOR_LATER = c('voor straks|voor vanavond|voor vannacht|for later|for tonight|later today|straks|vanavond|tonight');
const BIRTH_NOW = c(
  'crowning|(?:head|hoofdje) (?:is )?(?:out|showing|visible|zichtbaar|te zien|komt eraan|komt er uit)|persdrang|moet (?:al )?persen|urge to push|(?:baby|kindje) (?:is )?(?:coming|komt) (?:now|out|nu|eraan)',
);
const BREATHLESS_NOW = c('breathless|short of breath|kortademig|benauwd|can not breathe|cant breathe|krijgt geen lucht|confused|verward|drowsy|suf\\w*');

// Round 10. Veiled goodbyes told through the practical and the near: nothing will matter after a day; doubt
// whether one is still there by a day; a rope already hung; the writer on a motorway's hard shoulder with the
// thought of walking on; a place judged cold, deep or high enough; a keepsake left with a depression named;
// painkillers bought at several shops with a last time; an accident staged for the insurance; one's own
// funeral to be sorted before a day; things given away with a goodbye and finality.
const NOTHING_MATTERS = c(
  '(?:maakt|maken) (?:het|dat|alles) (?:\\w+ ){0,2}(?:niks|niets) meer uit|(?:nothing|none of it|it) (?:\\w+ )?(?:will|wont|doesnt|does not|will not) matter (?:anymore|any more|after)',
);
const STILL_THERE_DOUBT = c(
  '(?:of|if|whether) (?:ik|i) (?:er )?(?:\\w+ ){0,3}(?:nog (?:ben|leef|besta)|(?:will|ill|i ll) (?:still )?be (?:here|around|alive))',
);
const ROPE_UP = c(
  '(?<!(?:schommel|swing|was|washing|klim|climbing) )(?:touw|strop|rope|noose) (?:\\w+ ){0,2}(?:hangt|hangen|is hanging|hangs|is up|is tied|is opgehangen|ligt klaar|is ready)',
);
const ROAD = c(
  '(?:ik sta|ik loop|ik zit|im standing|i am standing|im walking|i am walking|im on|i am on|im at|i am at) (?:\\w+ ){0,2}(?:op|langs|aan|bij|on|along|by|at) (?:de|het|the) (?:vluchtstrook|snelweg|hard shoulder|motorway|highway|vangrail|crash barrier)',
);
const WALK_ON = c(
  '(?:loop|lopen|liep) (?:\\w+ )?(?:door|de weg op)|(?:stap|stapt|stappen) (?:ik |hij |ze )?(?:zo |straks |gewoon )?(?:de rijbaan|de weg|het asfalt) op|keep (?:on )?walking|walk (?:out )?(?:into|in front of)|step (?:out )?in front of|(?:voor|in front of) (?:een|de|a|the) (?:auto|vrachtwagen|truck|lorry|car|bus)',
);
const ENOUGH_PLACE = c(
  '(?:water|rivier|haven|zee|gracht|kanaal|river|harbour|harbor|sea|canal|lake|meer|brug|bridge|flat|dak|roof|drop) (?:\\w+ ){0,4}(?:koud|diep|hoog|cold|deep|high) (?:genoeg|enough)',
);
const KNOW_WHY = c('(?:weten|weet) (?:jullie|je|u) (?:\\w+ )?waarom|(?:youll|you will|you ll|then you) (?:\\w+ )?know why');
const KEEPSAKE = c('(?:trouwring|ring|horloge|wedding ring|watch) (?:\\w+ ){0,4}(?:op (?:de )?tafel|on the table|voor jou|for you|achtergelaten|left behind)');
const DEPRESSED = c('depressie\\w*|depressief|depressed|depression|suicidal|suicidaal');
const SEVERAL_SHOPS = c(
  '(?:bought|buying|buys|kocht|gekocht|koopt|haalt|haalde) (?:\\w+ ){0,3}(?:paracetamol|ibuprofen|pills|tablets|pillen|tabletten|slaappillen|painkillers|pijnstillers) (?:\\w+ ){0,4}(?:other|another|andere|ander|meerdere|several|different) (?:branch|branches|shops?|pharmac\\w*|apothe\\w*|filia\\w*|winkels?|drogist\\w*)|(?:went to|visited|tried|ging naar|langs|bij) (?:\\w+ ){0,2}(?:two|three|four|several|different|twee|drie|vier|meerdere|verschillende|\\d) (?:\\w+ )?(?:shops|pharmacies|chemists|supermarkets|apotheken|drogisten|winkels|supermarkten) (?:\\w+ ){0,3}(?:for|voor|om) (?:\\w+ )?(?:paracetamol|ibuprofen|pills|tablets|pillen|tabletten|slaappillen|painkillers|pijnstillers)',
);
const LOOKS_ACCIDENT = c('(?:als|if|so) (?:het|it) (?:\\w+ ){0,2}(?:een ongeluk|an accident|like an accident) (?:lijkt|looks|seems)');
const INSURANCE = c('verzeker\\w*|insurance|uitkeer\\w*|uitkeren|keert (?:\\w+ ){0,2}uit|pay ?out|pays out|life cover');
const WORK_DOCUMENT = c(
  '(?:for|voor) (?:my|mijn|a|an|een|our|onze) (?:\\w+ )?(?:assignment|opdracht|essay|werkstuk|huiswerk|homework|school project|schoolproject)|(?:writing|write|schrijf|schrijven|making|maken|updating|drafting|opstellen) (?:\\w+ ){0,3}(?:policy|poster|leaflet|protocol|folder|beleid|richtlijn|guideline|lesson|les|werkinstructie)',
);
const FUNERAL = c('funeral|uitvaart|begrafenis|crematie|cremation');
const FOR_MYSELF = c(
  '(?:asking|vraag (?:het|dit)) (?:\\w+ )?(?:for|voor) (?:myself|mezelf|mijzelf)|(?:my|mijn) (?:own |eigen )?(?:funeral|uitvaart|begrafenis|crematie|cremation)',
);

// Round 11. Sideways crises: someone of one's own who cannot be reached after a goodbye signal (affairs
// arranged, passwords sent, a farewell mail); a treatment ended or every appointment cancelled, with a decision
// that it is enough, a plan for it, a solution called final, or a ligature point; others freed of the writer soon;
// sleep wished forever; a supply judged enough to be sure.
const UNREACHABLE = c(
  'nergens te (?:bereiken|vinden)|(?:niet|nergens) (?:te )?bereik(?:en|baar)|onbereikbaar|neemt (?:\\w+ ){0,2}niet (?:meer )?op|(?:nobody|no one|niemand|we|i) can(?:not| not|t)? (?:get hold of|reach|get) (?:her|him|them)|(?:cant|can not) (?:get hold of|reach) (?:her|him)|not answering|(?:auto|car) is weg|met de auto weg|(?:drove off|driven off) in (?:the|his|her) car',
);
const FAREWELL = c('farewell|afscheids\\w*|vaarwel|het was (?:mij |me )?een eer|(?:it is|it has|its) been (?:an|a real) honou?r');
const TREATMENT_ENDED = c(
  '(?:therapie|therapy|behandeling|treatment|counselling|begeleiding|groepstherapie)\\w* (?:\\w+ ){0,5}(?:stopt|gestopt|ended|ends|stopped|afgelopen|beeindigd|is over|finished|ophoudt)|(?:laatste|last|final) (?:gesprek|sessie|session|appointment|afspraak)|(?:afmelden|afzeggen|schrappen|cancel\\w*) (?:\\w+ ){0,4}(?:therapie|groepstherapie|behandeling|therapy|sessions)|alle (?:\\w+ )?afspraken|all (?:my |the )?(?:\\w+ )?appointments',
);
const ENDED_DECISION = c(
  '(?:besloten|decided) (?:dat|that) (?:het|it|its) (?:\\w+ ){0,2}(?:genoeg|enough)|(?:ik heb|i have|ive|heb ik) (?:het|it) (?:al |already )?(?:gepland|planned)|(?:oplossing|solution|uitweg|way out) (?:\\w+ ){0,6}(?:definitief|final|permanent|voorgoed|for good)',
);
// A ligature point: a belt, scarf or cord on a door handle, a beam or a banister.
const LIGATURE = c(
  '(?:riem|belt|sjaal|scarf|snoer|cord|kabel|cable|touw|rope) (?:\\w+ ){0,2}(?:on|om|aan|around|over|from) (?:the|de|het|a|een) (?:door handle|deurklink|deurkruk|klink|beam|balk|banister|trapleuning)',
);
const BESIDE = c('next to it|naast (?:me|mij|het|hem)|beside (?:me|it)|in (?:my|mijn) (?:hand|handen|hands)');
const FREE_OF_ME = c('(?:geen|no) (?:last|burden) (?:meer )?(?:van|of|from) (?:mij|me)|(?:rid|af) (?:of|van) (?:mij|me)|van (?:mij|me) af');
const SOON = c('nog even|binnenkort|soon|straks|bijna|over (?:een paar|twee|drie|\\d+) dagen|in (?:a few|a couple of|two|three|\\d+) days');
const SLEEP_FOREVER = c(
  '(?:slaap|sleep) (?:lekker |well |tight |goed |zacht )?(?:allemaal|iedereen|everyone|all|yall|jullie) (?:voor altijd|voorgoed|forever|for good)|(?:ga|gaan|going to|want to|wil) (?:\\w+ )?(?:slapen|sleep) (?:voor altijd|voorgoed|forever)|(?:welterusten|truste|goodnight|good night|night night|nighty night|slaap (?:lekker|zacht)|sleep (?:well|tight))(?: [^ ]+){0,3} (?:deze keer|dit keer|this time) (?:voor altijd|voorgoed|for good|forever|for ever)',
);
const ENOUGH_TO_BE_SURE = c('(?:enough|genoeg) (?:\\w+ ){0,4}(?:to be sure|to make sure|om zeker te (?:zijn|weten)|om het zeker te)');
// Taken to end a life: sedatives, opioids, insulin.
const A_MEDICINE = c(
  `${MEDICINE_WORDS}|aspirin\\w*|tramadol|codeine|oxy\\w*|morfine|morphine|fentanyl|diazepam|temazepam|oxazepam|lorazepam|zolpidem|amitriptyline|insulin\\w*|insuline|slaappil\\w*|sleeping (?:pills|tablets)`,
);
// Said outright not to be happening: a question for later, to be prepared, about nobody now.
const NOT_HAPPENING = c(
  '(?:niks|niets) aan de hand (?:hier|nu)|nothing (?:is )?(?:wrong|happening|going on) (?:here|now|right now)|(?:het )?gaat niet om iemand (?:in het bijzonder|nu)|not about (?:anyone|someone|somebody) (?:now|in particular|specific)|algemene vraag|general question|(?:want|wil|wanted) (?:\\w+ )?(?:to be )?(?:prepared|voorbereid)|voor als het ooit|in case it ever|for if it ever|mocht het ooit|(?:vraag )?voor (?:mijn|ons|onze|het|de|een) (?:\\w+ ){0,2}(?:ehbo|bhv|examen|cursus|opleiding|toets|tentamen|herhaling\\w*)|for (?:our|my|a|the) (?:\\w+ ){0,2}(?:refresher|course|exam|training|class|quiz|essay|assignment|audit)|alles is hier (?:goed|in orde|rustig)|(?:all|everything) is (?:good|fine|well|ok|okay) here',
);
// A goodbye that is the whole message (a few words in chat): gone for good, the other side, this is it then,
// the last message or the last time one posts, signing off with love.
const SHORT_FINAL = c(
  'voorgoed|forever|for good|voor altijd|(?:on|at) the other side|aan de andere kant|dit is het dan|this is it then|(?:the|my) last (?:msg|message|post) (?:u|you) (?:get|will get|ll get)|laatste keer dat ik|(?:love|hou van) (?:yall|you all|jullie)(?: allemaal)? (?:signing|logging) off|signing off (?:for good|forever)',
);
// … not bed, work or a game, a laugh, grief (`rust zacht`, `in ons hart`) or thanks (`forever grateful`).
const SHORT_ORDINARY = c(
  'vakantie|holiday|bed|slapen|sleep|werk|work|game|match|stream|lol|haha\\w*|xd|film|movie|series|serie|boek|book|rust zacht|rip|rest in peace|hart|heart|dankbaar|grateful|thankful|young|jong|yours|friends|vrienden|fan|kraamzorg|zuster|nurse|juf|meester|team|held|hero|queen|legend|besties?',
);
// A fear about a routine, not an event: `scared of bleeding to death when he shaves`.
const FEAR_OF_ROUTINE = c(
  '(?:scared|afraid|terrified|frightened|worried|bang|doodsbang) (?:of|to|that|dat|voor|om) (?:\\w+ ){0,3}(?:bleeding|dying|die|doodbloeden|dood te bloeden|doodgaan|dood te gaan) (?:\\w+ ){0,3}(?:when|whenever|if|als|wanneer|zodra)',
);
// Round 12: one's things handed on with no more need of them (`the guitar is for tom now, no use for it lol`), a
// need of nothing at all, or a time after which nothing is needed; a whole supply with the means in hand now.
const HANDED_ON = c(
  '(?:my|mijn|mn) \\w+ (?:goes|go|gaan|gaat) (?:to|naar) \\w+|(?:zijn|is) voor (?:mijn|mn|my) \\w+|rehomed|herplaatst|(?:does )?(?:anyone|anybody|iemand) (?:want|wants|wil|interesse in) (?:my|mijn|mn)|wil (?:er )?iemand (?:\\w+ )?(?:mijn|mn)',
);
const NO_MORE_NEED = c(
  '(?:will not|do not|wont|dont) need (?:it|them|anything|nothing|any of (?:it|them|this))|(?:hoef|heb) (?:\\w+ )?(?:niks|niets) meer(?: nodig)?|(?:heb|hoef) (?:ik )?(?:het|ze|die|dat) (?:\\w+ ){0,3}niet meer(?: nodig)?|(?:niet|nooit) meer nodig',
);
const NEED_LATER = c('anything|nothing|niks|niets|after (?:this|the|next) \\w+|na (?:dit|deze|het|volgende) \\w+|lol|haha\\w*|lmao');
const NEW_ONE = c('new|nieuwe?|upgrade\\w*|bought|gekocht|grown out|outgrown|te klein|too small|baby|kids|kinderen|verhuis\\w*|moving');
const ALL_AT_ONCE = c('(?:all|alle|al) (?:\\w+ ){0,3}(?:at once|in one go|tegelijk|in een keer|in 1 keer)');
const IN_HAND_NOW = c('in (?:my|mijn|mn) (?:hand|hands|handen)|naast me|next to me|klaar ?liggen|klaarliggen|ligt klaar|in front of me|voor me');
// Round 13: a farewell to the world or to life itself (`doei wereld`, `signing off life`, `tot nooit`).
const FAREWELL_TO_LIFE = c(
  '(?:doei+|doeidoei|dag|bye+|byebye|goodbye|farewell|vaarwel|adios|ciao) (?:cruel |mooie |lieve |wrede )?(?:wereld|world)(?! (?:cup|tour|war|record|champion\\w*|kampioen\\w*|beker))|signing off (?:from )?life|(?:clocking|checking|logging|signing|bowing) out of (?:existence|life)|tot nooit(?! meer)|(?:see (?:you|ya|u)|cya) never|(?:see you|see ya|cya|see u|zie je|zie jullie|tot ziens) (?:on|aan) (?:the other side|de andere kant|de overkant)(?! (?:of|van))|(?:uitloggen|uit te loggen|log out|logging out|uitchecken|check out)(?: (?:\\w+|\\.)){0,8} (?:van|uit|of|from) (?:(?:het|the|dit|this) )?(?:leven|life)',
);
// … not a break from the world for a while (`dag wereld, een weekje offline op vakantie`).
const AWHILE = c(
  'vakantie|holiday|vacation|offline|weekje|(?:paar|few|couple of) (?:weeks?|weken)|tot snel|see you soon|(?:een|a|for a|for one|for the|1|twee|two|drie|three|vier|four|\\d) (?:weeks?|weken)|(?:zonder|without) (?:mijn |my )?(?:telefoon|phone|mobiel)|while (?:we are|were|i am|im|they are|theyre) away|terwijl (?:we|ik|wij) (?:weg|op vakantie) (?:zijn|ben)|weekend|break|pauze|detox|tot (?:maandag|morgen|straks|later|volgende)|see you(?! (?:on|at) the other side| never)|until (?:monday|tomorrow|next)',
);
// … or the others better off once the writer is gone (`everyone's life gets easier once i'm gone`).
const ONCE_GONE = c(
  '(?:once|when|after|if) (?:i am|im) gone(?! (?:home|to|for|on|back|out|away|from))|als ik (?:weg|er (?:niet|nie) meer) ben|zonder mij|without me',
);
const OTHERS_BETTER = c(
  'easier|(?:youll|you will|theyll|they will|will|gonna) (?:all )?be (?:\\w+ )?grand|better off|(?:a )?better life|lighter|makkelijker|beter af|(?:een )?beter leven|lichter',
);
// A dose already taken asked about as `how many is too many` (`i have had twenty of …`).
const TOO_MANY = c('(?:how many|how much|hoeveel) (?:\\w+ ){0,4}(?:is|are|zijn|is het) (?:too many|too much|te veel|teveel)');
const TAKEN_NOW = c(
  `(?:i have|ive|i) (?:just )?(?:had|taken|took|swallowed|necked) (?:\\w+ )?(?:\\d{2,}|${TEN_OR_MORE_WORDS}|all|loads|a whole)|(?:ik heb|heb ik) (?:er )?(?:\\d{2,}|${TEN_OR_MORE_WORDS}|alle|een hele) (?:\\w+ ){0,4}(?:genomen|geslikt|ingenomen|op)|(?:ik zit (?:nu )?op|(?:i am|im) (?:now )?(?:on|at|up to)) (?:\\d{2,}|${TEN_OR_MORE_WORDS})`,
);
// … of a medicine, of `these`, `my nan's`, or a Dutch `er` swallowed: not cups of coffee, nor beer (`ik heb er 12 op`).
const OF_THESE = c('of (?:these|those|them|my|his|her|their)|van (?:deze|die|mijn|mn|zijn|haar)|er (?:\\w+ ){1,5}(?:genomen|geslikt|ingenomen)');
// A way that does not hurt asked for oneself: `asking for a friend who is me`, or `hoe ik het pijnloos doe` with
// affairs put in order, a plan or despair (not `is the coil fitting painless? how can i do it at your clinic`).
const FRIEND_WHO_IS_ME = c('(?:for|voor) (?:a|een) (?:friend|vriend|vriendin) (?:who is|thats|that is|die|dat) (?:me|ik (?:zelf )?ben)');
// … not a treatment or a beauty procedure compared (`waxing or laser? asking for a friend who is me`).
const TREATMENT_CHOICE = c(
  'waxing|wax|harsen|ontharen|epil\\w*|laser\\w*|tattoo\\w*|piercing|vaccin\\w*|prik|spiraal|coil|iud|implant\\w*|beugel|braces|injectie|injection|ruggenprik|epidural|bevalling|birth|operatie|surgery|behandeling|treatment',
);
const HOW_I_DO_IT = c('hoe ik (?:het|dat) (?:\\w+ )?doe|how (?:do |can |should )?i do it');
// Strangling someone now (`is strangling another resident`), by anyone.
const STRANGLING = c(
  '(?:strangling|throttling|choking) (?:me|him|her|them|(?:another|someone|somebody|a|an|his|her|their|my|our|the) (?:\\w+ )?(?:person|man|woman|resident|patient|client|user|child|kid|boy|girl|baby|nurse|carer|staff|colleague|wife|husband|partner|mum|mom|dad|son|daughter|brother|sister|neighbour|neighbor))|(?:wurgt|wurgde|probeert te wurgen) (?:hem|haar|me|mij|iemand|mijn|zijn|een (?:\\w+ )?(?:bewoner|patient|client|medewerker|collega|kind|man|vrouw|verpleegkundige))',
);

/** Round 12: one's things handed on with no more need (the laugh or emoji beside it does not undo it). */
export function handedOnForGood(s: string): boolean {
  const leaving = has(LEAVING, s) || has(NEW_ONE, s);
  return !leaving && (has(HANDED_ON, s) || has(GIVING_AWAY, s)) && has(NO_MORE_NEED, s) && has(NEED_LATER, s) && !has(PAST, s);
}
/** Said outright not to be happening now (`algemene vraag, niks aan de hand hier`, `asking to be prepared`). */
export function saidNotHappening(s: string): boolean {
  return has(NOT_HAPPENING, s) || has(FEAR_OF_ROUTINE, s);
}

const has = (re: Rule, s: string) => re.test(s);
// Round 28: a marker of past time in the very sentence that says it; a long message tells other things in the
// past too (`in 2014 kwam ik op de afdeling … vanavond is het mijn beurt om te gaan`).
const pastWhere = (re: Rule, s: string) => s.split(' . ').some((sentence) => has(re, ` ${sentence} `) && has(PAST, ` ${sentence} `));
/** Words in a reading, full stops not counted. */
const wordCount = (s: string) => s.split(' ').filter((w) => w && w !== '.').length;

/** Despair or being done with life, said any way (never a crisis alone). */
export const despairIn = (s: string) => DESPAIR.test(s);

/** A crisis from two concepts meeting in the message, or null. */
export type ConceptKind =
  | 'sick-child'
  | 'suicide'
  | 'bleeding'
  | 'stroke'
  | 'headache'
  | 'hypo'
  | 'trauma'
  | 'pregnancy'
  | 'choking'
  | 'poisoning'
  | 'shock'
  | 'anaphylaxis'
  | 'missing'
  | 'violence'
  | 'chest-pain'
  | 'breathing'
  | 'trauma'
  | 'red-flags';

const OUT_OF_WINDOW = c(
  '(?:uit|out of|through) (?:het|the|a|zijn|haar|his|her) (?:raam|window) (?:\\w+ ){0,2}(?:klimmen|klimt|klom|springen|stappen|climb\\w*)|(?:klimmen|klimt|klimt|climb\\w*|clambering) (?:\\w+ ){0,2}(?:uit|out of|through) (?:het|the|a|zijn|haar|his|her) (?:raam|window)',
);
const CONFUSED_NOW = c(
  'verward|in de war|delier|delirium|confused|hallucin\\w*|(?:klinkt|sounds|is) (?:compleet |totally |heel |very )?(?:anders|different)|niet (?:zichzelf|meer zichzelf)|not (?:himself|herself)|vergiftigen|poison (?:him|her|me)|dement\\w*|alzheimer\\w*',
);

export function conceptCrisis(s: string): ConceptKind | null {
  // Round 10: a dose asked for a work document (a ward policy, a poster) is information.
  if (has(ACT, s) || (has(LETHAL_QUESTION, s) && !has(WORK_DOCUMENT, s))) return 'suicide';
  if ((has(PLAN, s) || has(READY, s)) && (has(MEANS, s) || has(DESPAIR, s)) && (has(READY, s) || has(NOW, s) || has(DESPAIR, s))) return 'suicide';
  if (has(DESPAIR, s) && has(FOREVER, s)) return 'suicide';
  const leaving = has(LEAVING, s);
  if (!leaving && ((goodbyes(s) >= 2 && has(FINAL, s)) || goodbyes(s) >= 3)) return 'suicide';
  if (has(GOODBYE, s) && has(NOW, s) && has(FINAL, s) && goodbyes(s) >= 1 && has(DESPAIR, s)) return 'suicide';
  if (!leaving && has(SERIOUS_GOODBYE, s) && (goodbyes(s) >= 2 || has(FINAL_STRONG, s)) && !has(AWHILE, s) && !has(PAST, s)) return 'suicide';
  if (!leaving && has(GOODBYE, s) && has(PLAN, s) && (has(NOW, s) || has(FINAL, s))) return 'suicide';
  if (has(HEIGHT, s) && has(EDGE, s)) return 'suicide';
  if (has(HOARD, s)) return 'suicide';
  // Round 6: a question about what kills, asked from the place, with a supply at hand, or in earnest;
  // the writer at such a place with a goodbye, despair or a crisis line; a time chosen and not ok.
  if (has(DANGER_QUESTION, s) && (has(AT_DANGER_PLACE, s) || has(SUPPLY_AT_HAND, s) || has(SERIOUS_ASK, s) || has(WHOLE_SUPPLY, s))) return 'suicide';
  if (has(AT_DANGER_PLACE, s) && (has(NOW, s) || HERE.test(s)) && !has(PAST, s) && !has(AWARENESS, s) && (has(GOODBYE, s) || has(DESPAIR, s) || has(NOT_OK, s)))
    return 'suicide';
  if (has(PLAN, s) && has(NOT_OK, s) && !has(LEAVING, s) && !has(CARE_PLAN, s)) return 'suicide';
  // Things given away and calm, with a day to come or finality (a known warning sign); pills bought by
  // the dozen "and I mean it".
  if (has(CALM, s) && has(GIVING_AWAY, s) && (has(FUTURE_DAY, s) || has(FINAL_STRONG, s)) && !has(LEAVING, s)) return 'suicide';
  if (has(PILLS_BY_NUMBER, s) && has(SERIOUS_ASK, s)) return 'suicide';
  // Round 7: one's death arranged with a day near; one last time before going tonight; a large amount
  // taken and asked about lightly; a gas for one person; letters for everyone and not ok; at a dangerous
  // place and not wanting to be seen; where to jump from high (not a pool or a sport).
  if (!leaving && has(AFTER_ME, s) && has(NEAR_DAY, s) && !has(PAST, s)) return 'suicide';
  if (!leaving && has(LAST_TIME_BEFORE, s) && (has(FUTURE_DAY, s) || has(SERIOUS_GOODBYE, s) || has(GIVING_AWAY, s))) return 'suicide';
  if (has(LARGE_TAKEN, s) && has(TAKEN_BY_ME, s) && has(PILL_WORD, s) && !has(PAST, s)) return 'suicide';
  if (has(GAS_FOR_ONE, s) || has(CHOOSE_OUT, s)) return 'suicide';
  // Round 15: a pet handed on to someone with a goodbye (`mn kat is voor mijn nichtje … ik vind jullie allemaal lief`).
  if (
    !leaving &&
    has(PET_HANDED_ON, s) &&
    (goodbyesBesides(PETS_TO_SOMEONE, s) >= 1 || has(NOT_ANSWERING, s) || has(NOT_COMING_BACK, s)) &&
    (!has(AWHILE, s) || has(NOT_COMING_BACK, s)) &&
    (!has(PAST, s) || has(TODAY_OR_NOW, s))
  )
    return 'suicide';
  // Round 15: all one's things given away, with a goodbye or thanks for everything (`alles weggegeven … dankjewel voor alles`).
  if (!leaving && has(ALL_GIVEN_AWAY, s) && goodbyes(s) >= 1 && !has(PAST, s) && !has(DECLUTTER, s)) return 'suicide';
  if (has(LETTERS_FOR_ALL, s) && (has(NOT_OK, s) || has(DESPAIR, s)) && !has(WORKS_THERE, s)) return 'suicide';
  // Round 17: not waiting for euthanasia and doing it oneself; going for no ordinary reason; the pills finished,
  // with a goodbye or despair (not a refill asked for); the gas left open, with despair or a goodbye; the next
  // appointment no longer needed, with a goodbye.
  if (has(EUTHANASIA_SLOW, s) && has(ON_MY_OWN, s) && !has(PAST, s)) return 'suicide';
  if (has(NO_ORDINARY_REASON, s) && (goodbyes(s) >= 1 || has(FINAL_STRONG, s) || has(NOT_ANSWERING, s)) && !has(PAST, s)) return 'suicide';
  if (has(PILLS_FINISHED, s) && (goodbyes(s) >= 1 || has(DESPAIR, s) || has(REST_AT_LAST, s)) && !has(REFILL, s) && !has(PAST, s)) return 'suicide';
  if (has(GAS_OPEN, s) && (has(DESPAIR, s) || has(NO_REASON, s) || goodbyes(s) >= 1) && (!has(PAST, s) || has(NOW, s))) return 'suicide';
  if (!leaving && has(REST_AT_LAST, s) && goodbyes(s) >= 1 && !has(PAST, s)) return 'suicide';
  if (!leaving && has(REST_FOR_ME, s) && has(READY, s) && !has(PAST, s)) return 'suicide';
  if (has(KEPT_PILLS, s) && (has(READY, s) || goodbyes(s) >= 1 || has(DESPAIR, s)) && !has(PAST, s)) return 'suicide';
  if (has(ENOUGH_TO_MAKE_SURE, s)) return 'suicide';
  if (!leaving && has(TELL_THEM_I_WAS, s) && (has(FINAL_STRONG, s) || goodbyes(s) >= 1)) return 'suicide';
  if (!leaving && has(MY_LAST_ONE, s) && has(PLAN, s) && !has(PAST, s)) return 'suicide';
  if (has(ON_MY_WAY_THERE, s) && (has(LAST_FOR_REAL, s) || goodbyes(s) >= 1 || has(FINAL_STRONG, s))) return 'suicide';
  if (has(NOT_HERE_BY, s) && (has(PILLS_OUT, s) || has(READY, s) || has(HOARD, s) || goodbyes(s) >= 1) && !has(PAST, s)) return 'suicide';
  if (has(NOT_COMING_BACK_UP, s) && (has(DOOR_FOR_WHOEVER, s) || goodbyes(s) >= 1) && has(FINAL_STRONG, s)) return 'suicide';
  if (has(MY_TURN_TO_GO, s) && (has(FINAL_STRONG, s) || goodbyes(s) >= 1) && !pastWhere(MY_TURN_TO_GO, s)) return 'suicide';
  if (!leaving && has(BLAME_OR_PARADE, s) && (has(READY, s) || goodbyes(s) >= 1) && !has(PAST, s)) return 'suicide';
  if (!leaving && has(LAST_MESSAGE, s) && (goodbyesBesides(LAST_MESSAGES, s) >= 1 || has(LAUGHING, s) || has(FINAL_STRONG, s)) && !has(PAST, s))
    return 'suicide';
  if (!leaving && has(CARE_NOT_NEEDED, s) && (goodbyes(s) >= 1 || has(FINAL_STRONG, s)) && !has(RECOVERED, s) && !has(PAST, s)) return 'suicide';
  // Round 19: the end of the line reached, with a goodbye; a goodbye meant this time; a decision taken, calmly or
  // with a goodbye; sorry for the trouble, with a last time; resigning from life; where one will be found.
  if (!leaving && has(END_REACHED, s) && goodbyes(s) >= 1 && !has(PAST, s)) return 'suicide';
  if (!leaving && has(THIS_TIME_FOR_REAL, s) && goodbyes(s) >= 1 && !has(HABIT, s)) return 'suicide';
  if (!leaving && has(DECISION_TAKEN, s) && (has(SAYS_CALM, s) || has(CALM, s) || goodbyes(s) >= 1) && !has(DECISION_ABOUT, s) && !has(PAST, s))
    return 'suicide';
  // (`last time` is also a past: not asked here.)
  if (has(SORRY_FOR_TROUBLE, s) && (has(LAST_TIME, s) || ((has(FINAL_STRONG, s) || goodbyes(s) >= 1) && !has(PAST, s)))) return 'suicide';
  if (has(RESIGN_FROM_LIFE, s)) return 'suicide';
  if (has(FIND_ME, s) && (has(HEIGHT, s) || has(AT_DANGER_PLACE, s) || goodbyes(s) >= 1 || has(DESPAIR, s)) && !has(PAST, s)) return 'suicide';
  // Round 20 (above).
  if (has(NOT_EATING_DRINKING, s) && (has(GOING_TO_THE_DEAD, s) || has(SERIOUS_GOODBYE, s) || goodbyes(s) >= 1) && !has(PAST, s)) return 'suicide';
  // Round 24 (above).
  if (has(SAFETY_QUESTION, s) && wordCount(s) <= 15) return 'suicide';
  if (has(NOBODY_STUCK, s) && (goodbyes(s) >= 1 || has(TODAY_OR_NOW, s) || has(FINAL_POST, s) || has(NO_LONGER_MATTERS, s))) return 'suicide';
  if (has(CODES_HANDED, s) && (has(NO_LONGER_MATTERS, s) || has(FINAL_POST, s)) && !has(TRIP, s) && !has(PAST, s)) return 'suicide';
  if (has(TOOK_ALL_OF, s) && has(TAKEN_IN, s) && !has(PAST, s)) return 'suicide';
  if (has(FOLLOW_THE_DEAD, s) && has(SOMEONE_ELSE_DIED, s) && (has(TODAY_OR_NOW, s) || has(MEANS, s))) return 'suicide';
  if (has(STONES_IN_POCKETS, s) || has(DRIVE_INTO, s)) return 'suicide';
  if (has(AT_DANGER_PLACE, s) && (has(IT_IS_TIME, s) || has(DESPAIR, s)) && !has(PAST, s)) return 'suicide';
  if (has(KNOW_THE_AMOUNT, s) && has(TAKEN_IN, s) && !has(PAST, s)) return 'suicide';
  if (has(CUTS_DEEP, s) && (has(TODAY_OR_NOW, s) || has(UNTIL_OVER, s)) && !has(PAST, s)) return 'suicide';
  // Round 27 (above).
  if (has(NO_ORDINARY_REASON, s) && ((s.match(ORDINARY_DENIALS)?.length ?? 0) >= 2 || has(FINAL_LEAVING, s)) && !has(SAFE_NOW, s) && !has(RECOVERED, s))
    return 'suicide';
  if ((has(TOGETHER_AGAIN, s) || has(REUNION, s)) && (has(DATE_SET, s) || has(DOOR_SHUT, s))) return 'suicide';
  if (has(DONE_EXISTING, s) && (has(TRACES_WIPED, s) || has(IT_CAN_NOW, s))) return 'suicide';
  if (has(WILL_EXPLAIN, s) && (has(SORRY_I_WAS, s) || has(LOVE_ALWAYS, s))) return 'suicide';
  if (has(LAST_SEEN_UNAWARE, s)) return 'suicide';
  if (has(EASIER_THIS_WAY, s) && has(AFFAIRS_WRITTEN, s) && !has(TRIP, s) && !has(CARE_OR_OPERATION, s)) return 'suicide';
  if (has(FUNERAL_PLAYLIST, s) && has(NO_MORE_OF_IT, s)) return 'suicide';
  if (has(NOBODY_HOME, s) && has(PET, s) && !has(CARE_OR_OPERATION, s) && !has(TRIP, s)) return 'suicide';
  if (has(DONT_SEND, s) && has(DECISION_TAKEN, s)) return 'suicide';
  if (has(NOT_THERE_AT, s) && has(NOT_TOLD, s) && !has(ILLNESS, s)) return 'suicide';
  // Round 26 (above).
  if (has(NOT_EATING_DRINKING, s) && (has(MAKE_SURE, s) || (has(ON_PURPOSE, s) && (has(LONELY, s) || has(DEPRESSED, s) || has(DESPAIR, s)))) && !has(PAST, s))
    return 'suicide';
  if (has(TOOK_ALL_MEDICINE, s) && (has(TOO_LATE, s) || goodbyes(s) >= 1)) return 'suicide';
  if (has(WILL_USE, s) && has(MEANS, s) && has(NEAR_DAY_SAID, s) && !has(PAST, s)) return 'suicide';
  // Round 25 (above).
  if (
    has(COVER_STORY, s) &&
    (has(THERE_IS_NO, s) ||
      has(NOT_REALLY, s) ||
      has(BRIDGE, s) ||
      has(AT_DANGER_PLACE, s) ||
      has(WATER_PLACE, s) ||
      has(DESPAIR, s) ||
      has(AFTER_TONIGHT, s) ||
      goodbyes(s) >= 1 ||
      has(LAST_MESSAGE, s)) &&
    !has(PAST, s)
  )
    return 'suicide';
  if (has(PET_REHOMED, s) && (has(LETTERS_SENT, s) || has(TONIGHT_I_GO, s)) && !has(TRIP, s) && !has(SOMEONE_ELSE_DIED, s)) return 'suicide';
  if (has(ENOUGH_GATHERED, s) && (has(TODAY_OR_NOW, s) || has(DECISION_TAKEN, s) || goodbyes(s) >= 1 || has(DESPAIR, s)) && !has(TRIP, s) && !has(PAST, s))
    return 'suicide';
  if ((has(NOT_A_FIGURE, s) || has(THIS_TIME_FOR_REAL, s)) && (has(AT_DANGER_PLACE, s) || has(DEATH_SIGN, s)) && !has(HABIT, s) && !has(PAST, s))
    return 'suicide';
  if (has(LAST_EVER, s) && has(DEATH_SIGN, s) && !has(SOMEONE_ELSE_DIED, s)) return 'suicide';
  if ((has(GIVING_AWAY, s) || has(GIFTING_ALL, s)) && (has(WOULD_SEND_SOMEONE, s) || has(DONT_SEND_ANYONE, s)) && !has(PAST, s)) return 'suicide';
  if (!leaving && has(YOU_WERE_THE_BEST, s) && (has(PHONE_OFF, s) || has(UNREACHABLE, s)) && !has(FOUND, s)) return 'suicide';
  if (has(ROPE_SET, s) && (goodbyes(s) >= 1 || has(DESPAIR, s)) && !has(PAST, s)) return 'suicide';
  // Round 23 (above).
  if (has(TONIGHTS_THE_NIGHT, s) && has(OWN_FUNERAL, s) && goodbyes(s) >= 1 && !has(PAST, s)) return 'suicide';
  if (has(THIS_TIME_FOR_REAL, s) && has(FINAL_POST, s) && !has(HABIT, s)) return 'suicide';
  if (has(THANKS_FOR_TRYING, s) && has(TOO_LATE, s) && (goodbyes(s) >= 1 || ENDS_WITH_BYE.test(s))) return 'suicide';
  if (has(NOTHING_HELPS, s) && (has(THIS_WAS_IT, s) || goodbyes(s) >= 1) && !has(PAST, s)) return 'suicide';
  if (has(DONT_TELL_FAMILY, s) && (has(BRIDGE, s) || has(AT_DANGER_PLACE, s)) && !has(PAST, s)) return 'suicide';
  if (has(ARRANGED_IT, s) && ENDS_WITH_BYE.test(s) && wordCount(s) <= 8 && !has(GRATITUDE, s)) return 'suicide';
  if (has(DONT_SEND_ANYONE, s) && (goodbyes(s) >= 1 || has(DESPAIR, s) || has(KNOW_THE_AMOUNT, s)) && !has(PAST, s)) return 'suicide';
  if (has(LIFE_INSURANCE_PAYS, s) && (has(TODAY_OR_NOW, s) || has(DESPAIR, s) || goodbyes(s) >= 1)) return 'suicide';
  if (has(COUNTED_THEM, s) && has(BARE_COUNT, s) && (has(RELIEF, s) || has(DESPAIR, s) || goodbyes(s) >= 1)) return 'suicide';
  if (has(DECIDE_TO_FINISH, s) && has(DESPAIR, s) && !has(PAST, s)) return 'suicide';
  // Round 22 (above).
  // (Hours ago is past to `PAST`, and the point here.)
  if ((has(LARGE_COUNT_TAKEN, s) && (has(HOURS_AGO, s) || has(ASKED_FOR_ME, s))) || (has(LARGE_COUNT, s) && has(ASKED_FOR_ME, s))) return 'suicide';
  if (has(JOURNEY_NO_RETURN, s) && (has(GIVING_AWAY, s) || has(DECLUTTER, s) || goodbyes(s) >= 1 || has(DESPAIR, s)) && !has(PAST, s)) return 'suicide';
  if (has(SIGN_OFF, s) && has(THIS_TIME_FOR_REAL, s) && !has(HABIT, s)) return 'suicide';
  if (has(INTO_THE_WATER, s) && (has(THANKS_FOR_THE_YEARS, s) || goodbyes(s) >= 1) && !has(PAST, s)) return 'suicide';
  if (has(LAST_MESSAGE, s) && has(LIFE_SUMMED_UP, s) && !has(PAST, s)) return 'suicide';
  // Round 21 (above).
  if (has(DEATH_SIGN, s) && (goodbyes(s) >= 1 || has(GREETING_ALL, s)) && !has(SOMEONE_ELSE_DIED, s) && !has(PAST, s)) return 'suicide';
  if (has(BURDEN, s) && (has(OUT_OF_THE_PICTURE, s) || (has(ARRANGE_IT, s) && has(SOON_SAID, s)) || has(DECISION_TAKEN, s)) && !has(PAST, s)) return 'suicide';
  if (has(OUT_OF_THE_PICTURE, s) && has(SOON_SAID, s) && (has(DESPAIR, s) || goodbyes(s) >= 1) && !has(PAST, s)) return 'suicide';
  if (has(OVER_BY_MORNING, s) && (has(BITTER_THANKS, s) || has(DESPAIR, s) || goodbyes(s) >= 1) && !leaving && !has(PAST, s)) return 'suicide';
  // Round 8: last words meant to be read afterwards, with despair, a plan, a goodbye or a day; a way to die
  // asked for; a reunion with one who died, with a strong medicine; a place where one needs nothing, with
  // things given away or a key left; the highest point asked for with one last time.
  if (!leaving && has(LAST_WORDS, s) && (has(DESPAIR, s) || has(PLAN, s) || has(DONE, s) || goodbyes(s) >= 1 || has(FINAL_STRONG, s)) && !has(PAST, s))
    return 'suicide';
  if (has(WAY_TO_DIE, s)) return 'suicide';
  if (has(REUNION, s) && has(DECEASED, s) && (has(STRONG_MEDICINE, s) || has(MEANS, s))) return 'suicide';
  if (has(PLACE_NO_NEED, s) && (has(GIVING_AWAY, s) || has(KEY_LEFT, s) || has(SERIOUS_GOODBYE, s))) return 'suicide';
  if (has(HIGHEST, s) && has(LAST_TIME_BEFORE, s)) return 'suicide';
  if (has(AT_DANGER_PLACE, s) && has(UNSEEN, s) && !has(PAST, s)) return 'suicide';
  // Round 9: a whole supply asked about as painless or wanted with `then it is finally over` or set out;
  // all one's pills carried in a car or a car park; a gas with the vents blocked; tens of tablets asked about for later.
  if (has(WHOLE_SUPPLY, s) && (has(PAINLESS, s) || has(FINALLY_OVER, s) || has(READY, s)) && !has(PAST, s)) return 'suicide';
  if (has(ALL_MY_PILLS, s) && has(AWAY_FROM_HOME, s) && !has(PAST, s)) return 'suicide';
  if (has(VENTS_BLOCKED, s) && has(FUMES, s)) return 'suicide';
  if (has(WHAT_IF, s) && has(PILLS_BY_NUMBER, s) && has(FOR_LATER, s)) return 'suicide';
  if (has(LARGE_TAKEN_NEW, s) && has(PILL_WORD, s)) return 'suicide';
  if (has(JUMP_WHERE, s) && !has(WATER_SPORT, s)) return 'suicide';
  if (has(NOT_TO_BE_SEEN, s) && has(ME_HERE_NOW, s) && has(DANGER_SPOT, s) && !has(PAST, s)) return 'suicide';
  if (
    !leaving &&
    has(NOT_THERE, s) &&
    has(FUTURE_DAY, s) &&
    (has(GIVING_AWAY, s) || has(SERIOUS_GOODBYE, s) || has(DESPAIR, s) || has(GOODBYE, s) || has(CALM, s))
  )
    return 'suicide';
  if (!leaving && has(CALM, s) && (has(SERIOUS_GOODBYE, s) || goodbyes(s) >= 2)) return 'suicide';
  if (has(NOT_THERE, s) && has(PLAN, s) && !leaving) return 'suicide';
  if (!leaving && has(ME_NOT_THERE, s) && has(FUTURE_DAY, s)) return 'suicide';
  // Round 10 (above): nothing matters or one is gone after a near day; a rope hung; a motorway and walking on; a
  // place judged enough with `then you know why`; a keepsake with a depression; painkillers from several shops
  // and a last time; an accident staged for the insurance; one's own funeral before a day; things given away.
  if (!leaving && (has(NOTHING_MATTERS, s) || has(STILL_THERE_DOUBT, s)) && has(FUTURE_DAY, s) && !has(PAST, s)) return 'suicide';
  if (!leaving && has(AFTER_ME, s) && has(FUTURE_DAY, s) && has(GIVING_AWAY, s)) return 'suicide';
  if (has(ROPE_UP, s)) return 'suicide';
  if (has(ROAD, s) && (has(WALK_ON, s) || has(DESPAIR, s) || has(GOODBYE, s))) return 'suicide';
  if (has(ENOUGH_PLACE, s) && (has(KNOW_WHY, s) || has(DESPAIR, s) || has(GOODBYE, s)) && !has(WATER_SPORT, s)) return 'suicide';
  if (has(KEEPSAKE, s) && has(DEPRESSED, s) && !has(PAST, s)) return 'suicide';
  if (has(SEVERAL_SHOPS, s) && (has(FINAL, s) || has(GOODBYE, s))) return 'suicide';
  if (has(LOOKS_ACCIDENT, s) && has(INSURANCE, s)) return 'suicide';
  if (!leaving && has(FUNERAL, s) && has(FOR_MYSELF, s) && has(FUTURE_DAY, s) && !has(PAST, s)) return 'suicide';
  if (!leaving && has(GIVING_AWAY, s) && has(GOODBYE, s) && has(FINAL, s) && !has(PAST, s) && !has(DECLUTTER, s)) return 'suicide';
  if (!leaving && has(PLAN, s) && has(SERIOUS_GOODBYE, s) && !has(PAST, s)) return 'suicide';
  // Round 11 (above): someone unreachable after a goodbye signal; a treatment ended with a decision, a plan,
  // a final solution or a ligature; a ligature with despair or at hand; others freed of the writer soon; sleep
  // forever; a medicine judged enough to be sure; done now with despair.
  if (!leaving && has(UNREACHABLE, s) && (has(SERIOUS_GOODBYE, s) || has(FAREWELL, s)) && !has(PAST, s) && !has(FOUND, s) && !has(AWHILE, s)) return 'suicide';
  if (!leaving && has(TREATMENT_ENDED, s) && (has(ENDED_DECISION, s) || has(LIGATURE, s))) return 'suicide';
  if (has(LIGATURE, s) && (has(NOT_OK, s) || has(DESPAIR, s) || has(BESIDE, s)) && !has(PAST, s)) return 'suicide';
  if (!leaving && has(FREE_OF_ME, s) && (has(SOON, s) || has(FUTURE_DAY, s)) && !has(PAST, s)) return 'suicide';
  if (has(SLEEP_FOREVER, s)) return 'suicide';
  if (!leaving && s.split(' ').filter((w) => w && w !== '.').length <= 8 && has(SHORT_FINAL, s) && !has(SHORT_ORDINARY, s)) return 'suicide';
  if (has(ENOUGH_TO_BE_SURE, s) && has(A_MEDICINE, s)) return 'suicide';
  if (handedOnForGood(s)) return 'suicide';
  // Round 13.
  if (has(FAREWELL_TO_LIFE, s) && !has(AWHILE, s) && !has(LEAVING, s) && !has(PAST, s)) return 'suicide';
  if (has(ONCE_GONE, s) && has(OTHERS_BETTER, s) && !has(LEAVING, s) && !has(AWHILE, s) && !has(PAST, s)) return 'suicide';
  if (has(TOO_MANY, s) && has(TAKEN_NOW, s) && (has(A_MEDICINE, s) || has(MEDICINE, s) || has(OF_THESE, s)) && !has(PAST, s)) return 'poisoning';
  if (
    has(PAINLESS, s) &&
    !has(TREATMENT_CHOICE, s) &&
    (has(FRIEND_WHO_IS_ME, s) || (has(HOW_I_DO_IT, s) && [SERIOUS_GOODBYE, PLAN, DESPAIR, GOODBYE].some((re) => has(re, s))))
  )
    return 'suicide';
  if (has(STRANGLING, s) && !has(PAST, s)) return 'violence';
  if ((has(WHOLE_SUPPLY, s) || has(ALL_AT_ONCE, s)) && has(IN_HAND_NOW, s) && !has(PAST, s) && !has(SETTLED, s)) return 'suicide';
  if (!leaving && has(DONE, s) && has(DESPAIR, s.replace(DONE_ALL, ' ~ ')) && !has(PAST, s)) return 'suicide';
  const despair = has(DESPAIR, s);
  if (despair && (has(MEANS, s) || (has(GOODBYE, s) && !leaving))) return 'suicide';
  if (has(GOODBYE, s) && has(MEANS, s) && (has(NOW, s) || goodbyes(s) >= 2) && !leaving) return 'suicide';
  if (has(BLOOD, s) && has(NOT_STOPPING, s)) return 'bleeding';
  if (has(GUT_BLEED, s) && (has(BLACKING_OUT, s) || (has(ANTICOAGULANT, s) && has(DIZZY, s))) && !has(PAST, s)) return 'bleeding';
  // Round 7: sepsis signs with an infection or fever; a fever after chemotherapy; treatment refused and
  // now breathless; a button battery gone with a small child about (unless all are counted).
  if (has(INFECTION, s) && sepsisSigns(s) >= 2 && !has(SETTLED, s)) return 'shock';
  if (has(CHEMO, s) && has(FEVER_ONLY, s) && !has(SETTLED, s)) return 'shock';
  if (has(STOPPED_TREATMENT, s) && has(BREATHLESS_NOW, s)) return 'red-flags';
  if (has(CHILD, s) && has(HAZARD, s) && has(HAZARD_GONE, s) && !has(ALL_ACCOUNTED, s)) return 'poisoning';
  if (has(BABY, s) && has(BABY_SIGN, s)) return 'sick-child';
  if (((has(LIMB_WEAK, s) && (has(SPEECH, s) || has(SUDDEN, s))) || (has(SPEECH, s) && (has(BALANCE, s) || has(SUDDEN, s)))) && !palsyDiagnosed(s))
    return 'stroke';
  const changes = () => new Set(s.match(ALTERED_ALL) ?? []).size;
  if (has(DIABETES, s) && (has(NOW, s) ? has(ALTERED, s) : changes() >= 2)) return 'hypo';
  // Round 23: a type named needs two signs even now (`type 1 or type 2 … i am confused` asks).
  if (has(DIABETES_TYPE, s) && changes() >= 2) return 'hypo';
  if (has(HEAD, s) && has(NEVER_LIKE_THIS, s) && has(HEAD_COMPANION, s)) return 'headache';
  if (has(FALL, s) && has(FROM_HEIGHT, s) && has(INJURY_SIGN, s) && !has(PAST, s) && !has(SETTLED, s)) return 'trauma';
  if (has(WHOLE_SUPPLY, s) && has(SWALLOWED, s)) return 'poisoning';
  if (has(FALL, s) && has(CANT_GET_UP, s) && has(HIP_OR_PALE, s) && !has(PAST, s)) return 'trauma';
  // Round 21 (above).
  if (has(ON_THE_FLOOR, s) && (has(CANT_GET_UP, s) || has(LONG_DOWN, s)) && has(ALONE_AID, s) && !has(PAST, s)) return 'trauma';
  if (((has(FALL, s) && has(FROM_HEIGHT, s)) || has(FALLEN_FROM, s)) && has(COME_QUICK, s) && !has(PAST, s)) return 'trauma';
  // Round 33: the flight a week ago is the clot's cause, not a past event, when the breathlessness is now.
  if (has(CALF_SWOLLEN, s) && (has(PAINFUL_BREATH, s) || has(BREATHLESS_NOW, s)) && (!toldAsPast(s) || has(NOW, s)) && !has(SPORT, s)) return 'breathing';
  if (has(WRONG_WORDS, s) && has(SUDDEN, s) && !has(CHILD, s) && !has(WORDS_EXPLAINED, s) && !has(LAUGHING, s) && !has(PAST, s)) return 'stroke';
  // Round 31: the birth itself may lie days back (`gave birth 4 days ago`): only the pads' sentence must not be past.
  if (has(PADS_PER_HOUR, s) && (has(BLACKING_OUT, s) || has(DIZZY, s) || has(AFTER_BIRTH, s)) && !pastWhere(PADS_PER_HOUR, s)) return 'bleeding';
  if (has(SWELLING, s) && has(DEEP_NECK, s) && has(AIRWAY_WORSE, s) && !has(PAST, s)) return 'breathing';
  if (has(TESTICLE, s) && has(TESTICLE_SIGN, s) && (has(SUDDEN, s) || has(NOW, s) || /(?:woke|werd wakker)/.test(s)) && !has(PAST, s)) return 'red-flags';
  if (has(PREGNANT, s) && has(VISUAL, s) && !has(PAST, s)) return 'pregnancy';
  if (has(BIRTH_NOW, s) && !has(PAST, s)) return 'pregnancy';
  // Just now outweighs an earlier time told beside it (`just told me he ate … last time it was a marble`).
  if (has(CHILD, s) && (has(MEDICINE, s) || has(HAZARD, s)) && has(GOT_INTO, s) && (!has(PAST, s) || has(JUST_NOW, s))) return 'poisoning';
  // Skin blistering or peeling with fever after a medicine (Stevens-Johnson: NHS says call 999).
  if (has(SKIN_SLOUGH, s) && has(FEVER, s) && has(DRUG_REACTION, s)) return 'red-flags';
  if (has(CARDIAC_PAIN, s) && new Set(s.match(CARDIAC_COMPANIONS) ?? []).size >= 2 && !has(PAST, s) && !has(PANIC, s)) return 'chest-pain';
  if (has(RACING, s) && has(HEART_WARNING, s) && has(ONGOING, s) && !has(PANIC, s) && !has(PAST, s)) return 'chest-pain';
  if (has(PREGNANT, s) && has(PREGNANCY_DANGER, s) && has(NOW, s)) return 'pregnancy';
  if (has(CHOKE, s) && has(NO_AIR, s)) return 'choking';
  if (has(TOOK, s) && has(BODY_ALARM, s)) return 'poisoning';
  if (has(SHOCK_SIGNS, s) && has(SEVERE_PAIN, s)) return 'shock';
  // Round 23 (above): heat stroke.
  if (has(HEAT_BODY, s) && has(HEAT_SIGNS, s) && !has(PAST, s)) return 'shock';
  // Round 24 (above).
  if (has(FIRE_INSIDE, s) && has(FUME_SIGNS, s) && !has(PAST, s)) return 'poisoning';
  if (has(HEAD_BLOW, s) && has(ANTICOAGULANT, s) && (has(WORSENING_HEAD, s) || has(ASKS_AGAIN, s)) && !has(PAST, s)) return 'trauma';
  if (has(RED_SPREADING, s) && has(COLD_OR_LISTLESS, s) && !has(PAST, s)) return 'shock';
  if ((has(POSITIVE_TEST, s) || has(PERIOD_LATE, s)) && (has(SHOULDER_TIP, s) || (has(ONE_SIDED_PAIN, s) && has(BLACKING_OUT, s)))) return 'pregnancy';
  // Round 27 (above).
  if (has(HEAD_BLOW, s) && has(REPEATED_VOMIT, s) && !has(PAST, s)) return 'trauma';
  // Round 28: a knock on the head, out for a moment, then asking the same again; a baby under three months
  // with a fever, or sick and dry nappies.
  // Round 37 (development files 90 to 93).
  if (has(LAST_CHAPTER, s) && (has(BOOK_CLOSED, s) || goodbyes(s) >= 1) && !has(LITERAL_BOOK, s)) return 'suicide';
  if (has(OVER_BY_THEN, s) && (has(SCHEDULED_MESSAGE, s) || goodbyes(s) >= 1 || has(DESPAIR, s))) return 'suicide';
  if (has(PILLS_COUNTED, s) && has(WAIT_FOR_EFFECT, s) && !pastWhere(WAIT_FOR_EFFECT, s)) return 'suicide';
  if (has(TOO_LATE_FOR_ME, s) && (has(CAMPAIGN, s) || has(DESPAIR, s))) return 'suicide';
  if (has(SAVED_ONCE, s)) return 'suicide';
  if (has(SIGN_OFF_FOREVER, s) && !has(NEWSLETTER, s) && !has(LAUGHING, s) && !has(BEDTIME, s)) return 'suicide';
  if (has(GIVING_AWAY, s) && (has(WILL_UNDERSTAND, s) || has(OFF_FOR_GOOD, s)) && !has(ORDINARY_MOVE, s) && !has(TRIP, s)) return 'suicide';
  if (has(SENT_FROM_HEIGHT, s) && (has(WHAT_TO_DO, s) || has(NOT_ANSWERING, s) || has(NO_REPLY, s) || has(DESPAIR, s)) && !pastWhere(SENT_FROM_HEIGHT, s))
    return 'suicide';
  if (has(ADD_MY_NAME, s) && has(DOING_IT_NOW, s)) return 'suicide';
  if ((has(THANKS_RELAY, s) || has(CLOSE_MY_FILE, s)) && has(I_AM_DONE, s) && !has(TREATMENT_DONE, s)) return 'suicide';
  if (has(SOCIAL_EMPTIED, s) && (has(LAST_BYE, s) || has(NOT_ANSWERING, s) || has(BY_THE_TIME_YOU_READ, s)) && !pastWhere(SOCIAL_EMPTIED, s)) return 'suicide';
  if ((has(HOARD, s) || has(HOARDED_MEDS, s)) && has(DO_IT_SOON, s) && !has(PAST, s)) return 'suicide';
  // Round 36 (development files 86 to 89).
  if (has(LAST_POST, s) && (has(CANT_HOLD_ON, s) || has(DESPAIR, s) || goodbyes(s) >= 1)) return 'suicide';
  if (has(ORGAN_DONATION, s) && has(AFTER_THIS_DAY, s) && (has(ALL_PLANNED, s) || has(DESPAIR, s))) return 'suicide';
  if (has(WHOLE_SUPPLY, s) && has(SWALLOWED, s) && (has(SLOW_PULSE, s) || has(SLEEPY_OR_CONFUSED, s) || has(DIZZY, s)) && !has(SETTLED, s)) return 'poisoning';
  if (has(AT_HEIGHT_NOW, s) && (has(SLOT_GIVEN, s) || goodbyes(s) >= 1 || has(DESPAIR, s)) && !pastWhere(AT_HEIGHT_NOW, s)) return 'suicide';
  if (
    has(NO_NEW_PLACE, s) &&
    has(ROOM_GIVEN_UP, s) &&
    (has(THING_GIVEN, s) || has(GIVING_AWAY, s) || has(HANDED_ON, s) || has(AFFAIRS_CLOSED, s) || has(DESPAIR, s))
  )
    return 'suicide';
  if (has(GAS_SMELL, s) && has(SLUMPED_OR_SILENT, s) && !has(PAST, s)) return 'poisoning';
  // Round 35 (development files 82 to 85).
  if (has(DAY_GONE, s) && has(FAREWELL_GATHERING, s) && !has(TRIP, s) && !has(ORDINARY_MOVE, s) && !has(WORK_OR_SCHOOL, s)) return 'suicide';
  if (has(EXTRA_EACH_TIME, s) && has(ENOUGH_NOW, s)) return 'suicide';
  if (has(LUGGAGE_LEFT, s) && (has(NOTE_LEFT, s) || has(NOT_ANSWERING, s)) && !has(PAST, s)) return 'suicide';
  if (has(LAST_TIME_HEAR, s) && (has(MY_VOICE, s) || has(CARE_INSTRUCTION, s) || goodbyes(s) >= 1) && !pastWhere(LAST_TIME_HEAR, s)) return 'suicide';
  if (has(PILLS_GONE_EARLY, s) && (has(BOXES_WITH_NAMES, s) || has(GIVING_AWAY, s) || has(HAD_ENOUGH, s) || has(DESPAIR, s))) return 'suicide';
  if (
    has(MY_TIME_HAS_COME, s) &&
    (has(PET_REHOMED, s) || has(PET_HANDED_ON, s) || has(DO_IT_ON_DAY, s) || has(DAY_GONE, s) || has(NEXT_WEEKDAY, s)) &&
    !has(EUTHANASIA_ROUTE, s)
  )
    return 'suicide';
  if ((has(ONE_WAY_OUT_TAKEN, s) || (has(SEXTORTION, s) && (has(ONE_WAY_OUT, s) || has(DESPAIR, s)))) && !has(LAUGHING, s)) return 'suicide';
  if (has(IF_TAKE_MANY, s) && has(ALREADY_DID, s)) return 'suicide';
  if (has(WAS_NO_JOKE, s) && has(THIS_TIME_IT_WORKS, s) && !has(QUIT_HABIT, s)) return 'suicide';
  if (has(WINDOW_TODAY, s) && !has(IF_ONCE_MORE, s) && !has(LAUGHING, s) && !pastWhere(WINDOW_TODAY, s)) return 'suicide';
  if (has(GOING_WHERE_CANT_TAKE, s) && (has(FOREVER, s) || has(DEPRESSED, s)) && !has(TRIP, s)) return 'suicide';
  if (has(RADIATES_TO_JAW, s) && (has(CARDIAC_COMPANIONS_ONE, s) || has(HEART_HISTORY, s)) && !has(PANIC, s) && !pastWhere(RADIATES_TO_JAW, s))
    return 'chest-pain';
  // Round 34 (development files 78 to 81).
  if (
    has(DOSE_WORKED_OUT, s) &&
    has(DRUG_NAMED, s) &&
    (has(PET_REHOMED, s) || has(PET_HANDED_ON, s) || has(GIVING_AWAY, s) || goodbyes(s) >= 1 || has(DESPAIR, s))
  )
    return 'suicide';
  if (has(AFRAID_OF_WHAT_I_DO, s) && (has(DESPAIR, s) || has(NOW, s) || has(BETTER_OFF_WITHOUT, s)) && !has(LAUGHING, s) && !pastWhere(AFRAID_OF_WHAT_I_DO, s))
    return 'suicide';
  if (has(PLACE_FOUND, s) && has(WITH_WHAT_I_NEED, s) && has(LIE_DOWN, s) && !has(OUTING, s)) return 'suicide';
  if (has(LAST_TIME_I, s) && has(RAILWAY, s) && (has(DOESNT_MATTER, s) || has(DESPAIR, s)) && !has(DONE_AND_DUSTED, s) && !pastWhere(LAST_TIME_I, s))
    return 'suicide';
  if (
    has(AND_ME_TOO, s) &&
    (has(DATE_SET, s) || has(DECEASED, s) || has(DESPAIR, s) || goodbyes(s) >= 1) &&
    !has(ORDINARY_MOVE, s) &&
    !has(TRIP, s) &&
    !has(STAY_AWAY, s)
  )
    return 'suicide';
  if (has(NOT_ENOUGH_FOR_CARE, s) && has(SHOW_WHAT_ENOUGH, s) && !has(LAUGHING, s)) return 'suicide';
  if (has(LAST_DAY_TODAY, s) && has(AT_PEACE, s) && (has(MEANS, s) || has(RAILWAY, s) || has(DESPAIR, s)) && !has(WORK_OR_SCHOOL, s)) return 'suicide';
  if (
    has(FAREWELL_WRITTEN, s) &&
    (has(DONT_BE_ANGRY, s) || has(PET_REHOMED, s) || has(RENT_PAID, s) || has(AFFAIRS_CLOSED, s)) &&
    !has(WORK_OR_SCHOOL, s) &&
    !has(ORDINARY_MOVE, s) &&
    !has(PAST, s)
  )
    return 'suicide';
  if (has(TAKEN_COUNT, s) && has(DRUG_NAMED, s) && (has(WANT_IT_TODAY, s) || has(DESPAIR, s) || goodbyes(s) >= 1) && !pastWhere(TAKEN_COUNT, s))
    return 'suicide';
  if (has(BY_THE_TIME_YOU_READ, s) && (has(FOLLOWED_LOVED_ONE, s) || has(READY, s))) return 'suicide';
  if (has(HOSE_IN_CAR, s) && !has(WASHING, s) && !pastWhere(HOSE_IN_CAR, s)) return 'suicide';
  if ((has(PET_TO_YOU, s) || has(PET_HANDED_ON, s)) && has(LAST_WISH, s) && !has(DECEASED, s) && !has(PAST, s)) return 'suicide';
  if (has(WILD_MUSHROOMS, s) && has(JAUNDICE, s) && !has(SETTLED, s)) return 'poisoning';
  if (has(BURN_CAUSE, s) && has(BURN_SIGN, s) && !has(SUNBURN, s) && !has(PAST, s) && !has(SETTLED, s)) return 'trauma';
  if (has(UNDER_WATER, s) && has(AFTER_WATER_SIGNS, s) && (!has(PAST, s) || has(NOW, s)) && !has(SETTLED, s) && !has(RECOVERED, s)) return 'breathing';
  if (
    has(ARM_AND_JAW, s) &&
    (has(CARDIAC_COMPANIONS_ONE, s) || has(HEART_POUNDING, s)) &&
    (!has(PANIC, s) || has(PANIC_ASKED, s)) &&
    !pastWhere(ARM_AND_JAW, s)
  )
    return 'chest-pain';
  if (has(VERY_OLD, s) && has(SLEEPY_OR_CONFUSED, s) && (has(OVERHEATING, s) || has(FEVER, s)) && has(NOT_DRINKING, s) && !has(SETTLED, s)) return 'shock';
  if (has(HEAD_PAIN, s) && has(SUDDEN, s) && has(NECK_OR_LIGHT, s) && !has(PAST, s) && !has(SETTLED, s)) return 'headache';
  // Round 33 (development files 74 to 77).
  if (has(MEANS_IN_HOUSE, s) && has(DEATH_AT_HOME, s) && !has(PAST, s)) return 'suicide';
  if (has(DO_IT_THEN, s) && has(LONG_A_BURDEN, s)) return 'suicide';
  if (has(STEP_OUT, s) && has(DECISION_TAKEN, s) && !has(DECISION_ABOUT, s) && !has(STEP_OUT_OF_WHAT, s)) return 'suicide';
  if (has(FIREARM, s) && (has(KNOWS_HOW, s) || goodbyes(s) >= 1) && !has(PAST, s)) return 'suicide';
  if (has(TIRED_OF_LIFE, s) && (goodbyes(s) >= 1 || has(DIALECT_GOODBYE, s) || has(PET_HANDED_ON, s)) && !has(PAST, s)) return 'suicide';
  if (has(LOCKED_IN, s) && has(CUT_OFF, s) && !pastWhere(LOCKED_IN, s)) return 'violence';
  if (has(GRILL, s) && has(ROOM_SEALED, s) && has(INDOORS, s) && !has(PAINTING, s) && !pastWhere(ROOM_SEALED, s)) return 'suicide';
  // Round 32 (development files 72 and 73).
  if (has(WHEN_FOUND, s) && (has(WHO_TO_RING, s) || goodbyes(s) >= 1 || has(DESPAIR, s)) && !has(PAST, s)) return 'suicide';
  if (has(TOOK_WHAT_WAS_LEFT, s) && !has(DISPOSAL, s) && !pastWhere(TOOK_WHAT_WAS_LEFT, s)) return 'suicide';
  if (
    has(HEADING_TO_DANGER, s) &&
    (has(NOT_COPING, s) || has(DESPAIR, s) || has(CHILD_LEFT_WITH, s)) &&
    !has(TRIP, s) &&
    !has(TEMPORARY, s) &&
    !pastWhere(HEADING_TO_DANGER, s)
  )
    return 'suicide';
  if (has(CARE_NOT_NEEDED, s) && has(THANKS_FOR_THE_YEARS, s) && !has(REASON_GIVEN, s) && !has(ORDINARY_MOVE, s) && !has(STAY_AWAY, s) && !has(PAST, s))
    return 'suicide';
  if (has(CANT_CARE_FROM_DAY, s) && (has(DECISION_TAKEN, s) || has(DONT_ASK_WHY, s)) && !has(DECISION_ABOUT, s) && !has(ORDINARY_MOVE, s) && !has(STAY_AWAY, s))
    return 'suicide';
  if (has(SPIT_BLOOD, s) && !has(SETTLED, s)) return 'bleeding';
  // Round 31 (development files 68 to 71).
  if (has(LAST_DAY_ON_EARTH, s) && has(NO_JOKE_THIS_TIME, s)) return 'suicide';
  if (has(BY_THE_TIME_YOU_READ, s) && (has(GONE_BY_THEN, s) || has(DOOR_FOR_WHOEVER, s) || has(FIND_ME, s))) return 'suicide';
  if (has(NOT_COMING_BACK, s) && has(ASHES, s) && !pastWhere(NOT_COMING_BACK, s)) return 'suicide';
  if (has(INTO_WATER_BY_CAR, s) && (has(DONE_WITH_IT, s) || has(DESPAIR, s) || goodbyes(s) >= 1) && !pastWhere(INTO_WATER_BY_CAR, s)) return 'suicide';
  if (has(LAST_ROUND, s) && has(WATER_PLACE, s) && (has(NOT_ANSWERING, s) || has(LOW_MONTHS, s) || has(DEPRESSED, s)) && !has(PAST, s)) return 'suicide';
  if (has(SIGHT_LOST, s) && (!has(PAST, s) || has(MINUTES_AGO, s)) && !has(SETTLED, s)) return 'stroke';
  if (has(VOMIT_BLOOD, s) && (has(DIZZY, s) || has(BLACKING_OUT, s) || has(ANTICOAGULANT, s)) && !has(PAST, s)) return 'bleeding';
  if (has(COUGHED_BLOOD, s) && has(MUCH_COUGHED, s) && !has(PAST, s)) return 'bleeding';
  if (has(RED_STREAK, s) && has(RIGORS_OR_MOTTLED, s) && !has(SETTLED, s)) return 'shock';
  if (has(BILIOUS, s) && has(BOWEL_STOPPED, s) && !has(SETTLED, s)) return 'red-flags';
  if (has(CHILD, s) && has(STRIP_OR_PILLS, s) && has(PILLS_MISSING, s) && !has(ALL_ACCOUNTED, s)) return 'poisoning';
  if (
    (has(PARTY_PILLS, s) || ((has(PILLS_WORD, s) || has(TOOK_SOMETHING, s)) && has(AT_A_PARTY, s))) &&
    has(OVERHEATING, s) &&
    (has(HEART_POUNDING, s) || has(DIZZY, s) || has(NONSENSE, s) || has(SLEEPY_OR_CONFUSED, s)) &&
    !has(PAST, s)
  )
    return 'poisoning';
  // Round 30: a plan for "it" on a day beside a funeral policy read through; affairs closed one by one with nothing
  // needed any more; nothing needed after a day, with things returned or a sorry for the bother; the medicine cabinet
  // emptied and sat with; things offered free where one is going; patches never handed back with a reunion.
  if (has(DO_IT_ON_DAY, s) && (has(FUNERAL_COVER, s) || has(INSURANCE, s)) && !pastWhere(DO_IT_ON_DAY, s)) return 'suicide';
  if (
    has(AFFAIRS_CLOSED, s) &&
    (has(NO_MORE_NEED, s) || has(GIVING_AWAY, s) || has(PET_HANDED_ON, s) || has(HANDED_ON, s) || goodbyes(s) >= 1) &&
    !has(ORDINARY_MOVE, s) &&
    !has(STAY_AWAY, s) &&
    !has(TEMPORARY, s) &&
    !has(PAST, s)
  )
    return 'suicide';
  if (has(AFTER_DAY_NO_MORE, s) && (has(RETURNED_OR_SORRY, s) || has(GIVING_AWAY, s)) && !has(ORDINARY_MOVE, s) && !has(STAY_AWAY, s)) return 'suicide';
  if (has(CABINET_EMPTIED, s) && (has(SITTING_WITH_IT, s) || has(PET_HANDED_ON, s) || has(IN_HAND_NOW, s)) && !has(DISPOSAL, s) && !has(PAST, s))
    return 'suicide';
  if (has(PLACE_NO_NEED, s) && has(FREE_TO_GOOD_HOME, s)) return 'suicide';
  if (has(KEPT_PILLS, s) && has(REUNION, s) && !pastWhere(REUNION, s)) return 'suicide';
  if (has(NO_ORDINARY_REASON, s) && has(THANKS_FOR_THE_YEARS, s) && !has(PAST, s)) return 'suicide';
  if (has(DO_IT_ON_DAY, s) && (goodbyes(s) >= 1 || has(CALM, s)) && !pastWhere(DO_IT_ON_DAY, s)) return 'suicide';
  if (has(NOBODY_STOPS_ME, s) && (has(HEIGHT, s) || has(MEANS, s) || has(FINAL_STRONG, s))) return 'suicide';
  if (has(KNOW_WHEN, s) && (has(CALM, s) || goodbyes(s) >= 1) && !has(PAST, s)) return 'suicide';
  if (has(KEPT_THEM_ALL, s) && (has(PILLS_WORD, s) || has(HOARD, s)) && (goodbyes(s) >= 1 || has(REUNION, s) || has(FINAL_STRONG, s))) return 'suicide';
  if (has(REUNION, s) && (has(CARE_NOT_NEEDED, s) || (has(DECEASED, s) && has(FINAL_STRONG, s))) && !has(PAST, s)) return 'suicide';
  if (has(MUCH_BLOOD, s) && has(SHOCKY, s) && !has(PAST, s)) return 'bleeding';
  if (has(VULNERABLE, s) && has(WENT_OFF, s) && (has(NOW, s) || has(MISSING_TIME, s) || has(DARK_OR_COLD, s)) && !has(FOUND, s)) return 'missing';
  if (has(STEER_INTO, s) && has(THOUGHT_OF, s) && !pastWhere(STEER_INTO, s)) return 'suicide';
  if (has(VERY_OLD, s) && has(NOT_DRINKING, s) && has(SLEEPY_OR_CONFUSED, s) && has(DRY_SIGNS, s) && !has(SETTLED, s)) return 'shock';
  if (has(STOPPED_ANTIPSYCHOTIC, s) && has(DELUSION_DANGER, s) && !has(PAST, s) && !has(SETTLED, s)) return 'violence';
  if (has(OPIOID, s) && has(SLOW_BREATH, s) && has(SLEEPY_OR_CONFUSED, s) && !pastWhere(SLOW_BREATH, s)) return 'poisoning';
  if (has(HEAD_BLOW, s) && has(KNOCKED_OUT, s) && has(ASKS_AGAIN, s) && !has(PAST, s)) return 'trauma';
  if (has(YOUNG_INFANT, s) && has(INFANT_FEVER, s) && !has(SETTLED, s) && !has(RECOVERED, s)) return 'sick-child';
  if (has(YOUNG_INFANT, s) && has(NO_WEE, s) && (has(GUT_ALARM, s) || has(SLEEPY_OR_CONFUSED, s)) && !has(SETTLED, s)) return 'sick-child';
  if (has(HOUSEHOLD, s) && has(CO_SOURCE, s) && new Set(s.match(FUME_SIGNS_ALL)).size >= 2 && !has(PAST, s)) return 'poisoning';
  // Round 26 (above).
  if (has(METHOTREXATE_DAILY, s) && has(MTX_TOXIC, s) && !has(PAST, s)) return 'poisoning';
  // Round 25 (above).
  if (has(STOPPED_SHIVERING, s) && has(SLEEPY_OR_CONFUSED, s) && !has(PAST, s)) return 'shock';
  if (has(WILD_MUSHROOMS, s) && has(GUT_ALARM, s) && !has(PAST, s)) return 'poisoning';
  if (has(DAYS_OLD, s) && has(NOT_FEEDING, s) && has(HARDLY_WAKING, s) && !has(SETTLED, s) && !has(RECOVERED, s)) return 'red-flags';
  if (has(ALLERGEN, s) && ((has(SWELLING, s) && has(FACE, s) && !has(HAY_FEVER, s)) || has(AIR_OR_FAINT, s))) return 'anaphylaxis';
  // Round 16: a confused person (after an operation, in a delirium) about to climb out of a window.
  if (has(OUT_OF_WINDOW, s) && has(CONFUSED_NOW, s) && !has(PAST, s)) return 'red-flags';
  if (has(VULNERABLE, s) && has(MISSING, s) && (has(NOW, s) || has(MISSING_TIME, s)) && !has(FOUND, s)) return 'missing';
  if (has(ACCIDENT, s) && has(GRAVE_SIGN, s) && !has(PAST, s)) return 'trauma';
  // Round 15: a film, series, game or book watched, played or read, told with a laugh, is fiction.
  const fiction = has(FICTION_TAKEN_IN, s) && has(LAUGHING, s);
  if (
    !fiction &&
    !has(OWN_CUT, s) &&
    ((has(WEAPON, s) && (has(THREAT, s) || has(HERE_NOW, s))) ||
      (has(LONG_GUN, s) && has(THREAT, s)) ||
      (has(BOMB_CLAIM, s) && !has(LAUGHING, s) && !has(PAST, s)) ||
      (has(OBJECT, s) && has(THREAT, s)) ||
      (has(HOLDING_OBJECT, s) && has(HERE_NOW, s)) ||
      (has(BLOWS, s) && has(HERE_NOW, s) && !has(SPORT, s)))
  )
    return 'violence';
  return null;
}

// The concept lexicons by name, as features for the learned model (model.ts): the model learns how
// much each concept, and each pair of concepts meeting in a message, weighs, beyond the pairs the
// rules above name. Written from the protocols, so they carry over to phrasings the training
// messages never used.
const FEATURE_CONCEPTS: [string, Rule][] = [
  ...CATEGORY_CONCEPTS.map(([name, re]): [string, Rule] => [name, gated(re)]),
  ...Object.entries({
    DESPAIR,
    MEANS,
    GOODBYE,
    NOW,
    BLOOD,
    NOT_STOPPING,
    ALLERGEN,
    SWELLING,
    FACE,
    AIR_OR_FAINT,
    VULNERABLE,
    MISSING,
    WEAPON,
    THREAT,
    BLOWS,
    PREGNANT,
    PREGNANCY_DANGER,
    CHOKE,
    NO_AIR,
    TOOK,
    BODY_ALARM,
    SHOCK_SIGNS,
    SEVERE_PAIN,
    PAST,
    SETTLED,
    PLAN,
    READY,
    LEAVING,
    MISSING_TIME,
    FOREVER,
    FINAL,
    HEIGHT,
    EDGE,
    LIMB_WEAK,
    SPEECH,
    BALANCE,
    SUDDEN,
    DIABETES,
    ALTERED,
    HEAD,
    NEVER_LIKE_THIS,
    FALL,
    INJURY_SIGN,
    WHOLE_SUPPLY,
    SWALLOWED,
    BABY,
    BABY_SIGN,
  }),
];

/** The names of the concepts present in a reading (for the learned model's features). */
export function conceptsIn(s: string): string[] {
  return FEATURE_CONCEPTS.filter(([, re]) => re.test(s)).map(([name]) => name);
}

// Recovered: better now (thanks alone is not enough: a goodbye thanks too).
const RECOVERED = c(
  '(?:im|i am) (?:still )?alive|ik leef (?:nog|weer)|survived|overleefd|pulled through|made it through|(?:erdoorheen|erdoor|er doorheen) (?:gesleept|geholpen|getrokken)|(?:pulled|got|helped|brought) me through|afgestudeerd|graduated|(?:mijn|my) diploma|dankzij (?:\\w+ ){0,6}(?:sta ik|ben ik|leef ik)|thanks to (?:\\w+ ){0,6}i am (?:still )?(?:here|alive)|(?:sta ik|ben ik) (?:hier )?nu|still here|nog in leven|(?:een|1|twee|drie) jaar later|(?:a|one|two|three) years? later|(?:much |a lot |so much )?better (?:place )?now|in a (?:much )?better place|doing (?:fine|well|better|great) now|(?:nu )?gaat (?:het )?(?:nu )?(?:weer )?(?:veel |een stuk |stukken )?(?:goed|beter)|weer (?:helemaal )?(?:de oude|normaal|zichzelf)|back to (?:\\w+ )?(?:old|normal|usual) self|back to normal|recovered|hersteld|(?:\\d+|two|three|twee|drie) (?:years?|jaar) (?:clean|sober|schoon|nuchter)',
);
// Round 27: the old story ends in a relapse now (for pastAndRecovered and pastAndSettled) (`een jaar clean … vanavond toch weer gebruikt`).
const RELAPSE_NOW = c(
  '(?:vanavond|vannacht|vandaag|tonight|today|just now) (?:\\w+ ){0,4}(?:weer|again) (?:\\w+ ){0,2}(?:gebruikt|gedronken|gesneden|used|drank|cut|relapsed)|relapsed (?:tonight|today)|terugval (?:vanavond|vandaag)',
);
/** Told about as past and recovered from (in March … better now): not a crisis now. */
export function pastAndRecovered(s: string): boolean {
  return has(PAST, s) && has(RECOVERED, s) && !has(RELAPSE_NOW, s);
}

// Back again at a time said (`tot snel`, `until 2pm`, `maandag weer bereikbaar`, or after a working day).
const BACK_AGAIN = c(
  '(?<!(?:wachten|wacht|wait|waiting|waard|wachten we|due|pas|open|opens|dicht|closed) )(?:tot|until|till|til) (?:snel|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\\d+ ?(?:pm|am|uur))(?! (?:\\w+ )?(?:wachten|wait|waiten))|see you soon|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|monday|tuesday|wednesday|thursday|friday|tomorrow|next week|volgende week) (?:weer (?:bereikbaar|online|terug|thuis)|back (?:online|on here|at work))|(?:weer|back) (?:bereikbaar|online|on here)|(?:voor|for) (?:de|the) rest (?:van|of) (?:de|the) (?:dag|day)|bel (?:me )?morgen maar|(?:ill|i will) be back',
);
// Leaving only the day, a group chat or an app (round 12): not a farewell to the model, though the rules still
// read a goodbye for good (`ik verlaat de groep. voorgoed.`).
const DAY_OR_CHAT_LEFT = c(
  'home time|tijd om naar huis|clocking off|clocked off|knocking off|uitgeklokt|(?:klaar|done|finished|offline|signing off|logging off) (?:\\w+ )?(?:voor|for) (?:vandaag|vanavond|today|tonight|the day|the night|the weekend|een weekje|a week|even)|(?:verlaat|leave|leaving|left|uit) (?:de|the|this|deze|our|onze) (?:\\w+ )?(?:\\w*groep|group|groepsapp|\\w*chat|groupchat)|(?:dag|bye|goodbye|doei) (?:tegen |to )?(?:facebook|fb|insta\\w*|twitter|tiktok|whatsapp|snapchat)',
);
/** Round 17: an ordinary going or a while away (a move, a new job, weeks without a phone, a clear-out), unless
 *  the writer says they are not coming back: the model's goodbye words alone may not raise it. */
export function ordinaryAbsence(s: string): boolean {
  return (has(LEAVING, s) || has(DECLUTTER, s) || has(BACK_AGAIN, s) || has(DAY_OR_CHAT_LEFT, s)) && !has(NOT_COMING_BACK, s) && !has(NO_ORDINARY_REASON, s);
}

/** Finality: a goodbye, despair or a plan, outside an ordinary farewell (retirement, a move). The
 *  exclusions that stop the model (settled: `het is goed zo`; about an animal: `wie zorgt er voor mijn
 *  hond als ik weg ben`) do not hold against it: the words of a goodbye overlap theirs. */
export function finalityIn(s: string): boolean {
  return (
    !has(LEAVING, s) &&
    !has(DAY_OR_CHAT_LEFT, s) &&
    (has(GOODBYE, s) || has(DESPAIR, s) || has(PLAN, s) || has(SERIOUS_GOODBYE, s) || has(HOARD, s) || has(READY, s) || has(CALM, s))
  );
}

// Round 15: someone's death told with a time long gone in support of a campaign, a walk or a fund (`my cousin took
// his own life in 2020 and this campaign means a lot`): remembrance, which the model alone may not raise; finality
// in the message still lets it (grief with a plan or despair).
const DIED = c(
  '(?:took|taken) (?:his|her|their) (?:own )?life|died by suicide|committed suicide|killed (?:himself|herself|themselves)|passed away|died|overleden|overleed|gestorven|stierf|(?:zich(?:zelf)?|het leven) (?:van het leven beroofd|benomen)|zelfmoord (?:heeft |had )?gepleegd|pleegde zelfmoord|uit het leven (?:gestapt|gegaan)',
);
const IN_MEMORY = c(
  'campagne\\w*|campaign\\w*|poster\\w*|awareness|fundrais\\w*|sponsor\\w*|donat\\w*|doneer\\w*|inzamel\\w*|walk|run|herdenking\\w*|memorial|in (?:loving )?memory|ter nagedachtenis|in memoriam',
);
export function deathLongAgo(s: string): boolean {
  return has(DIED, s) && (has(HISTORY_TIME, s) || has(PAST, s)) && has(IN_MEMORY, s) && !has(NOW, s) && !finalityIn(s);
}

// Told as history: a time distance the PAST lexicon does not name (a season, `one year on`, `five years
// since`, as a teenager), and being safe or well now. Decision only (not a model feature).
const HISTORY_TIME = c(
  '(?:in|since|sinds|back in) (?:19|20)\\d\\d|(?:last|vorige|afgelopen) (?:winter|spring|summer|autumn|fall|christmas|easter|zomer|lente|herfst|kerst|voorjaar|najaar)|(?:a|one|two|three|four|five|six|\\d+|een|twee|drie|vier|vijf|zes) (?:years?|months?|jaar|maanden) (?:on|later|since|sinds|na|clean|sober|free|vrij)|(?:years?|jaar) (?:since|sinds)|as a (?:teen\\w*|kid|student)|when i was (?:\\d+|younger|a teen\\w*|at uni|in school|at school)|toen ik (?:\\d+|jong|jonger|student|tiener) was|jaren geleden|(?:waited|wachtte|wachten|gewacht) (?:\\w+ ){0,3}(?:\\d+|six|nine|negen|zes|twee|drie|two|three) (?:hours?|hrs|months?|weeks?|uur|maanden|weken)|(?:\\d+|six|nine|negen|zes|twee|drie|two|three) (?:hours?|hrs|months?|weeks?|uur|maanden|weken) (?:\\w+ ){0,4}(?:te wachten|gewacht|waiting)|(?:was|were) told|kreeg te horen|told (?:my|our|me|us|him|her) (?:\\w+ )?to|unacceptable|onacceptabel|(?:formal )?complaint (?:is )?going in|klacht (?:\\w+ )?(?:ingediend|indienen)',
);
// An attempt told as something that happened (`after she tried to take her life`, `na zijn poging`).
const ATTEMPT_TOLD = c(
  '(?:after|na|since|sinds) (?:\\w+ ){0,2}(?:suicide |zelfmoord)?(?:attempt|poging|overdose|overdosis|zelfbeschadiging|self harming|self harm)|(?:tried|attempted|trying|attempting) to (?:take|end|kill) (?:her|his|their|my) ?(?:life|own life|self|herself|himself|myself)?',
);
const GRATITUDE = c('(?:thank\\w*|bedankt|dank)(?! (?:voor|for) (?:niks|niets|nothing))|dankbaar|grateful|gratitude');
// Something happening now or again: a history veto does not hold.
const RECENT_ACT = c(
  '(?:im|i am) not (?:ok|okay|fine|alright)|ik ben (?:\\w+ )?niet (?:ok|oke|okay)|(?:too late|te laat) (?:for|voor) (?:me|mij)|tonight|vanavond|vannacht|last night|gisteravond|vanochtend|this morning|just now|zojuist|(?:\\d+|een|an|a|half|twee|two) (?:uur|hours?|minuten|minutes) (?:geleden|ago)|(?:do|try|tried|doing|did|trying) (?:it |this )?again|opnieuw|nog een keer|going to|gonna|ga ik|ik ga|i will|ill|(?<!(?:had|made|hadden|maakte) (?:a |een )?)plan|plannen|van plan|(?:besloten|decided) (?:dat|that)',
);
const SAFE_NOW = c(
  '(?:nu|inmiddels) (?:is|ben|zijn) (?:hij|ze|zij|ik|we) er (?:\\w+ )?(?:goed )?doorheen|(?:im|i am|ik ben) (?:\\w+ )?(?:well|good|fine|goed) (?:now|nu)|(?:in|op) (?:a|een) (?:good|better|goede|betere) (?:place|plek)(?: now| nu)?|(?:is|ben|zijn) (?:nu|inmiddels|now) (?:clean|sober|schoon)|(?:is|shes|hes|she is|he is|they are|zijn|ben|is nu) (?:gelukkig |luckily |thankfully |now )?(?:weer )?(?:ok|okay|oke|alright|all right|veilig|safe)(?: now| nu)?|(?:is|was|are|am|zijn|is nu|ben nu|zijn nu) (?:now )?(?:home and |thuis en |weer )?(?:safe|veilig)|safe (?:now|with us|at home)|veilig (?:nu|thuis)|doing (?:ok|okay|fine|well|better|great|good)|(?:laughing|smiling|himself|herself) again|lacht weer|(?:hij|zij|ze|ik) leeft|(?:is|ben|zijn) nu opgenomen|ik ben er nog|still here|nog in leven|alive (?:today|now)|(?:shes|hes|she is|he is|theyre|they are) (?:still )?alive|(?:is|zijn|ben) er (?:nu )?(?:goed )?doorheen|(?:home|thuis) (?:now )?(?:and|en) (?:recovering|herstellende|herstelt)|(?:is|zijn) (?:nu )?(?:aan het )?(?:recovering|herstellen)|back at (?:the gym|work|school)|weer aan het (?:werk|sporten)|(?:is|zijn|ben) (?:nu |weer )?(?:helemaal |volledig )?beter|(?:all|fully) better|thriving|(?:alles|all) (?:is )?(?:ok|oke|okay|goed|fine|well) (?:vandaag|nu|today|now)',
);
/** Told as history and well now: a past attempt or emergency the writer tells about from safety
 *  (`five years since my attempt … thank you`, `she is home and safe with us now`). */
export function historyAndSafe(s: string): boolean {
  if (has(RECENT_ACT, s)) return false;
  if (has(ATTEMPT_TOLD, s) && (has(SAFE_NOW, s) || has(RECOVERED, s))) return true;
  // Round 25: thanks that say goodbye (`you lot were the best part`) are no sign of safety.
  return (
    (has(PAST, s) || has(HISTORY_TIME, s)) &&
    (has(SAFE_NOW, s) || has(RECOVERED, s) || has(PREVENTION_ASKED, s) || (has(GRATITUDE, s) && !has(YOU_WERE_THE_BEST, s)))
  );
}
// Round 33: asking what to carry from now on after a reaction told as past (`moet ik nu altijd een EpiPen bij me hebben?`).
const PREVENTION_ASKED = c(
  '(?:moet|hoef|should|do|need) (?:ik|i) (?:\\w+ ){0,3}(?:altijd|always|voortaan|from now on) (?:\\w+ ){0,4}(?:bij me|bij mij|on me|with me|carry|meenemen|dragen)',
);
/** Safe or recovered now, said outright (`hij is weer zichzelf`, `he is doing ok`). */
export function safeNow(s: string): boolean {
  return has(SAFE_NOW, s) || has(RECOVERED, s);
}

// Other people in general, not a person at hand: a question or a campaign about `someone`, `a student`,
// `jongeren`, with no first person singular and nobody of one's own in the sentence.
const GENERIC = c(
  'someone|somebody|anyone|anybody|someones|somebodys|anyones|a person|people|a student|students|a pupil|pupils|a patient|patients|a client|clients|a friend who|teens|teenagers|young people|iemand|mensen|een leerling|leerlingen|een student|studenten|jongeren|een patient|patienten|een client|clienten|je kind|your child|1 op de \\d+|one in \\d+|\\d+ (?:op|in) de \\d+',
);
const FIRST_PERSON = c('i|me|my|myself|mine|ik|mij|mijn|mn|mezelf');
const OWN_PEOPLE = c(
  '(?:my|mijn|mn|our|onze|ons) (?:\\w+ )?(?:son|daughter|child|kid|wife|husband|partner|mum|mom|dad|mother|father|brother|sister|friend|boyfriend|girlfriend|zoon|dochter|kind|vrouw|man|moeder|vader|broer|zus|vriend|vriendin)',
);
/** The sentence is about other people in general (`if a student says they are suicidal`, `hoe je een
 *  leerling met zelfmoordgedachten aanspreekt`), not about the writer or someone of theirs. */
export function aboutPeopleInGeneral(sentence: string): boolean {
  return has(GENERIC, sentence) && !has(FIRST_PERSON, sentence) && !has(OWN_PEOPLE, sentence);
}
// Round 7: `heeft iemand ervaring met …? mijn zoon heeft het` asks others about one's own person.
const ASK_ANYONE = c('(?:heeft|weet|kent|had) iemand|(?:has|does|did|is|can) (?:anyone|anybody)|anyone (?:else|know)');
/** A question to others (`has anyone seen this`) about someone of one's own named elsewhere in the message. */
export function askingAboutOwn(sentence: string, message: string): boolean {
  return has(ASK_ANYONE, sentence) && (has(OWN_PEOPLE, message) || has(FIRST_PERSON, message));
}

// Round 27: a recent operation or birth is the cause of a danger now, not a story told afterwards (`3 dagen
// geleden nieuwe heup gekregen en nu is mijn kuit dik … kortademig`): its time is not a past marker.
const RECENT_OPERATION =
  / (?:(?:\d+|een|twee|drie|vier|vijf|zes|a|one|two|three|four|five|six) (?:dagen|days|weken|weeks) (?:geleden|ago) (?:\w+ ){0,3}(?:geopereerd|operatie|nieuwe (?:heup|knie)|bevallen|keizersnede|operated|operation|surgery|new (?:hip|knee)|gave birth|c section)|(?:geopereerd|bevallen|operated on|gave birth|had (?:my|a|her|his) (?:\w+ )?(?:surgery|operation|op|baby|c section)) (?:\w+ ){0,3}(?:\d+|een|twee|drie|vier|vijf|zes|a|one|two|three|four|five|six) (?:dagen|days|weken|weeks) (?:geleden|ago))(?= )/g;
/** Told with a marker of past time (last year, in March, two years ago, toen). */
export function toldAsPast(s: string): boolean {
  return has(PAST, s.replace(RECENT_OPERATION, ' ~'));
}

/** Told about as over and settled (past time and an all-clear or thanks): not a crisis now. */
export function pastAndSettled(s: string): boolean {
  return has(PAST, s) && has(SETTLED, s) && !has(RELAPSE_NOW, s);
}

// Round 9. A general question about an illness, a medicine or a test asked about nobody in particular
// (`hoe lang blijf je besmettelijk met griep?`) is a question; `medical` is for one's own or a relative's case.
const ASKER = c(
  'ik vroeg me af|ik vraag me af|ik las|ik lees|ik hoor|ik hoorde|i wonder\\w*|i was wondering|i read|i keep reading|i heard|i saw|i came across|ik kwam \\w+ tegen|kom (?:het|dat|dit) (?:steeds |vaak )?tegen|(?:asking|vraag|gevraagd) (?:\\w+ ){0,3}(?:for|voor|vanuit) (?:a|an|my|een|mijn|de) (?:blog|leaflet|folder|article|artikel|groepsapp|group chat|course|cursus|werkstuk|project)',
);
const OWN_CASE = c(
  'ik|i|im|ive|me|mij|mijn|mn|my|myself|mezelf|we|wij|ons|onze|our|us|hij|zij|he|she|him|her|his|hem|haar|zoon\\w*|dochter\\w*|son|daughter|baby|kindje|husband|wife|partner|moeder|vader|mum|mom|mam|dad|pap|oma|opa|grandma|grandad|grandpa|gran|nan|broer|zus|brother|sister|vriend|vriendin|friend|boyfriend|girlfriend',
);
const QUESTION_OPENER = c(
  'hoe|wat|wanneer|waarom|welke|hoeveel|mag|mogen|kan|kun|kunnen|is|zijn|moet|moeten|werkt|bestaat|how|what|when|why|which|can|could|is|are|do|does|should|must',
);
/** A question about an illness, a medicine or a test in general, about nobody in particular. */
export function generalHealthQuestion(reading: string, text: string): boolean {
  const asks = text.includes('?') || has(QUESTION_OPENER, reading.slice(0, reading.indexOf(' ', 1) + 1));
  if (!asks || has(OWN_CASE, reading.replace(ASKER_ALL, ' ')) || has(OWN_SIGNS, reading)) return false;
  return has(GENERAL_MARK, reading) || has(GENERIC_YOU, reading) || has(DEFINITION, reading);
}
// Said outright to be general, or asked for something one writes.
const GENERAL_MARK = c(
  'in general|generally|general question|algemeen|algemene (?:vraag|richtlijn)|in het algemeen|(?:asking|vraag|gevraagd) (?:\\w+ ){0,3}(?:for|voor|vanuit) (?:a|an|een|de) (?:blog|leaflet|folder|article|artikel|groepsapp|group chat|course|cursus|werkstuk|project)',
);
// `you` or `someone` as anyone: `mag je`, `can you`, `hoe lang is iemand`.
const GENERIC_YOU = c(
  '(?:mag|kan|kun|moet|ben|blijf|word|krijg|heb) (?:je|jij|iemand|een (?:volwassene|kind))|(?:can|do|should|must|are|would) (?:you|people|someone|adults|kids)|(?:is|blijft|stays|is) (?:someone|iemand|a person|een kind|a (?:kid|child)) (?:\\w+ ){0,3}(?:besmettelijk|contagious|infectious)|(?:volwassene|adult|adults)',
);
// A definition or a difference asked for.
const DEFINITION = c(
  'wat (?:betekent|meet|is het verschil|is een|is de|houdt \\w+ in)|what (?:does|is the difference|s the difference|is a|exactly does)|verschil tussen|difference between',
);
// Signs of one's own case: how long it has lasted, a measured value.
const OWN_SIGNS = c(
  'al \\d+|al een (?:week|maand|paar)|(?:for|already) a (?:week|month)|zie een|zag (?:het|een)|(?:kinderarts|huisarts|arts|dokter|doctor|pediatrician|gp) (?:just )?(?:zei|said)|thinking about|denk erover|(?:\\d+|twee|drie|vier|vijf|two|three|four|five) (?:dagen|weken|maanden|days|weeks|months)(?! (?:na|after))|heb het|have had|its been|it has been|sinds|since|\\d+ ?\\/ ?\\d+|uitslag|result',
);
const ASKER_ALL = new RegExp(ASKER.source, 'g');
