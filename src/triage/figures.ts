// Figures of speech that borrow the words of a crisis: "ik sterf van nieuwsgierigheid", "I'm dying
// to know", "this is killing me", "ik schrok me dood", "bored to death", hyperbole about a queue or
// hold music. They are cut out of the reading before the crisis rules run, so a real crisis phrase
// in the same message still counts. Written for the construction, not for one sentence:
// death verb + "van" + a feeling or bodily state, reflexive verb + "dood", intensifier + verb,
// "killing" with an everyday subject, a conditional clause about something trivial.

import { gated, type Rule } from './word-gate.ts';

const FEELING_NL =
  '(?:de |het )?(?:nieuwsgierigheid|lachen|honger|dorst|verveling|kou|hitte|warmte|zenuwen|spanning|schaamte|heimwee|ellende|stress|benieuwdheid|slaap|vermoeidheid)';
const FEELING_EN = '(?:laughter|laughing|embarrassment|boredom|curiosity|hunger|thirst|heat|cold|shame|nerves|excitement|anticipation)';
// Everyday things people exaggerate about: waiting, phones, forms, apps, parking, wifi, food.
const TRIVIAL =
  '(?:wacht\\w*|muziek\\w*|keuzemenu\\w*|menu|formulier\\w*|rij|wachtrij|app|website|wifi|parkeer\\w*|parkeren|telefoon\\w*|eten|koffie|hold|music|queue|line|form|forms|parking|phone|website|jingle|tune|song|food|coffee|slow|traag|printer|meeting|vergadering|traffic|file|spreadsheet|excel|ticket|tickets|werkblad\\w*|worksheets?|vragenlijst\\w*|questionnaires?)';
/** A laugh beside the words (also read by concepts.ts: a claim or a slip said laughing). */
export const LAUGH = '(?:lol|haha\\w*|hihi|eyeroll|lmao|jk|grapje|xd)';

