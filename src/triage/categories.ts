// The other categories: small weighted lexicons per category, matched on the normalised reading.
// Order when scores tie or overlap: spam, medical, complaint, compliment, question, other.
// A message is spam on two cues (a scam needs a lure and a way out: link, DM, WhatsApp ...);
// medical when it asks about a symptom, a medicine, a dose or a result of one's own or a relative;
// complaint on dissatisfaction; compliment on thanks or praise; question on a question form.
import { wordSet } from '../guard/lexicon/words.ts';
import { CONDITIONS, OTC_MEDICINES, PRESCRIPTION_ONLY, TREATMENTS } from '../guard/lexicon/medical.ts';
import type { TriageCategory } from './triage-categories.ts';
import { gated, type Rule } from './word-gate.ts';

// Health words from the guard's lexicons (conditions, treatments, medicines) and body parts and
// injuries; each counts once, so a question about "stroke" and "physio" is medical.
const BODY = wordSet(`
enkel knie rug nek schouder heup pols arm been voet hand vinger teen buik maag darm oog oor keel huid tand kies
ankle knee back neck shoulder hip wrist leg foot hand finger toe stomach belly eye ear throat skin tooth teeth
gesneden gevallen gestoten verstuikt verzwikt gebroken gekneusd bloedde cut fell sprain sprained bruised bled
hurt tetanus tetanusprik x ray rontgenfoto littekens stitches hechtingen
`);
// Care words that, in a message to a care organisation, are mostly practical (a wheelchair at the door).
const NOT_MEDICAL_HERE = wordSet('rolstoel wheelchair thuiszorg hospice ambulance behandeling treatment therapie therapy kwetsbaar');
const HEALTH_WORDS = [...CONDITIONS, ...TREATMENTS, ...PRESCRIPTION_ONLY, ...OTC_MEDICINES, ...BODY]
  .filter((w) => /^[a-z' -]+$/.test(w) && w.length > 2 && !NOT_MEDICAL_HERE.has(w))
  .map((w) => w.replace(/'/g, '').replace(/-/g, ' '));
const HEALTH = gated(new RegExp(` (?:${HEALTH_WORDS.join('|')})(?= )`));

interface Cue {
  re: Rule;
  w: number;
}
const cues = (w: number, ...res: RegExp[]): Cue[] => res.map((re) => ({ re: gated(re), w }));

const SPAM: Cue[] = [
  ...cues(2, / (?:gebruik (?:de )?code|kortingscode|promo ?code|discount code|coupon|\d+ (?:korting|off|discount))(?= )/),
  ...cues(2, / (?:hello dear|hi dear|dear friend|army doctor|be your friend|lonely)(?= )/),
  ...cues(1, / (?:message me|text me|write me|hangouts|supplement\w*)(?= )/),
  ...cues(
    2,
    / (?:crypto|bitcoin|forex|trading|investeer\w*|investing|invest)(?= )/,
    / (?:volgers|followers|likes) (?:kopen|voor|for|only)| (?:koop|buy) \d+ (?:echte |real )?(?:volgers|followers)/,
    / (?:gewonnen|gefeliciteerd|congratulations|you won|you have won|winnaar|winner|gift card|giftcard|cadeaukaart|cadeaubon|voucher|tegoedbon)(?= )/,
    / (?:viagra|cialis|zonder recept|without prescription|no prescription)(?= )/,
    / (?:verifieer|verify|geblokkeerd|suspended|blocked|gedeactiveerd|deactivated)(?= )/,
    / (?:wondermiddel|miracle|afvallen zonder|lose \d+)(?= )/,
    / (?:doctors hate|artsen haten|dokters haten)(?= )/,
    / (?:bkr|lening|loan|snel geld|quick cash|geld lenen|lenen zonder)(?= )/,
    / (?:onlyfans|marketing\w*|meer klanten|more customers|more clients|more leads|betaalde samenwerking|paid collab\w*|collab|promote (?:you|your)|promoten)(?= )/,
    / (?:bovenaan google|seo|top of google)(?= )/,
  ),
  ...cues(
    1,
    / (?:bit ly|tinyurl|www|http|https|com|biz|xyz|link in (?:bio|mijn bio)|klik|click|claim|dm (?:us|ons|me)|stuur (?:ons|me|haar|hem) een (?:dm|bericht)|whatsapp|telegram)(?= )/,
    / (?:verdien|earn|\d+ (?:euro|dollar)|gratis|free|korting|discount|offerte|quote|bestel|order now|per (?:week|dag|day))(?= )/,
    / (?:pakket|parcel|bezorgd|delivered|delivery)(?= )/,
    / (?:verzendkosten|redelivery|fee|betaal|pay|link|gegevens|details|op je rekening|within \d+ hours?|binnen \d+ uur)(?= )/,
    / (?:mevrouw|mrs|mr|meneer) \w+ (?:\w+ )?(?:op|on) whatsapp| changed since| veranderd sinds/,
  ),
];

// Scams said other ways: credentials asked for, money multiplied, a cure in days.
SPAM.push(
  // Phishing (a refund, a locked account, card details), dating bait, bought reviews, miracle cures.
  ...cues(
    2,
    / (?:(?:tax )?refund|terugbetaling|terugstorting|recht op (?:\d+|eur)|card details|kaartgegevens|bankgegevens|bank details|(?:is|has been|wordt|is geblokkeerd) (?:locked|suspended|geblokkeerd)|singles|prive (?:fotos|foto s|beelden)|private (?:photos|pics|pictures)|(?:check|bekijk) (?:my|mijn) (?:profile|profiel)|(?:star|sterren) reviews|reviews (?:for|voor|kopen)|buy reviews|reversed naturally|naturally reversed|natuurlijk genezen|hoi schat|hey babe|hi babe)(?= )/,
  ),
);
SPAM.push(
  ...cues(
    2,
    / (?:(?:send|stuur|geef|give|share|deel) (?:\w+ ){0,3}(?:login|log in|password|wachtwoord|inloggegevens|pincode|pin|digid|bank ?details|bankgegevens)|verifieer direct|verify (?:now|immediately|your account)|boete te voorkomen|avoid (?:a )?(?:fine|penalty)|\d+ (?:into|in) \d+|(?:verdubbel|double) (?:je|jouw|your) (?:geld|money|inleg))(?= )/,
  ),
  ...cues(
    1,
    / (?:click here|klik hier|dm to join|join now|signals|signalen|ancient|eeuwenoud\w*|ritual|reverse|genees (?:je|jouw)|cure (?:your|in)|in \d+ (?:days|dagen))(?= )/,
  ),
);

const MEDICAL: Cue[] = [
  ...cues(
    2,
    / (?:pieker\w*|slaap\w*(?: \w+){0,3} slecht|slecht (?:slapen|geslapen)|insomnia|worrying|anxious|angstig|niet suicidaal|not suicidal|\w*pijn|pain|koorts|fever|hoest|cough|duizelig|dizzy|misselijk|nauseous|uitslag|rash|bultjes|spots|jeuk|itch\w*|infectie|infection|ontstoken|ontsteking|wond|wound|zwelling|swollen|benauwd|short of breath|stijve|stiff|hoofdpijn|headache|migraine|slapeloos|slaap slecht|sleeping badly|somber|low mood|feel low|depressie|depressed|bloedneus|nosebleeds?|bloeddruk|blood pressure|suiker|blood sugar|cholesterol|gehoorverlies|hearing)(?= )/,
    / (?:\w*pil|pills?|tabletten|tablets?|medicijn\w*|medicatie|medication|medicine|antibiotica|antibiotics|puffer|inhaler|insuline|insulin|bloedverdunners?|blood thinners?|dosis|dose|dosering|mg|ibuprofen|paracetamol|sertraline|metoprolol|\w*zepam|griepprik|flu jab|vaccin\w*|vaccine)(?= )/,
    / (?:is (?:dat|dit|het) normaal|is (?:that|this|it) normal|moet ik me (?:zorgen|druk) maken|should i be worried|gaat dat vanzelf over|will it go away|moet ik (?:langskomen|stoppen|naar)|should i (?:stop|come in|go)|mag ik(?: \w+){0,4} (?:nemen|innemen|gebruiken|slikken|combineren)|can i (?:take|use|combine|mix)|does it need|moet dat gehecht|stitches|hoe lang duurt het (?:voordat|tot) het werkt|how long until it works|beschermd|protected|zwanger|pregnant)(?= )/,
  ),
  { re: HEALTH, w: 1 },
  ...cues(1, / (?:can i (?:drink|eat|have)|mag ik(?: \w+){0,4} (?:drinken|eten)|while on|tijdens (?:het gebruik|mijn kuur|de kuur))(?= )/),
  ...cues(1, / (?:should i|moet ik|is it safe|is het veilig|mag (?:ik|hij|zij|ze) (?:nog|weer)|can (?:i|he|she|they) (?:still|start|go back))(?= )/),
  ...cues(
    1,
    / (?:scan|operatie|surgery|fysio|physio|klachten|symptoms?|sinds|since|al (?:\d+|twee|drie|vier) (?:dagen|weken)|for (?:\d+|two|three|four) (?:days|weeks)|mijn (?:zoon|dochter|zoontje|kind)|my (?:son|daughter|child))(?= )/,
  ),
];

// Health questions said other ways: symptoms and treatments the guard's lexicons do not name, and
// asking whether something about one's body is serious or whom to see.
MEDICAL.push(
  ...cues(
    1,
    / (?:interact\w*|wisselwerking|side effects?|bijwerking\w*|taper\w*|afbouwen|x ray|rontgen\w*|scan|uitslag|results?|lump|bult|bultje|knobbel|sore|wondje|plassen|pee|peeing|prostaat|prostate|verslik\w*|logopedi\w*|misselijk\w*|chemo|gout|jicht|verruca|wrat|wratten|hoofdluis|head ?lice|eczeem|eczema|creme|cream|zalf|smear|uitstrijk\w*|hpv|menopause|overgang|sweats?|zweet\w*|vaccin\w*|hartslag|heart rate|moles?|moedervlek\w*|rash|huiduitslag|dose|dosis|afvallen|weight loss)(?= )/,
  ),
  ...cues(
    2,
    / (?:is (?:dat|dit|het) (?:gevaarlijk|ernstig|erg)|is (?:that|this|it) (?:dangerous|serious|bad|ok|okay)|who do i (?:see|talk to|ask)|bij wie moet ik|naar wie moet ik|can (?:he|she|i) (?:up|increase|lower|stop|reduce)|mag (?:hij|zij|ik) (?:\w+ )?(?:verhogen|verlagen|stoppen|ophogen)|or something else|of iets anders)(?= )/,
  ),
);

const COMPLAINT: Cue[] = [
  ...cues(
    2,
    / (?:belachelijk\w*|schandalig\w*|schande|onacceptabel|onaanvaardbaar|slechte (?:service|zorg|behandeling|communicatie|bereikbaarheid|ervaring)|slecht (?:geregeld|georganiseerd|bereikbaar|behandeld|geholpen)|slechtste|heel slecht|zo slecht|erg slecht|smerig\w*|vies|onvriendelijk\w*|afgesnauwd|onbeschoft|oplichting|teleurgesteld|teleurstellend|ridiculous|disgrace\w*|shocking|unacceptable|rude|filthy|dirty|worst|terrible|awful|appalling|robbery|disappointed|disappointing|not acceptable|niet normaal|zonde van|waste of|nooit meer|never going back|never again|weer niet|again|alweer niet|niet gekomen|not (?:turned|showed) up|did not (?:come|show))(?= )/,
    // Privacy breaches and hyperbole about the service (the figures of speech of complaints).
    / (?:door de (?:hele )?wachtkamer|in front of (?:the )?(?:whole|entire)|iedereen kon het horen|everyone could hear|(?:is|was) (?:absolute |pure |sheer )?murder|moordend\w*|mijn dood|death of me|(?:will|going to|gaat) (?:\w+ )?(?:kill|killing) me|unbelievable|ongelooflijk|ongelofelijk|niet te geloven|incompetent\w*|amateur\w*|chaos|puinhoop|mess|joke|lachertje|fed up|sick of|ben het zat|zat van|dood van (?:verveling|de hitte|de kou|de honger|ellende)|om te sterven|over (?:my|mijn) (?:dead body|lijk)|ik ga dood hier|want to die lol|shoot myself|schiet ik mezelf|ontploft|explod\w*|hekel|bloedhekel|hate|haat|bloedheet|snikheet|boiling|ijskoud|eyeroll|gek van|word gek|driving me (?:crazy|mad|nuts)|(?:nooit|never|no|geen) (?:plek|parking|space|een mens|a human|a person))(?= )/,
    / (?:al \d+ (?:minuten|uur|dagen|weken)|\d+ minutes|\d+ hours|in de wacht|on hold|niet teruggebeld|niks gehoord|niets gehoord|nothing|niks|niemand (?:zegt|helpt|komt)|nobody (?:tells|helps|came)|no explanation|zonder uitleg|geen antwoord|no answer|verzet|cancelled|werkt (?:al|niet)|hasnt worked|not working|does not work|koud|cold|smakeloos|tasteless|luisterde (?:totaal )?niet|did not listen|afgezegd|billed|rekening voor|charges|kosten|parkeerkosten|per uur|an hour)(?= )/,
  ),
  ...cues(
    1,
    / (?:waarom|why|wachten|waiting|wait|weer|alweer|dit is|this is|toch|echt niet|really|seriously|airco|air conditioning|heat|hitte|wifi|traag|slow|verveling|verveel\w*|bored|boring|wachtkamer|waiting room)(?= )/,
  ),
  ...cues(1, / (?:niemand belt|nobody calls|belt (?:niet |nooit )?terug|call(?:ed|s)? (?:me )?back)(?= )/),
  ...cues(1, / (?:lost|kwijt\w*|twice|twee keer|drie keer|three times|queue|wachtrij)(?= )/),
  ...cues(1, / (?:(?:nearly|almost) (?:died|had a heart attack)|bijna (?:een )?(?:hartaanval|hartverzakking))(?= )/),
  ...cues(1, / (?:fix|repareer|doe er iets aan|do something about|zet de \w+ aan)(?= )/),
  ...cues(1, / (?:schrok|schrik|geschrokken|shocked)(?= )/),
  ...cues(
    1,
    / (?:rekening|bill|bills|prijs|price|euro|eur|\d+ (?:minuten|uur|dagen|weken|maanden|minutes|hours|days|weeks|months)|two hours|twee uur|staan|standing)(?= )/,
  ),
  ...cues(2, / (?:(?:is|zijn|was|alweer|weer) kapot|stuk)(?= )/),
  // The generalisation round: frustration said in other words.
  ...cues(
    2,
    / (?:doodziek van|ergernis|ergerlijk|crasht|crashes|crashed|nightmare|nachtmerrie|drama|(?:want|wanted) to scream|wil gillen|gek gezocht|slecht aangegeven|ligt (?:er )?(?:weer |alweer )?uit|sort it out|regel het|stort in elkaar)(?= )/,
  ),
];

const COMPLIMENT: Cue[] = [
  ...cues(2, / (?:goed bezig|goed gedaan|well done|keep it up|keep up the|ga zo door|good job|nice work|good work)(?= )/),
  ...cues(
    2,
    / (?:dank|bedankt|dankjewel|dankuwel|dankbaar|thank|thanks|thankyou|grateful|complimenten|compliments|hulde|chapeau|top|toppers?|geweldig\w*|fantastisch|engel|amazing|wonderful|brilliant|great job|well done|the best|best|bestt|beste|lief|lieve|liefdevolle|shoutout|shout out|caring|zorgzaam|zorgzame|love it|love this|love you|love the|aanrader|recommend|kindness|kind|so kind|held|helden|hero|heroes|superb|fijne begeleiding|goed geholpen|gerust|reassured)(?= )/,
  ),
  ...cues(1, / (?:fijn|mooi|blij|trots|proud|happy|great|lovely|vriendelijk\w*|friendly|snel geholpen|seen within|killing it)(?= )/),
];

// Praise and complaint said other ways (the generalisation round, concept words, not phrasings).
COMPLIMENT.push(
  // Praise without a thank-you word.
  ...cues(
    2,
    / (?:pluim|dikke pluim|warme? ontvangst|wat (?:fijn|mooi|goed|een goede|een warme|lief)|super dat|fijn dat|zo (?:mooi|persoonlijk|lief|fijn)|incredible|meant the world|(?:we|i) owe you|like clockwork|big difference|felt (?:safe|heard|listened to)|made (?:me|us) feel|een verademing|a godsend|godsend|lifesaver|hats off|petje af|respect voor)(?= )/,
  ),
  ...cues(
    2,
    / (?:goud waard|worth (?:their|his|her) weight|(?:zo |heel |erg )?goed begeleid|looked after (?:us|me|him|her) (?:so )?(?:well|brilliantly)|loved|loves|adored|heerlijk|lekker|delicious|(?:was|were|is|are|zijn|waren) (?:so |really |echt |super |heel )?(?:lovely|wonderful|fantastic|amazing|kind|lief|top|fantastisch))(?= )/,
  ),
);
COMPLAINT.push(
  ...cues(
    2,
    / (?:nog steeds (?:niet|geen)|still (?:not|no|nothing|waiting|hasnt|havent)|geen (?:1|een|enkele) keer|not (?:once|a single)|(?:niet|nooit) (?:beantwoord|teruggebeld|gereageerd)|never (?:answered|replied|called back)|klacht|complaint|complained|geschillen\w*|ombudsman|klachtencommissie|chief exec\w*|uitgesteld|postponed|(?:zo |erg )?bot|onbeleefd|addressed to someone else|verkeerde naam)(?= )/,
  ),
);

const QUESTION: Cue[] = [
  ...cues(
    2,
    /^ (?!wat een |what a )(?:hoe|wat|waar|wanneer|welke|wie|waarom|kan|kunnen|mag|mogen|moet|heb|hebben|is|zijn|zit|geven|organiseren|wordt|bieden|how|what|where|when|which|who|can|could|may|do|does|is|are|will|should)(?= )/,
    / (?:graag info|graag informatie|info over|informatie over|looking for info|any info|op zoek naar|i (?:would|d) like to know|ik wil graag weten|weet iemand|does anyone know)(?= )/,
  ),
];

// Round 6, notions from category borders: scams by their shape (a charity or a job that pays through an
// app, a romance opener, a coach who takes few clients, a cure told as a testimony, a password asked for
// by "IT"); praise for a person's day (a birthday, a farewell, a prize); sarcasm (thanks for nothing,
// praise for a failure) is a complaint.
const CHARITY_OR_JOB_SCAM =
  / (?:doneer|doneren|donate|donating|tikkie|paypal|cashapp|cash app|gofundme|crowdfund\w*|inzamelingsactie|(?:work|werk\w*) (?:from|vanuit|van) (?:home|huis|thuis)|thuiswerk\w*|no cv|geen cv|no experience needed|geen ervaring nodig|\d+ ?(?:per hour|an hour|hr|per uur|p ?u))(?= )/;
const ROMANCE_OR_COACH =
  / (?:(?:hey|hi|hallo|hoi) (?:girl|hun|babe|lovely|lieverd|schat|dear|sweetheart)|love your content|(?:beter|graag) (?:leren kennen|kennismaken)|get to know (?:you|u) (?:better|more)|olieplatform|oil rig|health coach|gezondheidscoach|(?:only|maar|alleen) (?:take|taking|neem|accept) \d+ (?:new )?(?:clients|klanten))(?= )/;
const CURE_TESTIMONY =
  / (?:(?:completely|totally|helemaal|volledig|compleet) (?:gone|weg|verdwenen|genezen|cured|clear)|cured (?:my|me)|genas (?:mijn|me)|colloidal silver|colloidaal zilver)(?= )/;
const PASSWORD_ASKED =
  / (?:wachtwoord|password|inloggegevens|login details|pincode)\w* (?:\w+ ){0,3}(?:mailen|sturen|doorgeven|geven|send|email|e mail|mail)(?= )/;
const CELEBRATE =
  / (?:gefeliciteerd (?:met (?:je|jouw|haar|zijn)|\w+ van)|happy (?:birthday|retirement)|fijne verjaardag|proficiat|kudos|verdiend|well deserved|so missed|(?:will|gaan) (?:\w+ )?(?:missen|miss you)|big up|(?:you|jullie) (?:lot |guys |all )?(?:are|zijn) (?:ace|legends|stars|kanjers|toppers|helden|heroes)|applaus\w*|applaudiss\w*|prachtig\w*|zo klein zo groot)(?= )/;
const SARCASM =
  / (?:bedankt voor niks|dank voor niks|thanks for nothing|dank je de koekoek|ja ja|yeah right|oh (?:brilliant|great|fantastic|lovely|perfect)|(?:super|echt|heel) (?:bedankt|fijn|top) (?:hoor|he)|(?:echt|heel|super) top geregeld|i feel so valued|trots op deze|proud of these)(?= )/;
SPAM.push(
  ...cues(2, CHARITY_OR_JOB_SCAM, ROMANCE_OR_COACH, CURE_TESTIMONY),
  ...cues(3, PASSWORD_ASKED),
  ...cues(
    1,
    / (?:elke euro telt|every (?:penny|pound|dollar) (?:counts|helps)|even \d+ helps|vrienden (?:en )?familie|friends and family|deel dit|deelditbericht|share this|reschedule now|lose your place)(?= )/,
  ),
);
COMPLIMENT.push(...cues(2, CELEBRATE));
COMPLAINT.push(...cues(3, SARCASM));
/** These notions as features for the learned model too (concepts.ts): it weighs them from the training data. */
export const CATEGORY_CONCEPTS: [string, RegExp][] = Object.entries({
  CHARITY_OR_JOB_SCAM,
  ROMANCE_OR_COACH,
  CURE_TESTIMONY,
  PASSWORD_ASKED,
  CELEBRATE,
  SARCASM,
});
// Emoji carry the tone when there are few words: applause, flowers and hearts praise, an angry face complains.
const PRAISE_EMOJI = /[👏💐🌷🌹💛💙💚💜🧡❤🥰😍🙌🤗⭐🌟]/u;
const ANGRY_EMOJI = /[😡🤬👎😤😠]/u;

const score = (cueList: Cue[], s: string) => cueList.reduce((n, c) => n + (c.re.test(s) ? c.w : 0), 0);

/** The category of a message that is not a crisis, from its normalised reading. */
export function categoryOf(reading: string, hasQuestionMark: boolean, text = ''): Exclude<TriageCategory, 'crisis'> {
  const spam = score(SPAM, reading);
  if (spam >= 3) return 'spam';
  const medical = score(MEDICAL, reading);
  const complaint = score(COMPLAINT, reading) + (ANGRY_EMOJI.test(text) ? 2 : 0);
  const compliment = score(COMPLIMENT, reading) + (PRAISE_EMOJI.test(text) && !ANGRY_EMOJI.test(text) ? 1 : 0);
  const question = score(QUESTION, reading) + (hasQuestionMark ? 2 : 0);
  if (medical >= 4 || (medical >= 2 && medical > complaint && medical > compliment)) return 'medical';
  if (complaint >= 2 && complaint > compliment) return 'complaint';
  if (compliment >= 2) return 'compliment';
  if (question >= 2) return 'question';
  if (complaint >= 2) return 'complaint';
  return 'other';
}