export const FIGURES: RegExp[] = [
  // Dutch: "ik sterf van nieuwsgierigheid", "dood ga ik van het lachen", "verga van de honger".
  new RegExp(
    ` (?:sterf|sterft|sterven|stierf|ga dood|gaat dood|ging dood|gingen dood|gaan dood|dood gaan|ga ik dood|verga|vergaat|vergaan)(?: bijna| echt| nog)* van ${FEELING_NL}(?= )`,
    'g',
  ),
  // "ik schrok me dood", "verveel me dood", "werk me dood", "schaamde me dood", "lach me dood".
  / (?:schrok|schrik|schrokken|schaam|schaamde|schaamden|schaamt|verveel|verveelde|verveelt|lach|lachte|lachten|werk|werkte|zoek|zocht|erger|ergerde|zuip|vreet|loop|liep|wacht|wachtte|pieker)(?: ik| je| we| hij| ze)?(?: me| mij| mezelf| zich| je| ons| m)(?: bijna| echt| helemaal| nog)* (?:dood|rot|kapot|suf|een ongeluk|te pletter)(?= )/g,
  / (?:kapot|dood|krom|dubbel|slap|een ongeluk|rot|suf|scheef|gek|ziek)(?: ge| te)?(?:lachen|gelachen|gewerkt|gezocht|geschrokken|geergerd|verveeld|gegeten)(?= )/g,
  // Round 9: not after `manier` / `methode` (`de snelste manier om te sterven` asks for a way to die).
  /(?<! (?:manier|methode|wijze)) om (?:je |u |me )?(?:dood te (?:schamen|lachen|vervelen|ergeren)|te sterven|van te huilen)(?= )/g,
  / (?:over|overheen) (?:mijn|ons|zijn|haar) lijk(?= )/g,
  / (?:wordt|worden|is|was) (?:nog )?(?:eens )?(?:mijn|onze|je) dood(?= )/g,
  / (?:moordend|moordende|dodelijk saai)(?= )/g,
  / (?:bijna|haast)(?: een)? (?:hartaanval|hartverzakking|hartstilstand|infarct)(?= )/g,
  // Not a person who does not respond or move, but an office or a thing: "reageert niet op mijn mail",
  // "not responding to my emails", "de wachtrij beweegt niet meer", "the queue is not moving".
  / (?:reageert|reageren|reageerde) (?:nog |al weken |al dagen )?(?:niet|nooit)(?: meer)? op (?:mijn|onze|m|de|je|jullie) (?:e ?mails?|mails?|brief|brieven|klacht|klachten|vragen?)(?= )/g,
  / (?:is |are |was |were )?(?:not|never|still not) (?:responding|replying|reacting|answering) to (?:my|our|the|any) (?:e ?mails?|emails?|mails?|letters?|complaints?|questions?)(?= )/g,
  / (?:wachtrij|rij|lift|app|website|site|teller|lijn|queue|line|elevator) (?:beweegt niet|bewoog niet|is not moving|was not moving|does not move|did not move)(?: meer)?(?= )/g,
  // Round 20: a queue out of the door is long, nobody went missing.
  / (?:wachtrij|rij|queue|queues|line) (?:\w+ ){0,6}(?:out the door|de deur uit|tot buiten)(?= )/g,
  // English: "dying to know", "died laughing", "to die for", "bored to death", "this is killing me".
  / (?:be|is|was) the death of (?:me|us|him|her|them)(?= )/g,
  / (?:dying|dieing) (?:to|for) (?:know|see|hear|try|get|meet|find|go|a|an|some|the)(?= )/g,
  new RegExp(` (?:dying|died|die|dead|death)(?: of| from| with| laughing)(?: ${FEELING_EN})?(?= )`, 'g'),
  / (?:nearly|almost)(?: had| have| having)? (?:died|die|a heart attack|heart attack|a stroke|had a fit)(?= )/g,
  // A thing fitted or fitting in, not a fit: `my coil fitting is next week`, `a fitting room`, `fitting in at
  // school` (not `fitting in the bathroom`).
  / (?:(?:coil|iud|spiraal|hearing aid|contact lens|lens|wheelchair|prosthetic|prosthesis|brace|braces|stoma|bra|dress|suit|shoe|kitchen|mask) fitting|fitting (?:rooms?|out|appointments?|for (?:a|an|my|the|his|her|their) \w+)|fitting in (?:at|with|well|fine|nicely|so well|ok|okay))(?= )/g,
  / to die for(?= )/g,
  / (?:bored|scared|worried|frightened|freezing|sick|tired|terrified|starved) (?:to death|stiff)(?= )/g,
  / dead (?:tired|beat|on my feet|serious|lol|funny)(?= )/g,
  / i am dead(?= lol| \.| {1,2}$| haha)/g,
  / (?:could|would|will) (?:kill|murder) (?:for|a|an|some)(?= )/g,
  // Round 10: anger at a thing (`a parking ticket, I could kill someone`), a Dutch idiom of shouting, and a
  // recurring pain that `makes me want to die` every month.
  / (?:i|ik) (?:could|kon|kan) (?:\w+ )?(?:kill|murder|vermoorden) (?:someone|somebody|anyone|everyone|iemand)(?= )/g,
  / moord en brand(?= )/g,
  // Round 22: dropping dead on the spot (of boredom), and a jump promised if an exam or a match goes wrong, with a laugh.
  / (?:ter plekke|on the spot) (?:\w+ )?dood (?:neer ?vallen|neervallen|vallen|gaan)(?= )| (?:could have|could) dropped? dead on the spot(?= )/g,
  / (?:ik )?(?:spring|jump) (?:\w+ ){0,3}(?:van|off|uit|out of) (?:het |de |the |a )?(?:dak|brug|raam|roof|bridge|window)(?= (?:\w+ ){0,10}(?:lol|haha\w*)(?= ))/g,
  / (?:cramps|pain|pijn|krampen|migraine|period pain|menstruatiepijn) (?:that |die )?(?:make|makes|maakt|maken) (?:me|mij) (?:want to die|wanna die|dood willen)(?= (?:\w+ ){0,2}(?:every|each|elke|iedere|always|altijd))/g,
  / over my dead body(?= )/g,
  // Round 23: tired of life from a thing (`je wordt levensmoe van die wachtmuziek`).
  / (?:je wordt|word je|ik word|wordt|word|ben|is) (?:er )?(?:\w+ )?levensmoe van (?:die|de|het|dat|deze|dit|zon|zo n) \w+(?= )/g,
  // Stop 21: a room's stale air, not a body (`so stuffy in the waiting room i could barely breathe`), with its remedy
  // (round 27: `… open a window`, whose words alone the model reads as a window in a crisis).
  / (?:so |zo |really |echt )?(?:stuffy|benauwd|bedompt|airless|stifling)(?: (?:in|op) (?:the|de|het|this|that|deze|dat) (?:\w+ )?(?:room|kamer|wachtkamer|zaal|ward|afdeling|bus|train|trein|office|kantoor|lift|gym))?(?: that| dat)? (?:i|ik|je|you|we) (?:could|can|kon|kan|kun|konden)(?: \w+)? (?:barely|hardly|nauwelijks|amper) (?:breathe|ademen)(?:(?: ,)? (?:please )?(?:open|opened|zet|doe) (?:a|the|een|het|de) (?:window|windows|raam|ramen)(?: open)?)?(?= )/g,
  // Round 17: a death wish taken back at once with a laugh (`koppijn, wil dood lol nee serieus …`).
  / (?:ik )?(?:dood wil|wil dood|wanna die|want to die)(?: (?:haha\w*|lol|xd|jk))+(?= (?:nee|no|nah|maar|but) (?:serieus|seriously|eigenlijk|really|for real))/g,
  / (?:is|was|its|it is|are) (?:absolute |pure |sheer )?murder(?= )/g,
  / (?:killing|kill|killed|slayed|slaying|smashed|smashing) (?:it|them|the game)(?= )/g,
  // "this is killing me", "the wait is killing me", "my feet are killing me": something, not someone, kills.
  / (?:this|that|it|which|wait|waiting|queue|music|noise|heat|suspense|bill|traffic|parking|feet|back|knees|legs|head|neck|job|shift|shifts|week|commute|form|forms|app|is|are|s) (?:is |are |was |were )?(?:literally |actually |honestly |slowly |really )?killing (?:me|us|my)(?= )/g,
  // A belief or a likeness, not a fact: "the panic attacks feel like I am dying", "I thought I was having
  // a heart attack", "het voelde alsof ik doodging". A red flag told beside it still counts.
  / (?:feel|feels|felt|feeling) (?:like|as if|as though) (?:i am|i was|i will|i would|i could|im) (?:\w+ )?(?:dying|going to die|about to die|die|having a heart attack|have a heart attack)(?= )/g,
  / (?:thought|convinced|sure|swore|believed) (?:that )?(?:i was|i am|i would|i will) (?:\w+ )?(?:dying|going to die|about to die|die|having a heart attack|have a heart attack)(?= )/g,
  / (?:voelt|voelde|voel)(?: het| me| mij)?(?: echt| gewoon| wel| net)? (?:als|alsof) (?:ik )?(?:\w+ )?(?:doodga|dood ga|doodging|dood ging|sterf|stierf|een hartaanval (?:krijg|kreeg|heb|had))(?= )/g,
  / (?:dacht|dachten|dacht ik)(?: echt| even| serieus)? (?:dat )?(?:ik )?(?:\w+ )?(?:doodging|dood ging|doodga|dood ga|zou sterven|een hartaanval (?:had|kreeg|heb|krijg))(?= )/g,
  // "I want to die whenever I try to book anything": the wish tied to an everyday chore.
  new RegExp(
    ` (?:i (?:\\w+ )?(?:want|wanna|wanted) to die|ik wil (?:\\w+ )?dood)(?= (?:whenever|every time|each time|elke keer|iedere keer|telkens|wanneer)(?: [^ .]+){0,6} (?:${TRIVIAL}|book|booking|boeken|log|login|inloggen|call|bellen|ring|afspraak|appointment) )`,
    'g',
  ),
  // Round 6: weary of a chore, not of life: "geen zin meer om dit te proberen" after a line that drops,
  // and a car park as a place to pay and leave (its barrier, ticket, exit), not a height.
  new RegExp(
    ` (?:geen zin meer|no energy left|lost the (?:will|wil) to live|given up) (?:om|to) (?:dit|het|this|it|nog|weer|again)(?: [^ .]+){0,3} (?:te )?(?:proberen|bellen|doen|wachten|try|trying|call|calling|wait|waiting)(?<=(?:${TRIVIAL}|lijn|klantcontact\\w*|doorverbonden|verbindt) .*)`,
    'g',
  ),
  / (?:car park|carpark|parkeergarage|parking garage)(?=(?: [^ .]+){0,6} (?:barrier|ticket|exit|uitgang|slagboom|kaartje|betaalautomaat|pay machine|paying|charges?|fees?|tarief|tarieven|prices?|spaces?|plekken)(?= ))/g,
  / (?:barrier|ticket|exit|uitgang|slagboom|kaartje|betaalautomaat|pay machine|charges?|fees?|tarief|tarieven|prices?|spaces?|plekken|find|vinden) (?:[^ .]+ ){0,6}(?:car park|carpark|parkeergarage|parking garage)(?= )/g,
  // Round 25: a fright given, an idiom (`de stuipen op het lijf gejaagd`).
  / (?:de )?stuipen op (?:het|zijn|haar|mijn|hun) lijf(?: (?:gejaagd|jagen|jaagt|joeg|joegen))?(?= )/g,
  // A fear, not a fact: "terrified of bleeding to death if she cuts herself"; a likeness of bruises.
  / (?:scared|afraid|terrified|frightened|worried|bang|doodsbang) (?:of|to|that|dat|voor|om) (?:\w+ ){0,2}(?:bleeding to death|doodbloeden|dood te bloeden|dying|die|doodgaan)(?=[^.]*)[^.]*/g,
  / (?:look|looks|looked|feel|feels|felt|lijkt|lijken|voelt|eruit|uit) (?:like|as if|as though|alsof) (?:[^ .]+ ){0,4}(?:been in a fight|been beaten up|been attacked|been hit by|in elkaar geslagen|gevochten|been run over|in een vechtpartij (?:heb|had|heeft) gezeten|(?:heb|had|heeft) gevochten)(?= )/g,
  // Round 29: a wish said to the alarm clock on a Monday.
  / (?:ik wou|ik wil|i wish|i want)(?: [^ .]+){0,5} (?:zei|said) (?:ik |i )?(?:\w+ ){0,2}(?:tegen|to) (?:de|my|the) (?:wekker|alarm|alarm clock)(?= )/g,
  // Round 28: `10/10, would slice my thumb open again`: a review's joke; pills enough for a lifetime.
  / (?:genoeg|enough) (?:pillen|pills|tabletten|tablets) (?:[^ .]+ ){0,2}(?:geslikt|swallowed|taken|genomen) (?:in|for) (?:zijn|haar|mijn|my|his|her|a) (?:leven|life|lifetime)(?= )/g,
  / 10 10 would (?:[^ .]+ ){1,10}again(?= )/g,
  / (?:telt|tellen|counts|count) (?:\w+ )?(?:als|as) (?:\w+ )?(?:zelfbeschadiging|self ?harm)(?= )| (?:als|as) (?:zelfbeschadiging|self ?harm) (?:telt|counts)(?= )/g,
  // Said not to be so ("niet dat ik … wil, hoor", "not that I would ever hurt myself").
  / (?:niet dat ik|not that i|ik zou nooit|i would never)(?: [^ .~]+){1,10}(?= \.| hoor| though| tho| ofzo| of zo| or anything| or something| $)/g,
  // A belief of dying with a laugh: "ik denk echt dat ik doodga haha".
  new RegExp(
    ` (?:denk|denk echt|think|swear)(?: dat| that)? (?:ik|i) (?:doodga|dood ga|ga sterven|am dying|am going to die|will die)(?= (?:[^ .]+ ){0,2}${LAUGH} )`,
    'g',
  ),
  // Frustration with a service: "what's the point of having a booking line".
  / (?:whats|what is|wat is|wat heeft) (?:the|het) (?:point|nut) (?:of|in|van) (?:having|a|an|the|this|that|calling|ringing|booking|phoning|een|de|het|bellen)(?: [^ .~]+){0,4}/g,
  // A likeness of pain: "als een mes in de zij", "like a knife in my back".
  / (?:alsof|als of|net als|zoals|like|as if|as though) (?:er |there (?:is|was) )?(?:[^ .]+ ){0,2}(?:mes|messen|knife|knives|dagger|dolk)(?= )/g,
  // Hyperbole about something trivial: a conditional clause in Dutch or English (one more time that
  // hold music, and then …) or a laugh marker next to the phrase.
  new RegExp(` (?:als ik nog (?:een|1|een enkele) keer|if i (?:have to |need to |must )?(?:hear|listen|see|wait|sit|get|fill))(?=[^.]* ${TRIVIAL} )[^.]*`, 'g'),
  // Round 28: `als ik nog één werkblad moet invullen spring ik …`.
  new RegExp(` (?:als ik nog (?:een|1|een enkele)|if i (?:have to|need to|must) (?:do|fill in|fill out|read|write) (?:one more|another)) ${TRIVIAL}[^.]*`, 'g'),
  // "lol this meme, I can't breathe", "ik kan niet meer ademen van het lachen".
  new RegExp(
    ` (?:can not breathe|kan niet (?:meer )?ademen|i am choking|ik stik|i am crying)(?:(?= (?:[^ .]+ ){0,5}${LAUGH} )|(?<= ${LAUGH}(?: [^ .]+){0,6} (?:can not breathe|kan niet (?:meer )?ademen|i am choking|ik stik|i am crying)))`,
    'g',
  ),
  new RegExp(
    // The lookbehind comes after the phrase, so it is only tried where the phrase matched (a
    // leading one is tried at every position: quadratic on a long message).
    ` (?:i (?:want|wanna|wanted) to die|i want to stop living|ik wil dood|kill me now|shoot me now|schiet me maar neer)(?= ${LAUGH} )(?<= ${TRIVIAL} [^.]*)`,
    'g',
  ),
  // Round 7: a thing that makes one want to die (`your hold music makes me want to die`), a conditional
  // about an everyday annoyance (a queue, a form, a printer named in an `if` clause before the words), dying as a
  // feeling (`it feels like you are going to die before a panic attack`), and a phrase one says out of habit
  // that the writer calls a figure of speech.
  new RegExp(
    ` (?:makes|made|make|maakt) (?:me|mij) (?:want to (?:die|kill myself)|dood willen)(?<= ${TRIVIAL} (?:[^ .]+ ){0,3}(?:makes|made|make|maakt) (?:me|mij) (?:want to (?:die|kill myself)|dood willen))`,
    'g',
  ),
  / (?:if|als) (?:this|the|that|die|deze|dat|de|het) (?:[^ .]+ ){0,2}(?:queue|line|rij|wachtrij|hold music|wachtmuziek|music|muziek|app|website|form|formulier|wifi|printer|meeting|vergadering|traffic|file|vaatwasser|dishwasher|koffieautomaat|coffee machine|kopieerapparaat|copier|magnetron|microwave|pieper|pager|bleep|bleeper)(?= )[^.]*/g,
  // (told as felt, or with a panic or anxiety attack in the sentence: felt now without one is a red flag)
  / (?:felt|voelde) (?:like|alsof|als of) (?:i was|she was|he was|you were|ik|ze|hij|je) (?:going to die|gonna die|about to die|doodging|dood ging)(?= )/g,
  / (?:feel|feels|feeling|voelt|voel) (?:like|alsof|als of) (?:i am|im|you are|youre|she is|shes|he is|hes|ik|je|ze|hij) (?:going to die|gonna die|about to die|doodga|dood ga|dood gaat|doodgaat)(?=[^.]* (?:panic|paniek|anxiety|angst)\w*)/g,
  / (?:panic|paniek|anxiety|angst)\w*(?= )[^.]* (?:feel|feels|feeling|voelt|voel) (?:like|alsof|als of) (?:i am|im|you are|youre|she is|shes|he is|hes|ik|je|ze|hij) (?:going to die|gonna die|about to die|doodga|dood ga|dood gaat|doodgaat)(?= )/g,
  / (?:i|ik) (?:keep saying|always say|often say|say|said|zeg|zei|roep)(?: [^ .~]+){0,8}(?= [^.]*(?:figure of speech|bij wijze van spreken|manier van spreken|(?:just|only) an expression|(?:gewoon|maar) een uitdrukking))/g,
  // Round 8: something that makes one `suicidal`, said with a laugh or an eye-roll after it (`van die automaat word ik suicidaal 🙄`).
  new RegExp(` (?:word|wordt|werd|makes|made|maakt) (?:er |me |mij |ervan )?(?:\\w+ )?(?:suicidaal|suicidal)(?: van)?(?= (?:[^ .]+ ){0,3}${LAUGH} )`, 'g'),
  // Round 6: a laugh (a skull emoji reads as one) just before: "killing me 💀 unalive me now".
  new RegExp(` (?:kill|unalive|shoot) me (?:now|already|pls|please)(?<= ${LAUGH}(?: [^ .]+){0,3} (?:kill|unalive|shoot) me (?:now|already|pls|please))`, 'g'),
  // Round 11: a thing that is `om zelfmoord van te plegen` (enough to drive one to it), and a jump out of the
  // window threatened in a conditional about work with a laugh (`if the boss …, I'll jump out that window lol`).
  / (?:is|zijn|was|waren) (?:\w+ )?om zelfmoord (?:van )?te plegen(?= )/g,
  // Round 30: a doing that "is echt zelfmoord" (`in dat uniform rondlopen is echt zelfmoord`, `running in this heat is suicide`).
  / \w+en (?:is|was) (?:echt |gewoon |pure |puur |regelrecht |bijna |toch )?zelfmoord(?= )| \w+ing(?: \w+){0,6} is (?:literally |basically |pure |just )?suicide(?= )/g,
  // Round 31: "zelfmoord op raten" (a slow ruin); a death wish with a laugh after a nuisance (`flares up so bad in exam
  // season i literally want to die 💀`); "unalive me rn 💀"; "kms" laughed at or after an embarrassment (`kms just
  // walked into a glass door`); a song or a book about suicide; "what's the point of your form"; a chapter in which.
  / zelfmoord op raten(?= )/g,
  new RegExp(
    ` (?:so|zo) (?:bad|erg|heftig|awful)(?: [^ .]+){0,5} (?:i|ik) (?:literally |letterlijk |just |gewoon )?(?:want to|wanna|wil) (?:die|dood)(?= ${LAUGH} )`,
    'g',
  ),
  new RegExp(
    ` (?:kill|unalive|shoot) me (?:now|already|pls|please|rn)(?= ${LAUGH} )| kill myself(?<= ${LAUGH} kill myself)| kill myself(?= (?:just|net) (?:walked|said|called|tripped|fell|sent|zei|liep|struikelde|stuurde|viel)\\w* )`,
    'g',
  ),
  / (?:a |een )?(?:song|songs|liedje|lied|nummer|film|movie|book|boek|documentary|docu|podcast|episode|aflevering) (?:about|over) (?:suicide|zelfmoord|self harm|zelfbeschadiging)(?= )/g,
  / whats? (?:is )?the point of (?:your|the|this|that|a|an) (?:\w+ )?(?:form|referral|service|system|website|app|line|number|helpline|policy|procedure)(?= )/g,
  // (Not "the scene where": in English that is also where an accident happened.)
  / (?:dat |het |the |that )?(?:hoofdstuk|chapter|scène|aflevering|episode) (?:waarin|where|in which)(?: [^ .]+)+/g,
  new RegExp(` (?:als|if) (?:[^ .]+ ){1,10}(?:spring ik|i will jump|i ll jump|ill jump) (?:[^ .]+ ){0,4}(?:raam|window)(?= (?:[^ .]+ ){0,2}${LAUGH} )`, 'g'),
  // Round 27 (development files 52–55): an overdose of something harmless (`overdosed on coffee`); "see you on the
  // other side" before an operation; a farewell letter to an employer or a school; a heart attack promised if a team
  // plays badly; a death wish after "so bad", with a laugh; never waking up again, on a Monday.
  / (?:overdosed|overdosing|od ?d|overdosis) (?:on|aan) (?:\w+ )?(?:coffee|caffeine|koffie|cafeine|sugar|suiker|chocolate|chocola|candy|snoep|netflix|series|tv|memes|content|cat videos|kattenfilmpjes)(?= )/g,
  / see (?:you|ya|u) (?:on|at) the other side(?=(?: [^ ]+){0,12} (?:anaesthe\w*|anesthe\w*|narcose|operati\w*|surgery|(?:my|the|an|knee|hip|heart|eye|back|shoulder) op|going under) )| see (?:you|ya|u) (?:on|at) the other side(?<= (?:anaesthe\w*|anesthe\w*|narcose|operati\w*|surgery|(?:my|the|an|knee|hip|heart|eye|back|shoulder) op|going under) (?:[^ ]+ ){0,12}see (?:you|ya|u) (?:on|at) the other side)/g,
  / afscheidsbrief\w* (?:[^ ]+ ){0,3}(?:aan|naar|voor) (?:mijn|mn|de|het|ons) (?:oude |vorige )?(?:werkgever|baas|werk|job|baan|team|collegas|school|klas|sportclub|club)(?= )/g,
  / (?:krijg|krijgt|krijgen) (?:echt |nog |gewoon )?(?:een )?(?:hartaanval|hartverzakking|hartstilstand) (?:als|wanneer)(?= )| (?:ill|i will|im gonna|i am going to) (?:\w+ )?(?:have|get) (?:a )?heart attack (?:if|when)(?= )/g,
  new RegExp(` (?:so|zo) (?:bad|erg|heftig|awful) (?:that |dat )?(?:i|ik) (?:want to|wanna|wil) (?:die|dood)(?= ${LAUGH} )`, 'g'),
  / (?:nooit meer wakker (?:worden|word)|never (?:want to )?wake up again)(?= (?:[^ ]+ ){0,3}(?:(?:op|on) (?:een )?(?:maandag|maandagen|monday|mondays)|maandagochtend|monday morning)(?= ))/g,
];

// Each figure's test behind the word gate (a global replace scans the whole text with none): a
// replace changes nothing where the test finds no match, and most readings hold no figure.
const FIGURE_GATES: Rule[] = FIGURES.map((re) => gated(new RegExp(re.source, re.flags.replace('g', ''))));

/** The reading with every figure of speech replaced by " ~ ". */
export function withoutFigures(reading: string): string {
  let out = reading;
  for (let i = 0; i < FIGURES.length; i++) if (FIGURE_GATES[i]!.test(out)) out = out.replace(FIGURES[i]!, ' ~');
  return out;
}
